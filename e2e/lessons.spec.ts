import type { Page } from '@playwright/test';
import { expect, test } from './shared';

async function chooseLanguage(page: Page, lang: 'en' | 'ko'): Promise<void> {
  await page.getByRole('combobox', { name: /^(Language|언어)$/ }).selectOption(lang);
}

test('an English lesson: tamper with the payload, meet the goal, answer the quiz', async ({
  shared,
}) => {
  const page = await shared.fresh();
  await page.goto('/#/lessons/encoded-not-encrypted');
  await chooseLanguage(page, 'en');
  await expect(page.getByRole('heading', { name: 'Encoded is not encrypted' })).toBeVisible();

  const payload = page.getByTestId('payload-json');
  await expect(payload).toHaveValue(/"password": ?"hunter2"/);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');

  const goal = page.locator('[data-goal="tamper"]');
  await expect(goal).toHaveText('○ Not met yet');
  const text = await payload.inputValue();
  await payload.fill(text.replace(/"role": ?"user"/, '"role":"admin"'));
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'invalid');
  await expect(goal).toHaveText(/✓ Goal met/);
  await expect(goal).toHaveAttribute('data-met', 'true');

  const quiz = page.getByRole('group', { name: /Who can read the payload/ });
  await quiz.getByRole('radio', { name: 'Only the server that has the key.' }).check();
  await expect(quiz.getByRole('status')).toHaveText(/✗ Not quite\./);
  await quiz.getByRole('radio', { name: 'Anyone who holds the token.' }).check();
  await expect(quiz.getByRole('status')).toHaveText(/✓ Right\./);

  await goal.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/lesson-en.png', fullPage: false });

  // Progress survives a reload and shows on the index.
  await page.getByRole('link', { name: 'All lessons' }).first().click();
  const item = page.getByRole('listitem').filter({ hasText: 'Encoded is not encrypted' });
  await expect(item).toContainText('◐ Started');
});

