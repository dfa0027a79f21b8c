import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkClaims, formatDuration, numericDateToIso, type ClaimOptions } from './claims';
import { sentenceOf } from './codes';
import type { DiagnosticCode, Severity } from './diagnostics';
import type { DecodedJson } from './inspect';
import { parseJson } from './json';

// 2026-01-01T00:00:00Z, the "now" of every shared vector.
const NOW = 1_767_225_600;
const DAY = 86_400;

function claimsOf(value: Record<string, unknown> | string): DecodedJson {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const parsed = parseJson(text);
  if (!parsed.ok) throw new Error(`test data is not JSON: ${text}`);
  return { text, value: parsed.value, members: parsed.members };
}

interface Row {
  name: string;
  claims: Record<string, unknown> | string;
  options?: Partial<ClaimOptions>;
  /** Exactly the codes expected (with severities), besides exp-missing unless listed. */
  codes: [DiagnosticCode, Severity][];
}

// Every row has an exp unless it is about exp, so that exp-missing does not clutter the table.
const EXP = NOW + 3600;

const ROWS: Row[] = [
  { name: 'a clean claims set', claims: { sub: 'u1', exp: EXP, iat: NOW }, codes: [] },
  // --- exp (RFC 7519 §4.1.4: the current time MUST be before exp) ---
  { name: 'exp in the past', claims: { exp: NOW - 100 }, codes: [['expired', 'error']] },
  { name: 'exp == now', claims: { exp: NOW }, codes: [['expired', 'error']] },
  { name: 'exp one second ahead', claims: { exp: NOW + 1 }, codes: [] },
  {
    name: 'exp past, within leeway',
    claims: { exp: NOW - 30 },
    options: { leeway: 60 },
    codes: [['expired-within-leeway', 'info']],
  },
  {
    name: 'exp past, beyond leeway',
    claims: { exp: NOW - 61 },
    options: { leeway: 60 },
    codes: [['expired', 'error']],
  },
  { name: 'exp fractional, ahead', claims: { exp: NOW + 0.5 }, codes: [] },
  { name: 'exp fractional, behind', claims: { exp: NOW - 0.25 }, codes: [['expired', 'error']] },
  {
    name: 'exp as a string',
    claims: { exp: String(EXP) },
    codes: [['claim-not-numericdate', 'error']],
  },
  { name: 'exp as null', claims: { exp: null }, codes: [['claim-not-numericdate', 'error']] },
  { name: 'exp as a boolean', claims: { exp: true }, codes: [['claim-not-numericdate', 'error']] },
  {
    name: 'exp too large for a double',
    claims: '{"exp":1e400}',
    codes: [['claim-date-not-finite', 'error']],
  },
  {
    name: 'exp in milliseconds',
    claims: { exp: EXP * 1000 },
    codes: [['date-milliseconds', 'warning']],
  },
  { name: 'no exp', claims: { sub: 'u1' }, codes: [['exp-missing', 'warning']] },
  // --- nbf (RFC 7519 §4.1.5: the current time MUST be after or equal to nbf) ---
  {
    name: 'nbf in the future',
    claims: { exp: EXP, nbf: NOW + 600 },
    codes: [['not-yet-valid', 'error']],
  },
  { name: 'nbf == now', claims: { exp: EXP, nbf: NOW }, codes: [] },
  {
    name: 'nbf ahead within leeway',
    claims: { exp: EXP, nbf: NOW + 30 },
    options: { leeway: 60 },
    codes: [],
  },
  {
    name: 'nbf as a string',
    claims: { exp: EXP, nbf: String(NOW) },
    codes: [['claim-not-numericdate', 'error']],
  },
  // --- iat (RFC 7519 §4.1.6) ---
  {
    name: 'iat in the future',
    claims: { exp: EXP, iat: NOW + 600 },
    codes: [['iat-future', 'warning']],
  },
  {
    name: 'iat as a string',
    claims: { exp: EXP, iat: String(NOW) },
    codes: [['claim-not-numericdate', 'error']],
  },
  {
    name: 'a 90-day lifetime',
    claims: { iat: NOW, exp: NOW + 90 * DAY },
    codes: [['lifetime-long', 'info']],
  },
  { name: 'a 1-hour lifetime', claims: { iat: NOW, exp: NOW + 3600 }, codes: [] },
  // --- aud (RFC 7519 §4.1.3) ---
  {
    name: 'aud string, matching',
    claims: { exp: EXP, aud: 'api' },
    options: { audience: 'api' },
    codes: [],
  },
  {
    name: 'aud array, one matching',
    claims: { exp: EXP, aud: ['web', 'api'] },
    options: { audience: 'api' },
    codes: [],
  },
  {
    name: 'aud array, none matching',
    claims: { exp: EXP, aud: ['web', 'mobile'] },
    options: { audience: 'api' },
    codes: [['aud-mismatch', 'error']],
  },
  {
    name: 'aud string, not matching',
    claims: { exp: EXP, aud: 'other' },
    options: { audience: 'api' },
    codes: [['aud-mismatch', 'error']],
  },
  {
    name: 'aud empty array with an audience configured',
    claims: { exp: EXP, aud: [] },
    options: { audience: 'api' },
    codes: [['aud-mismatch', 'error']],
  },
  {
    name: 'aud missing with an audience configured',
    claims: { exp: EXP },
    options: { audience: 'api' },
    codes: [['aud-mismatch', 'error']],
  },
  {
    name: 'aud non-string',
    claims: { exp: EXP, aud: 42 },
    options: { audience: 'api' },
    codes: [['aud-not-strings', 'error']],
  },
  {
    name: 'aud array with a non-string',
    claims: { exp: EXP, aud: ['api', 7] },
    options: { audience: 'api' },
    codes: [['aud-not-strings', 'error']],
  },
  {
    name: 'aud present, no audience configured',
    claims: { exp: EXP, aud: 'api' },
    codes: [['aud-unchecked', 'warning']],
  },
  {
    name: 'aud is a prefix of the audience only',
    claims: { exp: EXP, aud: 'ap' },
    options: { audience: 'api' },
    codes: [['aud-mismatch', 'error']],
  },
  // --- iss / sub / jti ---
  {
    name: 'iss mismatch',
    claims: { exp: EXP, iss: 'https://evil.example' },
    options: { issuer: 'https://idp.example' },
    codes: [['iss-mismatch', 'error']],
  },
  {
    name: 'iss missing with an issuer configured',
    claims: { exp: EXP },
    options: { issuer: 'https://idp.example' },
    codes: [['iss-mismatch', 'error']],
  },
  {
    name: 'iss matching one of several',
    claims: { exp: EXP, iss: 'b' },
    options: { issuer: ['a', 'b'] },
    codes: [],
  },
  {
    name: 'sub as a number',
    claims: { exp: EXP, sub: 42 },
    codes: [['claim-not-string', 'error']],
  },
  { name: 'jti as a number', claims: { exp: EXP, jti: 7 }, codes: [['claim-not-string', 'error']] },
  {
    name: 'iss as an array',
    claims: { exp: EXP, iss: ['a'] },
    codes: [['claim-not-string', 'error']],
  },
  // --- sensitive data (RFC 8725 §3.6) ---
  {
    name: '"password"',
    claims: { exp: EXP, password: 'hunter2' },
    codes: [['claim-sensitive', 'warning']],
  },
  {
    name: '"ssn"',
    claims: { exp: EXP, ssn: '078-05-1120' },
    codes: [['claim-sensitive', 'warning']],
  },
  {
    name: '"credit_card"',
    claims: { exp: EXP, credit_card: '4111…' },
    codes: [['claim-sensitive', 'warning']],
  },
  {
    name: '"creditCard"',
    claims: { exp: EXP, creditCard: '4111…' },
    codes: [['claim-sensitive', 'warning']],
  },
  {
    name: '"client-secret"',
    claims: { exp: EXP, 'client-secret': 'x' },
    codes: [['claim-sensitive', 'warning']],
  },
  {
    name: '"API_KEY"',
    claims: { exp: EXP, API_KEY: 'x' },
    codes: [['claim-sensitive', 'warning']],
  },
  {
    name: '"name", "role", "sub"',
    claims: { exp: EXP, name: 'Ann', role: 'admin', sub: 'u1' },
    codes: [],
  },
  {
    name: '"passport_country", "spin", "pinned"',
    claims: { exp: EXP, passport_country: 'KR', spin: 1, pinned: true },
    codes: [],
  },
];

