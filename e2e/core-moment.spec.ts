import { createHmac, generateKeyPairSync } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, type Shared } from './shared';

/**
 * The core moment: paste a token, type its secret, see the verdict. Tokens are made here with Node's
 * crypto from text secrets (the jwt.io defaults), independent of the app's own signing code.
 */

const SHOTS = 'test-results/screenshots/strip';
const JWTIO_PAYLOAD = '{"sub":"1234567890","name":"John Doe","admin":true,"iat":1516239022}';
const HS = [
  { alg: 'HS256', hash: 'sha256', secret: 'a-string-secret-at-least-256-bits-long' },
  { alg: 'HS384', hash: 'sha384', secret: 'a-valid-string-secret-that-is-at-least-384-bits-long' },
  {
    alg: 'HS512',
    hash: 'sha512',
    secret: 'a-valid-string-secret-that-is-at-least-512-bits-long-which-is-very-long',
  },
] as const;

const b64url = (text: string): string => Buffer.from(text).toString('base64url');

function hmacToken(alg: string, hash: string, payload: string, secret: string | Buffer): string {
  const input = `${b64url(JSON.stringify({ alg, typ: 'JWT' }))}.${b64url(payload)}`;
  return `${input}.${createHmac(hash, secret).update(input).digest('base64url')}`;
}

async function open(
  shared: Shared,
  lang: 'en' | 'ko' = 'en',
  viewport?: { width: number; height: number },
) {
  const page = await shared.open('/', { viewport });
  await page.getByRole('combobox', { name: /^(Language|언어)$/ }).selectOption(lang);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');
  return page;
}

const status = (page: Page) => page.getByTestId('signature-status');

/** No verdict in the strip, and not the summary, may be green. */
async function expectNoGreen(page: Page): Promise<void> {
  await expect(status(page)).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByTestId('verdict-strip').locator('[data-tone="ok"]')).toHaveCount(0);
  await expect(page.getByTestId('verdict-summary')).not.toHaveClass(/badge-ok/);
}

for (const { alg, hash, secret } of HS) {
  test(`the jwt.io ${alg} token verifies as soon as its text secret is typed`, async ({
    shared,
  }) => {
    const page = await open(shared);
    await page.getByTestId('token-input').fill(hmacToken(alg, hash, JWTIO_PAYLOAD, secret));
    await page.getByTestId('key-input').fill(secret);
    await expect(status(page)).toHaveAttribute('data-status', 'valid');
    await expect(status(page)).not.toHaveAttribute('aria-busy', 'true');
    await expect(page.getByTestId('verdict-summary')).toHaveAttribute(
      'data-status',
      /^(verified|warnings)$/,
    );
  });
}

test('a token pasted after the default example, then a cleared key', async ({ shared }) => {
  const page = await open(shared);
  const other = 'another-text-secret-that-is-long-enough-for-hs256';
  await page.getByTestId('token-input').fill(hmacToken('HS256', 'sha256', JWTIO_PAYLOAD, other));
  // The default example's secret does not fit the new token.
  await expect(status(page)).toHaveAttribute('data-status', 'invalid');
  await expectNoGreen(page);
  await page.getByTestId('key-input').fill(other);
  await expect(status(page)).toHaveAttribute('data-status', 'valid');
  await page.getByTestId('key-input').fill('');
  await expect(status(page)).toHaveAttribute('data-status', 'unchecked');
  await expect(page.getByTestId('verdict-summary')).toHaveAttribute('data-status', 'unverified');
  await expectNoGreen(page);
});

test('Sign mode with a 13-character text secret signs with its UTF-8 bytes', async ({ shared }) => {
  const page = await open(shared);
  await page.getByTestId('mode-toggle').getByRole('radio', { name: 'Sign' }).check();
  const secret = 'short-secret!';
  expect(secret).toHaveLength(13);
  await page.getByTestId('key-input').fill(secret);
  const payload = page.getByTestId('payload-json');
  await payload.fill('{"sub":"student","role":"reader"}');
  const token = page.getByTestId('token-input');
  await expect(token).toHaveValue(
    new RegExp(`^[^.]+\\.${b64url('{"sub":"student","role":"reader"}')}\\.`),
  );
  await expect(status(page)).not.toHaveAttribute('aria-busy', 'true');
  const [h, p, s] = (await token.inputValue()).split('.') as [string, string, string];
  // Node's HMAC over the same input with the text's UTF-8 bytes gives the same signature.
  expect(s).toBe(
    createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${h}.${p}`).digest('base64url'),
  );
});

test('a correctly signed token whose payload has "role" twice gets no green badge', async ({
  shared,
}) => {
  const page = await open(shared);
  const secret = HS[0].secret;
  const dup = '{"sub":"user-42","role":"user","role":"admin"}';
  await page.getByTestId('token-input').fill(hmacToken('HS256', 'sha256', dup, secret));
  await page.getByTestId('key-input').fill(secret);
  await expect(status(page)).not.toHaveAttribute('aria-busy', 'true');
  await expectNoGreen(page);
});

test('a PEM public key used as an HMAC secret gets no green badge', async ({ shared }) => {
  const page = await open(shared);
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  await page.getByTestId('token-input').fill(hmacToken('HS256', 'sha256', JWTIO_PAYLOAD, pem));
  await page.getByTestId('key-input').fill(pem);
  await expect(status(page)).not.toHaveAttribute('aria-busy', 'true');
  await expectNoGreen(page);
});

for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'ko'] as const) {
    test(`the verdict stays in view (${theme}, ${lang})`, async ({ shared }) => {
      mkdirSync(SHOTS, { recursive: true });
      const page = await open(shared, lang, { width: 1280, height: 800 });
      await page.getByRole('combobox', { name: /^(Theme|테마)$/ }).selectOption(theme);
      await page.screenshot({ path: `${SHOTS}/first-1280-${theme}-${lang}.png` });

      // Wide: the verdict is on screen while the payload is focused and edited.
      const payload = page.getByTestId('payload-json');
      await payload.focus();
      await payload.press('End');
      await payload.press('ArrowLeft');
      await payload.pressSequentially(',"x":1');
      await expect(status(page)).toHaveAttribute('data-status', 'invalid');
      await expect(payload).toBeFocused();
      const onScreen = await status(page).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;
      });
      expect(onScreen).toBe(true);
    });
  }
}

// On a 390-px phone the verdict strip follows the token and its legend; the size meter and the
// token's findings come after it.
for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'ko'] as const) {
    test(`a phone shows the verdict within one screen of the token (${theme}, ${lang})`, async ({
      shared,
    }) => {
      mkdirSync(SHOTS, { recursive: true });
      const page = await open(shared, lang, { width: 390, height: 844 });
      await page.getByRole('combobox', { name: /^(Theme|테마)$/ }).selectOption(theme);
      await page.screenshot({ path: `${SHOTS}/first-390-${theme}-${lang}.png` });
      const top = async (id: string) =>
        page.getByTestId(id).evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      const gap = (await top('signature-status')) - (await top('token-input'));
      expect(gap).toBeGreaterThan(0);
      expect(gap).toBeLessThanOrEqual(844);
    });
  }
}
