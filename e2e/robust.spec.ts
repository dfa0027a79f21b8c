import type { Page } from '@playwright/test';
import { expect, test } from './shared';

/** Every registered header parameter (RFC 7515 §4.1, RFC 7797, RFC 7516 §4.1) and claim (RFC 7519 §4.1). */
const HEADER = [
  'alg',
  'typ',
  'cty',
  'kid',
  'jku',
  'jwk',
  'x5u',
  'x5c',
  'x5t',
  'x5t#S256',
  'crit',
  'b64',
  'zip',
  'enc',
];
const CLAIMS = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'];
const ODD: [string, unknown][] = [
  ['an object', {}],
  ['an array', [1, 'x']],
  ['null', null],
  ['a boolean', true],
  ['a fraction', 1.5],
  ['a negative number', -1],
  ['a string', 'odd'],
];

const b64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
function tokenWith(value: unknown): string {
  const header = Object.fromEntries(HEADER.map((k) => [k, value]));
  const payload = Object.fromEntries(CLAIMS.map((k) => [k, value]));
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.c2ln`;
}

/** The token is on the page: in the editor, or in the kept field of a page that failed. */
async function expectKept(page: Page, token: string): Promise<void> {
  await expect(page.getByTestId('token-input').or(page.getByTestId('kept-token'))).toHaveValue(
    token,
  );
  await expect(page.locator('#root')).not.toBeEmpty();
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

for (const [what, value] of ODD) {
  test(`every header parameter and claim set to ${what}: pasted, the page stays and keeps the text`, async ({
    shared,
  }) => {
    const page = await shared.fresh();
    const errors = watchErrors(page);
    const token = tokenWith(value);
    await page.goto('/');
    await page.getByTestId('token-input').fill(token);
    await expectKept(page, token);
    expect(errors).toEqual([]);
  });

  test(`every header parameter and claim set to ${what}: opened as a share link, likewise`, async ({
    shared,
  }) => {
    const page = await shared.fresh();
    const errors = watchErrors(page);
    const token = tokenWith(value);
    await page.goto(`/#token=${token}`);
    await expectKept(page, token);
    expect(errors).toEqual([]);
  });
}

test('a link that carries a key warns, loads the key and takes it out of the address bar', async ({
  shared,
}) => {
  const page = await shared.fresh();
  await page.goto('/#token=eyJhbGciOiJIUzI1NiJ9.e30.c2ln&key=demo-secret&fmt=utf8');
  await expect(page.getByTestId('key-from-link')).toBeVisible();
  expect(page.url()).not.toContain('key=');
  expect(page.url()).toContain('token=');
});
