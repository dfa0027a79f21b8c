import { expect, test, type Page } from '@playwright/test';

async function chooseLanguage(page: Page, lang: 'en' | 'ko'): Promise<void> {
  await page.getByRole('combobox', { name: /^(Language|언어)$/ }).selectOption(lang);
}

test('an English lesson: tamper with the payload, meet the goal, answer the quiz', async ({
  page,
}) => {
  await page.goto('/#/lessons/encoded-not-encrypted');
  await chooseLanguage(page, 'en');
  await expect(page.getByRole('heading', { name: 'Encoded is not encrypted' })).toBeVisible();

  const payload = page.getByTestId('payload-json');
  await expect(payload).toHaveValue(/"password":"hunter2"/);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');

  const goal = page.locator('[data-goal="tamper"]');
  await expect(goal).toHaveText('○ Not met yet');
  const text = await payload.inputValue();
  await payload.fill(text.replace('"role":"user"', '"role":"admin"'));
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
  page,
}) => {
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

  // The text stacks above the playground and nothing scrolls sideways.
  const textBox = await page.locator('.lesson-text').boundingBox();
  const playBox = await page.locator('.lesson-playground').boundingBox();
  expect(textBox && playBox && textBox.y + textBox.height <= playBox.y + 1).toBe(true);
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
