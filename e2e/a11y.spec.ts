import { createHmac } from 'node:crypto';
import type AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { axeFor } from './axe';
import { expect, test, type Prefs } from './shared';

/**
 * Accessibility: axe-core finds no WCAG 2.1 A/AA violation on the four kinds of page, in both themes
 * and both languages, and the playground's main path works with the keyboard alone, focus visible.
 */

const PAGES = [
  { name: 'playground', path: '/#/', ready: 'signature-status' },
  { name: 'lesson', path: '/#/lessons/encoded-not-encrypted', ready: 'signature-status' },
  { name: 'lab', path: '/#/labs/alg-none', ready: 'lab' },
  { name: 'simulation', path: '/#/sims/jwt-login', ready: 'sim-scenario' },
] as const;

const THEMES = ['light', 'dark'] as const;
const LANGS = ['en', 'ko'] as const;

const EN_LIGHT: Prefs = { lang: 'en', theme: 'light' };

/** axe's findings as one readable line each: rule, impact, the elements and the first summary. */
function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .slice(0, 6)
        .map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join('')}`)
        .join(' | ')}`,
  );
}

/** Switches theme and language in place, through the page's own selectors, and waits for both. */
async function switchPrefs(page: Page, lang: string, theme: string): Promise<void> {
  await page.getByRole('combobox', { name: /^(Theme|테마)$/ }).selectOption(theme);
  await page.getByRole('combobox', { name: /^(Language|언어)$/ }).selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/**
 * Waits for the app itself, not the prerendered first screen it replaces (an inert copy without test
 * ids, which neither the keyboard nor a click reaches), and for its lazy panes and verification.
 */
async function appReady(page: Page): Promise<void> {
  await expect(page.getByTestId('signature-status')).toBeVisible();
  await expect(page.locator('.first-screen')).toHaveCount(0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

async function axe(page: Page): Promise<string[]> {
  const result = await axeFor(page)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return describe(result.violations);
}

/**
 * Each page is loaded once (English, light) and then switched in place to each theme and language:
 * one axe run per state.
 */
for (const p of PAGES) {
  test(`axe: ${p.name}, in both themes and both languages`, async ({ shared }) => {
    const page = await shared.open(p.path, { prefs: EN_LIGHT });
    await expect(page.getByTestId(p.ready)).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    if (p.name === 'simulation') {
      // Step once so the request/response panes are on screen too.
      await page.locator('.sim-controls button').nth(1).click();
      await expect(page.getByTestId('sim-progress')).toContainText('1');
    }
    for (const theme of THEMES) {
      for (const lang of LANGS) {
        await test.step(`${theme} theme, ${lang}`, async () => {
          await switchPrefs(page, lang, theme);
          await expect(page.getByTestId(p.ready)).toBeVisible();
          // Wait for the lazy panes and the background verification to settle.
          await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
          if (p.name === 'simulation') {
            // Still at step 1, with the request/response panes on screen.
            await expect(page.getByTestId('sim-progress')).toHaveText(/^Step 1 of|중 1단계$/);
          }
          expect(await axe(page)).toEqual([]);
        });
      }
    }
  });
}

/**
 * The playground with everything open: a failing token, findings, share box, microscope, keys.
 * Opened once, then switched in place to each theme and language.
 */
test('axe: the playground with every panel open, in both themes and both languages', async ({
  shared,
}) => {
  const page = await shared.open('/#/', { prefs: EN_LIGHT });
  await appReady(page);
  await page.locator('.generate summary').click();
  await page.getByTestId('gen-alg').selectOption('RS256');
  await page.getByTestId('gen-button').click();
  await expect(page.locator('.generate-keys')).toBeVisible();
  await page.getByTestId('mode-toggle').locator('input[value="verify"]').check();
  const payload = page.getByTestId('payload-json');
  await payload.fill((await payload.inputValue()).replace('"exp":', '"nbf":"later","exp":'));
  await page.getByTestId('header-json').fill('{"alg":"RS256","typ":"JWT",}');
  await page.locator('button[aria-controls="microscope"]').click();
  await expect(page.getByTestId('microscope')).toBeVisible();
  await page.locator('.share > button[aria-expanded]').click();
  await page.locator('.share-key input[type="checkbox"]').check();
  await expect(page.locator('.share-warning')).toBeVisible();
  for (const theme of THEMES) {
    for (const lang of LANGS) {
      await test.step(`${theme} theme, ${lang}`, async () => {
        await switchPrefs(page, lang, theme);
        // Every panel is still open, with the failing token in.
        await expect(page.locator('.generate-keys')).toBeVisible();
        await expect(page.getByTestId('microscope')).toBeVisible();
        await expect(page.locator('.share-warning')).toBeVisible();
        await expect(page.getByTestId('header-json')).toHaveValue('{"alg":"RS256","typ":"JWT",}');
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
        await page.screenshot({
          path: `test-results/screenshots/a11y-playground-open-${theme}-${lang}.png`,
          fullPage: true,
        });
        expect(await axe(page)).toEqual([]);
      });
    }
  }
});

// --- text painted under the editors ----------------------------------------------------------------

/**
 * The token and JSON editors paint their colours in a mirror under a transparent textarea, which axe
 * cannot measure ("incomplete"). Measure it here: every painted run, highlighted or not, against the
 * background it actually sits on.
 */
async function mirrorContrast(page: Page): Promise<{ low: string[]; runs: number; marks: number }> {
  return page.evaluate(() => {
    const rgb = (c: string): [number, number, number, number] | null => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      return m
        ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])]
        : null;
    };
    const lum = ([r, g, b]: number[]): number => {
      const f = (v: number): number => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const background = (el: Element | null): number[] | null => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c && c[3] === 1) return c;
      }
      return null;
    };
    const low: string[] = [];
    const painted = [...document.querySelectorAll('.overlay-mirror span, .overlay-mirror mark')];
    for (const el of painted) {
      if (!el.textContent?.trim() || el.children.length > 0) continue;
      const fg = rgb(getComputedStyle(el).color);
      const bg = background(el);
      if (!fg || !bg) {
        low.push(`unmeasured ${el.className} ${getComputedStyle(el).color}`);
        continue;
      }
      const [a, b] = [lum(fg), lum(bg)];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 4.5)
        low.push(
          `${el.tagName} .${el.className} "${el.textContent.slice(0, 12)}" ${ratio.toFixed(2)}`,
        );
    }
    return {
      low,
      runs: painted.length,
      marks: document.querySelectorAll('.overlay-mirror mark').length,
    };
  });
}

