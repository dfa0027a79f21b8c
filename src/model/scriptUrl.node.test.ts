import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The browser's policy factory, as far as the module uses it: it runs the policy's rule. */
function fakeTrustedTypes() {
  const made: string[] = [];
  return {
    made,
    createPolicy(name: string, rules: { createScriptURL(input: string): string }) {
      made.push(name);
      return { createScriptURL: (input: string) => ({ trusted: rules.createScriptURL(input) }) };
    },
  };
}

/** A fresh copy of the module: its policy is made once per realm. */
async function load() {
  vi.resetModules();
  return import('./scriptUrl');
}

beforeEach(() => {
  vi.stubGlobal('location', new URL('https://teacher.example/jwt/'));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('scriptURL', () => {
  it('hands the URL back unchanged where the browser has no Trusted Types', async () => {
    const { scriptURL } = await load();
    expect(scriptURL('/jwt/sw.js')).toBe('/jwt/sw.js');
  });

  it('makes one policy, under the name the CSP allows, for every URL', async () => {
    const tt = fakeTrustedTypes();
    vi.stubGlobal('trustedTypes', tt);
    const { scriptURL, TRUSTED_TYPES_POLICY } = await load();
    scriptURL('/jwt/sw.js');
    scriptURL('assets/crack.worker-abc.js');
    expect(tt.made).toEqual([TRUSTED_TYPES_POLICY]);
    expect(TRUSTED_TYPES_POLICY).toBe('jwt-playground');
  });

  it.each([
    ['/jwt/sw.js', 'https://teacher.example/jwt/sw.js'],
    ['assets/crack.worker-abc.js', 'https://teacher.example/jwt/assets/crack.worker-abc.js'],
    ['https://teacher.example/jwt/assets/x.js', 'https://teacher.example/jwt/assets/x.js'],
  ])('lets through the app’s own file %s', async (input, href) => {
    vi.stubGlobal('trustedTypes', fakeTrustedTypes());
    const { scriptURL } = await load();
    expect(scriptURL(input)).toEqual({ trusted: href });
  });

  it.each([
    ['another site', 'https://evil.example/x.js'],
    ['another site, scheme-relative', '//evil.example/x.js'],
    ['another scheme of the same host', 'http://teacher.example/jwt/sw.js'],
    ['another port of the same host', 'https://teacher.example:8443/jwt/sw.js'],
    ['a data: URL', 'data:text/javascript,alert(1)'],
    ['a blob: URL of the same origin', 'blob:https://teacher.example/0b5c6f1e-8d2a-4c1b-9e3f'],
    ['a javascript: URL', 'javascript:alert(1)'],
  ])('refuses %s', async (_what, input) => {
    vi.stubGlobal('trustedTypes', fakeTrustedTypes());
    const { scriptURL } = await load();
    expect(() => scriptURL(input)).toThrow(TypeError);
  });
});
