import { test, type BrowserContext, type Page } from '@playwright/test';

/**
 * One browser context and page for the tests of a file (or of a describe block), run in order on one
 * worker. A fresh context per test costs a context, the service worker's install (it precaches the
 * whole build) and the browser compiling every script again: seconds per test on a busy two-core
 * machine. Each test here still starts from a full load of the app with empty storage, the default
 * viewport and colour scheme, and only the preferences it asks for. After a failure Playwright starts
 * a new worker, and with it a new context.
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

const DEFAULT_VIEWPORT = { width: 1280, height: 720 };
const PREFS_KEY = 'jwt-playground:prefs';

export function sharedPage(): Shared {
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let origin = '';

  test.describe.configure({ mode: 'default' });

  test.beforeAll(async ({ browser }, info) => {
    const baseURL = info.project.use.baseURL!;
    origin = new URL(baseURL).origin;
    context = await browser.newContext({ baseURL });
    page = await context.newPage();
    // Land on the app once, so that `fresh` can empty its storage, and let the service worker
    // finish its install before the first test.
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  });

  test.afterEach(async () => {
    const info = test.info();
    if (page && info.status !== info.expectedStatus) {
      await info.attach('shared page on failure', {
        body: await page.screenshot({ fullPage: true }).catch(() => Buffer.from('')),
        contentType: 'image/png',
      });
    }
  });

  test.afterAll(async () => {
    await context?.close();
  });

  const fresh = async (options: FreshOptions = {}): Promise<Page> => {
    const p = page!;
    if (new URL(p.url()).origin !== origin) {
      throw new Error(`fresh() needs the page on the app (it is on ${p.url()})`);
    }
    await p.evaluate(
      ([key, prefs]) => {
        localStorage.clear();
        sessionStorage.clear();
        if (prefs) localStorage.setItem(key, prefs);
      },
      [PREFS_KEY, options.prefs ? JSON.stringify(options.prefs) : ''] as const,
    );
    await p.goto('about:blank');
    await p.setViewportSize(options.viewport ?? DEFAULT_VIEWPORT);
    await p.emulateMedia({ colorScheme: 'light' });
    return p;
  };

  return {
    page: () => page!,
    context: () => context!,
    fresh,
    open: async (path, options) => {
      const p = await fresh(options);
      await p.goto(path);
      return p;
    },
  };
}
