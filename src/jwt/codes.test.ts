import { describe, expect, it } from 'vitest';
import { CODES, sentenceOf } from './codes';
import type { Diagnostic, DiagnosticCode } from './diagnostics';
import { INSPECT_CODES } from './diagnostics';
import { INSPECT_SENTENCES } from './inspect-sentences';
import { inspect } from './index';

const codes = Object.keys(CODES) as DiagnosticCode[];

const finding = (code: DiagnosticCode): Diagnostic => ({
  code,
  severity: CODES[code].severity,
  span: null,
  part: 'input',
  params: {},
  rfc: CODES[code].rfc,
});

describe('the English table', () => {
  it.each(codes)('%s has a sentence, a severity and an RFC section', (code) => {
    expect(sentenceOf(finding(code)).length).toBeGreaterThan(10);
    expect(['error', 'warning', 'info']).toContain(CODES[code].severity);
    expect(CODES[code].rfc).toMatch(/^RFC \d+/);
  });

  it('gives every code of reading a token its sentence, and no code more', () => {
    expect(Object.keys(INSPECT_SENTENCES).sort()).toEqual(Object.keys(INSPECT_CODES).sort());
  });
});

describe('findings are data, never prose', () => {
  it.each([
    'Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2ln',
    'eyJhbGciOiJub25lIn0.e30.',
    'eyJhbGciOiJOT05FIn0.e30',
    'ab+c.d=.e',
    'eyJhbGciOiJIUzI1NiIsImtpZCI6Ii4uLy4uL2Rldi9udWxsIiwiY3JpdCI6WyJ4Il19.bm90IGpzb24.c2ln',
  ])('%s', (input) => {
    const r = inspect(input);
    expect(r.diagnostics.length).toBeGreaterThan(0);
    for (const d of r.diagnostics) {
      expect(Object.keys(d).sort()).toEqual(
        [
          'code',
          'part',
          'params',
          'rfc',
          'severity',
          'span',
          ...(d.jsonSpan ? ['jsonSpan'] : []),
        ].sort(),
      );
      for (const v of Object.values(d.params)) expect(['string', 'number']).toContain(typeof v);
      // A finding survives a trip through JSON unchanged: nothing in it is a function or a class.
      expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    }
  });
});
