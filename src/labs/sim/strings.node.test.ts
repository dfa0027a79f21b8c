import { describe, expect, it } from 'vitest';
import { simsStrings } from '../../i18n/strings/sims';
import { runScenario, SIM_IDS } from './engine/scenarios';
import { seededRng } from './engine/rng';
import { formatSize } from './format';
import { simTexts } from './text';
import { isSimTextKey } from './useSimText';

const HANGUL = /[\uac00-\ud7a3]/;
const placeholders = (t: string): string[] =>
  [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('simulation texts', () => {
  it.each(SIM_IDS)('%s: every recorded step has a text', async (id) => {
    const { steps } = await runScenario(id, seededRng(1));
    expect(steps.map((s) => s.explain).filter((k) => !isSimTextKey(k))).toEqual([]);
  });

  it('explains every answer a student can get in scenario 6', () => {
    expect(isSimTextKey('sim.authn-authz.malformed')).toBe(true);
  });

  // The lazy table is not in the merged bundles, so it gets the bundles' checks here.
  it.each([
    ['scenario texts', simTexts],
    ['labels', simsStrings],
  ] as const)('%s: Korean is Hangul, English is not, placeholders match', (_, table) => {
    const en = table.en as Record<string, string>;
    const ko = table.ko as Record<string, string>;
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(ko[key], key).toMatch(HANGUL);
      expect(en[key], key).not.toMatch(HANGUL);
      expect(placeholders(ko[key]!), key).toEqual(placeholders(en[key]!));
    }
  });

  // "(0 B)" must not break between the number and its unit on a phone.
  it.each([
    ['scenario texts', simTexts],
    ['labels', simsStrings],
  ] as const)('%s: a number and its unit are joined by a no-break space', (_, table) => {
    for (const lang of ['en', 'ko'] as const) {
      for (const [key, text] of Object.entries(table[lang] as Record<string, string>))
        expect(text, `${lang} ${key}`).not.toMatch(/(\d|\})[ \t](B|KB|MB|s)\b/);
    }
  });

  it('formats sizes with a no-break space', () => {
    expect([formatSize(0), formatSize(1234), formatSize(2_500_000)]).toEqual([
      '0\u00a0B',
      '1.2\u00a0KB',
      '2.5\u00a0MB',
    ]);
  });
});