test('a Korean lesson on a phone: find the algorithm, answer the quiz, move on', async ({
  shared,
}) => {
  const page = await shared.fresh();
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/#/lessons/jwt-structure');
  await chooseLanguage(page, 'ko');
  await expect(page.getByRole('heading', { name: '헤더, 페이로드, 서명' })).toBeVisible();

  const goal = page.locator('[data-goal="alg"]');
  await expect(goal).toHaveText('○ 아직 달성하지 않음');
  await page.getByLabel('알고리즘(alg) 값').fill('HS256');
  await expect(goal).toHaveText(/✓ 목표 달성/);

  const quiz = page.getByRole('group', { name: /마침표가 몇 개/ });
  await quiz.getByRole('radio', { name: '2개' }).check();
  await expect(quiz.getByRole('status')).toHaveText(/✓ 정답입니다\./);

  // On a phone the playground sits in the text, right after the goals; nothing scrolls sideways.
  const goalBox = await page.locator('.lesson-goal').last().boundingBox();
  const playBox = await page.getByTestId('lesson-playground').boundingBox();
  const quizBox = await page.locator('.lesson-quiz').first().boundingBox();
  expect(goalBox && playBox && goalBox.y + goalBox.height <= playBox.y + 1).toBe(true);
  expect(playBox && quizBox && playBox.y + playBox.height <= quizBox.y + 1).toBe(true);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  await quiz.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/lesson-ko.png', fullPage: false });

  await page.getByRole('link', { name: /다음: 인코딩은 암호화가 아니다/ }).click();
  await expect(page).toHaveURL(/#\/lessons\/encoded-not-encrypted$/);
  await expect(page.getByRole('heading', { name: '인코딩은 암호화가 아니다' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: '헤더, 페이로드, 서명' })).toBeVisible();
});

// Where each lesson points in the playground (its focus), as the lesson files say.
const FOCUS: [string, string][] = [
  ['authn-vs-authz', 'payload-json'],
  ['stateless-http', 'token-input'],
  ['cookies', 'payload-json'],
  ['sessions', 'payload-json'],
  ['what-is-jwt', 'key-input'],
  ['jwt-structure', 'header-json'],
  ['encoded-not-encrypted', 'payload-json'],
  ['signatures', 'mode-toggle'],
  ['claims-and-time', 'payload-json'],
  ['expiry-revocation', 'claims-status'],
  ['token-storage', 'token-input'],
];

async function openLesson(page: Page, id: string): Promise<void> {
  await page.goto(`/#/lessons/${id}`);
  const goal = page.locator(`[data-lesson="${id}"] .lesson-goal-status`).first();
  await expect(goal).toHaveAttribute('data-met', /true|false/);
  await expect(goal).not.toHaveText(/Loading|불러오는/);
  await expect(page.getByTestId('lesson-playground')).toHaveCount(1);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

test('at 1280×800 every goal and the pane it needs are on one screen, text beside the playground', async ({
  shared,
}) => {
  const page = await shared.fresh();
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const [id, testid] of FOCUS) {
    await openLesson(page, id);
    const text = await page.locator('.lesson-text').boundingBox();
    const play = await page.getByTestId('lesson-playground').boundingBox();
    expect(text && play && play.x >= text.x + text.width, `${id}: side by side`).toBe(true);
    const goals = page.locator('.lesson-goal');
    for (let i = 0; i < (await goals.count()); i++) {
      await goals.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const goal = await goals.nth(i).boundingBox();
      const target = await page.getByTestId(testid).boundingBox();
      for (const [what, box] of [
        ['goal', goal],
        [testid, target],
      ] as const) {
        expect(box, `${id}: ${what}`).not.toBeNull();
        if (!box) continue;
        expect(box.y, `${id}: top of ${what}`).toBeGreaterThanOrEqual(0);
        expect(box.y + Math.min(box.height, 120), `${id}: ${what} on screen`).toBeLessThanOrEqual(
          800,
        );
      }
    }
  }
});

test('at 390×844 the playground follows the goals with the pane the lesson needs first', async ({
  shared,
}) => {
  const page = await shared.fresh();
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [id, testid] of FOCUS) {
    await openLesson(page, id);
    const goal = await page.locator('.lesson-goal').last().boundingBox();
    const play = await page.getByTestId('lesson-playground').boundingBox();
    const target = await page.getByTestId(testid).boundingBox();
    expect(goal && play && target, id).toBeTruthy();
    if (!goal || !play || !target) continue;
    // Directly after the goal, and the needed element within about one screen of it.
    expect(play.y - (goal.y + goal.height), `${id}: goal to playground`).toBeLessThanOrEqual(40);
    expect(target.y - (goal.y + goal.height), `${id}: goal to ${testid}`).toBeLessThanOrEqual(720);
    expect(target.y, `${id}: ${testid} below the goal`).toBeGreaterThan(goal.y);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${id}: sideways scroll`).toBeLessThanOrEqual(0);
  }
});

test('Korean lessons in light and dark, at 360 and 1280 px: screenshots with real Hangul', async ({
  shared,
}) => {
  const page = await shared.fresh();
  await page.goto('/#/lessons');
  await chooseLanguage(page, 'ko');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await openLesson(page, 'cookies');
      await expect(page.getByRole('heading', { name: '쿠키', level: 2 })).toBeVisible();
      // Code blocks keep their lines and scroll inside themselves; the page does not.
      const pre = page.locator('.lesson-text pre').first();
      expect(await pre.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre');
      // A Latin monospace font draws code, so ":" and ";" keep their width.
      const font = await pre.evaluate((el) => getComputedStyle(el).fontFamily);
      expect(font.indexOf('Noto Sans Mono CJK')).toBeGreaterThan(font.indexOf('Mono'));
      await page.screenshot({
        path: `test-results/screenshots/lesson-ko-${scheme}-${width}.png`,
        fullPage: width > 1000,
      });
    }
  }
});
