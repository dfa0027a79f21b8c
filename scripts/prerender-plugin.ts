/**
 * A Vite plugin that prerenders the first screen into `index.html` at build time, so a fresh page
 * shows the default example decoded and verified before any of the app's code has run (the verdict
 * on screen with the first paint, as issue 10 asks). It:
 *
 * - builds src/shell/prerender.tsx for Node and renders the app with it in both languages: the real
 *   components over the real core's derivation of the default example (its signature verified with
 *   WebCrypto in Node);
 * - builds src/shell/boot.ts into a classic script written inline at the top of the head, which runs
 *   before the first paint and picks the copy to show (or none, for a share link or a lesson), and
 *   applies the stored theme;
 * - writes the build's one stylesheet (`build.cssCodeSplit: false`) inline into the head, and fails
 *   if the build has any other: a lazy part's own stylesheet would leave its prerendered copy
 *   unstyled.
 *
 * Inline, because each was one more request before the first paint: the boot script blocks the
 * parser until it has arrived, the stylesheet the paint (in cold loads here, the page painted
 * 490 ms after the navigation with both as files, 340 ms with both inline, a bare page 120 ms).
 * The Content-Security-Policy allows exactly these two texts by their hashes (vite.config.ts).
 *
 * The copies are `inert` (nothing can be typed into them and lost; `aria-disabled` says so to tools
 * that drive the page, which then wait for the app's controls) and carry no test ids; the app's
 * first render replaces them (React clears its container), with the same derivation made in the
 * browser (src/main.tsx). A build fails if the first screen cannot be rendered.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type PluginOption, type Rolldown } from 'vite';

const LANGS = ['en', 'ko'] as const;

/** `plugins` are the app's own build plugins (MDX, React), for the Node build of the renderer. */
export function prerenderFirstScreen(plugins: () => PluginOption[]): Plugin {
  let root = process.cwd();
  let base = '/';
  /** Started with the build and awaited when the bundle is written, so the two overlap. */
  let made: Promise<{ copies: string[]; boot: string }> | null = null;
  let boot: string | null = null;
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
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!boot || !ctx.bundle) throw new Error('the first screen was not prerendered');
        const bundle = ctx.bundle;
        const sheets = Object.keys(bundle).filter((f) => f.endsWith('.css'));
        if (sheets.length !== 1)
          throw new Error(
            `expected one stylesheet (keep build.cssCodeSplit false), found: ${sheets.join(', ')}`,
          );
        const sheet = bundle[sheets[0]!]!;
        const link = new RegExp(`<link rel="stylesheet"[^>]*href="${base}${sheets[0]}"[^>]*>`);
        if (sheet.type !== 'asset' || !link.test(html))
          throw new Error(`index.html does not link the stylesheet ${sheets[0]}`);
        const css = String(sheet.source);
        // Inline, the file is no longer used: it leaves the build (and the service worker's list).
        delete bundle[sheets[0]!];
        const screens = LANGS.map(
          (lang, i) =>
            `<div class="first-screen" lang="${lang}" inert aria-disabled="true">${copies[i]!}</div>`,
        );
        return {
          html: html
            .replace(link, () => `<style>${inlineText(css, 'style')}</style>`)
            .replace('<div id="root"></div>', () => `<div id="root">${screens.join('')}</div>`),
          tags: [
            // First in the head (after the CSP, prepended later), so the theme and the copy are
            // chosen before anything is styled.
            { tag: 'script', children: inlineText(boot, 'script'), injectTo: 'head-prepend' },
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

/** The boot script, built into one classic script. */
async function buildBoot(root: string): Promise<string> {
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
  return out[0]!.output[0].code.trim();
}

/** A text to write inside `<tag>…</tag>`: one that would end the element early fails the build. */
export function inlineText(text: string, tag: 'script' | 'style'): string {
  if (new RegExp(`</${tag}|<!--`, 'i').test(text))
    throw new Error(`this text cannot be written inside <${tag}>: it holds </${tag} or <!--`);
  return text;
}
