import { createHmac } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './shared';
import { measureHmacSpeed } from '../src/labs/engine/crack';
import { LABS } from '../src/labs/engine/labs';
import { SERVER_RSA_PUBLIC_PEM } from '../src/labs/engine/material';
import { crackWeakSecret } from './crack';

const ADMIN = '{"sub":"user-42","name":"Student","role":"admin","iat":1767225000,"exp":4102444800}';

const b64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

/** A token of the student's own, in the playground before they open the labs. */
const ADMIN_TOKEN_PLAIN = `${b64url('{"alg":"HS256"}')}.${b64url('{"sub":"me"}')}.c2ln`;

/** The token the playground's Sign mode must produce: HS256 over exactly these texts. */
function hs256(headerText: string, payloadText: string, key: string): string {
  const input = `${b64url(headerText)}.${b64url(payloadText)}`;
  return `${input}.${createHmac('sha256', Buffer.from(key, 'utf8')).update(input).digest('base64url')}`;
}

async function editPane(page: Page, testId: 'header-json' | 'payload-json', text: string) {
  await page.getByTestId(testId).fill(text);
}

async function send(page: Page, expected: 200 | 401 | 403) {
  await page.getByTestId('lab-send').click();
  await expect(page.getByTestId('lab-response')).toHaveAttribute('data-status', String(expected));
}

async function toSafe(page: Page) {
  await page.getByRole('radio', { name: /Safe/ }).check();
}

/** The token with its payload replaced (what editing the payload pane in Verify mode does). */
function tamper(token: string, payload: string): string {
  const [h, , sig] = token.split('.');
  return `${h}.${b64url(payload)}.${sig}`;
}

/** The reply as the page shows it: status line, header fields, an empty line, the JSON body. */
async function readReply(page: Page) {
  const text = (await page.getByTestId('lab-http-response').textContent()) ?? '';
  const [head = '', body = ''] = text.split('\n\n');
  const [statusLine = '', ...fields] = head.split('\n');
  const headers = new Map(
    fields.map((f) => [f.slice(0, f.indexOf(':')).toLowerCase(), f.slice(f.indexOf(':') + 2)]),
  );
  return { statusLine, headers, body };
}

async function openLab(page: Page, id: string) {
  await page.goto(`/#/labs/${id}`);
  await expect(page.getByTestId('lab')).toHaveAttribute('data-lab', id);
}

test('lab 2: alg "nOnE" gets in through the careless server and is refused by the safe one', async ({
  shared,
}) => {
  const page = await shared.fresh();
  await openLab(page, 'alg-none');
  await editPane(page, 'header-json', '{"alg":"nOnE","typ":"JWT"}');
  await editPane(page, 'payload-json', ADMIN);
  // The old signature is left over: this server ignores it.
  await send(page, 200);
  await expect(page.getByTestId('lab-outcome')).toContainText('Goal met');
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-solved', 'true');
  await page.screenshot({
    path: 'test-results/screenshots/lab-alg-none-careless.png',
    fullPage: true,
  });

  await toSafe(page);
  await send(page, 401);
  await expect(page.getByTestId('lab-reason')).toHaveAttribute('data-code', 'alg-none-case');
  await expect(page.getByTestId('lab-outcome')).toContainText('refused the same token');
  await page
    .locator('.lab-server')
    .screenshot({ path: 'test-results/screenshots/lab-alg-none-safe.png' });

  // Progress survives a reload and holds no token.
  await page.reload();
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-solved', 'true');
  const stored = await page.evaluate(() => localStorage.getItem('jwt-playground:progress:labs'));
  expect(stored).toBe('{"solved":["alg-none"],"defended":["alg-none"]}');
});

