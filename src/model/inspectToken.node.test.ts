import { describe, expect, it } from 'vitest';
import { inspect, PAYLOAD_STEP_AT } from '../jwt/index';
import { inspectAhead, inspectToken } from './inspectToken';

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

describe('inspectAhead', () => {
  const b64 = (s: string): string => Buffer.from(s).toString('base64url');
  const members = Object.fromEntries(Array.from({ length: 12000 }, (_, i) => [`k${i}`, i]));
  const long = `${b64('{"alg":"HS256"}')}.${b64(JSON.stringify(members))}.c2ln`;

  it('reads a token in tasks of its own, which inspectToken then finds read', async () => {
    expect(long.split('.')[1]!.length).toBeGreaterThan(PAYLOAD_STEP_AT);
    inspectToken('another');
    // Count the tasks that run while it reads: its steps are tasks of their own.
    let tasks = 0;
    let reading = true;
    const tick = (): void => {
      tasks++;
      if (reading) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const read = inspectAhead(long);
    await read;
    reading = false;
    expect(tasks).toBeGreaterThanOrEqual(2); // one before each of its two steps
    const found = inspectToken(long);
    expect(found).toEqual(inspect(long));
    // Read once: the inspection made ahead is the one found, and asking again reads nothing.
    expect(inspectToken(long)).toBe(found);
    await inspectAhead(long);
    expect(inspectToken(long)).toBe(found);
  });
});