test('painted token and JSON text keeps 4.5:1, highlighted or not, in both themes', async ({
  shared,
}) => {
  const page = await shared.open('/#/', { prefs: EN_LIGHT });
  await appReady(page);
  // A finding in the payload, so the underlines are painted too.
  const payload = page.getByTestId('payload-json');
  await payload.fill((await payload.inputValue()).replace(/"exp": ?4102444800/, '"exp":"soon"'));
  for (const theme of THEMES) {
    await test.step(theme, async () => {
      await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // The caret inside a member marks the token characters that encode it...
      await payload.focus();
      await page.keyboard.press('ControlOrMeta+Home');
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      let seen = await mirrorContrast(page);
      expect(seen.marks).toBeGreaterThan(0);
      expect(seen.low).toEqual([]);
      // ...and a selection in the token marks the JSON it encodes.
      await page.getByTestId('token-input').focus();
      await page.keyboard.press('ControlOrMeta+Home');
      for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+ArrowRight');
      seen = await mirrorContrast(page);
      expect(seen.marks).toBeGreaterThan(0);
      expect(seen.runs).toBeGreaterThan(10);
      expect(seen.low).toEqual([]);
    });
  }
});

// --- keyboard only -------------------------------------------------------------------------------

const b64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
const SECRET = 'keyboard only, no mouse: a long shared secret!';
const PAYLOAD = '{"sub":"user-42","role":"user","exp":4102444800}';
function hs256(payload: string): string {
  const input = `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(payload)}`;
  return `${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`;
}

/** What has focus, and whether it shows: an outline or a box shadow. */
async function focused(page: Page): Promise<{ what: string; visible: boolean; body: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', visible: false, body: true };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const what = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${
      el.dataset.testid ? `[${el.dataset.testid}]` : ''
    } "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    return { what, visible: outline || cs.boxShadow !== 'none', body: false };
  });
}

async function expectFocusVisible(page: Page): Promise<void> {
  const f = await focused(page);
  expect(f.visible, `focus is not visible on ${f.what}`).toBe(true);
}

/** Presses Tab (or Shift+Tab) until `selector` has focus, checking each stop shows its focus. */
async function tabTo(page: Page, selector: string, back = false): Promise<void> {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      await expectFocusVisible(page);
      return;
    }
    const f = await focused(page);
    // Chromium's date field has an inner picker button that draws its own ring.
    if (!f.body && !f.what.startsWith('input')) await expectFocusVisible(page);
  }
  throw new Error(`${selector} never got focus`);
}

/** Changes a focused <select> with the arrow keys until it reads `value`. */
async function arrowSelect(page: Page, value: string): Promise<void> {
  for (const key of ['ArrowUp', 'ArrowDown']) {
    for (let i = 0; i < 8; i++) {
      if (
        (await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)) === value
      )
        return;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`could not reach ${value}`);
}

