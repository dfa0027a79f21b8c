/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type PluginOption } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import { serviceWorker } from './scripts/sw-plugin.ts';
import { prerenderFirstScreen } from './scripts/prerender-plugin.ts';
import { inlineElements } from './scripts/first-load.ts';
import { TRUSTED_TYPES_POLICY } from './src/model/scriptUrl.ts';

/**
 * The Content-Security-Policy of the built page: nothing but the page's own files, and the two
 * elements the build writes inline into its head (the boot script and the stylesheet, inline so
 * that no request stands between the HTML and the first paint), each allowed by the hash of its
 * exact text: nothing else inline can run or apply. It goes into index.html as a meta tag at build
 * time (the dev server needs inline scripts for hot reload) and into `dist/_headers`, which static
 * hosts read and `vite preview` sends, with frame-ancestors (ignored in a meta tag).
 * Trusted Types are required: no string reaches an HTML or script sink, and script URLs pass
 * through the app's one policy (src/model/scriptUrl.ts), which takes its own files only.
 */
export function contentSecurityPolicy(inline: { scripts: string[]; styles: string[] }): string {
  const hashes = (texts: string[]) =>
    texts.map((t) => ` 'sha256-${createHash('sha256').update(t).digest('base64')}'`).join('');
  return [
    "default-src 'none'",
    `script-src 'self'${hashes(inline.scripts)}`,
    `style-src 'self'${hashes(inline.styles)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICY}`,
  ].join('; ');
}

/** The headers static hosts must send, and `vite preview` sends: `dist/_headers`, the README. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

const HEADERS_FILE = '_headers';

/** `_headers` as Netlify and Cloudflare Pages read it: every path gets these headers. */
export function headersFile(headers: Record<string, string>): string {
  return [
    '# Security headers for every file, written by the build (vite.config.ts). Netlify and',
    '# Cloudflare Pages read this file; vite preview sends the same; other hosts should send them too.',
    '/*',
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
    '',
  ].join('\n');
}

/** The headers of a `_headers` file, for every path. */
export function readHeadersFile(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .map((line) => /^\s+([A-Za-z-]+): (.+)$/.exec(line))
      .filter((m) => m !== null)
      .map((m) => [m[1]!, m[2]!.trim()]),
  );
}

/**
 * Puts the policy into the built page, hashing the inline elements it holds once every other
 * plugin has written it, writes `_headers`, and makes `vite preview` send what that file says.
 */
function securityPolicy(): Plugin {
  let headers: Record<string, string> | null = null;
  return {
    name: 'jwt-playground-csp',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return; // the dev server: its hot reload needs inline scripts
        const csp = contentSecurityPolicy(inlineElements(html));
        headers = securityHeaders(csp);
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: csp },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
    generateBundle: {
      order: 'post',
      handler() {
        if (!headers) throw new Error('index.html was not built, so it has no policy');
        this.emitFile({ type: 'asset', fileName: HEADERS_FILE, source: headersFile(headers) });
      },
    },
    configurePreviewServer(server) {
      const file = resolve(server.config.root, server.config.build.outDir, HEADERS_FILE);
      server.middlewares.use((_req, res, next) => {
        // Read at each request: a build made while the server runs brings new hashes. Without the
        // file the request fails (a 500) rather than being served without its policy.
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch (e) {
          next(new Error(`no ${file}: build the app first`, { cause: e }));
          return;
        }
        for (const [name, value] of Object.entries(readHeadersFile(text)))
          res.setHeader(name, value);
        next();
      });
    },
  };
}

/**
 * The first paint's chunk: the modules the entry uses statically, found from the module graph (not
 * from file names). A re-exporting door (`export { x } from './y'`, like the core's index) brings in
 * only the modules whose names the first paint imports, so the core's verifying half, reached through
 * the door's dynamic `import()`s, stays in its own chunks with everything else that loads on demand.
 */
