/**
 * Claim checks of RFC 7519 §4.1 and RFC 8725 §3.8–3.10, with the time injected: `now` is a
 * NumericDate (seconds) chosen by the caller, never read from a clock here.
 */
import type { Diagnostic, ParamsArgs, Span } from './diagnostics';
import type { CodeParams } from './params';
import { diagnoseVerify as diagnose, type VerifyCode } from './verify-codes';
import { jsonType } from './json';

export { formatDuration, numericDateToIso } from './format';
import type { DecodedJson } from './inspect';

export interface ClaimOptions {
  /** The current time as a NumericDate (seconds since 1970). */
  now: number;
  /** Clock-skew allowance in seconds for exp / nbf / iat (RFC 7519 §4.1.4). */
  leeway?: number;
  /** The audience this verifier identifies as. */
  audience?: string | string[];
  /** The issuer this verifier expects. */
  issuer?: string | string[];
  /** Claims that must be present (e.g. ["exp", "aud"]): a missing one is an error, not a warning. */
  requiredClaims?: string[];
}

/** The registered claims of RFC 7519 §4.1, with their sections (explanations live in the UI's texts). */
export const REGISTERED_CLAIMS = {
  iss: 'RFC 7519 §4.1.1',
  sub: 'RFC 7519 §4.1.2',
  aud: 'RFC 7519 §4.1.3',
  exp: 'RFC 7519 §4.1.4',
  nbf: 'RFC 7519 §4.1.5',
  iat: 'RFC 7519 §4.1.6',
  jti: 'RFC 7519 §4.1.7',
} as const;

export type RegisteredClaim = keyof typeof REGISTERED_CLAIMS;

const TIME_CLAIMS = ['exp', 'nbf', 'iat'] as const;
const STRING_CLAIMS = ['iss', 'sub', 'jti'] as const;

// A NumericDate above this is past the year 5000: almost surely milliseconds (Date.now()).
const MILLISECONDS_THRESHOLD = 1e11;
const LONG_LIFETIME = 30 * 24 * 3600;
const SENSITIVE =
  /^(pass(word)?|passwd|pwd|secret|client_?secret|ssn|social_?security(_?number)?|credit_?card(_?number)?|card_?number|cvv|cvc|iban|pin|private_?key|api_?key)$/i;

/** The audience as typed values: the quoted names, and whether the list is empty or absent. */
function audienceParams(aud: unknown): { aud: string; audKind: 'values' | 'empty' | 'none' } {
  if (typeof aud === 'string') return { aud: `"${aud}"`, audKind: 'values' };
  if (Array.isArray(aud) && aud.every((a) => typeof a === 'string')) {
    return aud.length
      ? { aud: aud.map((a) => `"${a}"`).join(', '), audKind: 'values' }
      : { aud: '', audKind: 'empty' };
  }
  return { aud: '', audKind: 'none' };
}

/** The ISO date of a NumericDate as a param, left out when no calendar date can show it. */
function isoParam(value: number): { iso?: string } {
  const d = new Date(value * 1000);
  return Number.isNaN(d.getTime()) ? {} : { iso: d.toISOString() };
}

