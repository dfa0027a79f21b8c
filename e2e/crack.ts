import { expect, type Page, type Worker } from '@playwright/test';

/**
 * Lab 3's dictionary attack as a student runs it: open the lab, start the attack, find "secret1".
 * It also counts the workers that started, because the secret is found even when none of the
 * helpers can start (the page's worker then cracks their shares itself): a blocked `new Worker`
 * inside the worker (its own CSP, Trusted Types) would otherwise pass unseen.
 */
export async function crackWeakSecret(
  page: Page,
  { base = '/', whileRunning }: { base?: string; whileRunning?: () => Promise<void> } = {},
): Promise<void> {
  const started: string[] = [];
  const onWorker = (w: Worker): void => {
    if (/\/crack\.worker-[\w-]+\.js$/.test(w.url())) started.push(w.url());
  };
  page.on('worker', onWorker);
  try {
    await page.goto(`${base}#/labs/weak-secret`);
    await expect(page.getByTestId('lab')).toHaveAttribute('data-lab', 'weak-secret');
    await page.getByTestId('crack-start').click();
    await whileRunning?.();
    await expect(page.getByTestId('crack-result')).toContainText('Found the secret: “secret1”', {
      timeout: 60_000,
    });
  } finally {
    page.off('worker', onWorker);
  }
  // The page's worker, and the helpers it starts from its own script: one per logical core, at most 8.
  const cores = await page.evaluate(() => navigator.hardwareConcurrency || 1);
  expect(started, 'the crack workers that started').toHaveLength(1 + Math.min(8, cores));
}
