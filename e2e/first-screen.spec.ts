import type { Page } from '@playwright/test';
import { expect, test } from './shared';

/**
 * The first screen is prerendered into index.html (scripts/prerender-plugin.ts): the default example
 * decoded and verified, on screen before any of the app's code has run. These tests hold the app's
 * own script back to look at that copy alone, then let it run and watch it take over.
 */

/** Holds back the app's scripts (the boot script is inline), so only the prerendered copy shows. */
async function withoutApp(page: Page): Promise<void> {
  await page.route(/\/assets\/[^/]*\.js$/, (route) => route.abort());
}

/** The copy of the first screen on show, if any. */
const shown = (page: Page) => page.locator('.first-screen').filter({ visible: true });

test('before any app code runs, the first screen shows the default example verified', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Trusted Type/i.test(m.text())) violations.push(m.text());
  });
  await withoutApp(page);
  await page.goto('/');
  const copy = shown(page);
  await expect(copy).toHaveCount(1);
  await expect(copy).toHaveAttribute('lang', 'en');
  // The verdict, the key it was verified with, and the token, as the app would show them.
  await expect(copy.locator('.verdict-summary')).toHaveText(/Verified/);
  await expect(copy.locator('.verdict').first()).toHaveAttribute('data-status', 'valid');
  await expect(copy.locator('textarea').first()).toHaveValue(/^eyJhbGciOiJIUzI1NiIs/);
  await expect(copy).toContainText('"sub": "user-42"');
  // Nothing can be typed into the copy (and lost when the app replaces it).
  await expect(copy).toHaveAttribute('inert', '');
  await expect(copy.locator('button', { hasText: 'Clear' })).toBeDisabled();
  // The copy holds the first screen and no more: what lies below it at every width comes with the
  // app (each element of the copy is parsed, styled and laid out before the first paint).
  await expect(copy.locator('.verdict-strip')).toHaveCount(1);
  await expect(copy.locator('.dec-payload')).toHaveCount(1);
  await expect(copy.locator('.claims-region, .signature-region, .token-findings')).toHaveCount(0);
  // The other language's copy left the page once it was parsed.
  await expect(page.locator('.first-screen')).toHaveCount(1);
  // The copy needs no inline script or style beyond the two the policy allows: it refused none.
  expect(violations).toEqual([]);
});

test('the copy follows the language, and a share link or a lesson shows none', async ({
  browser,
}) => {
  const ko = await browser.newContext({ locale: 'ko-KR' });
  const page = await ko.newPage();
  await withoutApp(page);
  await page.goto('/');
  await expect(shown(page)).toHaveAttribute('lang', 'ko');
  await expect(shown(page).locator('.verdict-summary')).toHaveText(/검증/);
  // The token pane is as wide as the verdict strip under it, as in the app: sized to its Korean
  // text it was 516 px of 612 at 1280 px, and widened when the app came in.
  const width = (q: string) =>
    shown(page)
      .locator(q)
      .evaluate((e) => Math.round(e.getBoundingClientRect().width));
  expect(await width('.encoded-region')).toBe(await width('.verdict-strip'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.goto('/#/lessons');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-first', 'none');
  await expect(page.locator('.first-screen')).toHaveCount(0);
  await ko.close();

  const en = await browser.newContext({ locale: 'en-US' });
  const other = await en.newPage();
  await withoutApp(other);
  // A stored preference wins over the browser's language, and the stored theme applies at once.
  await other.addInitScript(() =>
    localStorage.setItem('jwt-playground:prefs', JSON.stringify({ theme: 'dark', lang: 'ko' })),
  );
  await other.goto('/');
  await expect(shown(other)).toHaveAttribute('lang', 'ko');
  await expect(other.locator('html')).toHaveAttribute('data-theme', 'dark');
  await other.goto('/#token=eyJhbGciOiJub25lIn0.e30.');
  await other.reload();
  await expect(other.locator('.first-screen')).toHaveCount(0);
  await en.close();
});

test('the app replaces the copy with its own, verdict and all, without a step back', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // Every state the signature verdict passes through once the app is in.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __verdicts: string[] }).__verdicts = seen;
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid="signature-status"]');
      if (!el) return;
      const state = `${el.getAttribute('data-status')}${el.hasAttribute('aria-busy') ? ' busy' : ''}`;
      if (seen.at(-1) !== state) seen.push(state);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto('/');
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');
  await expect(page.locator('.first-screen')).toHaveCount(0);
  await expect(page.getByTestId('token-input')).toBeEditable();
  // The parts the copy left out are the app's from its first render.
  await expect(page.locator('.claims-region, .signature-region, .token-findings')).toHaveCount(3);
  // From its first render, the app shows the verdict it derived: never "checking" in between.
  expect(
    await page.evaluate(() => (window as unknown as { __verdicts: string[] }).__verdicts),
  ).toEqual(['valid']);
  // And it is live: an edit of the payload breaks the signature.
  await page.getByTestId('payload-json').fill('{"sub":"user-43"}');
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'invalid');
  expect(errors).toEqual([]);
});

test('the app lays out the first screen where the copy drew it, on a desktop and a phone, in both languages', async ({
  browser,
}) => {
  // Where the token, the verdict strip, the key and the decoded editors are, in the copy alone and
  // then in the app: a menu sized to its options or editors that only the app grew moved them all.
  // On a phone the decoded editors lie screens below, under parts only the app has; what is on the
  // first screen stays put (the token editor, sized by its rows in the copy, grew by 43 to 66 px).
  const screens = [
    {
      viewport: { width: 1280, height: 800 },
      parts: [
        '.encoded-region textarea',
        '.verdict-strip',
        '.key-field textarea',
        '.dec-header textarea',
        '.dec-payload textarea',
      ],
    },
    {
      viewport: { width: 390, height: 844 },
      parts: ['.encoded-region textarea', '.verdict-strip', '.key-field textarea'],
    },
    {
      viewport: { width: 360, height: 740 },
      parts: ['.encoded-region textarea', '.verdict-strip', '.key-field textarea'],
    },
  ];
  const boxes = async (page: Page, within: string, parts: string[]): Promise<string[]> =>
    page.evaluate(
      ([within, parts]) =>
        parts
          .map((q) =>
            [...document.querySelectorAll(`${within} ${q}`)].find((e) => e.checkVisibility()),
          )
          .map((e) => {
            const r = e!.getBoundingClientRect();
            return `${Math.round(r.top)} ${Math.round(r.height)}`;
          }),
      [within, parts] as const,
    );
  for (const { viewport, parts } of screens)
    for (const locale of ['en-US', 'ko-KR']) {
      const context = await browser.newContext({ locale, viewport });
      const page = await context.newPage();
      await withoutApp(page);
      await page.goto('/');
      await expect(shown(page)).toHaveCount(1);
      const copy = await boxes(page, '.first-screen', parts);
      await page.unrouteAll();
      await page.reload();
      await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');
      await expect(page.locator('.first-screen')).toHaveCount(0);
      const app = await boxes(page, '#root', parts);
      // Within two pixels: the app's editors are sized by script, the copy's by their rows or text.
      const moved = app.map((b, i) => {
        const [top, height] = b.split(' ').map(Number);
        const [top0, height0] = copy[i]!.split(' ').map(Number);
        return Math.max(Math.abs(top! - top0!), Math.abs(height! - height0!));
      });
      expect(
        Math.max(...moved),
        `${viewport.width} px, ${locale}: copy ${copy.join(', ')}; app ${app.join(', ')}`,
      ).toBeLessThanOrEqual(2);
      await context.close();
    }
});
