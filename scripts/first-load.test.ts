import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inlineElements, measureFirstLoad, scriptsOf } from './first-load';

describe('first-load JavaScript', () => {
  it('counts the entry script, its module preloads and inline scripts, not stylesheets or icons', () => {
    const html = `<script>boot()</script><link rel="icon" href="/icon.svg"><style>a{}</style>
      <link rel="stylesheet" href="/assets/a.css">
      <script type="module" crossorigin src="/sub/assets/main.js"></script>
      <link rel="modulepreload" crossorigin href="/sub/assets/react.js">`;
    expect(scriptsOf(html)).toEqual(['/sub/assets/main.js', '/sub/assets/react.js']);
    expect(inlineElements(html)).toEqual({ scripts: ['boot()'], styles: ['a{}'] });
  });

  it('gzips each file that index.html loads and each inline script, and only those', () => {
    const dist = mkdtempSync(join(tmpdir(), 'first-load-'));
    mkdirSync(join(dist, 'assets'));
    const main = 'export const x = 1;\n'.repeat(500);
    const boot = 'document.documentElement.dataset.first = "en";';
    writeFileSync(join(dist, 'assets', 'main.js'), main);
    writeFileSync(join(dist, 'assets', 'lazy.js'), 'y'.repeat(100_000));
    writeFileSync(
      join(dist, 'index.html'),
      `<script>${boot}</script><script type="module" src="/assets/main.js"></script>`,
    );
    const m = measureFirstLoad(dist);
    expect(m.files).toEqual([join(dist, 'assets', 'main.js')]);
    expect(m.inline).toEqual([boot]);
    expect(m.raw).toBe(main.length + boot.length);
    expect(m.gzip).toBe(gzipSync(main, { level: 9 }).length + gzipSync(boot, { level: 9 }).length);
  });
});
