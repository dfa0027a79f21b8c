/**
 * The first-load JavaScript of the built playground page: every script and module preload that
 * `index.html` names, and every script written inline in it (the boot script), gzipped at level 9
 * one at a time (as a server would send them). Shared by
 * `npm run size` (the deterministic check in `npm test`) and `npm run bench`, so both measure alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The budget in KiB of gzip. The first paint reads a token and shows it; findings carry codes and
 * params, and their sentences, like everything the page does after, load on demand (README).
 */
export const FIRST_LOAD_BUDGET_KIB = 90;

export interface FirstLoad {
  /** The files index.html loads, as paths inside `dist`. */
  files: string[];
  /** The texts of its inline scripts. */
  inline: string[];
  raw: number;
  gzip: number;
}

/** The JavaScript files an HTML page loads: `<script src>` and `<link rel="modulepreload" href>`. */
export function scriptsOf(html: string): string[] {
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) refs.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(m[0]);
    if (href) refs.add(href[1]!);
  }
  return [...refs];
}

/**
 * The texts of a page's inline elements: its `<script>`s without `src` and its `<style>`s. The
 * first-load count takes the scripts; the Content-Security-Policy allows each of both by its hash
 * (vite.config.ts).
 */
export function inlineElements(html: string): { scripts: string[]; styles: string[] } {
  return {
    scripts: [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
      (m) => m[1]!,
    ),
    styles: [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!),
  };
}

export function measureFirstLoad(dist = 'dist'): FirstLoad {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // References carry the build's base (`/`, or `/sub/path/` for a sub-path build).
  const files = scriptsOf(html).map((r) => join(dist, r.replace(/^.*?assets\//, 'assets/')));
  let raw = 0;
  let gzip = 0;
  const inline = inlineElements(html).scripts;
  for (const bytes of [
    ...files.map((f) => readFileSync(f)),
    ...inline.map((t) => Buffer.from(t)),
  ]) {
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, inline, raw, gzip };
}