test('the playground with the keyboard alone: paste, key, verify, edit, re-sign, mode, lesson', async ({
  shared,
}) => {
  const page = await shared.open('/#/', { prefs: EN_LIGHT });
  await appReady(page);
  const status = page.getByTestId('signature-status');

  // The first Tab reaches the skip link; it jumps to the token editor.
  await page.keyboard.press('Tab');
  expect((await focused(page)).what).toContain('Skip to the token');
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  expect((await focused(page)).what).toContain('[token-input]');
  await expectFocusVisible(page);
  await expect(page).toHaveURL(/\/#\/$/);

  // Paste a token over the example.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(hs256(PAYLOAD));
  await expect(page.getByTestId('token-input')).toHaveValue(hs256(PAYLOAD));
  // The readable view: the same JSON, one member per line.
  await expect(page.getByTestId('payload-json')).toHaveValue(
    JSON.stringify(JSON.parse(PAYLOAD), null, 2),
  );

  // The key, pasted; its format chosen with the arrow keys.
  await tabTo(page, '[data-testid="key-input"]');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(SECRET);
  await tabTo(page, '[data-testid="key-format"]');
  await arrowSelect(page, 'utf8');
  await expect(status).toHaveAttribute('data-status', 'valid');

  // Back to the payload: edit it; the old signature no longer fits.
  await tabTo(page, '[data-testid="payload-json"]', true);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(
    PAYLOAD.replace('"user"}', '"admin"}').replace('"role":"user"', '"role":"admin"'),
  );
  await expect(page.getByTestId('payload-json')).toHaveValue(/"role":"admin"/);
  await expect(status).toHaveAttribute('data-status', 'invalid');

  // Re-sign with the key, from the keyboard.
  await tabTo(page, '[data-testid="resign"]');
  await page.keyboard.press('Enter');
  await expect(status).toHaveAttribute('data-status', 'valid');
  await expect(page.getByTestId('token-input')).toHaveValue(
    hs256('{"sub":"user-42","role":"admin","exp":4102444800}'),
  );

  // Sign mode: the radio group answers the arrow keys.
  await tabTo(page, '[data-testid="mode-toggle"] input[type="radio"]', true);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('mode-toggle')).toHaveAttribute('data-mode', 'sign');
  await expectFocusVisible(page);

  // The share box opens, and its key option toggles with Space.
  await tabTo(page, 'button[aria-expanded]');
  await page.keyboard.press('Enter');
  await tabTo(page, '.share-key input[type="checkbox"]');
  await page.keyboard.press('Space');
  await expect(page.locator('.share-warning')).toBeVisible();
  await page.keyboard.press('Space');

  // A lesson, opened from the navigation.
  await tabTo(page, 'nav a[href="#/lessons"]', true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/lessons$/);
  await tabTo(page, 'main a[href^="#/lessons/"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/lessons\/[a-z0-9-]+$/);
  await expect(page.locator('main h2').first()).toBeVisible();
  // On the lesson page the skip link goes to the content, and the route stays.
  const url = page.url();
  await tabTo(page, '.skip-link', true);
  expect((await focused(page)).what).toContain('Skip to the content');
  await page.keyboard.press('Enter');
  expect((await focused(page)).what).toContain('main#main');
  expect(page.url()).toBe(url);
});

test('a lab and a simulation with the keyboard alone', async ({ shared }) => {
  const page = await shared.open('/#/labs/alg-none', { prefs: EN_LIGHT });
  await expect(page.getByTestId('lab')).toBeVisible();
  await tabTo(page, '[data-testid="header-json"]');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText('{"alg":"none","typ":"JWT"}');
  await tabTo(page, '[data-testid="lab-send"]');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lab-response')).toHaveAttribute('data-status', /\d{3}/);

  await page.goto('/#/sims/jwt-login');
  await expect(page.getByTestId('sim-progress')).toHaveText(/^Step 0 of/);
  await tabTo(page, '.sim-controls button:not([disabled]):nth-child(2)');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('sim-progress')).toHaveText(/^Step 2 of/);
});

for (const p of PAGES) {
  test(`every Tab stop on the ${p.name} page shows its focus`, async ({ shared }) => {
    const page = await shared.open(p.path, { prefs: { lang: 'en', theme: 'dark' } });
    await expect(page.getByTestId(p.ready)).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    const hidden: string[] = [];
    let stops = 0;
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f.body) break;
      stops++;
      // Chromium's date field has an inner picker button that draws its own ring.
      if (!f.visible && !f.what.startsWith('input ')) hidden.push(f.what);
    }
    expect(stops).toBeGreaterThan(5);
    expect(hidden).toEqual([]);
  });
}
