import fc from 'fast-check';
import { getNodeValue, parseTree, type Node, type ParseError } from 'jsonc-parser';
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

/** The parse as jsonc-parser's syntax tree gives it: the reference the one-pass reader must match. */
function treeParse(text: string): unknown {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  if (errors[0] || !root) return { ok: false, at: (errors[0]?.offset ?? 0) + 1 };
  const members: unknown[] = [];
  const duplicates: unknown[] = [];
  const span = (n: Node) => ({ start: n.offset, end: n.offset + n.length });
  const walk = (node: Node, path: (string | number)[], depth: number): void => {
    if (node.type === 'object') {
      const seen = new Map<string, unknown>();
      for (const [key, value] of (node.children ?? []).map((p) => p.children ?? [])) {
        const name = String(key!.value);
        if (seen.has(name))
          duplicates.push({ name, path, span: span(key!), firstSpan: seen.get(name) });
        else seen.set(name, span(key!));
        members.push({
          name,
          path: [...path, name],
          value: getNodeValue(value!),
          nameSpan: span(key!),
          valueSpan: span(value!),
          span: { start: key!.offset, end: value!.offset + value!.length },
          depth,
        });
        walk(value!, [...path, name], depth + 1);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((e, i) => walk(e, [...path, i], depth + 1));
    }
  };
  walk(root, [], 0);
  return { ok: true, value: getNodeValue(root), members, duplicates };
}

describe('parseJson reads in one pass what the syntax tree gives', () => {
  // Names from a small set, so objects often repeat one.
  const name = fc.constantFrom('a', 'b', 'c', '__proto__', 'constructor', 'é', '\\u0061');
  const json: fc.Arbitrary<string> = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('1', '-0.5e3', 'true', 'false', 'null', '"x"', '"\\n"', '01', '"'),
      fc.array(tie('value'), { maxLength: 4 }).map((xs) => `[${xs.join(',')}]`),
      fc
        .array(fc.tuple(name, tie('value')), { maxLength: 5 })
        .map((ms) => `{${ms.map(([n, v]) => `"${n}":${v}`).join(', ')}}`),
    ),
  })).value as fc.Arbitrary<string>;

  it('the same value, members, spans, depths, paths and duplicates, or the same error', () => {
    fc.assert(
      fc.property(json, (text) => {
        const got = parseJson(text);
        const want = treeParse(text) as { ok: boolean; at?: number };
        if (!got.ok) {
          expect(want.ok).toBe(false);
          if (got.reason !== 'nul' && got.reason !== 'too-deep') expect(got.at).toBe(want.at);
          return;
        }
        expect(want).toEqual({ ...got, ok: true });
        // Objects stay prototype-less, as the tree's values are.
        if (got.value !== null && typeof got.value === 'object' && !Array.isArray(got.value))
          expect(Object.getPrototypeOf(got.value)).toBe(null);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds every duplicate after the first one in an object', () => {
    const text = '{"c":1,"c":2,"b":1,"b":2,"a":{"x":1,"x":2}}';
    const parsed = parseJson(text);
    if (!parsed.ok) throw new Error('parse failed');
    expect(parsed.duplicates.map((d) => [d.path, d.name, d.firstSpan.start])).toEqual([
      [[], 'c', 1],
      [[], 'b', 13],
      [['a'], 'x', 30],
    ]);
    expect(parsed).toEqual({ ...(treeParse(text) as object), ok: true });
  });

  it('names the first occurrence of each duplicate, never a name of a nested object', () => {
    // The object is read again for its names only once it has a duplicate: the nested "a" and "b"
    // come before, the outer "a" is repeated twice, its "b" once.
    const text = '{"a":{"a":1,"b":[{"b":0}]},"b":1,"a":2,"\\u0061":3,"b":4}';
    const parsed = parseJson(text);
    if (!parsed.ok) throw new Error('parse failed');
    expect(parsed.duplicates.map((d) => [d.name, d.span.start, d.firstSpan])).toEqual([
      ['a', 33, { start: 1, end: 4 }],
      ['a', 39, { start: 1, end: 4 }],
      ['b', 50, { start: 27, end: 30 }],
    ]);
    expect(parsed).toEqual({ ...(treeParse(text) as object), ok: true });
  });

  it('lists the first 5000 members and still finds a duplicate after them', () => {
    const names = Array.from({ length: 6000 }, (_, i) => `"k${i}":${i}`);
    const parsed = parseJson(`{${names.join(',')},"k3":"again"}`);
    if (!parsed.ok) throw new Error('parse failed');
    expect(parsed.members).toHaveLength(5000);
    expect((parsed.value as Record<string, unknown>).k3).toBe('again');
    expect((parsed.value as Record<string, unknown>).k5999).toBe(5999);
    expect(parsed.duplicates).toEqual([
      expect.objectContaining({ name: 'k3', path: [], firstSpan: { start: 22, end: 26 } }),
    ]);
  });
});
