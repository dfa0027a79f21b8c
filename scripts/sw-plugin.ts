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
    generateBundle: {
      // After Vite's own hooks, which drop the empty JS chunks of CSS-only modules: listing one of
      // those would 404 on a real host and fail the whole install (vite preview hid it by answering
      // index.html for a missing file).
      order: 'post',
      handler(_options, bundle) {
        const publicFiles = readdirSync('public').filter((f) => !f.startsWith('.'));
        // Not sw.js itself, nor a host's configuration (`_headers`), which hosts do not serve: one
        // missing file fails the whole install.
        const files = [...Object.keys(bundle), ...publicFiles]
          .filter((f) => f !== 'sw.js' && !f.startsWith('_'))
          .sort();
        const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
        this.emitFile({ type: 'asset', fileName: 'sw.js', source: swSource(files, version) });
      },
    },
  };
}

function swSource(files: string[], version: string): string {
  return `// Generated at build time. Precaches the build; serves it cache-first; index.html for navigations.
const CACHE = 'jwt-playground-${version}';
const FILES = ${JSON.stringify(['./', ...files.filter((f) => f !== 'index.html')])};
const scope = new URL(self.registration.scope);
const url = (f) => new URL(f, scope).href;
// Hosts often answer with \`Vary: Origin\`; the precache request carried no Origin but a module script
// (crossorigin) does, so a Vary-respecting match would miss every script offline.
const MATCH = { ignoreVary: true };

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
    event.respondWith(caches.match(url('./'), MATCH).then((hit) => hit || fetch(req)));
    return;
  }
  event.respondWith(caches.match(req, MATCH).then((hit) => hit || fetch(req)));
});
`;
}
