/**
 * Encrypted tokens in Chromium: for every algorithm pair the browser has, a token made by jose in this
 * Node process with a fresh key decrypts in the page with the key pasted as text, and a tampered one
 * fails with nothing of the plaintext on screen. Then Sign mode's Encrypt panel, end to end.
 */
import type { Page } from '@playwright/test';
import { CompactEncrypt, exportJWK, exportPKCS8, generateKeyPair } from 'jose';
import { axeFor } from './axe';
import { expect, test } from './shared';

const ALGS = [
  'dir',
  'A128KW',
  'A192KW',
  'A256KW',
  'A128GCMKW',
  'A192GCMKW',
  'A256GCMKW',
  'RSA-OAEP',
  'RSA-OAEP-256',
  'ECDH-ES',
  'ECDH-ES+A128KW',
  'ECDH-ES+A192KW',
  'ECDH-ES+A256KW',
  'PBES2-HS256+A128KW',
  'PBES2-HS384+A192KW',
  'PBES2-HS512+A256KW',
];
const ENCS = ['A128GCM', 'A192GCM', 'A256GCM', 'A128CBC-HS256', 'A192CBC-HS384', 'A256CBC-HS512'];
const ENC_BITS: Record<string, number> = {
  A128GCM: 128,
  A192GCM: 192,
  A256GCM: 256,
  'A128CBC-HS256': 256,
  'A192CBC-HS384': 384,
  'A256CBC-HS512': 512,
};
const SHOTS = 'test-results/screenshots/jwe';

/** Whether this Chromium has 192-bit AES (it has not, so those pairs are "unsupported" here). */
async function hasAes192(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    crypto.subtle.importKey('raw', new Uint8Array(24), 'AES-GCM', false, ['encrypt']).then(
      () => true,
      () => false,
    ),
  );
}

const uses192 = (alg: string, enc: string) => alg.includes('192') || enc.includes('192');

/** A fresh key for the pair: what jose encrypts to, and the text a student pastes to decrypt. */
async function freshKey(alg: string, enc: string, pem = false) {
  const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64url');
  if (alg === 'dir' || /^A\d+(GCM)?KW$/.test(alg)) {
    const bits = alg === 'dir' ? ENC_BITS[enc]! : Number(alg.slice(1, 4));
    const k = crypto.getRandomValues(new Uint8Array(bits / 8));
    return {
      encryptTo: k as CryptoKey | Uint8Array,
      paste: JSON.stringify({ kty: 'oct', k: b64(k) }),
    };
  }
  if (alg.startsWith('PBES2')) {
    const pw = `pass-${b64(crypto.getRandomValues(new Uint8Array(9)))}`;
    return { encryptTo: new TextEncoder().encode(pw), paste: pw };
  }
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  return {
    encryptTo: publicKey,
    paste: pem ? await exportPKCS8(privateKey) : JSON.stringify(await exportJWK(privateKey)),
  };
}

function tamper(token: string, part: number): string {
  const p = token.split('.');
  const s = p[part]!;
  const at = Math.floor(s.length / 2);
  p[part] = s.slice(0, at) + (s[at] === 'A' ? 'B' : 'A') + s.slice(at + 1);
  return p.join('.');
}

const status = (page: Page) => page.getByTestId('decryption-status');

/** RFC 7516 Appendix A.3 (A128KW + A128CBC-HS256) with its key, pasted into the playground. */
async function openRfcExample(page: Page): Promise<void> {
  await page
    .getByTestId('token-input')
    .fill(
      'eyJhbGciOiJBMTI4S1ciLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0.6KB707dM9YTIgHtLvtgWQ8mKwboJW3of9locizkDTHzBC2IlrT1oOQ.AxY8DCtDaGlsbGljb3RoZQ.KDlTtXchhZTGufMYmOYGS4HffxPSUrfmqCHXaI9wOGY.U0m_YmjN04DJvceFICbCVQ',
    );
  await page.getByTestId('key-input').fill('{"kty":"oct","k":"GawgguFyGrWKav7AX4VKUg"}');
}

