import { describe, expect, it } from 'vitest';
import { inspect } from '../jwt/index';
import { inspectToken } from './inspectToken';

describe('inspectToken', () => {
  it('reads a token once while it is one of the last two, and as inspect does', () => {
    const a = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIn0.';
    const b = `${a}x`;
    const c = `${a}y`;
    const first = inspectToken(a);
    expect(first).toEqual(inspect(a));
    // An equal string made apart from the first is the same token.
    expect(inspectToken(a.split('').join(''))).toBe(first);
    inspectToken(b);
    expect(inspectToken(a)).toBe(first);
    inspectToken(b);
    inspectToken(c);
    const again = inspectToken(a);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
