import { createHmac } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './shared';

// RFC 7515 App. A.1: HS256, JSON with CRLF line breaks, exp 1300819380 (March 2011).
const A1_TOKEN =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const A1_KEY =
  'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow';
const A1_SIGNATURE = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const A1_EXP = 1300819380;

// The editors show each CR as U+240D (a textarea would turn CR LF into LF and change signed bytes).
const CR = '\u240d';
const A1_HEADER_SHOWN = `{"typ":"JWT",${CR}\n "alg":"HS256"}`;
const A1_PAYLOAD_SHOWN = `{"iss":"joe",${CR}\n "exp":1300819380,${CR}\n "http://example.com/is_root":true}`;

const SHOTS = 'test-results/screenshots';

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');
const fromB64url = (text: string): string => Buffer.from(text, 'base64url').toString('utf8');
const parts = (token: string): string[] => token.split('.');

/** An HS256 token made here in Node, independent of the app's own signing code. */
function hs256(header: string, payload: string, secret: Buffer): string {
  const input = `${b64url(header)}.${b64url(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

async function chooseLanguage(page: Page, lang: 'en' | 'ko'): Promise<void> {
  await page.getByRole('combobox', { name: /^(Language|언어)$/ }).selectOption(lang);
}

/** Opens the playground in English with the RFC 7515 A.1 token and its key pasted in. */
async function openA1(page: Page): Promise<void> {
  await page.goto('/');
  await chooseLanguage(page, 'en');
  await page.getByTestId('token-input').fill(A1_TOKEN);
  await page.getByTestId('key-input').fill(A1_KEY);
  await page.getByTestId('key-format').selectOption('base64url');
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');
  // These tests are about the exact bytes (CRLF included): show the exact text.
  await page.getByTestId('json-view-exact').click();
}

async function noSideways(page: Page, width: number): Promise<void> {
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scroll).toBeLessThanOrEqual(width);
}

async function tokenValue(input: Locator): Promise<string> {
  return input.inputValue();
}

test('a link to a broken token shows its findings as sentences from the first load, in both languages', async ({
  page,
}) => {
  // Its own page: the recorder below would stay in a shared page's later loads.
  const token = `${b64url('{"alg":"NONE","kid":"../../dev/null"}')}.${b64url('{}')}.`;
  // Every sentence as it first appears in the page: none may be empty, even for a moment.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __sentences: string[] }).__sentences = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('.diagnostic-message:not([data-seen])')) {
        el.setAttribute('data-seen', '');
        seen.push(el.textContent ?? '');
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`/#token=${token}`);
  // Findings carry codes; their sentences load after the first paint, and the list waits for them.
  const finding = page.locator('.diagnostic[data-code="alg-none-case"]').first();
  await expect(finding.locator('.diagnostic-message')).toHaveText(
    /^"NONE" is not "none": algorithm names are case-sensitive\./,
  );
  const seen = await page.evaluate(
    () => (window as unknown as { __sentences: string[] }).__sentences,
  );
  expect(seen.length).toBeGreaterThan(0);
  for (const text of seen) expect(text.trim().length, text).toBeGreaterThan(10);
  await chooseLanguage(page, 'ko');
  await expect(finding.locator('.diagnostic-message')).toContainText('대소문자');
  await chooseLanguage(page, 'en');
  await expect(finding.locator('.diagnostic-message')).toContainText('case-sensitive');
});

test('pasting RFC 7515 A.1 decodes it exactly, verifies the signature and rejects the expiry', async ({
  shared,
}) => {
  const page = await shared.fresh();
  await openA1(page);
  await expect(page.getByTestId('header-json')).toHaveValue(A1_HEADER_SHOWN);
  await expect(page.getByTestId('payload-json')).toHaveValue(A1_PAYLOAD_SHOWN);
  // The mirror paints exactly the characters of the textarea (no doubled or missing text).
  await expect(page.getByTestId('token-mirror')).toHaveText(A1_TOKEN);

  const claims = page.getByTestId('claims-status');
  await expect(claims).toHaveAttribute('data-status', 'invalid');
  await expect(claims).toContainText('expired');
  await expect(page.locator('.claims-table [data-code="expired"]')).toBeVisible();
});

