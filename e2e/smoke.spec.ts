import { expect, test } from './shared';

test('the built playground opens and decodes its default token', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/JWT/);
  await expect(page.getByTestId('token-input')).not.toHaveValue('');
  await expect(page.getByTestId('header-json')).toHaveValue(/"alg"/);
});
