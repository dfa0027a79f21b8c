/**
 * inspect() and check() never throw, whatever JSON type a header parameter or a registered claim
 * has (objects from the parser are prototype-less: String() of one throws), and every finding they
 * return is well formed. The long run of the same properties is `npm run fuzz`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODES, check, encodeBase64urlText, inspect, sentenceOf, type Diagnostic } from './index';
import { anyTypedClaimsArb, anyTypedHeaderArb } from './testing/arbitraries';
import { saneDiagnostic, wrongTypedHeaderParams, wrongTypedClaims } from './testing/sanity';

const KEY = {
  type: 'secret',
  text: '8iQvW5h9_T5VxRSflZ8n4tXH7YF_fk1fXBFnDhqPlps',
  encoding: 'base64url',
} as const;
const NOW = 1767225600;

const token = (header: string, claims: string): string =>
  `${encodeBase64urlText(header)}.${encodeBase64urlText(claims)}.c2ln`;

function expectSane(input: string, diagnostics: Diagnostic[]): void {
  for (const d of diagnostics)
    expect(saneDiagnostic(d, input), `${d.code}: ${sentenceOf(d)}`).toBe('');
}

describe('headers whose parameters have any JSON type', () => {
  it.each([
    ['kid', '{"a":1}'],
    ['kid', '[{"a":{}}]'],
    ['kid', 'null'],
    ['kid', '7'],
    ['jku', '{"u":"https://x"}'],
    ['x5u', '[{}]'],
    ['x5c', '"MIIB"'],
    ['x5c', '[1]'],
    ['typ', 'true'],
    ['cty', '{}'],
    ['jwk', '"key"'],
    ['x5t', '{}'],
    ['zip', '[]'],
  ])('"%s": %s gives a coded finding naming it, with the section', (name, json) => {
    const input = token(`{"alg":"HS256","${name}":${json}}`, '{}');
    const r = inspect(input);
    const found = r.diagnostics.find((d) => d.code === 'header-param-type');
    expect(found?.params.name).toBe(name);
    expect(found?.rfc).toMatch(/^RFC 75(15|16) §4\.1\.\d+$/);
    expect(found && sentenceOf(found)).toMatch(new RegExp(`^"${name.replace('#', '#')}" must be`));
    expectSane(input, r.diagnostics);
  });

  it('the crash of issue 11: a prototype-less kid object', async () => {
    const input = token('{"alg":"HS256","kid":{"__proto__":{"x":1},"toString":2}}', '{}');
    expect(inspect(input).diagnostics.map((d) => d.code)).toContain('header-param-type');
    const r = await check(input, { key: KEY, now: NOW });
    expect(r.signature).toBe('not-performed');
    expect(r.verdict).toBe('error');
  });

  it('never throw, and report each wrongly typed parameter (property)', async () => {
    await fc.assert(
      fc.asyncProperty(anyTypedHeaderArb, async (header) => {
        const input = token(header.text, '{"sub":"a"}');
        const r = inspect(input);
        expectSane(input, r.diagnostics);
        const named = new Set(
          r.diagnostics
            .filter((d) => d.code === 'header-param-type' || d.code === 'crit-invalid')
            .map((d) => d.params.name ?? 'crit'),
        );
        for (const name of wrongTypedHeaderParams(header.value)) expect(named).toContain(name);
        const c = await check(input, { key: KEY, now: NOW });
        expectSane(input, c.diagnostics);
      }),
      { numRuns: 150 },
    );
  });
});

describe('claims whose registered claims have any JSON type', () => {
  it('never throw, and report each wrongly typed claim (property)', async () => {
    await fc.assert(
      fc.asyncProperty(anyTypedClaimsArb, async (claims) => {
        const input = token('{"alg":"HS256"}', claims.text);
        const r = await check(input, { key: KEY, now: NOW });
        expectSane(input, r.diagnostics);
        expect(r.signature).toBe('invalid');
        const named = new Set(
          r.diagnostics.filter((d) => d.part === 'claims').map((d) => d.params.claim ?? 'aud'),
        );
        for (const name of wrongTypedClaims(claims.value)) expect(named).toContain(name);
      }),
      { numRuns: 150 },
    );
  });

  it('every code used is one of the table', () => {
    expect(Object.keys(CODES)).toContain('claim-date-not-finite');
  });
});
