import { test as base, type BrowserContext, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * One browser context and page for each worker, which every test that asks for `shared` uses in
 * turn, whatever its file. A fresh context per test costs a context, the service worker's install (it
 * precaches the whole build) and the browser compiling every script again: seconds per test on a
 * busy two-core machine. Each test here still starts from a full load of the app with empty storage,
 * the default viewport and colour scheme, and only the preferences it asks for, so the tests need no
 * order and spread over the workers one by one. After a failure Playwright starts a new worker, and
 * with it a new context.
 *
 * Every spec file imports `test` from here, even one that never asks for `shared` (the context is made
 * only for a worker whose tests ask for it): a worker runs the tests of one set of fixtures only, so
 * the files of another set would wait for workers of their own at the end of the run.
 */

export interface Prefs {
  lang: 'en' | 'ko';
  theme: 'light' | 'dark';
}

export interface FreshOptions {
  prefs?: Prefs;
  viewport?: { width: number; height: number };
}

export interface Shared {
  /** The page the tests share. */
  page: () => Page;
  context: () => BrowserContext;
  /**
   * Empties storage (setting `prefs` if given), resets the viewport and colour scheme, and leaves the
   * page on about:blank, so that the next `goto` is a full load.
   */
  fresh: (options?: FreshOptions) => Promise<Page>;
  /** `fresh`, then a full load of `path`. */
  open: (path: string, options?: FreshOptions) => Promise<Page>;
}

interface WorkerPage {
  context: BrowserContext;
  page: Page;
  origin: string;
}

const DEFAULT_VIEWPORT = { width: 1280, height: 720 };
const PREFS_KEY = 'jwt-playground:prefs';

export const test = base.extend<{ shared: Shared }, { workerPage: WorkerPage }>({
  workerPage: [
    async ({ browser }, provide, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL!;
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      // Land on the app once, so that `fresh` can empty its storage, and let the service worker
      // finish its install before the first test.
      await page.goto('/');
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await provide({ context, page, origin: new URL(baseURL).origin });
      await context.close();
    },
    { scope: 'worker' },
  ],

  shared: async ({ workerPage }, provide, testInfo) => {
    const { context, page, origin } = workerPage;
    const fresh = async (options: FreshOptions = {}): Promise<Page> => {
      if (new URL(page.url()).origin !== origin) {
        throw new Error(`fresh() needs the page on the app (it is on ${page.url()})`);
      }
      await page.evaluate(
        ([key, prefs]) => {
          localStorage.clear();
          sessionStorage.clear();
          if (prefs) localStorage.setItem(key, prefs);
        },
        [PREFS_KEY, options.prefs ? JSON.stringify(options.prefs) : ''] as const,
      );
      await page.goto('about:blank');
      await page.setViewportSize(options.viewport ?? DEFAULT_VIEWPORT);
      await page.emulateMedia({ colorScheme: 'light' });
      return page;
    };
    await provide({
      page: () => page,
      context: () => context,
      fresh,
      open: async (path, options) => {
        const p = await fresh(options);
        await p.goto(path);
        return p;
      },
    });
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('shared page on failure', {
        body: await page.screenshot({ fullPage: true }).catch(() => Buffer.from('')),
        contentType: 'image/png',
      });
    }
  },
});