for (const alg of ALGS) {
  test(`${alg}: jose's tokens decrypt with the pasted key; tampered ones show nothing`, async ({
    shared,
  }) => {
    const page = await shared.fresh();
    await page.goto('/');
    const aes192 = await hasAes192(page);
    for (const enc of ENCS) {
      const secret = `secret-${alg}-${enc}-${Math.random().toString(36).slice(2)}`;
      const plaintext = JSON.stringify({ sub: 'alice', note: secret });
      const key = await freshKey(alg, enc, alg === 'RSA-OAEP-256' && enc === 'A256GCM');
      const token = await new CompactEncrypt(new TextEncoder().encode(plaintext))
        .setProtectedHeader({ alg, enc })
        .encrypt(key.encryptTo);
      await page.getByTestId('key-input').fill(key.paste);
      await page.getByTestId('token-input').fill(token);
      if (!aes192 && uses192(alg, enc)) {
        await expect(status(page)).toHaveAttribute('data-status', 'unsupported');
        continue;
      }
      await expect(status(page), `${alg} + ${enc}`).toHaveAttribute('data-status', 'decrypted');
      await expect(page.getByTestId('payload-json')).toHaveValue(plaintext);

      const bad = tamper(token, [2, 3, 4][ENCS.indexOf(enc) % 3]!);
      await page.getByTestId('token-input').fill(bad);
      await expect(status(page)).toHaveAttribute('data-status', 'failed');
      await expect(page.getByTestId('payload-json')).toHaveCount(0);
      await expect(page.locator('body')).not.toContainText(secret);
      await expect(page.getByTestId('decryption-diagnostics')).toContainText(
        'authentication tag does not match',
      );
    }
  });
}

test('no key: the verdict says so and the payload stays unreadable', async ({ shared }) => {
  const page = await shared.fresh();
  await page.goto('/');
  const key = await freshKey('A256KW', 'A256GCM');
  const token = await new CompactEncrypt(new TextEncoder().encode('{"sub":"hidden-alice"}'))
    .setProtectedHeader({ alg: 'A256KW', enc: 'A256GCM' })
    .encrypt(key.encryptTo);
  await page.getByTestId('key-input').fill('');
  await page.getByTestId('token-input').fill(token);
  await expect(status(page)).toHaveAttribute('data-status', 'no-key');
  await expect(page.locator('body')).not.toContainText('hidden-alice');
  // Five coloured parts, each named in the legend (colour is not the only cue).
  for (const part of ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag'])
    await expect(page.locator(`.part-legend .part-${part}`)).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/no-key.png`, fullPage: true });
});

test('a nested token opens to its JWS, which is verified', async ({ shared }) => {
  const page = await shared.fresh();
  const { SignJWT } = await import('jose');
  const hs = crypto.getRandomValues(new Uint8Array(32));
  const enc = crypto.getRandomValues(new Uint8Array(32));
  const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64url');
  const inner = await new SignJWT({ sub: 'alice' })
    .setProtectedHeader({ alg: 'HS256', kid: 'sig' })
    .setExpirationTime('2h')
    .sign(hs);
  const token = await new CompactEncrypt(new TextEncoder().encode(inner))
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', cty: 'JWT', kid: 'enc' })
    .encrypt(enc);
  const set = {
    keys: [
      { kty: 'oct', kid: 'sig', alg: 'HS256', k: b64(hs) },
      { kty: 'oct', kid: 'enc', k: b64(enc) },
    ],
  };
  await page.goto('/');
  await page.getByTestId('key-input').fill(JSON.stringify(set));
  await page.getByTestId('token-input').fill(token);
  await expect(status(page)).toHaveAttribute('data-status', 'decrypted');
  await expect(page.getByTestId('payload-json')).toHaveValue(inner);
  await expect(page.getByTestId('jwe-nested')).toContainText('valid');
  // In the verdict strip: the decryption, then the inner token's signature right after it, and the
  // summary is the inner token's verdict.
  const strip = page.getByTestId('verdict-strip');
  await expect(strip.getByTestId('decryption-status')).toContainText('A256GCM');
  await expect(strip.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');
  await expect(strip.getByTestId('signature-status')).toContainText('inside');
  await expect(strip.getByTestId('verdict-summary')).toHaveAttribute('data-status', 'verified');
  const order = await strip
    .locator('[data-testid$="-status"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  expect(order.slice(0, 2)).toEqual(['decryption-status', 'signature-status']);
  // The decrypted claims are the ones the claims pane shows and judges.
  await expect(page.getByTestId('claims-status')).not.toHaveAttribute('data-status', 'unchecked');
  await strip.screenshot({ path: `${SHOTS}/nested-strip.png` });
});

test('Sign mode encrypts the claims it signed: readable beside unreadable', async ({ shared }) => {
  const page = await shared.fresh();
  await page.goto('/');
  await page.getByTestId('mode-toggle').locator('input[value="sign"]').check();
  const panel = page.getByTestId('jwe-encrypt');
  await expect(panel.getByTestId('jwe-encrypt-key')).not.toHaveValue('');
  const claims = await page.getByTestId('payload-json').inputValue();
  await panel.getByTestId('jwe-encrypt-button').click();
  const output = panel.getByTestId('jwe-output');
  await expect(output).toHaveText(/^[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+$/);
  await page.screenshot({ path: `${SHOTS}/encrypt-panel.png`, fullPage: true });

  // Handed over with its key, the claims come back exactly.
  await panel.getByTestId('jwe-open-with-key').click();
  await expect(status(page)).toHaveAttribute('data-status', 'decrypted');
  // The same claims (the signed pane reads them one member per line, the plaintext as sent).
  expect(JSON.parse(await page.getByTestId('payload-json').inputValue())).toEqual(
    JSON.parse(claims),
  );
  // Without the key, nothing of them is readable.
  await page.getByTestId('key-input').fill('');
  await expect(status(page)).toHaveAttribute('data-status', 'no-key');
  await expect(page.getByTestId('payload-json')).toHaveCount(0);
  const name = String((JSON.parse(claims) as { name: string }).name);
  await expect(page.locator('body')).not.toContainText(name);
});

test('the JWE example opens with the RFC key, in Korean and at 360 px, in the dark theme', async ({
  shared,
}) => {
  const page = await shared.fresh({
    prefs: { lang: 'ko', theme: 'dark' },
    viewport: { width: 360, height: 800 },
  });
  await page.goto('/');
  await openRfcExample(page);
  await expect(status(page)).toHaveAttribute('data-status', 'decrypted');
  await expect(status(page)).toContainText('복호화 성공');
  await expect(page.getByTestId('payload-json')).toHaveValue('Live long and prosper.');
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scroll).toBeLessThanOrEqual(360);
  await page.getByTestId('payload-json').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/ko-dark-360.png`, fullPage: true });
});

