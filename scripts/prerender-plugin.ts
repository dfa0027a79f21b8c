/**
 * A Vite plugin that prerenders the first screen into `index.html` at build time, so a fresh page
 * shows the default example decoded and verified before any of the app's code has run (the verdict
 * on screen with the first paint, as issue 10 asks). It:
 *
 * - builds src/shell/prerender.tsx for Node and renders the app with it in both languages: the real
 *   components over the real core's derivation of the default example (its signature verified with
 *   WebCrypto in Node);
 * - builds src/shell/boot.ts into a classic script for the head, which runs before the first paint
 *   and picks the copy to show (or none, for a share link or a lesson), and applies the stored theme;
 * - checks that the one stylesheet the entry links holds every style (`build.cssCodeSplit: false`):
 *   a lazy part's own stylesheet would leave its prerendered copy unstyled, or cost one more
 *   render-blocking request before the first paint.
 *
 * The copies are `inert` (nothing can be typed into them and lost; `aria-disabled` says so to tools
 * that drive the page, which then wait for the app's controls) and carry no test ids; the app's
 * first render replaces them (React clears its container), with the same derivation made in the
 * browser (src/main.tsx). A build fails if the first screen cannot be rendered.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type PluginOption, type Rolldown } from 'vite';

const LANGS = ['en', 'ko'] as const;

/** `plugins` are the app's own build plugins (MDX, React), for the Node build of the renderer. */
export function prerenderFirstScreen(plugins: () => PluginOption[]): Plugin {
  let root = process.cwd();
  let base = '/';
  /** Started with the build and awaited when the bundle is written, so the two overlap. */
  let made: Promise<{ copies: string[]; boot: { fileName: string; code: string } }> | null = null;
  let boot: { fileName: string; code: string } | null = null;
  let copies: string[] = [];
  return {
    name: 'jwt-playground-first-screen',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr && !config.build?.lib,
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    buildStart() {
      made = Promise.all([renderCopies(root, plugins()), buildBoot(root)]).then(
        ([copies, boot]) => ({ copies, boot }),
      );
      made.catch(() => {}); // awaited in generateBundle, where a failure fails the build
    },
    async generateBundle() {
      if (!made) throw new Error('the first screen was not prerendered');
      ({ copies, boot } = await made);
      this.emitFile({ type: 'asset', fileName: boot.fileName, source: boot.code });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!boot || !ctx.bundle) throw new Error('the first screen was not prerendered');
        const bundle = ctx.bundle;
        // Every stylesheet of the build is linked by the entry: no part of the first screen waits
        // for a stylesheet of its own.
        const linked = new Set(
          [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
            m[1]!.slice(base.length),
          ),
        );
        const unlinked = Object.keys(bundle).filter((f) => f.endsWith('.css') && !linked.has(f));
        if (unlinked.length > 0)
          throw new Error(
            `stylesheets not linked by index.html (keep build.cssCodeSplit false): ${unlinked.join(', ')}`,
          );
        const screens = LANGS.map(
          (lang, i) =>
            `<div class="first-screen" lang="${lang}" inert aria-disabled="true">${copies[i]!}</div>`,
        );
        return {
          html: html.replace('<div id="root"></div>', `<div id="root">${screens.join('')}</div>`),
          tags: [
            // First in the head (after the CSP, prepended later): a script after a stylesheet waits
            // for it, and the parser with it.
            { tag: 'script', attrs: { src: `${base}${boot.fileName}` }, injectTo: 'head-prepend' },
          ],
        };
      },
    },
  };
}

/** Builds the renderer for Node and renders the first screen in each language. */
async function renderCopies(root: string, plugins: PluginOption[]): Promise<string[]> {
  const outDir = join(root, 'node_modules/.first-screen');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins,
    build: { ssr: 'src/shell/prerender.tsx', outDir, emptyOutDir: true, target: 'node20' },
  });
  const url = `${pathToFileURL(join(outDir, 'prerender.js')).href}?at=${Date.now()}`;
  const { renderFirstScreen } = (await import(url)) as {
    renderFirstScreen: (lang: string) => Promise<string>;
  };
  return Promise.all(LANGS.map((l) => renderFirstScreen(l)));
}

/** The boot script, built into one classic script with a name that changes with its content. */
async function buildBoot(root: string): Promise<{ fileName: string; code: string }> {
  const out = (await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: 'src/shell/boot.ts', formats: ['iife'], name: 'jwtPlaygroundBoot' },
    },
  })) as Rolldown.RolldownOutput[];
  const code = out[0]!.output[0].code;
  const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
  return { fileName: `assets/boot-${hash}.js`, code };
}
