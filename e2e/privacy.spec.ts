import { createHash, createHmac } from 'node:crypto';
import type { BrowserContext, Dialog, Page } from '@playwright/test';
import { TRUSTED_TYPES_POLICY } from '../src/model/scriptUrl';
import { crackWeakSecret } from './crack';
import { expect, test, type Shared } from './shared';

/**
 * Privacy and safety of the built page: a strict Content-Security-Policy with Trusted Types, no
 * request to anyone else,
 * hostile token text shown as text, no secret or private key kept anywhere, offline after the first
 * visit.
 */

const b64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

function hs256(header: object | string, payload: object | string, secret: string): string {
  const h = typeof header === 'string' ? header : JSON.stringify(header);
  const p = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const input = `${b64url(h)}.${b64url(p)}`;
  return `${input}.${createHmac('sha256', Buffer.from(secret, 'utf8')).update(input).digest('base64url')}`;
}

/** A long, unguessable-looking HMAC secret: if it shows up in storage or a URL, the test says so. */
const SECRET = 'correct-horse-battery-staple-7f3a9c1e5b2d8046-do-not-store';
const PAYLOAD = { sub: 'user-42', name: 'Student', role: 'user', iat: 1767225000, exp: 4102444800 };
const TOKEN = hs256({ alg: 'HS256', typ: 'JWT' }, PAYLOAD, SECRET);

async function englishLight(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (!localStorage.getItem('jwt-playground:prefs'))
      localStorage.setItem('jwt-playground:prefs', JSON.stringify({ lang: 'en', theme: 'light' }));
  });
}

