import { execSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { expect, test } from './shared';
import { crackWeakSecret } from './crack';

/**
 * A teacher can host the static build under a sub-path (`BASE=/jwt/ npm run build`): build it that
 * way into its own folder, serve it under /jwt/ only with a tiny static server, and use it.
 */

const OUT = resolve('dist-subpath');
const BASE = '/jwt/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

let server: Server;
let origin = '';
const misses: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  execSync(`npx vite build --outDir ${OUT} --emptyOutDir`, {
    env: { ...process.env, BASE },
    stdio: 'pipe',
  });
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(BASE)) {
      misses.push(path);
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(OUT, path.slice(BASE.length)));
    if (!file.startsWith(OUT)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      misses.push(path);
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

test('the build works under /jwt/: playground, a lesson, labs, offline', async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() =>
    localStorage.setItem('jwt-playground:prefs', JSON.stringify({ lang: 'en', theme: 'light' })),
  );

  await page.goto(`${origin}${BASE}`);
  await expect(page.getByTestId('token-input')).not.toHaveValue('');
  await expect(page.getByTestId('header-json')).toHaveValue(/"alg"/);
  await expect(page.getByTestId('signature-status')).toHaveAttribute(
    'data-status',
    /valid|invalid/,
  );

  // Pages load their chunks from under the sub-path too.
  await page.getByRole('navigation').getByRole('link', { name: 'Lessons' }).click();
  await expect(page).toHaveURL(`${origin}${BASE}#/lessons`);
  await page
    .getByRole('link', { name: /Encoded is not encrypted/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Encoded is not encrypted' })).toBeVisible();
  await expect(page.getByTestId('payload-json')).toHaveValue(/hunter2/);

  // The dictionary attack's workers load from under the sub-path, and start their helpers there.
  await crackWeakSecret(page, { base: `${origin}${BASE}` });

  await page.goto(`${origin}${BASE}#/labs/alg-none`);
  await expect(page.getByTestId('lab')).toHaveAttribute('data-lab', 'alg-none');

  // The service worker is registered for the sub-path, not the host's root.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(`${origin}${BASE}`);
  // The manifest and icon links point inside the sub-path.
  const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifest?.startsWith(BASE)).toBe(true);

  expect(misses).toEqual([]);

  // Offline under the sub-path too, once the worker controls the page.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.getByTestId('lab')).toHaveAttribute('data-lab', 'alg-none');
  } finally {
    await context.setOffline(false);
  }
  expect(errors).toEqual([]);
});
