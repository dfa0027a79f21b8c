/**
 * What a well-formed finding looks like, for the property tests and the fuzz script: a known code,
 * no prose of its own (only the members a Diagnostic has, params that are strings or finite numbers),
 * an English sentence with no holes, an RFC section, a span inside the input. Test-only code:
 * nothing in the app imports it.
 */
import { CODES, sentenceOf } from '../codes';
import type { Diagnostic } from '../diagnostics';
import { jsonType } from '../json';

const MEMBERS = new Set(['code', 'severity', 'span', 'part', 'jsonSpan', 'params', 'rfc']);

/** An empty string when the diagnostic is sane, else what is wrong with it. */
export function saneDiagnostic(d: Diagnostic, input: string): string {
  if (!Object.hasOwn(CODES, d.code)) return `unknown code ${d.code}`;
  const extra = Object.keys(d).filter((k) => !MEMBERS.has(k));
  if (extra.length > 0) return `members a finding does not have: ${extra.join(', ')}`;
  const sentence = sentenceOf(d);
  if (sentence.trim() === '') return 'empty sentence';
  if (/undefined|\[object|NaN|Infinity|\ba object\b/.test(stripQuoted(sentence))) {
    return `sentence with a hole: ${sentence}`;
  }
  if (!/^RFC \d+/.test(d.rfc)) return `rfc "${d.rfc}"`;
  if (d.span && (d.span.start < 0 || d.span.end > input.length || d.span.start > d.span.end)) {
    return `span ${d.span.start}-${d.span.end} outside ${input.length}`;
  }
  for (const [k, v] of Object.entries(d.params)) {
    if (typeof v === 'number' ? !Number.isFinite(v) : typeof v !== 'string') {
      return `param ${k} is ${String(typeof v)}`;
    }
  }
  return '';
}

/** Quoted values (a kid, a claim name) may say anything; only the sentence around them is checked. */
function stripQuoted(sentence: string): string {
  return sentence.replace(/"[^"]*"/g, '""');
}

const EXPECTED: Record<string, 'string' | 'object' | 'boolean' | 'string-array'> = {
  jku: 'string',
  jwk: 'object',
  kid: 'string',
  x5u: 'string',
  x5c: 'string-array',
  x5t: 'string',
  'x5t#S256': 'string',
  typ: 'string',
  cty: 'string',
  b64: 'boolean',
  enc: 'string',
  zip: 'string',
};

/** The header parameters whose JSON type is not the one their RFC gives ("crit" for a bad crit). */
export function wrongTypedHeaderParams(header: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [name, expected] of Object.entries(EXPECTED)) {
    if (!Object.hasOwn(header, name)) continue;
    const v = header[name];
    const ok =
      expected === 'string-array'
        ? Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')
        : jsonType(v) === expected;
    if (!ok) out.push(name);
  }
  const crit = header.crit;
  if (Object.hasOwn(header, 'crit')) {
    if (!Array.isArray(crit) || crit.length === 0 || crit.some((c) => typeof c !== 'string')) {
      out.push('crit');
    }
  }
  return out;
}

/** The registered claims whose JSON type RFC 7519 §4.1 does not allow (or a date that is infinite). */
export function wrongTypedClaims(claims: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const name of ['exp', 'nbf', 'iat']) {
    if (Object.hasOwn(claims, name)) {
      const v = claims[name];
      if (typeof v !== 'number' || !Number.isFinite(v)) out.push(name);
    }
  }
  for (const name of ['iss', 'sub', 'jti']) {
    if (Object.hasOwn(claims, name) && typeof claims[name] !== 'string') out.push(name);
  }
  const aud = claims.aud;
  if (
    Object.hasOwn(claims, 'aud') &&
    typeof aud !== 'string' &&
    !(Array.isArray(aud) && aud.every((a) => typeof a === 'string'))
  ) {
    out.push('aud');
  }
  return out;
}
