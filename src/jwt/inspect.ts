/**
 * inspect: any string in, every part of the token out with its span in the original text, decoded
 * bytes, text and JSON, and a diagnostic for each problem. It never throws: while someone types,
 * broken input is the normal case. Checks that need no key (RFC 7515 §5.2 steps 1–5) happen here.
 */
import { ALGORITHMS, getAlgorithm, type AlgInfo } from './algorithms';
import { decodeSegment } from './base64url';
import {
  diagnose,
  type Diagnostic,
  type ExpectedType,
  type PartName,
  type Span,
} from './diagnostics';
import { jsonType, parseJson, type JsonMember } from './json';
import { decodeUtf8 } from './utf8';

export interface Segment {
  name: PartName;
  /** The segment's characters as typed. */
  text: string;
  /** Where the segment sits in the input. */
  span: Span;
  /** Decoded bytes, or null when the segment is not base64url. */
  bytes: Uint8Array | null;
}

export interface DecodedJson {
  /** The exact decoded text (never re-serialised). */
  text: string;
  value: unknown;
  /** Members with spans in `text`. */
  members: JsonMember[];
}

export type PayloadKind = 'json' | 'text' | 'binary' | 'empty' | 'jwt';

export interface PayloadView {
  kind: PayloadKind;
  /** Decoded text, when the bytes are UTF-8. */
  text: string | null;
  bytes: Uint8Array | null;
  /** Present when the payload is a JSON object (a claims set). */
  json: DecodedJson | null;
  /** RFC 7797: the payload segment holds the payload itself, not its base64url. */
  unencoded: boolean;
}

export interface Inspection {
  input: string;
  /** The token after the shown normalisation (prefix, quotes, surrounding white space left out). */
  token: string;
  /** Where `token` sits in `input`. */
  tokenSpan: Span;
  kind: 'jws' | 'jwe' | 'invalid';
  segments: Segment[];
  header: DecodedJson | null;
  payload: PayloadView | null;
  signature: Uint8Array | null;
  /** The header's "alg" when it is a string. */
  alg: string | null;
  /** The algorithm's table entry when "alg" is one the core knows. */
  algInfo: AlgInfo | null;
  /** ASCII(BASE64URL(header) || '.' || payload segment): what the signature covers (RFC 7515 §5.2 step 8). */
  signingInput: string | null;
  diagnostics: Diagnostic[];
}

export interface InspectOptions {
  /** Understand RFC 7797 "b64": false (default false: a "crit" b64 is then rejected). */
  supportB64?: boolean;
}

const JWS_PARTS: PartName[] = ['header', 'payload', 'signature'];
const JWE_PARTS: PartName[] = ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag'];

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

