import { describe, expect, it } from 'vitest';
import { firstScreenOf } from './firstScreen';

const none = { theme: 'system', lang: null } as const;

describe('which prerendered first screen a page load shows', () => {
  it('a fresh page shows the copy in the browser language, English when it has neither', () => {
    expect(firstScreenOf('', none, ['ko-KR', 'en'])).toBe('ko');
    expect(firstScreenOf('#', none, ['en-GB'])).toBe('en');
    expect(firstScreenOf('', none, ['fr-FR'])).toBe('en');
    expect(firstScreenOf('', none, [])).toBe('en');
  });

  it('a stored language wins over the browser one', () => {
    expect(firstScreenOf('', { theme: 'dark', lang: 'en' }, ['ko'])).toBe('en');
    expect(firstScreenOf('', { theme: 'system', lang: 'ko' }, ['en-US'])).toBe('ko');
  });

  it('a page that starts anywhere but the default example shows none', () => {
    for (const hash of ['#token=eyJ.e30.', '#/lessons', '#/labs/2', '#/sims', '#token16=00'])
      expect(firstScreenOf(hash, none, ['en'])).toBeNull();
  });
});