test('tampering in Verify mode breaks the signature, the diff shows where, and re-signing fixes it', async ({
  shared,
}) => {
  const page = await shared.fresh();
  await openA1(page);
  const payload = page.getByTestId('payload-json');
  await payload.fill(A1_PAYLOAD_SHOWN.replace('"joe"', '"jon"'));

  const status = page.getByTestId('signature-status');
  await expect(status).toHaveAttribute('data-status', 'invalid');
  await expect(status).toContainText('Invalid');
  const token = page.getByTestId('token-input');
  // Only the payload changed: the header and the old signature are kept.
  const tampered = await tokenValue(token);
  expect(parts(tampered)[0]).toBe(parts(A1_TOKEN)[0]);
  expect(parts(tampered)[2]).toBe(A1_SIGNATURE);
  expect(fromB64url(parts(tampered)[1]!)).toBe(
    `{"iss":"jon",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}`,
  );

  const diff = page.getByTestId('signature-diff');
  await expect(diff).toHaveText(/\b([1-9]\d?) of 32 bytes differ/);
  const differing = Number(/(\d+) of 32/.exec((await diff.textContent()) ?? '')?.[1]);
  expect(differing).toBeGreaterThan(16); // a new HMAC differs in almost every byte
  await expect(page.locator('.sig-diff').first()).toBeVisible();

  await page.locator('.signature-region').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/playground-tampered.png`, fullPage: true });

  await page.getByRole('button', { name: 'Re-sign with this key' }).click();
  await expect(status).toHaveAttribute('data-status', 'valid');
  await expect(diff).toHaveText(/Identical: all 32 bytes match/);
  const resigned = await tokenValue(token);
  expect(parts(resigned)[1]).toBe(parts(tampered)[1]);
  expect(parts(resigned)[2]).not.toBe(A1_SIGNATURE);
  // The app's new signature is the one Node computes for the edited payload.
  const key = Buffer.from(A1_KEY, 'base64url');
  const input = `${parts(resigned)[0]}.${parts(resigned)[1]}`;
  expect(parts(resigned)[2]).toBe(createHmac('sha256', key).update(input).digest('base64url'));
});

test('in Sign mode every payload edit is signed again and stays valid', async ({ shared }) => {
  const page = await shared.fresh();
  await openA1(page);
  await page.getByTestId('mode-toggle').getByRole('radio', { name: 'Sign' }).check();
  await expect(page.getByTestId('mode-toggle')).toHaveAttribute('data-mode', 'sign');

  const token = page.getByTestId('token-input');
  await page.getByTestId('payload-json').fill(A1_PAYLOAD_SHOWN.replace('true', 'false'));
  await expect(token).not.toHaveValue(new RegExp(`\\.${A1_SIGNATURE}$`));
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');
  const signed = await tokenValue(token);
  expect(fromB64url(parts(signed)[1]!)).toContain('"http://example.com/is_root":false');
  const key = Buffer.from(A1_KEY, 'base64url');
  expect(parts(signed)[2]).toBe(
    createHmac('sha256', key)
      .update(`${parts(signed)[0]}.${parts(signed)[1]}`)
      .digest('base64url'),
  );

  // A second edit is signed again too.
  await page.getByTestId('payload-json').press('End');
  await page.getByTestId('payload-json').pressSequentially(' ');
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');
  await expect(token).not.toHaveValue(signed);
});

test('a Korean payload round-trips through the token byte for byte', async ({ shared }) => {
  const page = await shared.fresh();
  await openA1(page);
  const korean = '{"name":"홍길동","greeting":"안녕하세요 👋"}';
  await page.getByTestId('payload-json').fill(korean);
  await expect(page.getByTestId('payload-json')).toHaveValue(korean);

  const token = page.getByTestId('token-input');
  await expect(token).not.toHaveValue(A1_TOKEN);
  expect(fromB64url(parts(await tokenValue(token))[1]!)).toBe(korean);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'invalid');
  // Claims under a broken signature are not trusted, whatever they say.
  await expect(page.getByTestId('claims-status')).toHaveAttribute('data-status', 'untrusted');

  await page.getByRole('button', { name: 'Re-sign with this key' }).click();
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');
  // No exp any more: once the signature holds, the claims pass at any time.
  await expect(page.getByTestId('claims-status')).toHaveAttribute('data-status', 'valid');
  expect(fromB64url(parts(await tokenValue(token))[1]!)).toBe(korean);
  await expect(page.getByTestId('payload-json')).toHaveValue(korean);
  await expect(page.locator('.claims-table [data-claim="greeting"]')).toContainText(
    '안녕하세요 👋',
  );
});

test('a 1 MB token decodes without freezing the page, and typing still updates the header', async ({
  shared,
}) => {
  const page = await shared.fresh();
  // A header with a string at a 3-byte boundary, so four typed base64url characters decode to three
  // new letters in it and the header stays valid JSON.
  let name = 'n';
  while (`{"alg":"HS256","typ":"JWT","${name}":"`.length % 3 !== 0) name += 'n';
  const prefix = `{"alg":"HS256","typ":"JWT","${name}":"`;
  const header = `${prefix}"}`;
  const payload = JSON.stringify({ sub: 'big', data: 'x'.repeat(760_000), tail: 'END-OF-DATA' });
  const secret = Buffer.from('a big token needs a secret too, 32+ bytes long!!');
  const token = hs256(header, payload, secret);
  expect(token.length).toBeGreaterThan(1_000_000);

  await page.goto('/');
  await chooseLanguage(page, 'en');
  const input = page.getByTestId('token-input');
  await input.fill(token);

  await page.getByTestId('json-view-exact').click();
  const headerJson = page.getByTestId('header-json');
  await expect(headerJson).toHaveValue(header, { timeout: 10_000 });
  // The token stays in its editor; the decoded payload (760 KB) is folded by its ends.
  await expect(page.getByTestId('payload-collapsed')).toContainText('"tail":"END-OF-DATA"}', {
    timeout: 10_000,
  });
  // The page still answers.
  expect(await page.evaluate(() => 1 + 1)).toBe(2);

  // Type "QUJD" (base64url of "ABC") into the header's string value.
  const at = (prefix.length / 3) * 4;
  await input.evaluate((el, pos) => {
    const ta = el as HTMLTextAreaElement;
    ta.focus();
    ta.setSelectionRange(pos, pos);
  }, at);
  const started = Date.now();
  await page.keyboard.type('QUJD');
  await expect(headerJson).toHaveValue(`${prefix}ABC"}`, { timeout: 5_000 });
  test.info().annotations.push({
    type: 'timing',
    description: `header updated ${Date.now() - started} ms after typing began`,
  });
  await expect(input).toHaveValue(token.slice(0, at) + 'QUJD' + token.slice(at));
});

test('a share link reopens the same token, with the token only in the fragment', async ({
  shared,
}) => {
  const page = await shared.fresh();
  await openA1(page);
  await page.getByRole('button', { name: 'Share link' }).first().click();
  const shareUrl = page.getByTestId('share-url');
  await expect(shareUrl).toBeVisible();
  const link = await shareUrl.inputValue();
  const url = new URL(link);
  expect(url.search).toBe('');
  expect(new URLSearchParams(url.hash.slice(1)).get('token')).toBe(A1_TOKEN);
  expect(link).not.toContain(A1_KEY);
  expect(url.hash).not.toMatch(/[#&]key=/);

  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.getByTestId('token-input')).toHaveValue(A1_TOKEN);
  await expect(other.getByTestId('key-input')).toHaveValue('');
  expect(new URL(other.url()).search).toBe('');
  await other.close();

  // With the box ticked the key travels too (after a warning), still in the fragment.
  await page.getByRole('checkbox', { name: 'Include the key in the link' }).check();
  await expect(page.getByRole('alert')).toBeVisible();
  const withKey = new URL(await shareUrl.inputValue());
  expect(withKey.search).toBe('');
  expect(new URLSearchParams(withKey.hash.slice(1)).get('key')).toBe(A1_KEY);
});

test('time travel to before exp makes the claims pass, and back to live rejects them again', async ({
  shared,
}) => {
  const page = await shared.fresh();
  await openA1(page);
  const claims = page.getByTestId('claims-status');
  await expect(claims).toHaveAttribute('data-status', 'invalid');

  await page.getByTestId('clock-seconds').fill(String(A1_EXP - 3600));
  await expect(page.getByTestId('time-travel')).toBeVisible();
  await expect(claims).toHaveAttribute('data-status', 'valid');
  await expect(page.getByTestId('relative-exp')).toContainText('in 1 hour');
  await expect(page.locator('.claims-table [data-code="ok-exp"]')).toBeVisible();

  // One step past exp: expired again.
  await page.getByTestId('clock-seconds').fill(String(A1_EXP + 1));
  await expect(claims).toHaveAttribute('data-status', 'invalid');

  await page.getByTestId('clock-seconds').fill(String(A1_EXP - 120));
  await expect(claims).toHaveAttribute('data-status', 'valid');
  await page.getByRole('button', { name: /\+1 ?h/i }).click();
  await expect(claims).toHaveAttribute('data-status', 'invalid');

  await page.getByRole('button', { name: 'Back to live' }).click();
  await expect(claims).toHaveAttribute('data-status', 'invalid');
  await expect(page.getByTestId('time-travel')).toHaveCount(0);
});

test.describe('screenshots', () => {
  test('light and dark themes', async ({ shared }) => {
    const page = await shared.fresh();
    await page.setViewportSize({ width: 1280, height: 900 });
    await openA1(page);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    await expect(page.getByTestId('claims-status')).toHaveAttribute('data-status', 'invalid');
    await page.screenshot({ path: `${SHOTS}/playground-light.png`, fullPage: true });

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.screenshot({ path: `${SHOTS}/playground-dark.png`, fullPage: true });
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
  });

  test('a 360-px phone: nothing scrolls sideways and long tokens wrap', async ({ shared }) => {
    const page = await shared.fresh();
    await page.setViewportSize({ width: 360, height: 800 });
    await openA1(page);
    await page.getByTestId('payload-json').fill(A1_PAYLOAD_SHOWN.replace('"joe"', '"jon"'));
    await expect(page.getByTestId('signature-diff')).toHaveText(/of 32 bytes differ/);
    await noSideways(page, 360);
    const box = await page.getByTestId('token-input').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${SHOTS}/playground-360.png`, fullPage: true });

    // The share box and a long RS256 token with its JWK fit as well.
    await page.getByRole('button', { name: 'Share link' }).first().click();
    await expect(page.getByTestId('share-url')).toBeVisible();
    await noSideways(page, 360);
    await page.getByRole('combobox', { name: 'Examples' }).selectOption('rfc7515-a2');
    await expect(page.getByTestId('header-json')).toHaveValue('{"alg":"RS256"}');
    await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');
    await noSideways(page, 360);
  });

  test('Korean', async ({ shared }) => {
    const page = await shared.fresh();
    await page.setViewportSize({ width: 1280, height: 900 });
    await openA1(page);
    await chooseLanguage(page, 'ko');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('claims-status')).toContainText('만료');
    await expect(page.getByTestId('signature-status')).toContainText('검증됨');
    await page.screenshot({ path: `${SHOTS}/playground-ko.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    await noSideways(page, 360);
    await page.screenshot({ path: `${SHOTS}/playground-ko-360.png`, fullPage: true });
  });
});
