import { describe, expect, it } from 'vitest';
import { jsonType, parseJson, type JsonSyntaxReason } from './json';

describe('parseJson gives a typed reason, never a sentence (RFC 8259)', () => {
  it.each<[string, JsonSyntaxReason, number, boolean]>([
    ['{"a":1,}', 'name-expected', 8, false],
    ['{"a":1', 'close-brace-expected', 7, true],
    ["{'a':1}", 'single-quote', 2, false],
    ['{"a":01}', 'comma-expected', 7, false],
    ['{"a":"x\\q"}', 'escape-unknown', 6, false],
    ['{"a":1} x', 'unexpected-text', 9, false],
    ['{\u0000"a":1}', 'nul', 2, false],
    [`${'['.repeat(300)}${']'.repeat(300)}`, 'too-deep', 257, false],
  ])('%j', (text, reason, at, ended) => {
    const r = parseJson(text);
    expect(r).toMatchObject({ ok: false, reason, at, ended });
  });

  it('names the six JSON types, prototype-less objects included', () => {
    const parsed = parseJson('{"o":{},"a":[],"s":"","n":1,"b":true,"z":null}');
    if (!parsed.ok) throw new Error('parse failed');
    const v = parsed.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(v.o)).toBe(null);
    expect(['o', 'a', 's', 'n', 'b', 'z'].map((k) => jsonType(v[k]))).toEqual([
      'object',
      'array',
      'string',
      'number',
      'boolean',
      'null',
    ]);
  });
});