test('lab 3: crack the weak secret in a worker, forge, get in; the rotated key refuses it', async ({
  shared,
}) => {
  const page = await shared.fresh();
  await crackWeakSecret(page, {
    // The page stays responsive while the worker runs: the hint button still answers.
    whileRunning: async () => {
      await page.getByRole('button', { name: 'Show a hint' }).click();
      await expect(page.getByTestId('lab-hint')).toHaveCount(1);
    },
  });
  // The rate the page shows when the attack is over: every guess of every worker over the wall-clock
  // time since the first guess. Then the yardstick, measured in the same page once the workers are
  // gone: WebCrypto HMAC-SHA256 signing with one key imported beforehand (signatures only, no key
  // import, no comparison), sequential (the figure the budget compares against) and pipelined.
  const rate = Number(await page.getByTestId('crack-rate').getAttribute('data-rate'));
  const tried = await page.getByTestId('crack-tried').textContent();
  const raw = await page.evaluate(measureHmacSpeed, 1000);
  const workers = await page.evaluate(() => navigator.hardwareConcurrency);
  console.log(
    `[labs] dictionary attack in Chromium (${workers} workers, one WebCrypto HMAC-SHA256 per guess): ${rate} guesses/s (${tried})`,
  );
  console.log(
    `[labs] raw WebCrypto HMAC-SHA256 sign in the same page, one imported key: sequential ${raw.perSecond}/s (${raw.signatures} in ${Math.round(raw.elapsedMs)} ms), pipelined ${raw.pipelinedPerSecond}/s`,
  );
  console.log(
    `[labs] guesses/s ÷ raw sequential = ${(rate / raw.perSecond).toFixed(2)} (budget ≥ 0.80); ÷ raw pipelined = ${(rate / raw.pipelinedPerSecond).toFixed(2)}`,
  );
  expect(rate).toBeGreaterThan(0);
  expect(raw.perSecond).toBeGreaterThan(0);
  expect(raw.pipelinedPerSecond).toBeGreaterThan(0);
  await expect(page.getByRole('progressbar')).toHaveAttribute('max', '152308');
  await page.screenshot({
    path: 'test-results/screenshots/lab-weak-secret-cracked.png',
    fullPage: true,
  });

  await page.getByRole('button', { name: 'Use it to sign (Sign mode)' }).click();
  await expect(page.getByTestId('mode-toggle')).toHaveAttribute('data-mode', 'sign');
  const header = '{"alg":"HS256","typ":"JWT"}';
  await editPane(page, 'header-json', header);
  await editPane(page, 'payload-json', ADMIN);
  await expect(page.getByTestId('token-input')).toHaveValue(hs256(header, ADMIN, 'secret1'));
  await send(page, 200);

  await toSafe(page);
  await send(page, 401);
  await expect(page.getByTestId('lab-reason')).toHaveAttribute('data-code', 'signature-invalid');
  await page
    .locator('.lab-server')
    .screenshot({ path: 'test-results/screenshots/lab-weak-secret-safe.png' });
});

test('lab 3: the dictionary attack stops when asked, and a strong secret is not found', async ({
  shared,
}) => {
  const page = await shared.fresh();
  await openLab(page, 'weak-secret');
  // HS256 with a long random secret: no word list has it.
  const strong = hs256('{"alg":"HS256","typ":"JWT"}', ADMIN, 'k7Qz2vR9xW4mN8pL3sT6yB1cF5hJ0dG');
  await page.getByTestId('token-input').fill(strong);
  await page.getByTestId('crack-start').click();
  await page.getByTestId('crack-stop').click();
  await expect(page.getByTestId('crack-result')).toContainText('Stopped after');
  await expect(page.getByTestId('crack-start')).toBeEnabled();

  await page.getByTestId('crack-start').click();
  await expect(page.getByTestId('crack-result')).toContainText('Not in the list: 152,308 guesses', {
    timeout: 60_000,
  });
  await expect(page.getByRole('progressbar')).toHaveAttribute('value', '152308');
});

