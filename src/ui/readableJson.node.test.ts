import { describe, expect, it } from 'vitest';
import { compactJson, offsetMap, parsesAsJson, prettyJson } from './readableJson';

describe('readable JSON', () => {
  it.each([
    ['{"a":1,"b":[1,2]}', '{\n  "a": 1,\n  "b": [\n    1,\n    2\n  ]\n}'],
    ['{"n":1.50,"n":1e3}', '{\n  "n": 1.50,\n  "n": 1e3\n}'],
    ['{"s":"a  b\\"  c"}', '{\n  "s": "a  b\\"  c"\n}'],
  ])('formats %s with one member per line, changing only white space', (exact, pretty) => {
    expect(prettyJson(exact)).toBe(pretty);
    expect(compactJson(pretty)).toBe(exact);
  });

  it('keeps white space inside strings when compacting', () => {
    expect(compactJson('{ "a b" : " x\\\\" , "c":"\\"  "}')).toBe('{"a b":" x\\\\","c":"\\"  "}');
  });

  it.each([
    ['{"a":1}', true],
    ['{"a":1,"a":2}', true],
    ['{"a":1,}', false],
    ['{ "a": ', false],
  ])('tells whether %s parses as strict JSON', (text, ok) => {
    expect(parsesAsJson(text)).toBe(ok);
  });

  it('maps offsets of the exact text into the readable text', () => {
    const exact = '{"a":1,"b":2}';
    const pretty = prettyJson(exact);
    const map = offsetMap(exact, pretty)!;
    const b = exact.indexOf('"b"');
    expect(pretty.slice(map[b], map[b + 3])).toBe('"b"');
    expect(map[exact.length]).toBe(pretty.length);
  });

  it('refuses to map texts that differ in more than white space', () => {
    expect(offsetMap('{"a":1}', '{"a":2}')).toBeNull();
    expect(offsetMap('{"a":1}', '{"a":1}x')).toBeNull();
  });
});