describe('checkClaims', () => {
  it.each(ROWS)('$name', ({ claims, options, codes }) => {
    const decoded = claimsOf(claims);
    const span = { start: 40, end: 90 };
    const out = checkClaims(decoded, { now: NOW, ...options }, span);
    expect(out.map((d) => [d.code, d.severity])).toEqual(codes);
    for (const d of out) {
      expect(d.part).toBe('claims');
      expect(d.span).toEqual(span);
      // A finding about a member points at that member in the decoded JSON.
      if (d.jsonSpan) {
        const member = decoded.text.slice(d.jsonSpan.start, d.jsonSpan.end);
        expect(member.startsWith('"')).toBe(true);
      }
    }
  });

  it('points each finding at its member in the decoded text', () => {
    const decoded = claimsOf('{"sub":"u1",\r\n "exp":1,\r\n "password":"x"}');
    const out = checkClaims(decoded, { now: NOW }, null);
    const at = (code: DiagnosticCode): string => {
      const d = out.find((x) => x.code === code)!;
      return decoded.text.slice(d.jsonSpan!.start, d.jsonSpan!.end);
    };
    expect(at('expired')).toBe('"exp":1');
    expect(at('claim-sensitive')).toBe('"password":"x"');
  });

  it('names the claim and the sizes in the parameters', () => {
    const out = checkClaims(claimsOf({ exp: NOW - 7200, sub: 5 }), { now: NOW }, null);
    expect(out.find((d) => d.code === 'expired')!.params).toMatchObject({
      seconds: 7200,
    });
    expect(sentenceOf(out.find((d) => d.code === 'expired')!)).toContain('2 h ago');
    expect(out.find((d) => d.code === 'claim-not-string')!.params).toMatchObject({
      claim: 'sub',
      type: 'number',
    });
  });

  it('takes time only from the injected now: exp decides exactly at now', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_000_000_000 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: 0, max: 300 }),
        (now, delta, leeway) => {
          const codes = checkClaims(claimsOf({ exp: now + delta }), { now, leeway }, null).map(
            (d) => d.code,
          );
          // RFC 7519 §4.1.4: valid only while now < exp (+ leeway).
          expect(codes.includes('expired')).toBe(delta <= -leeway);
          expect(codes.includes('expired-within-leeway')).toBe(delta <= 0 && delta > -leeway);
        },
      ),
    );
  });

  it('nbf decides exactly at now', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_000_000_000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (now, delta) => {
          const codes = checkClaims(
            claimsOf({ exp: now + 10_000, nbf: now + delta }),
            { now },
            null,
          ).map((d) => d.code);
          expect(codes.includes('not-yet-valid')).toBe(delta > 0);
        },
      ),
    );
  });

  it('formats durations and dates for the sentences', () => {
    expect(formatDuration(59)).toBe('59 s');
    expect(formatDuration(-120)).toBe('2 min');
    expect(formatDuration(3 * 3600)).toBe('3 h');
    expect(formatDuration(5 * DAY)).toBe('5 days');
    expect(numericDateToIso(NOW)).toBe('2026-01-01T00:00:00.000Z');
    expect(numericDateToIso(1e300)).toBe('beyond any calendar date');
  });
});
