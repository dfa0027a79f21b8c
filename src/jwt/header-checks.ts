/**
 * The checks of a JWS header that need no key (RFC 7515 §4.1, §5.2 steps 4–5; RFC 7797 §6): each
 * registered parameter's JSON type, "alg", "crit" and "b64", and the parameters that point at keys.
 */
import { ALGORITHMS, getAlgorithm, type AlgInfo } from './algorithms';
import {
  diagnose,
  type Diagnostic,
  type ExpectedType,
  type InspectCode,
  type ParamsArgs,
  type Span,
} from './diagnostics';
import type { CodeParams } from './params';
import type { DecodedJson, InspectOptions } from './inspect';
import { jsonType, type JsonMember } from './json';

// RFC 7515 §4.1.11: "crit" must not list parameters defined by RFC 7515 / 7516 / 7518.
const REGISTERED_HEADER_PARAMS = new Set([
  'alg',
  'jku',
  'jwk',
  'kid',
  'x5u',
  'x5c',
  'x5t',
  'x5t#S256',
  'typ',
  'cty',
  'crit',
  'enc',
  'zip',
  'epk',
  'apu',
  'apv',
  'iv',
  'tag',
  'p2s',
  'p2c',
]);

// The JSON type of each registered header parameter a JWS may carry (alg and crit have their own codes).
const PARAM_TYPES: Record<string, { expected: ExpectedType; rfc: string }> = {
  jku: { expected: 'string', rfc: 'RFC 7515 §4.1.2' },
  jwk: { expected: 'object', rfc: 'RFC 7515 §4.1.3' },
  kid: { expected: 'string', rfc: 'RFC 7515 §4.1.4' },
  x5u: { expected: 'string', rfc: 'RFC 7515 §4.1.5' },
  x5c: { expected: 'string-array', rfc: 'RFC 7515 §4.1.6' },
  x5t: { expected: 'string', rfc: 'RFC 7515 §4.1.7' },
  'x5t#S256': { expected: 'string', rfc: 'RFC 7515 §4.1.8' },
  typ: { expected: 'string', rfc: 'RFC 7515 §4.1.9' },
  cty: { expected: 'string', rfc: 'RFC 7515 §4.1.10' },
  b64: { expected: 'boolean', rfc: 'RFC 7797 §3' },
  enc: { expected: 'string', rfc: 'RFC 7516 §4.1.2' },
  zip: { expected: 'string', rfc: 'RFC 7516 §4.1.3' },
};

function hasType(value: unknown, expected: ExpectedType): boolean {
  if (expected === 'string-array') {
    return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');
  }
  return jsonType(value) === expected;
}

function member(json: DecodedJson, name: string): JsonMember | undefined {
  // The last top-level occurrence, matching the value JSON evaluation keeps.
  let found: JsonMember | undefined;
  for (const m of json.members) if (m.depth === 0 && m.name === name) found = m;
  return found;
}

