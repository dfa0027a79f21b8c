import type { Page } from '@playwright/test';
import { axeFor } from './axe';
import { expect, test } from './shared';

/** Presses "Step" until the progress reads "Step n of …". */
async function stepTo(page: Page, n: number): Promise<void> {
  const progress = page.getByTestId('sim-progress');
  for (let i = 0; i < 40; i++) {
    const text = (await progress.textContent()) ?? '';
    if (text.startsWith(`Step ${n} of`)) return;
    await page.getByRole('button', { name: 'Step ▶' }).click();
  }
  throw new Error(`never reached step ${n}`);
}

/** The total in "Step n of total" (or "total단계 중 n단계"). */
async function totalSteps(page: Page): Promise<number> {
  const text = (await page.getByTestId('sim-progress').textContent()) ?? '';
  const m = /of (\d+)|(\d+)단계 중/.exec(text);
  return Number(m?.[1] ?? m?.[2]);
}

const SHOTS = process.env.SIM_SHOTS ?? 'test-results/screenshots';

async function noSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe('simulations', () => {
  const EN_LIGHT = { lang: 'en', theme: 'light' } as const;

  test('scenario 2: round robin loses the session, a shared store keeps it', async ({ shared }) => {
    const page = await shared.fresh({ prefs: EN_LIGHT });
    await page.goto('/#/sims');
    await page.getByRole('link', { name: 'Scale out to three servers' }).click();
    await expect(page).toHaveURL(/#\/sims\/scale-out$/);
    await expect(page.getByTestId('sim-progress')).toHaveText('Step 0 of 12');

    await stepTo(page, 3);
    await expect(page.getByTestId('sim-status')).toHaveAttribute('data-status', '401');
    await expect(page.getByTestId('sim-request')).toContainText('Cookie: sid=');
    await expect(page.locator('[data-node="server-1"]')).toContainText('● active');
    await page.screenshot({ path: 'test-results/screenshots/sim-2-lost.png', fullPage: true });

    await stepTo(page, 10);
    await expect(page.getByTestId('sim-status')).toHaveAttribute('data-status', '200');
    await expect(page.locator('[data-node="store-shared"]')).toContainText('● active');
    await stepTo(page, 12);
    await expect(page.getByTestId('sim-growth-chart')).toContainText('10,000 users');
    await page
      .getByLabel('The session lived only in the memory of the server that created it')
      .check();
    await page.getByRole('button', { name: 'Check my answer' }).click();
    await expect(page.getByTestId('sim-feedback')).toContainText('✓ Right.');
    await page.screenshot({ path: 'test-results/screenshots/sim-2.png', fullPage: true });
  });

  test('scenario 6: 401, 403, a forged role, the leak and a re-signed token', async ({
    shared,
  }) => {
    const page = await shared.fresh({ prefs: EN_LIGHT });
    await page.goto('/#/sims/authn-authz');
    await page.getByRole('button', { name: 'Run to the end' }).click();
    await expect(page.getByTestId('sim-try')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId('sim-status')).toHaveAttribute('data-status', '403');

    const payload = page.getByTestId('payload-json');
    await expect(payload).toHaveValue(/"role": ?"user"/);
    const text = await payload.inputValue();
    await payload.fill(text.replace(/"role": ?"user"/, '"role":"admin"'));
    await page.getByRole('button', { name: 'Send GET /admin with this token' }).click();
    await expect(page.getByTestId('sim-status')).toHaveAttribute('data-status', '401');
    await expect(page.getByTestId('sim-response')).toContainText(
      'WWW-Authenticate: Bearer realm="app", error="invalid_token"',
    );
    await expect(page.getByTestId('sim-leak')).toBeVisible();

    await page.getByRole('button', { name: 'Re-sign the token with this secret' }).click();
    await expect(page.getByText('Signed with the secret you gave. Send it again.')).toBeVisible();
    await page.getByRole('button', { name: 'Send GET /admin with this token' }).click();
    await expect(page.getByTestId('sim-status')).toHaveAttribute('data-status', '200');
    await expect(page.getByTestId('sim-response')).toContainText('"page":"admin"');
    await page.screenshot({ path: 'test-results/screenshots/sim-6.png', fullPage: true });
    const axe = await axeFor(page)
      .include('[data-testid="sim-scenario"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
      [],
    );
  });

  test('a 360-px phone: messages wrap, nothing scrolls sideways', async ({ shared }) => {
    const page = await shared.fresh({ prefs: EN_LIGHT });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/#/sims/jwt-login');
    await stepTo(page, 2);
    await expect(page.getByTestId('sim-request')).toContainText('Authorization: Bearer ');
    await noSidewaysScroll(page);
    await page.screenshot({ path: 'test-results/screenshots/sim-360.png', fullPage: true });
    await page.goto('/#/sims/authn-authz');
    await page.getByRole('button', { name: 'Run to the end' }).click();
    await expect(page.getByTestId('sim-try')).toBeVisible({ timeout: 15_000 });
    await noSidewaysScroll(page);
    await page.screenshot({ path: 'test-results/screenshots/sim-6-360.png', fullPage: true });
    // The 4.6 KB Set-Cookie and the attacker's box, on the narrowest phone.
    await page.goto('/#/sims/token-storage');
    await expect(page.getByTestId('sim-progress')).toHaveText(/^Step 0 of \d+$/, {
      timeout: 20_000,
    });
    await stepTo(page, (await totalSteps(page)) - 1);
    await expect(page.getByTestId('sim-refused')).toBeVisible();
    await noSidewaysScroll(page);
    await page.screenshot({ path: `${SHOTS}/token-storage-360-big-cookie.png`, fullPage: true });
  });

  test('Korean', async ({ shared }) => {
    const page = await shared.fresh({ prefs: { lang: 'ko', theme: 'dark' } });
    await page.goto('/#/sims/logout');
    await expect(page.getByRole('heading', { name: '로그아웃과 토큰 폐기' })).toBeVisible();
    await page.getByRole('button', { name: '끝까지 실행' }).click();
    await expect(page.getByTestId('sim-question')).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: 'test-results/screenshots/sim-5-ko-dark.png', fullPage: true });
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`no axe violations in a scenario (${theme})`, async ({ shared }) => {
      const page = await shared.fresh({ prefs: { lang: 'en', theme } });
      await page.goto('/#/sims/scale-out');
      await stepTo(page, 12);
      await page.getByLabel('The browser did not send the cookie').check();
      await page.getByRole('button', { name: 'Check my answer' }).click();
      const result = await axeFor(page)
        .include('[data-testid="sim-scenario"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
        .analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    });
  }

  test('every 401 in every scenario carries WWW-Authenticate', async ({ shared }) => {
    const page = await shared.fresh({ prefs: EN_LIGHT });
    test.setTimeout(180_000);
    await page.goto('/#/sims');
    // The list is a lazy page: wait for it before reading it.
    await expect(page.getByTestId('sims-list').getByRole('link')).toHaveCount(9);
    const hrefs = await page
      .getByTestId('sims-list')
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toHaveLength(9);
    let seen = 0;
    for (const href of hrefs) {
      await page.goto(`/${href}`);
      await expect(page.getByTestId('sim-progress')).toHaveText(/^Step 0 of \d+$/);
      const total = await totalSteps(page);
      for (let n = 1; n <= total; n++) {
        await page.getByRole('button', { name: 'Step ▶' }).click();
        await expect(page.getByTestId('sim-progress')).toHaveText(`Step ${n} of ${total}`);
        const badge = page.getByTestId('sim-status');
        if ((await badge.count()) === 0) continue;
        if ((await badge.getAttribute('data-status')) !== '401') continue;
        seen++;
        await expect(page.getByTestId('sim-response'), `${href} step ${n}`).toContainText(
          /WWW-Authenticate: (Bearer|Cookie) realm="app"/,
        );
      }
    }
    expect(seen).toBeGreaterThan(15);
  });

  for (const lang of ['en', 'ko'] as const) {
    for (const id of ['authn-authz-cookie', 'refresh-rotation', 'token-storage']) {
      test(`walks ${id} step by step at 390 px (${lang})`, async ({ shared }) => {
        const page = await shared.fresh({
          prefs: { lang, theme: lang === 'ko' ? 'dark' : 'light' },
          viewport: { width: 390, height: 844 },
        });
        await page.goto(`/#/sims/${id}`);
        const step = page.getByRole('button', { name: lang === 'en' ? 'Step ▶' : '다음 단계 ▶' });
        await expect(step).toBeEnabled({ timeout: 20_000 });
        const total = await totalSteps(page);
        expect(total).toBeGreaterThan(7);
        const texts = new Set<string>();
        for (let n = 1; n <= total; n++) {
          await step.click();
          const progress = lang === 'en' ? `Step ${n} of ${total}` : `${total}단계 중 ${n}단계`;
          await expect(page.getByTestId('sim-progress')).toHaveText(progress);
          const text = (await page.getByTestId('sim-explanation').textContent()) ?? '';
          expect(text.length, `step ${n}`).toBeGreaterThan(5);
          expect(text, `step ${n}`).not.toMatch(/\{\w+\}|sim\./);
          if (lang === 'ko') expect(text, `step ${n}`).toMatch(/[\uac00-\ud7a3]/);
          texts.add(text);
          await noSidewaysScroll(page);
          await page.screenshot({
            path: `${SHOTS}/${id}-${lang}-${String(n).padStart(2, '0')}.png`,
            fullPage: true,
          });
        }
        expect(texts.size).toBe(total);
        await expect(page.getByTestId('sim-question')).toBeVisible();
      });
    }
  }

  test('the attacker is drawn holding what it replays, while alice holds nothing', async ({
    shared,
  }) => {
    const page = await shared.fresh({ prefs: EN_LIGHT });
    await page.goto('/#/sims/logout');
    await stepTo(page, 5);
    const attacker = page.locator('[data-node="attacker"]');
    await expect(attacker).toContainText('● active');
    await expect(page.getByTestId('sim-attacker-loot')).toContainText('sid = ');
    await expect(page.locator('[data-node="browser"]')).toContainText('(empty)');
    await expect(
      page.getByRole('heading', { name: /Request: the attacker’s machine/ }),
    ).toBeVisible();
    await expect(page.getByTestId('sim-hop')).toHaveText(
      /^This step: Attacker \(evil\.example\) → /,
    );
  });

  test('a cookie over 4096 bytes is ignored, and says so', async ({ shared }) => {
    const page = await shared.fresh({ prefs: EN_LIGHT });
    await page.goto('/#/sims/token-storage');
    const total = await totalSteps(page);
    await stepTo(page, total - 1);
    await expect(page.getByTestId('sim-refused')).toContainText('__Host-token');
    await expect(page.locator('[data-node="browser"]')).toContainText('(empty)');
    await stepTo(page, total);
    await expect(page.getByTestId('sim-status')).toHaveAttribute('data-status', '401');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`no axe violations with the attacker drawn (${theme})`, async ({ shared }) => {
      const page = await shared.fresh({ prefs: { lang: 'en', theme } });
      await page.goto('/#/sims/token-storage');
      await stepTo(page, 11);
      await expect(page.getByTestId('sim-script')).toBeVisible();
      await expect(page.locator('[data-node="attacker"]')).toContainText('● active');
      const result = await axeFor(page)
        .include('[data-testid="sim-scenario"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
        .analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    });
  }
});
