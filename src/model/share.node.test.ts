import { describe, expect, it } from 'vitest';
import { parseFragment, withoutKey } from './share';
import { buildFragment } from './shareLink';

describe('share links', () => {
  it.each([
    ['a plain token', 'eyJhbGciOiJIUzI1NiJ9.e30.sig'],
    ['Korean and an emoji', 'head.한국어🙂.sig'],
    ['a lone high surrogate', 'a.\uD800.b'],
    ['a lone low surrogate at the end', 'a.b.\uDC00'],
    ['a reversed pair', '\uDC00\uD800'],
  ])('give back %s exactly', (_, token) => {
    expect(parseFragment(buildFragment({ token })).token).toBe(token);
  });

  it('send well-formed text as readable text, and only the rest as code units', () => {
    expect(buildFragment({ token: 'a.b.c' })).toBe('#token=a.b.c');
    expect(buildFragment({ token: '\uD800' })).toBe('#token16=d800');
  });

  it('ignore broken code units rather than load garbage', () => {
    expect(parseFragment('#token16=d80').token).toBeUndefined();
  });

  it('drop the key and its format from a fragment, keeping the rest', () => {
    const hash = buildFragment({ token: 'a.b.c', key: 'secret', keyFormat: 'utf8', mode: 'sign' });
    expect(parseFragment(hash).key).toBe('secret');
    const kept = withoutKey(hash);
    expect(parseFragment(kept)).toEqual({ token: 'a.b.c', mode: 'sign' });
  });
});