export function checkHeader(
  header: DecodedJson,
  segmentSpan: Span,
  options: InspectOptions,
  diagnostics: Diagnostic[],
): { alg: string | null; algInfo: AlgInfo | null; b64: boolean } {
  const h = header.value as Record<string, unknown>;
  const at = (name: string): { jsonSpan?: Span } => {
    const m = member(header, name);
    return m ? { jsonSpan: m.span } : {};
  };
  const add = <K extends InspectCode>(code: K, params: CodeParams[K], name?: string): void => {
    const args = [params, name ? at(name) : {}] as unknown as ParamsArgs<K>;
    diagnostics.push(diagnose(code, 'header', segmentSpan, ...args));
  };

  // Each registered parameter has one JSON type; a wrong one is reported and the value never read.
  const typed = (name: string): boolean => {
    const rule = PARAM_TYPES[name];
    if (!rule || !(name in h) || hasType(h[name], rule.expected)) return true;
    const m = member(header, name);
    diagnostics.push(
      diagnose(
        'header-param-type',
        'header',
        segmentSpan,
        { name, expected: rule.expected, actual: jsonType(h[name]) },
        m ? { jsonSpan: m.span, rfc: rule.rfc } : { rfc: rule.rfc },
      ),
    );
    return false;
  };

  let alg: string | null = null;
  let algInfo: AlgInfo | null = null;
  if (!('alg' in h)) add('alg-missing', {});
  else if (typeof h.alg !== 'string') add('alg-not-string', { actual: jsonType(h.alg) }, 'alg');
  else {
    alg = h.alg;
    algInfo = getAlgorithm(alg);
    if (!algInfo) {
      if (alg.toLowerCase() === 'none') add('alg-none-case', { alg }, 'alg');
      else add('alg-unknown', { alg }, 'alg');
    } else if (algInfo === ALGORITHMS.none) add('alg-none', {}, 'alg');
  }

  if ('enc' in h) add('enc-in-jws', {}, 'enc');
  typed('enc');
  typed('zip');

  // RFC 7797 §6: "b64" must be understood, so it must be critical.
  const hasB64 = 'b64' in h;
  const crit = h.crit;
  const critNames = Array.isArray(crit) ? crit : [];
  if ('crit' in h) {
    const notString = Array.isArray(crit) ? crit.find((c) => typeof c !== 'string') : undefined;
    if (!Array.isArray(crit))
      add('crit-invalid', { reason: 'not-array', actual: jsonType(crit) }, 'crit');
    else if (crit.length === 0) add('crit-invalid', { reason: 'empty' }, 'crit');
    else if (notString !== undefined) {
      add('crit-invalid', { reason: 'not-string', actual: jsonType(notString) }, 'crit');
    } else {
      for (const name of crit as string[]) {
        if (REGISTERED_HEADER_PARAMS.has(name)) {
          add('crit-invalid', { reason: 'registered', name }, 'crit');
        } else if (!Object.hasOwn(h, name)) {
          add('crit-invalid', { reason: 'absent', name }, 'crit');
        } else if (!(name === 'b64' && options.supportB64)) {
          add('crit-unsupported', { name }, 'crit');
        }
      }
      if (new Set(crit).size !== crit.length) {
        add('crit-invalid', { reason: 'duplicate' }, 'crit');
      }
    }
  }
  let b64 = true;
  if (hasB64) {
    if (!critNames.includes('b64')) add('b64-not-critical', {}, 'b64');
    if (h.b64 === false) b64 = false;
    else typed('b64');
  }
  if (!b64 && options.supportB64 && critNames.includes('b64'))
    add('b64-unencoded-payload', {}, 'b64');

  if ('jku' in h && typed('jku')) add('header-jku', { value: h.jku as string }, 'jku');
  if ('x5u' in h && typed('x5u')) add('header-x5u', { value: h.x5u as string }, 'x5u');
  if ('jwk' in h && typed('jwk')) add('header-jwk', {}, 'jwk');
  if ('x5c' in h && typed('x5c')) add('header-x5c', {}, 'x5c');
  typed('x5t');
  typed('x5t#S256');
  if ('kid' in h && typed('kid')) {
    const kid = h.kid as string;
    const what = suspiciousKid(kid);
    if (what) add('header-kid-suspicious', { value: kid, what }, 'kid');
    else add('header-kid', { value: kid }, 'kid');
  }
  if (typed('typ') && typeof h.typ === 'string' && !/^(application\/)?jwt$/i.test(h.typ)) {
    add('typ-unusual', { value: h.typ }, 'typ');
  }
  typed('cty');
  return { alg, algInfo, b64: !(hasB64 && h.b64 === false) };
}

/** What a kid that a careless server would misuse looks like (RFC 8725 §3.10). */
export type SuspiciousKid = 'path' | 'sql' | 'shell' | 'url';

function suspiciousKid(kid: string): SuspiciousKid | null {
  if (/(\.\.[/\\])|^\/|^[a-z]:\\|\/dev\/|\0/i.test(kid)) return 'path';
  if (/['";]|--|\/\*|\b(union|select|or|and)\b.*[=']/i.test(kid)) return 'sql';
  if (/[|`$]|\$\(/.test(kid)) return 'shell';
  if (/^https?:\/\//i.test(kid)) return 'url';
  return null;
}
