import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAEYO, koreanWordingProblems } from '../src/lessons/glossary';

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
    // …and the rules catch what they should.
    expect(koreanWordingProblems('토큰을 서버에게 보냅니다.')).toHaveLength(1);
    expect(koreanWordingProblems('헤더 매개변수입니다.')).toEqual(['"매개변수" (use 파라미터)']);
    expect(HAEYO.test('직접 볼 수 있어요.')).toBe(true);
    expect(HAEYO.test('직접 확인해 보세요.')).toBe(false);
  });

  it('uses none of the rejected variants', () => {
    const hits = KOREAN.flatMap(({ file, text }) =>
      koreanWordingProblems(text).map((p) => `${file}: ${p} in ${text.slice(0, 90)}`),
    );
    expect(hits).toEqual([]);
  });

  it('speaks 합니다체: no 해요체 statements, no "죠"', () => {
    const hits = KOREAN.filter(({ text }) => HAEYO.test(text));
    expect(hits.map(({ file, text }) => `${file}: ${text.slice(0, 90)}`)).toEqual([]);
  });
});
