/**
 * A Vite plugin that writes `sw.js` at build time: a service worker that precaches every file of the
 * build, so the playground works offline after the first visit. Written by hand (a few lines) rather
 * than pulling in a service-worker toolkit, because the app is a handful of static files.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import type { Plugin } from 'vite';

export function serviceWorker(): Plugin {
  return {
    name: 'jwt-playground-sw',
    apply: 'build',
    generateBundle(_options, bundle) {
      const publicFiles = readdirSync('public').filter((f) => !f.startsWith('.'));
      const files = [...Object.keys(bundle), ...publicFiles].filter((f) => f !== 'sw.js').sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: swSource(files, version) });
    },
  };
}

function swSource(files: string[], version: string): string {
  return `// Generated at build time. Precaches the build; serves it cache-first; index.html for navigations.
const CACHE = 'jwt-playground-${version}';
const FILES = ${JSON.stringify(['./', ...files.filter((f) => f !== 'index.html')])};
const scope = new URL(self.registration.scope);
const url = (f) => new URL(f, scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES.map(url))).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('jwt-playground-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== scope.origin) return;
  if (req.mode === 'navigate') {
    event.respondWith(caches.match(url('./')).then((hit) => hit || fetch(req)));
    return;
  }
  event.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
});
`;
}