test('X25519 key agreement decrypts where the browser has it', async ({ shared }) => {
  const page = await shared.fresh();
  await page.goto('/');
  const has = await page.evaluate(() =>
    crypto.subtle.generateKey({ name: 'X25519' }, false, ['deriveBits']).then(
      () => true,
      () => false,
    ),
  );
  test.skip(!has, 'this Chromium has no X25519');
  const { publicKey, privateKey } = await generateKeyPair('ECDH-ES', {
    crv: 'X25519',
    extractable: true,
  });
  const token = await new CompactEncrypt(new TextEncoder().encode('{"sub":"x25519"}'))
    .setProtectedHeader({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM' })
    .encrypt(publicKey);
  await page.getByTestId('key-input').fill(JSON.stringify(await exportJWK(privateKey)));
  await page.getByTestId('token-input').fill(token);
  await expect(status(page)).toHaveAttribute('data-status', 'decrypted');
  await expect(page.getByTestId('payload-json')).toHaveValue('{"sub":"x25519"}');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: a decrypted JWE and the Encrypt panel, ${theme} theme`, async ({ shared }) => {
    const page = await shared.fresh({ prefs: { lang: 'en', theme } });
    await page.goto('/');
    const signed = await page.getByTestId('token-input').inputValue();
    await openRfcExample(page);
    await expect(status(page)).toHaveAttribute('data-status', 'decrypted');
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    const jwe = await axeFor(page)
      .include('.decoded-region')
      .include('.encoded-region')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const rules = (r: typeof jwe) =>
      r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
    expect(rules(jwe)).toEqual([]);

    // The Encrypt panel, with a token made.
    await page.getByTestId('token-input').fill(signed);
    await page.getByTestId('mode-toggle').locator('input[value="sign"]').check();
    await expect(page.getByTestId('jwe-encrypt-key')).not.toHaveValue('');
    await page.getByTestId('jwe-encrypt-button').click();
    await expect(page.getByTestId('jwe-output')).toBeVisible();
    const panel = await axeFor(page)
      .include('.jwe-encrypt')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(rules(panel)).toEqual([]);
  });
}
