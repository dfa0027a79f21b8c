/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import { serviceWorker } from './scripts/sw-plugin.ts';

/**
 * The Content-Security-Policy of the built page: nothing but the page's own files. It goes into
 * index.html as a meta tag at build time (the dev server needs inline scripts for hot reload) and is
 * also sent as a header by `vite preview`, where frame-ancestors (ignored in a meta tag) works too.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'jwt-playground-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

const securityHeaders = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const FIRST_PAINT =
  /preload-helper|node_modules[\\/](react|react-dom|scheduler|jsonc-parser)[\\/]|src[\\/](main\.tsx|app[\\/]|jwt[\\/](index|inspect|json|utf8|base64url|algorithms|diagnostics|positions)\.ts|ui[\\/](PlaygroundView|EncodedRegion|DecodedRegion|paint|Toolbar|LazyDiagnosticList|defaultExample)\.tsx?|ui[\\/]strings[\\/](index|app|toolbar|token|diagnostics|define)\.ts)/;

// `base` lets a teacher host the static build under a sub-path: BASE=/jwt/ npm run build
export default defineConfig({
  base: process.env.BASE ?? '/',
  plugins: [
    // Lessons are MDX files with front matter, compiled at build time and loaded on demand.
    { enforce: 'pre', ...mdx({ remarkPlugins: [remarkFrontmatter, remarkMdxFrontmatter] }) },
    react({ include: /\.(mdx|tsx?)$/ }),
    contentSecurityPolicy(),
    serviceWorker(),
  ],
  server: { host: 'localhost', port: 5173, strictPort: false },
  preview: { host: 'localhost', port: 4173, headers: securityHeaders },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        // Everything the first paint needs in one file: one request and one gzip stream instead of
        // a dozen small chunks shared with the pages that load on demand.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [{ name: 'playground', test: FIRST_PAINT }],
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
          include: ['src/**/*.test.tsx', 'src/app/**/*.test.ts', 'src/ui/**/*.test.ts'],
          exclude: ['src/**/*.node.test.ts'],
          setupFiles: ['src/test-setup.ts'],
        },
      },
    ],
  },
});