/** Waits until the lazy panes are in and nothing is being checked in the background. */
async function settled(page: Page): Promise<void> {
  await expect(page.getByTestId('signature-status')).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/**
 * Records CSP violations (Trusted Types' included) from the first script on, in every document the
 * page loads. A worker's violations happen in its own realm: `crackWeakSecret` counts the workers.
 */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

function parseCsp(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

/** The directives whose values are not sources: which sinks need Trusted Types, which policies. */
const TRUSTED_TYPES_DIRECTIVES = ['require-trusted-types-for', 'trusted-types'];

/** The source that allows an inline element of exactly this text: `'sha256-…'`. */
const hashSource = (text: string): string =>
  `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Only the page's own files: every source is 'self', 'none', a data: image, or (for scripts and
 * styles) the hash of one inline element. Trusted Types are required, and the app's one policy is
 * the only one allowed.
 */
function expectOwnFilesOnly(csp: Map<string, string[]>, where: string): void {
  for (const [name, sources] of csp) {
    if (TRUSTED_TYPES_DIRECTIVES.includes(name)) continue;
    for (const s of sources) {
      if (/^'sha256-[A-Za-z0-9+/]{43}='$/.test(s)) {
        expect(['script-src', 'style-src'], `${where}: a hash in ${name}`).toContain(name);
        continue;
      }
      expect(["'self'", "'none'", 'data:'], `${where}: ${name} allows ${s}`).toContain(s);
      if (s === 'data:') expect(name, `${where}: data: only for images`).toBe('img-src');
    }
  }
  expect(csp.get('default-src'), `${where}: default-src`).toEqual(["'none'"]);
  expect(csp.get('script-src')?.[0], `${where}: script-src`).toBe("'self'");
  expect(csp.get('style-src')?.[0], `${where}: style-src`).toBe("'self'");
  expect(["'self'", "'none'"]).toContain(csp.get('connect-src')?.join(' '));
  expect(csp.get('object-src'), `${where}: object-src`).toEqual(["'none'"]);
  expect(csp.get('base-uri'), `${where}: base-uri`).toEqual(["'none'"]);
  expect(csp.get('require-trusted-types-for'), `${where}: Trusted Types`).toEqual(["'script'"]);
  expect(csp.get('trusted-types'), `${where}: policies`).toEqual([TRUSTED_TYPES_POLICY]);
}

// --- a walk through the whole app ----------------------------------------------------------------

async function walkApp(page: Page): Promise<void> {
  // Playground: paste a token, verify it, edit, re-sign, switch mode, generate a token.
  await page.goto('/#/');
  await settled(page);
  await page.getByTestId('token-input').fill(TOKEN);
  await page.getByTestId('key-input').fill(SECRET);
  await page.getByTestId('key-format').selectOption('utf8');
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');
  const payload = page.getByTestId('payload-json');
  await payload.fill((await payload.inputValue()).replace(/"role": ?"user"/, '"role":"admin"'));
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'invalid');
  await page.getByTestId('resign').click();
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');
  await page.getByTestId('mode-toggle').getByRole('radio', { name: 'Sign' }).check();
  await expect(page.getByTestId('mode-toggle')).toHaveAttribute('data-mode', 'sign');
  await page.locator('summary', { hasText: 'Generate a fresh key and token' }).click();
  await page.getByTestId('gen-alg').selectOption('ES256');
  await page.getByTestId('gen-button').click();
  await expect(page.locator('.generate-status')).toContainText('Loaded a new ES256 token');
  await page.getByRole('button', { name: 'Show the bits behind each character' }).click();
  await page.getByRole('button', { name: 'Share link' }).first().click();
  await expect(page.getByTestId('share-url')).toBeVisible();

  // A lesson.
  await page.goto('/#/lessons/encoded-not-encrypted');
  await expect(page.getByRole('heading', { name: 'Encoded is not encrypted' })).toBeVisible();
  const lessonPayload = page.getByTestId('payload-json');
  await lessonPayload.fill(
    (await lessonPayload.inputValue()).replace(/"role": ?"user"/, '"role":"admin"'),
  );
  await expect(page.locator('[data-goal="tamper"]')).toHaveAttribute('data-met', 'true');

  // A lab: send a forged token to the careless server; start the dictionary attack (a worker).
  await page.goto('/#/labs/alg-none');
  await expect(page.getByTestId('lab')).toHaveAttribute('data-lab', 'alg-none');
  await page.getByTestId('header-json').fill('{"alg":"none","typ":"JWT"}');
  await page.getByTestId('lab-send').click();
  await expect(page.getByTestId('lab-response')).toHaveAttribute('data-status', /\d{3}/);
  await crackWeakSecret(page);

  // A simulation, stepped through to the end.
  await page.goto('/#/sims/jwt-login');
  await expect(page.getByTestId('sim-progress')).toHaveText(/^Step 0 of \d+/);
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Step ▶' }).click();
  await page.getByRole('button', { name: 'Run to the end' }).click();
  await expect(page.getByRole('button', { name: 'Step ▶' })).toBeDisabled({ timeout: 15_000 });

  // The lists and the playground again, through the navigation.
  for (const name of ['Lessons', 'Attack labs', 'Simulations', 'Playground']) {
    await page.getByRole('navigation').getByRole('link', { name }).click();
  }
  await settled(page);

  // The service worker, registered through the app's Trusted Types policy.
  const sw = await page.evaluate(
    async () => (await navigator.serviceWorker.ready).active?.scriptURL,
  );
  expect(sw).toBe(new URL('/sw.js', page.url()).href);
}

test.describe('Content-Security-Policy', () => {
  test('the meta tag and the preview header allow only the page’s own files and require Trusted Types', async ({
    page,
  }) => {
    const response = await page.goto('/');
    expect(response).not.toBeNull();
    const headers = response!.headers();
    const header = parseCsp(headers['content-security-policy'] ?? '');
    expectOwnFilesOnly(header, 'header');
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');

    const metas = page.locator('meta[http-equiv="Content-Security-Policy"]');
    await expect(metas).toHaveCount(1);
    const meta = parseCsp((await metas.getAttribute('content')) ?? '');
    expectOwnFilesOnly(meta, 'meta');
    // The meta tag is the same policy (frame-ancestors only works as a header).
    header.delete('frame-ancestors');
    expect(Object.fromEntries(meta)).toEqual(Object.fromEntries(header));
    // Inline, the page holds exactly one script (the boot script) and one stylesheet, and the policy
    // allows exactly those two texts: no other inline script or style can run or apply.
    const html = await response!.text();
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(html.match(/<script\b/g)).toHaveLength(2); // the boot script and the entry module
    expect(html.match(/<style\b/g)).toHaveLength(1);
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(header.get('script-src')).toEqual(["'self'", hashSource(scripts[0]!)]);
    expect(header.get('style-src')).toEqual(["'self'", hashSource(styles[0]!)]);
    // The page needs no stylesheet file: the one it has is inline.
    expect(html).not.toMatch(/<link rel="stylesheet"/);
  });

  test('the policy is enforced: an inline script written into the HTML does not run', async ({
    page,
  }) => {
    await recordViolations(page);
    // The page as served, headers and meta tag included, with an inline script written into its
    // HTML (what an injection into the page itself would do). The HTML parser makes that element,
    // so Trusted Types, which guard what scripts write, never see it: script-src alone stops it.
    let injected = false;
    await page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        injected = html.includes('<body>');
        const body = html.replace('<body>', '<body><script>window.__inline = 1</script>');
        await route.fulfill({ response, body });
      },
    );
    await page.goto('/');
    await settled(page);
    expect(injected).toBe(true);
    const ran = await page.evaluate(() => ({
      inline: (window as unknown as { __inline?: number }).__inline,
      csp: (window as unknown as { __csp: string[] }).__csp,
    }));
    expect(ran.inline).toBeUndefined();
    expect(ran.csp.length).toBeGreaterThan(0);
    for (const v of ran.csp) expect(v).toMatch(/^script-src/);
  });

  test('Trusted Types are enforced: no string reaches an HTML or script sink', async ({ page }) => {
    await recordViolations(page);
    await page.goto('/');
    await settled(page);
    const tried = await page.evaluate(async (policy) => {
      // The app has registered its service worker, so its policy exists by now.
      await navigator.serviceWorker.ready;
      const factory = (
        window as unknown as {
          trustedTypes: { createPolicy(name: string, rules: object): unknown };
        }
      ).trustedTypes;
      const attempt = (f: () => unknown): string => {
        try {
          f();
          return 'allowed';
        } catch (e) {
          return `${(e as Error).name}: ${(e as Error).message}`;
        }
      };
      const script = document.createElement('script');
      const tried = {
        innerHTML: attempt(() => (document.body.innerHTML = '<b>x</b>')),
        script: attempt(() => {
          script.textContent = 'window.__inline = 1';
          document.body.append(script);
        }),
        handler: attempt(() => document.body.setAttribute('onclick', 'window.__inline = 1')),
        worker: attempt(() => new Worker('data:text/javascript,self.close()')),
        otherPolicy: attempt(() => factory.createPolicy('another', {})),
        secondPolicy: attempt(() => factory.createPolicy(policy, {})),
      };
      document.body.click();
      await new Promise((r) => setTimeout(r, 100));
      return {
        tried,
        inline: (window as unknown as { __inline?: number }).__inline,
        bold: document.querySelectorAll('body > b').length,
        csp: (window as unknown as { __csp: string[] }).__csp,
      };
    }, TRUSTED_TYPES_POLICY);
    expect(tried.tried).toEqual({
      innerHTML: expect.stringMatching(/^TypeError: .*'TrustedHTML'/),
      script: expect.stringMatching(/^TypeError: .*'TrustedScript'/),
      handler: expect.stringMatching(/^TypeError: .*'TrustedScript'/),
      worker: expect.stringMatching(/^TypeError: .*'TrustedScriptURL'/),
      otherPolicy: expect.stringMatching(/^TypeError: .*"another" disallowed/),
      // The app made its one policy; nobody else gets one of that name.
      secondPolicy: expect.stringMatching(
        new RegExp(`^TypeError: .*"${TRUSTED_TYPES_POLICY}" already exists`),
      ),
    });
    expect(tried.inline).toBeUndefined();
    expect(tried.bold).toBe(0);
    // Each refusal is reported; none of them reached script-src.
    expect(tried.csp.length).toBeGreaterThan(0);
    for (const v of tried.csp) expect(v).toMatch(/^(require-trusted-types-for|trusted-types) /);
    await expect(page.getByTestId('token-input')).not.toHaveValue('');
  });
});

test('a walk through the app: no request leaves the origin, no CSP or Trusted Types violation, no error', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  const problems: string[] = [];
  // The context sees the page's, its workers' and the service worker's requests.
  context.on('request', (r) => requests.push(r.url()));
  page.on('websocket', (ws) => problems.push(`websocket ${ws.url()}`));
  page.on('pageerror', (e) => problems.push(`pageerror ${e.message}`));
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(text))
      problems.push(`console.${m.type()} ${text}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog ${d.message()}`);
    void d.dismiss();
  });
  await englishLight(page);
  await recordViolations(page);

  await walkApp(page);

  const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  expect(violations).toEqual([]);
  expect(problems).toEqual([]);
  expect(requests.length).toBeGreaterThan(5);
  const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
  expect(foreign).toEqual([]);
});

// --- hostile content -----------------------------------------------------------------------------

const PWN_SCRIPT = '<script>window.__pwned=1;alert(1)</script>';
const PWN_IMG = '<img src=x onerror="window.__pwned=1;alert(1)">';
const PWN_SVG = '<svg onload="window.__pwned=1"><a href="javascript:alert(1)">x</a></svg>';
const JS_URL = 'javascript:alert(1)';
const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
const BIDI = 'user\u202Enimda\u202C-42';
const LONG = 'A'.repeat(50_000);

const HOSTILE_HEADER = {
  alg: 'HS256',
  typ: PWN_SCRIPT,
  kid: PWN_IMG,
  jku: JS_URL,
  [PWN_SVG]: BIDI,
};
const HOSTILE_PAYLOAD = {
  sub: BIDI,
  iss: JS_URL,
  aud: PWN_SVG,
  [PWN_IMG]: PWN_SCRIPT,
  [PWN_SCRIPT]: [PWN_IMG, { [JS_URL]: PWN_SVG }],
  ctl: CONTROL,
  long: LONG,
  exp: 4102444800,
};

interface Guard {
  dialogs: string[];
  errors: string[];
  /** Takes the listeners off the page, which the next test uses too. */
  stop: () => void;
}

function guard(page: Page): Guard {
  const dialogs: string[] = [];
  const errors: string[] = [];
  const onDialog = (d: Dialog): void => {
    dialogs.push(d.message());
    void d.dismiss();
  };
  const onError = (e: Error): void => {
    errors.push(e.message);
  };
  page.on('dialog', onDialog);
  page.on('pageerror', onError);
  return {
    dialogs,
    errors,
    stop: () => {
      page.off('dialog', onDialog);
      page.off('pageerror', onError);
    },
  };
}

/** Nothing ran: no flag set, no dialog, no inline handler or javascript: link anywhere in the DOM. */
async function expectInert(page: Page, g: Guard): Promise<void> {
  // An injected <img onerror> fires once its image has failed: wait until every image has loaded or
  // failed, then let the events already queued run.
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  const found = await page.evaluate(async () => {
    await new Promise((queued) => setTimeout(queued));
    const handlers: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.getAttributeNames()) {
        if (a.startsWith('on')) handlers.push(`${el.tagName} ${a}`);
      }
    }
    return {
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      handlers,
      jsLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
      injected: document.querySelectorAll('#root img[src="x"], #root svg[onload], #root iframe')
        .length,
      // Inline scripts besides the build's boot script (the head's second element, after the policy).
      scripts: [...document.scripts]
        .filter((s) => s !== document.head.firstElementChild?.nextElementSibling)
        .map((s) => s.src)
        .filter((src) => !src),
    };
  });
  expect(found).toEqual({ pwned: null, handlers: [], jsLinks: 0, injected: 0, scripts: [] });
  expect(g.dialogs).toEqual([]);
  expect(g.errors).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    const sizes = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(sizes.scroll, `page scrolls sideways at ${width} px`).toBeLessThanOrEqual(
      sizes.client + 1,
    );
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.describe('hostile content is shown as text', () => {
  // Each test starts from a full load, in English and the light theme, in the page the worker's tests
  // share; its guard comes off the page when it ends.
  let current: Guard | undefined;
  const start = async (shared: Shared): Promise<{ page: Page; g: Guard }> => {
    const page = await shared.fresh({ prefs: { lang: 'en', theme: 'light' } });
    current = guard(page);
    return { page, g: current };
  };
  test.afterEach(() => {
    current?.stop();
    current = undefined;
  });

  test('markup, javascript: URLs, control and bidi characters, a 50,000-character claim', async ({
    shared,
  }) => {
    test.setTimeout(90_000);
    const { page, g } = await start(shared);
    await page.goto('/#/');
    await settled(page);
    const key = 'hostile-test-secret-0123456789abcdef';
    const token = hs256(HOSTILE_HEADER, HOSTILE_PAYLOAD, key);
    await page.getByTestId('token-input').fill(token);
    await page.getByTestId('key-input').fill(key);
    await page.getByTestId('key-format').selectOption('utf8');
    await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');
    await settled(page);

    // The decoded texts are the JSON exactly as it was signed, markup included.
    await page.getByTestId('json-view-exact').click();
    const header = await page.getByTestId('header-json').inputValue();
    expect(header).toBe(JSON.stringify(HOSTILE_HEADER));
    const payload = await page.getByTestId('payload-json').inputValue();
    expect(payload).toBe(JSON.stringify(HOSTILE_PAYLOAD));
    expect(payload).toContain('\\u0000\\u0001');
    expect(payload).toContain('\u202E');
    // The claims table prints names and values as text.
    const claims = page.locator('.claims-region');
    await expect(claims).toContainText(PWN_IMG);
    await expect(claims).toContainText(PWN_SCRIPT);
    await expect(claims).toContainText(JS_URL);
    await expectInert(page, g);
    await page.screenshot({ path: 'test-results/screenshots/privacy-hostile-1280.png' });
    await expectNoSidewaysScroll(page);

    // Edits keep it text: type more markup into the decoded payload.
    await page
      .getByTestId('payload-json')
      .fill(JSON.stringify({ html: '<b onmouseover=window.__pwned=1>bold</b>', ...PAYLOAD }));
    await expect(claims).toContainText('<b onmouseover=window.__pwned=1>bold</b>');
    await expectInert(page, g);

    await page.setViewportSize({ width: 360, height: 900 });
    await page.getByTestId('token-input').fill(token);
    await settled(page);
    await page.screenshot({ path: 'test-results/screenshots/privacy-hostile-360.png' });
    await expectNoSidewaysScroll(page);
  });

  test('a token that is not a token: markup instead of base64url, and markup instead of JSON', async ({
    shared,
  }) => {
    const { page, g } = await start(shared);
    await page.goto('/#/');
    await settled(page);
    const junk = `${PWN_IMG}.${PWN_SCRIPT}.${JS_URL}`;
    await page.getByTestId('token-input').fill(junk);
    await expect(page.getByTestId('token-input')).toHaveValue(junk);
    await expect(page.locator('.encoded-region')).toContainText(PWN_IMG);
    await expectInert(page, g);
    // Base64url that decodes to markup rather than JSON.
    const markup = `${b64url(PWN_IMG)}.${b64url(PWN_SCRIPT + BIDI + CONTROL)}.c2ln`;
    await page.getByTestId('token-input').fill(markup);
    await expect(page.getByTestId('header-json')).toHaveValue(PWN_IMG);
    await expectInert(page, g);
    await expectNoSidewaysScroll(page);
  });

  test('a JWK whose kid is markup', async ({ shared }) => {
    const { page, g } = await start(shared);
    await page.goto('/#/');
    await settled(page);
    const k = Buffer.from('hostile-jwk-secret-0123456789abcdef').toString('base64url');
    const jwks = JSON.stringify({
      keys: [
        { kty: 'oct', k, kid: PWN_IMG, alg: 'HS256' },
        { kty: 'oct', k: b64url('another-secret-for-the-set-000000'), kid: PWN_SCRIPT },
      ],
    });
    const token = hs256(
      { alg: 'HS256', kid: PWN_IMG },
      PAYLOAD,
      'hostile-jwk-secret-0123456789abcdef',
    );
    await page.getByTestId('token-input').fill(token);
    await page.getByTestId('key-input').fill(jwks);
    await page.getByTestId('key-format').selectOption('auto');
    await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');
    await expect(page.getByTestId('key-description')).toContainText(PWN_IMG);
    await expectInert(page, g);
    // A kid that matches no key: the message names it, as text.
    await page.getByTestId('token-input').fill(hs256({ alg: 'HS256', kid: PWN_SVG }, PAYLOAD, 'x'));
    await settled(page);
    await expectInert(page, g);
    await expectNoSidewaysScroll(page);
  });

  test('a share link carrying markup opens as text', async ({ shared }) => {
    const { page, g } = await start(shared);
    const token = `${PWN_SCRIPT}.${PWN_IMG}`;
    await page.goto(
      `/#token=${encodeURIComponent(token)}&key=${encodeURIComponent(PWN_SVG)}&mode=sign`,
    );
    await expect(page.getByTestId('token-input')).toHaveValue(token);
    await expect(page.getByTestId('key-input')).toHaveValue(PWN_SVG);
    await expectInert(page, g);
    // Opened in a running page too, and a route id that is markup.
    await page.evaluate(
      (t) => (location.hash = `token=${encodeURIComponent(t)}`),
      `${b64url(JSON.stringify({ alg: PWN_IMG }))}.${b64url(PWN_SCRIPT)}.`,
    );
    await expect(page.getByTestId('header-json')).toHaveValue(
      JSON.stringify({ alg: PWN_IMG }, null, 2),
    );
    await page.goto(`/#/lessons/${encodeURIComponent(PWN_IMG)}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectInert(page, g);
    await expectNoSidewaysScroll(page);
  });
});

// --- nothing secret is kept --------------------------------------------------------------------

interface Stored {
  local: Record<string, string>;
  session: Record<string, string>;
  href: string;
  cookie: string;
  historyState: string;
  windowName: string;
  databases: string[];
  caches: Record<string, string[]>;
}

async function everythingStored(page: Page): Promise<Stored> {
  return page.evaluate(async () => {
    const dump = (s: Storage): Record<string, string> => {
      const out: Record<string, string> = {};
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i)!;
        out[k] = s.getItem(k) ?? '';
      }
      return out;
    };
    const caches_: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const c = await caches.open(name);
      caches_[name] = (await c.keys()).map((r) => r.url);
    }
    return {
      local: dump(localStorage),
      session: dump(sessionStorage),
      href: location.href,
      cookie: document.cookie,
      historyState: JSON.stringify(history.state) ?? '',
      windowName: window.name,
      databases: (await indexedDB.databases()).map((d) => d.name ?? ''),
      caches: caches_,
    };
  });
}

test('secrets and private keys are never stored; the share link takes the key only on request', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await englishLight(page);
  await page.goto('/#/');
  await settled(page);

  // An RS256 key pair, made in the page; Sign mode signs every edit with its private key.
  await page.locator('summary', { hasText: 'Generate a fresh key and token' }).click();
  await page.getByTestId('gen-alg').selectOption('RS256');
  await page.getByTestId('gen-button').click();
  await expect(page.locator('.generate-status')).toContainText('Loaded a new RS256 token');
  const privatePem = await page.getByTestId('sign-key-input').inputValue();
  expect(privatePem).toContain('PRIVATE KEY');
  const privateBody = privatePem.split('\n')[1]!;
  await page.getByTestId('mode-toggle').getByRole('radio', { name: 'Sign' }).check();
  const payload = page.getByTestId('payload-json');
  const before = await page.getByTestId('token-input').inputValue();
  await payload.fill((await payload.inputValue()).replace(/"role": ?"user"/, '"role":"teacher"'));
  await expect(page.getByTestId('token-input')).not.toHaveValue(before);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');
  const signed = await page.getByTestId('token-input').inputValue();

  // A lesson (it loads its own token and key), so that lesson progress is written too.
  const nav = page.getByRole('navigation');
  await nav.getByRole('link', { name: 'Lessons' }).click();
  await page
    .getByRole('link', { name: /Encoded is not encrypted/ })
    .first()
    .click();
  await expect(page.getByTestId('payload-json')).toBeVisible();
  // The lesson has put its own token in (it signs it first): leave only after that.
  await expect(page.getByTestId('token-input')).not.toHaveValue(signed);
  await nav.getByRole('link', { name: 'Playground' }).click();
  await settled(page);

  // An HMAC secret, typed in; the token edited and re-signed with it.
  await page.getByTestId('mode-toggle').getByRole('radio', { name: 'Verify' }).check();
  await page.getByTestId('token-input').fill(TOKEN);
  await page.getByTestId('key-input').fill(SECRET);
  await page.getByTestId('key-format').selectOption('utf8');
  // A private key left in the signing field would sign instead: empty it to sign with the secret.
  if (await page.getByTestId('sign-key-input').isVisible()) {
    await page.getByTestId('sign-key-input').fill('');
  }
  // The inputs as typed first, so that a failure below says which one changed behind the test's back.
  await expect(page.getByTestId('token-input')).toHaveValue(TOKEN);
  await expect(page.getByTestId('key-input')).toHaveValue(SECRET);
  await expect(page.getByTestId('key-format')).toHaveValue('utf8');
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');
  await payload.fill((await payload.inputValue()).replace(/"role": ?"user"/, '"role":"admin"'));
  await page.getByTestId('resign').click();
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');

  // The share box without the key: the link carries the token, not the secret.
  await page.getByRole('button', { name: 'Share link' }).first().click();
  const share = page.getByTestId('share-url');
  const withoutKey = await share.inputValue();
  expect(new URL(withoutKey).hash).toContain('token=');
  expect(withoutKey).not.toContain(encodeURIComponent(SECRET));
  expect(new URLSearchParams(new URL(withoutKey).hash.slice(1)).get('key')).toBeNull();
  await expect(page.locator('.share-warning')).toHaveCount(0);

  // Let the service worker finish its precache, so the cache check below has something to check.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const stored = await everythingStored(page);
  const everything = JSON.stringify({ ...stored, caches: undefined });
  for (const needle of [SECRET, encodeURIComponent(SECRET), b64url(SECRET), privateBody]) {
    expect(everything).not.toContain(needle);
  }
  expect(everything).not.toMatch(/PRIVATE KEY|PRIVATE%20KEY/);
  expect(everything).not.toMatch(/\\?"d\\?"\s*:/);
  // Only preferences and progress ids live in storage.
  for (const [k, v] of Object.entries(stored.local)) {
    expect(k).toMatch(/^jwt-playground:(prefs|progress:)/);
    expect(v).not.toMatch(/eyJ/);
  }
  expect(stored.session).toEqual({});
  expect(stored.cookie).toBe('');
  expect(stored.databases).toEqual([]);
  // The service worker's cache holds the build's own files and nothing else.
  const sw = await (await page.request.get('/sw.js')).text();
  const files = JSON.parse(/const FILES = (\[.*\]);/.exec(sw)![1]!) as string[];
  const built = new Set(files.map((f) => new URL(f, baseURL).href));
  expect(Object.keys(stored.caches).length).toBeGreaterThan(0);
  for (const [name, urls] of Object.entries(stored.caches)) {
    expect(name).toMatch(/^jwt-playground-/);
    for (const u of urls) expect(built, `cached ${u}`).toContain(u);
  }

  // Opting in puts the key in the link, with a warning; the page's own address still has none.
  await expect(share).toBeVisible();
  await page.getByLabel('Include the key in the link').check();
  await expect(page.locator('.share-warning')).toBeVisible();
  await expect(page.locator('.share-warning')).toContainText('anyone with this link');
  const withKey = await share.inputValue();
  const params = new URLSearchParams(new URL(withKey).hash.slice(1));
  expect(params.get('key')).toBe(SECRET);
  expect(params.get('fmt')).toBe('utf8');
  expect(await page.evaluate(() => location.href)).not.toContain(encodeURIComponent(SECRET));
  const after = await everythingStored(page);
  expect(JSON.stringify(after.local)).not.toContain(SECRET);
});

// --- offline -------------------------------------------------------------------------------------

async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function offline(context: BrowserContext, on: boolean): Promise<void> {
  await context.setOffline(on);
}

test('the service worker precaches exactly the build’s files', async ({ request }) => {
  const sw = await (await request.get('/sw.js')).text();
  const files = JSON.parse(/const FILES = (\[.*\]);/.exec(sw)![1]!) as string[];
  expect(files).toContain('./');
  expect(files.some((f) => /^assets\/LessonsPage-.*\.js$/.test(f))).toBe(true);
  // Not the host's configuration: hosts do not serve `_headers`, and one 404 fails the install.
  expect(files.filter((f) => f.startsWith('_'))).toEqual([]);
  // vite preview answers index.html for a missing file; a real host answers 404 and the install
  // fails, so every listed asset must be the real thing.
  for (const f of files.filter((x) => x.startsWith('assets/'))) {
    const r = await request.get(`/${f}`);
    expect(r.status(), f).toBe(200);
    expect(r.headers()['content-type'], f).not.toContain('text/html');
  }
});

test('after the first visit the app works offline: playground, a lesson and a lab', async ({
  page,
  context,
}) => {
  await englishLight(page);
  await page.goto('/');
  await settled(page);
  await controlled(page);

  await offline(context, true);
  try {
    await page.reload();
    await expect(page.getByTestId('token-input')).not.toHaveValue('');
    await expect(page.getByTestId('header-json')).toHaveValue(/"alg"/);
    await settled(page);
    // Lessons load on demand: their chunks come from the precache.
    await page.getByRole('navigation').getByRole('link', { name: 'Lessons' }).click();
    await page
      .getByRole('link', { name: /Encoded is not encrypted/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { name: 'Encoded is not encrypted' })).toBeVisible();
    await expect(page.getByTestId('payload-json')).toHaveValue(/hunter2/);
    // A new tab, opened offline straight on a lab.
    const tab = await context.newPage();
    await tab.goto('/#/labs/alg-none');
    await expect(tab.getByTestId('lab')).toHaveAttribute('data-lab', 'alg-none');
    await tab.close();
  } finally {
    await offline(context, false);
  }
});
