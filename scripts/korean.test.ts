import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, REJECTED_KOREAN } from '../src/lessons/glossary';

/**
 * The lessons' Korean rules (src/lessons/glossary.ts) for every Korean string of the app: the string
 * tables, the panes' own bundles, the labs, simulations and the core's findings. Read from the source
 * text, so a bundle nobody registered anywhere is checked too.
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const HANGUL = /[\uAC00-\uD7A3]/;
// String literals: '…', "…" and template literals without nesting.
const LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;

const KOREAN = files('src')
  .filter((f) => !f.includes('/lessons/content/') && !f.endsWith('glossary.ts'))
  .flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(LITERAL)]
      .map((m) => m[0].slice(1, -1))
      .filter((s) => HANGUL.test(s))
      .map((text) => ({ file: f, text })),
  );

describe('Korean wording across the app', () => {
  it('finds the Korean strings at all', () => {
    expect(KOREAN.length).toBeGreaterThan(1000);
  });

  it('uses none of the rejected variants', () => {
    const hits: string[] = [];
    for (const { file, text } of KOREAN) {
      for (const { text: bad, instead } of REJECTED_KOREAN) {
        const hit = typeof bad === 'string' ? text.includes(bad) : bad.test(text);
        if (hit) hits.push(`${file}: "${String(bad)}" (use ${instead}) in ${text.slice(0, 90)}`);
      }
      for (const term of GLOSSARY) {
        for (const bad of term.rejected ?? []) {
          if (text.includes(bad))
            hits.push(`${file}: "${bad}" (use ${term.term.ko}) in ${text.slice(0, 90)}`);
        }
      }
    }
    expect(hits).toEqual([]);
  });

  it('speaks 합니다체: no 해요체 statements, no "죠"', () => {
    const hits = KOREAN.filter(({ text }) =>
      /(?<![세까])요[.!]|죠[.!?]|(?<![세까])요\?/.test(text),
    );
    expect(hits.map(({ file, text }) => `${file}: ${text.slice(0, 90)}`)).toEqual([]);
  });
});