test('lab 4: HS256 keyed with the public PEM gets in; the RS256 allow-list refuses it', async ({
  shared,
}) => {
  const page = await shared.fresh();
  await openLab(page, 'alg-confusion');
  await page.getByRole('button', { name: 'Put into the key field' }).click();
  await expect(page.getByTestId('key-format')).toHaveValue('utf8');
  await page.getByTestId('mode-toggle').getByRole('radio', { name: 'Sign' }).check();
  const header = '{"alg":"HS256","typ":"JWT"}';
  await editPane(page, 'header-json', header);
  await editPane(page, 'payload-json', ADMIN);
  await expect(page.getByTestId('token-input')).toHaveValue(
    hs256(header, ADMIN, SERVER_RSA_PUBLIC_PEM),
  );
  await send(page, 200);
  await page.screenshot({
    path: 'test-results/screenshots/lab-alg-confusion-careless.png',
    fullPage: true,
  });

  await toSafe(page);
  await send(page, 401);
  await expect(page.getByTestId('lab-reason')).toHaveAttribute('data-code', 'alg-not-allowed');
  await page
    .locator('.lab-server')
    .screenshot({ path: 'test-results/screenshots/lab-alg-confusion-safe.png' });
});

test('the lab list fits a phone and links each lab', async ({ shared }) => {
  const page = await shared.fresh();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/#/labs');
  await expect(page.getByRole('link', { name: /alg/ }).first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(overflow).toBe(false);
  await page.screenshot({ path: 'test-results/screenshots/lab-list-phone.png', fullPage: true });
  await page.goto('/#/labs/jku-header');
  await expect(page.getByTestId('lab')).toBeVisible();
  const overflowLab = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(overflowLab).toBe(false);
  await page.screenshot({ path: 'test-results/screenshots/lab-jku-phone.png' });
});

for (const lab of LABS) {
  test(`${lab.id}: the server answers in HTTP on both settings, for the lab token and a tampered one`, async ({
    shared,
  }) => {
    const page = await shared.fresh();
    await openLab(page, lab.id);
    const tokens = [lab.start.token, tamper(lab.start.token, ADMIN)];
    for (const mode of ['careless', 'safe'] as const) {
      for (const token of tokens) {
        await page.getByTestId('token-input').fill(token);
        await page
          .getByTestId('server-mode')
          .getByRole('radio', { name: mode === 'safe' ? /^Safe/ : /^Careless/ })
          .check();
        await page.getByTestId('lab-send').click();
        // The reply to this very request (the one before may still be on screen for a moment).
        await expect(page.getByTestId('lab-request')).toContainText(
          `Authorization: Bearer ${token}`,
        );
        const response = page.getByTestId('lab-response');
        const status = Number(await response.getAttribute('data-status'));
        const reply = await readReply(page);
        expect(reply.statusLine).toBe(
          {
            200: 'HTTP/1.1 200 OK',
            401: 'HTTP/1.1 401 Unauthorized',
            403: 'HTTP/1.1 403 Forbidden',
          }[status],
        );
        expect(reply.headers.get('date')).toMatch(
          /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
        );
        expect(reply.headers.get('content-type')).toBe('application/json');
        expect(Number(reply.headers.get('content-length'))).toBe(Buffer.byteLength(reply.body));
        const body = JSON.parse(reply.body) as Record<string, unknown>;
        if (status === 401) {
          expect(reply.headers.get('www-authenticate')).toMatch(
            /^Bearer realm="api\.example\.com", error="invalid_token", error_description="[^"]+"$/,
          );
          expect(body.error).toBe('invalid_token');
        } else if (status === 403) {
          expect(body.error).toBe('insufficient_scope');
        } else {
          expect(body.page).toBe('admin');
        }
      }
    }
  });
}

test('lab 2: plain "none" is caught by the filter; the reply says why', async ({ shared }) => {
  const page = await shared.fresh();
  await openLab(page, 'alg-none');
  await editPane(page, 'header-json', '{"alg":"none","typ":"JWT"}');
  await editPane(page, 'payload-json', ADMIN);
  await send(page, 401);
  await expect(page.getByTestId('lab-reason')).toHaveAttribute('data-code', 'alg-blocked');
  expect((await readReply(page)).headers.get('www-authenticate')).toContain(
    'error_description="Algorithm not allowed"',
  );
});