function firstPaint(): { plugin: Plugin; test: (id: string) => boolean } {
  const modules = new Map<string, { imports: readonly string[]; code: string }>();
  const entries: string[] = [];
  let closure: Set<string> | null = null;
  const plugin: Plugin = {
    name: 'jwt-playground-first-paint',
    apply: 'build',
    buildStart() {
      modules.clear();
      entries.length = 0;
      closure = null;
    },
    moduleParsed(info) {
      const code = (info.code ?? '').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      modules.set(info.id, { imports: info.importedIds, code });
      if (info.isEntry) entries.push(info.id);
    },
  };
  const reExports = (code: string): { names: string[]; from: string }[] =>
    [...code.matchAll(/export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)].map((m) => ({
      names: m[1]!.split(',').map((n) =>
        n
          .trim()
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      ),
      from: m[2]!,
    }));
  const isDoor = (code: string): boolean => reExports(code).length > 0;
  /** The specifiers a module imports for its own code (not the ones it only re-exports). */
  const ownImports = (code: string): string[] =>
    [...code.matchAll(/(?:^|\n)\s*import\s*(?:[^'"]*?\s*from\s*)?["']([^"']+)["']/g)].map(
      (m) => m[1]!,
    );
  /** The module a specifier names among resolved ids (a folder stands for its index). */
  const resolveIn = (ids: readonly string[], spec: string): string | undefined => {
    const tail = spec.replace(/^(\.{1,2}\/)+/, '/').replace(/\.[tj]sx?$/, '');
    return ids.find((i) => {
      const bare = i.replace(/\.[tj]sx?$/, '');
      return bare.endsWith(tail) || bare.endsWith(`${tail}/index`);
    });
  };
  /** The names a module imports from a specifier that resolves to `door`. */
  const namesFrom = (code: string, door: string): string[] => {
    const out: string[] = [];
    for (const m of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
      if (!resolveIn([door], m[2]!)) continue;
      out.push(
        ...m[1]!.split(',').map((n) =>
          n
            .trim()
            .split(/\s+as\s+/)[0]!
            .trim(),
        ),
      );
    }
    return out;
  };
  const walk = (): Set<string> => {
    const seen = new Set<string>();
    const stack = [...entries];
    /** Follows an import of `dep` by a module whose code is `from`. */
    const follow = (from: string, dep: string): void => {
      const d = modules.get(dep);
      if (!d || !isDoor(d.code)) {
        stack.push(dep);
        return;
      }
      // Through a door: only the modules that export what the importer imports, and what the
      // door's own code imports (through the same rule, as one door may import from another).
      if (!seen.has(dep)) {
        seen.add(dep);
        for (const own of ownImports(d.code)) {
          const target = resolveIn(d.imports, own);
          if (target) follow(d.code, target);
        }
      }
      const wanted = new Set(namesFrom(from, dep));
      for (const r of reExports(d.code)) {
        if (!r.names.some((n) => wanted.has(n))) continue;
        const target = resolveIn(d.imports, r.from);
        if (target) stack.push(target);
      }
    };
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const m = modules.get(id);
      if (!m) continue;
      for (const dep of m.imports) follow(m.code, dep);
    }
    return seen;
  };
  const test = (id: string): boolean => (closure ??= walk()).has(id);
  return { plugin, test };
}
const firstPaintChunk = firstPaint();

/** The plugins that compile the app's sources, for the browser and for the first screen's prerender. */
const appPlugins = (): PluginOption[] => [
  // Lessons are MDX files with front matter, compiled at build time and loaded on demand.
  { enforce: 'pre', ...mdx({ remarkPlugins: [remarkFrontmatter, remarkMdxFrontmatter] }) },
  react({ include: /\.(mdx|tsx?)$/ }),
];

// `base` lets a teacher host the static build under a sub-path: BASE=/jwt/ npm run build
export default defineConfig({
  base: process.env.BASE ?? '/',
  plugins: [
    ...appPlugins(),
    prerenderFirstScreen(appPlugins),
    securityPolicy(),
    serviceWorker(),
    firstPaintChunk.plugin,
  ],
  server: { host: 'localhost', port: 5173, strictPort: false },
  preview: { host: 'localhost', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    // Every browser with WebCrypto's Ed25519 has module preloading: no polyfill in the first load.
    modulePreload: { polyfill: false },
    // One stylesheet: the first screen's parts are lazy chunks, and each of their stylesheets was
    // one more render-blocking request before the first paint (five in all, 6.4 KiB gzip). The
    // lessons', labs' and simulations' styles that come with it make the one file 6.9 KiB gzip.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [{ name: 'playground', test: firstPaintChunk.test }],
        },
      },
    },
  },
  test: {
    // A ceiling, not a speed budget: a busy two-core machine can take seconds over a test with crypto.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['src/jwt/**/*.test.ts', 'scripts/**/*.test.ts', 'src/**/*.node.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: [
            'src/**/*.test.tsx',
            'src/i18n/**/*.test.ts',
            'src/ui/**/*.test.ts',
            'src/model/**/*.test.ts',
          ],
          exclude: ['src/**/*.node.test.ts'],
          setupFiles: ['src/test-setup.ts'],
        },
      },
    ],
  },
});
