import { describe, expect, it } from 'vitest';
import { inspect } from '../jwt/index';
import { inspectToken } from './inspectToken';

describe('inspectToken', () => {
  it('reads a token once while it is the last one read, and as inspect does', () => {
    const a = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIn0.';
    const first = inspectToken(a);
    expect(first).toEqual(inspect(a));
    // An equal string made apart from the first is the same token.
    expect(inspectToken(a.split('').join(''))).toBe(first);
    const other = inspectToken(`${a}x`);
    expect(other.input).toBe(`${a}x`);
    const again = inspectToken(a);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