test('lab 6: x5u to the self-signed certificate gets in; the log names the certificate', async ({
  shared,
}) => {
  const page = await shared.fresh();
  await openLab(page, 'jku-header');
  await expect(page.getByTestId('res-attacker-cert')).toContainText('-----BEGIN CERTIFICATE-----');
  await page.getByRole('button', { name: 'Put into the key field' }).click();
  await page.getByTestId('mode-toggle').getByRole('radio', { name: 'Sign' }).check();
  await editPane(
    page,
    'header-json',
    '{"alg":"RS256","typ":"JWT","x5u":"https://attacker.example/cert.pem"}',
  );
  await editPane(page, 'payload-json', ADMIN);
  await send(page, 200);
  await page.getByText('Server log').click();
  await expect(page.locator('.lab-log pre')).toContainText(
    'X.509 certificate, subject = issuer = CN=attacker.example (self-signed; chain not checked)',
  );
  await toSafe(page);
  await expect(page.getByTestId('lab-response')).toHaveCount(0);
  await send(page, 401);
});

test('lab 11: sign with 0x00, the empty key padded, and get in; the safe server refuses', async ({
  shared,
}) => {
  const page = await shared.fresh();
  await openLab(page, 'empty-secret');
  await page.getByTestId('key-input').fill('00');
  await page.getByTestId('key-format').selectOption('hex');
  await page.getByTestId('mode-toggle').getByRole('radio', { name: 'Sign' }).check();
  const header = '{"alg":"HS256","typ":"JWT"}';
  await editPane(page, 'header-json', header);
  await editPane(page, 'payload-json', ADMIN);
  const input = `${b64url(header)}.${b64url(ADMIN)}`;
  const empty = createHmac('sha256', Buffer.alloc(0)).update(input).digest('base64url');
  await expect(page.getByTestId('token-input')).toHaveValue(`${input}.${empty}`);
  await send(page, 200);
  await toSafe(page);
  await send(page, 401);
  await expect(page.getByTestId('lab-reason')).toHaveAttribute('data-code', 'signature-invalid');
});

test('lab 12: a token with its signature stripped gets in; the safe server refuses', async ({
  shared,
}) => {
  const page = await shared.fresh();
  await openLab(page, 'signature-stripping');
  await editPane(page, 'payload-json', ADMIN);
  const edited = await page.getByTestId('token-input').inputValue();
  await page.getByTestId('token-input').fill(edited.replace(/\.[^.]*$/, '.'));
  await send(page, 200);
  await page.getByText('Server log').click();
  await expect(page.locator('.lab-log pre')).toContainText('sent.length = 0');
  await toSafe(page);
  await send(page, 401);
});

test('Next lab opens the next lab at its title, focused; leaving restores the playground', async ({
  shared,
}) => {
  const page = await shared.fresh();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByTestId('token-input').fill(ADMIN_TOKEN_PLAIN);
  await openLab(page, 'kid-path-traversal');
  await page.getByRole('link', { name: 'Next lab →' }).click();
  await expect(page.getByTestId('lab')).toHaveAttribute('data-lab', 'kid-sql-injection');
  await expect(page.getByTestId('lab-title')).toBeFocused();
  const top = await page.getByTestId('lab-title').evaluate((h) => h.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(200);
  // Send sits right under the payload editor on a phone.
  const payloadBottom = await page
    .getByTestId('payload-json')
    .evaluate((e) => e.getBoundingClientRect().bottom + window.scrollY);
  const sendTop = await page
    .getByTestId('lab-send')
    .evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
  console.log(
    `[labs] 390 px: Send is ${Math.round(sendTop - payloadBottom)} px below the payload editor`,
  );
  expect(sendTop - payloadBottom).toBeLessThan(800);
  await page.getByRole('link', { name: 'Playground' }).first().click();
  await expect(page.getByTestId('token-input')).toHaveValue(ADMIN_TOKEN_PLAIN);
});
