import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * axe-core for a page of the app, run as `axe.run` in the page itself (AxeBuilder's legacy mode)
 * rather than `runPartial` in each frame and `finishRun` in a blank page opened for every run. The
 * app has no frames, so the findings are the same, at a page less per run; should it ever get one,
 * this says so instead of leaving the frame unchecked.
 */
export function axeFor(page: Page): AxeBuilder {
  expect(
    page.frames().map((f) => f.url()),
    'a frame in the page: axe would not check it in legacy mode',
  ).toHaveLength(1);
  return new AxeBuilder({ page }).setLegacyMode(true);
}