/** A top-level member's value exactly as written (the last occurrence, as evaluation keeps). */
function rawValue(claims: DecodedJson, name: string): string {
  let text = '';
  for (const m of claims.members) {
    if (m.depth === 0 && m.name === name)
      text = claims.text.slice(m.valueSpan.start, m.valueSpan.end);
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * Checks a claims set. `segmentSpan` is the payload's place in the input; each diagnostic also
 * carries the member's span in the decoded JSON.
 */
export function checkClaims(
  claims: DecodedJson,
  options: ClaimOptions,
  segmentSpan: Span | null,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const c = claims.value as Record<string, unknown>;
  const leeway = options.leeway ?? 0;
  const now = options.now;
  const at = (name: string): { jsonSpan?: Span } => {
    let span: Span | undefined;
    for (const m of claims.members) if (m.depth === 0 && m.name === name) span = m.span;
    return span ? { jsonSpan: span } : {};
  };
  const add = <K extends VerifyCode>(code: K, params: CodeParams[K], name?: string): void => {
    const args = [params, name ? at(name) : {}] as unknown as ParamsArgs<K>;
    out.push(diagnose(code, 'claims', segmentSpan, ...args));
  };

  const times: Partial<Record<(typeof TIME_CLAIMS)[number], number>> = {};
  for (const name of TIME_CLAIMS) {
    if (!(name in c)) continue;
    const v = c[name];
    // RFC 7519 §2: a NumericDate is a JSON number; "4102444800" as a string is not one.
    if (typeof v !== 'number') {
      add('claim-not-numericdate', { claim: name, type: jsonType(v) }, name);
      continue;
    }
    // RFC 8259 §6 allows 1e400; as a double it is infinity, which is no instant at all.
    if (!Number.isFinite(v)) {
      add('claim-date-not-finite', { claim: name, text: rawValue(claims, name) }, name);
      continue;
    }
    times[name] = v;
    if (v > MILLISECONDS_THRESHOLD) {
      const year = new Date(v * 1000).getUTCFullYear();
      // Past the year 275760 no Date exists: the sentence then says "beyond" without a year.
      add('date-milliseconds', Number.isNaN(year) ? { claim: name } : { claim: name, year }, name);
    }
  }
  for (const name of STRING_CLAIMS) {
    if (name in c && typeof c[name] !== 'string') {
      add('claim-not-string', { claim: name, type: jsonType(c[name]) }, name);
    }
  }

  for (const name of options.requiredClaims ?? []) {
    if (!(name in c)) add('claim-missing', { claim: name });
  }

  const { exp, nbf, iat } = times;
  if (exp !== undefined) {
    if (now - leeway >= exp) {
      add('expired', { seconds: now - exp, ...isoParam(exp) }, 'exp');
    } else if (now >= exp) {
      add('expired-within-leeway', { seconds: now - exp, leeway }, 'exp');
    }
  } else if (!('exp' in c) && !options.requiredClaims?.includes('exp')) {
    add('exp-missing', {});
  }
  if (nbf !== undefined && now + leeway < nbf) {
    add('not-yet-valid', { seconds: nbf - now, ...isoParam(nbf) }, 'nbf');
  }
  if (iat !== undefined && iat > now + leeway) {
    add('iat-future', { seconds: iat - now, ...isoParam(iat) }, 'iat');
  }
  if (exp !== undefined && exp <= MILLISECONDS_THRESHOLD) {
    const from = iat ?? now;
    if (exp - from > LONG_LIFETIME) {
      add('lifetime-long', { days: Math.round((exp - from) / 86400) }, 'exp');
    }
  }

  // RFC 7519 §4.1.3: a string, or an array of strings.
  const aud = c.aud;
  const audOk =
    !('aud' in c) ||
    typeof aud === 'string' ||
    (Array.isArray(aud) && aud.every((a) => typeof a === 'string'));
  if (!audOk) add('aud-not-strings', {}, 'aud');
  const expected = options.audience === undefined ? [] : [options.audience].flat();
  if (expected.length > 0) {
    const present = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
    if (audOk && !present.some((a) => expected.includes(a as string))) {
      add('aud-mismatch', { ...audienceParams(aud), expected: expected.join('", "') }, 'aud');
    }
  } else if ('aud' in c && audOk) {
    add('aud-unchecked', audienceParams(aud), 'aud');
  }

  const issuers = options.issuer === undefined ? [] : [options.issuer].flat();
  if (issuers.length > 0 && !issuers.includes(c.iss as string)) {
    add(
      'iss-mismatch',
      typeof c.iss === 'string'
        ? { reason: 'different', iss: `"${c.iss}"`, expected: issuers.join('", "') }
        : { reason: 'missing', expected: issuers.join('", "') },
      'iss',
    );
  }

  for (const m of claims.members) {
    if (SENSITIVE.test(m.name.replace(/-/g, '_'))) {
      out.push(
        diagnose('claim-sensitive', 'claims', segmentSpan, { claim: m.name }, { jsonSpan: m.span }),
      );
    }
  }
  return out;
}