const BEARER = /^(authorization\s*:\s*)?bearer\s+/i;
const PASTED_WRAPPER = /^(["'`])(.*)\1$/s;

interface Unwrapped {
  start: number;
  end: number;
  diagnostics: Diagnostic[];
}

/** Finds the token inside what was pasted: surrounding white space, quotes and "Bearer " are shown and left out. */
function unwrap(input: string): Unwrapped {
  const diagnostics: Diagnostic[] = [];
  let start = 0;
  let end = input.length;
  const trimWhitespace = (): void => {
    const s0 = start;
    const e0 = end;
    while (start < end && /\s/.test(input[start]!)) start++;
    while (end > start && /\s/.test(input[end - 1]!)) end--;
    if (start > s0)
      diagnostics.push(diagnose('surrounding-whitespace', 'input', { start: s0, end: start }));
    if (end < e0)
      diagnostics.push(diagnose('surrounding-whitespace', 'input', { start: end, end: e0 }));
  };
  trimWhitespace();
  const quoted = PASTED_WRAPPER.exec(input.slice(start, end));
  if (quoted && end - start >= 2) {
    diagnostics.push(diagnose('surrounding-quotes', 'input', { start, end: start + 1 }));
    start++;
    end--;
    trimWhitespace();
  }
  const bearer = BEARER.exec(input.slice(start, end));
  if (bearer) {
    const prefix = bearer[0];
    diagnostics.push(
      diagnose(
        'bearer-prefix',
        'input',
        { start, end: start + prefix.length },
        { prefix: prefix.trim() },
      ),
    );
    start += prefix.length;
  }
  return { start, end, diagnostics };
}

function decodeJsonPart(
  part: 'header' | 'payload',
  bytes: Uint8Array,
  segmentSpan: Span,
  diagnostics: Diagnostic[],
): { text: string | null; json: DecodedJson | null; parsed: boolean } {
  const utf8 = decodeUtf8(bytes);
  if (!utf8.ok) {
    diagnostics.push(diagnose(`${part}-utf8-invalid`, part, segmentSpan, { byte: utf8.byte }));
    return { text: null, json: null, parsed: false };
  }
  const text = utf8.text;
  let jsonText = text;
  if (part === 'header' && text.charCodeAt(0) === 0xfeff) {
    diagnostics.push(
      diagnose('header-utf8-bom', part, segmentSpan, {}, { jsonSpan: { start: 0, end: 1 } }),
    );
    // Still read the header (the BOM as one space keeps every offset), so that the signature,
    // which covers the bytes as sent, can be checked and shown next to the error.
    jsonText = ' ' + text.slice(1);
  }
  const looksJson = /^\s*[{["\d\-tfn]/.test(text);
  if (part === 'payload' && !looksJson) {
    diagnostics.push(diagnose('payload-not-json', part, segmentSpan));
    return { text, json: null, parsed: false };
  }
  const result = parseJson(jsonText);
  if (!result.ok) {
    if (part === 'payload' && !/^\s*[{[]/.test(text)) {
      diagnostics.push(diagnose('payload-not-json', part, segmentSpan));
    } else {
      diagnostics.push(
        diagnose(
          `${part}-json-syntax`,
          part,
          segmentSpan,
          { reason: result.reason, at: result.at, ended: result.ended ? 1 : 0 },
          { jsonSpan: result.span },
        ),
      );
    }
    return { text, json: null, parsed: false };
  }
  const isObject =
    result.value !== null && typeof result.value === 'object' && !Array.isArray(result.value);
  if (!isObject) {
    diagnostics.push(
      diagnose(`${part}-not-object`, part, segmentSpan, { type: jsonType(result.value) }),
    );
    return { text, json: null, parsed: true };
  }
  for (const dup of result.duplicates) {
    const name = [...dup.path, dup.name].join('.');
    diagnostics.push(
      diagnose(
        part === 'header' ? 'duplicate-member' : 'payload-duplicate-claim',
        part,
        segmentSpan,
        { name },
        { jsonSpan: dup.span },
      ),
    );
  }
  return { text, json: { text, value: result.value, members: result.members }, parsed: true };
}

function member(json: DecodedJson, name: string): JsonMember | undefined {
  // The last top-level occurrence, matching the value JSON evaluation keeps.
  let found: JsonMember | undefined;
  for (const m of json.members) if (m.depth === 0 && m.name === name) found = m;
  return found;
}

function checkHeader(
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
  const add = (code: Parameters<typeof diagnose>[0], params = {}, name?: string): void => {
    diagnostics.push(diagnose(code, 'header', segmentSpan, params, name ? at(name) : {}));
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
  if (!('alg' in h)) add('alg-missing');
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

/** Whether a first segment is a header with "b64": false (RFC 7797), whose payload may contain dots. */
function unencodedPayloadHeader(segment: string): boolean {
  const bytes = decodeSegment(segment, 0, 'header').bytes;
  const text = bytes ? decodeUtf8(bytes) : null;
  const parsed = text?.ok ? parseJson(text.text) : null;
  const value = parsed?.ok ? (parsed.value as Record<string, unknown> | null) : null;
  return value !== null && typeof value === 'object' && value.b64 === false;
}

/** Splits, decodes and checks a token. Never throws. */
export function inspect(input: string, options: InspectOptions = {}): Inspection {
  const diagnostics: Diagnostic[] = [];
  const { start, end, diagnostics: wrapperDiagnostics } = unwrap(input);
  diagnostics.push(...wrapperDiagnostics);
  const token = input.slice(start, end);
  const result: Inspection = {
    input,
    token,
    tokenSpan: { start, end },
    kind: 'invalid',
    segments: [],
    header: null,
    payload: null,
    signature: null,
    alg: null,
    algInfo: null,
    signingInput: null,
    diagnostics,
  };
  if (token.length === 0) {
    diagnostics.push(diagnose('input-empty', 'input', null));
    return result;
  }
  if (token.startsWith('{')) {
    diagnostics.push(diagnose('json-serialization', 'input', { start, end }));
    return result;
  }

  const texts = token.split('.');
  const names = texts.length === 3 ? JWS_PARTS : texts.length === 5 ? JWE_PARTS : null;
  let offset = start;
  texts.forEach((text, i) => {
    result.segments.push({
      name: names?.[i] ?? 'input',
      text,
      span: { start: offset, end: offset + text.length },
      bytes: null,
    });
    offset += text.length + 1;
  });
  if (!names) {
    diagnostics.push(diagnose('segment-count', 'input', { start, end }, { count: texts.length }));
    if (texts.length > 3 && unencodedPayloadHeader(texts[0]!)) {
      diagnostics.push(diagnose('b64-payload-has-dot', 'payload', { start, end }));
    }
    return result;
  }
  result.kind = texts.length === 3 ? 'jws' : 'jwe';

  // The header decides how the payload segment is read (RFC 7797), so it comes first.
  const [headerSeg, payloadSeg] = result.segments as [Segment, Segment, ...Segment[]];
  const headerB64 = decodeSegment(headerSeg.text, headerSeg.span.start, 'header');
  diagnostics.push(...headerB64.diagnostics);
  headerSeg.bytes = headerB64.bytes;
  let b64 = true;
  if (headerB64.bytes) {
    if (headerB64.bytes.length === 0) {
      diagnostics.push(diagnose('header-empty', 'header', headerSeg.span));
    } else {
      const decoded = decodeJsonPart('header', headerB64.bytes, headerSeg.span, diagnostics);
      result.header = decoded.json;
      if (decoded.json && result.kind === 'jws') {
        const h = checkHeader(decoded.json, headerSeg.span, options, diagnostics);
        result.alg = h.alg;
        result.algInfo = h.algInfo;
        b64 = h.b64;
      } else if (decoded.json) {
        const alg = (decoded.json.value as Record<string, unknown>).alg;
        result.alg = typeof alg === 'string' ? alg : null;
      }
    }
  }

  if (result.kind === 'jwe') {
    diagnostics.push(diagnose('jwe-encrypted', 'input', { start, end }));
    for (const seg of result.segments.slice(1)) {
      const r = decodeSegment(seg.text, seg.span.start, seg.name);
      diagnostics.push(...r.diagnostics);
      seg.bytes = r.bytes;
    }
    return result;
  }

  const sigSeg = result.segments[2]!;
  const sig = decodeSegment(sigSeg.text, sigSeg.span.start, 'signature');
  diagnostics.push(...sig.diagnostics);
  sigSeg.bytes = sig.bytes;
  result.signature = sig.bytes;

  if (!b64 && options.supportB64) {
    // RFC 7797 §5.2: the payload segment is the payload itself.
    payloadSeg.bytes = new TextEncoder().encode(payloadSeg.text);
    result.payload = viewPayload(payloadSeg, payloadSeg.bytes, true, result.header, diagnostics);
  } else {
    const p = decodeSegment(payloadSeg.text, payloadSeg.span.start, 'payload');
    diagnostics.push(...p.diagnostics);
    payloadSeg.bytes = p.bytes;
    if (p.bytes)
      result.payload = viewPayload(payloadSeg, p.bytes, false, result.header, diagnostics);
  }
  result.signingInput = headerSeg.text + '.' + payloadSeg.text;
  return result;
}

/**
 * How a payload reads (JSON claims set, text, bytes, nested token) with its findings: for the
 * payload segment, and for detached content supplied apart from the token (RFC 7515 App. F).
 */
export function viewPayload(
  seg: Pick<Segment, 'span'>,
  bytes: Uint8Array,
  unencoded: boolean,
  header: DecodedJson | null,
  diagnostics: Diagnostic[],
): PayloadView {
  if (bytes.length === 0) {
    diagnostics.push(diagnose('payload-empty', 'payload', seg.span));
    return { kind: 'empty', text: '', bytes, json: null, unencoded };
  }
  const cty = (header?.value as Record<string, unknown> | undefined)?.cty;
  // RFC 7519 §5.2: "cty": "JWT" marks a nested token (compared without case, RFC 7515 §4.1.10).
  if (typeof cty === 'string' && cty.toUpperCase() === 'JWT') {
    const utf8 = decodeUtf8(bytes);
    if (utf8.ok) return { kind: 'jwt', text: utf8.text, bytes, json: null, unencoded };
  }
  const decoded = decodeJsonPart('payload', bytes, seg.span, diagnostics);
  if (decoded.text === null) return { kind: 'binary', text: null, bytes, json: null, unencoded };
  if (decoded.json)
    return { kind: 'json', text: decoded.text, bytes, json: decoded.json, unencoded };
  return { kind: 'text', text: decoded.text, bytes, json: null, unencoded };
}
