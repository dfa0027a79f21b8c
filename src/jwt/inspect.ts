/**
 * inspect: any string in, every part of the token out with its span in the original text, decoded
 * bytes, text and JSON, and a diagnostic for each problem. It never throws: while someone types,
 * broken input is the normal case. Checks that need no key (RFC 7515 §5.2 steps 1–5) happen here.
 */
import type { AlgInfo } from './algorithms';
import { decodeSegment } from './base64url';
import { diagnose, type Diagnostic, type PartName, type Span } from './diagnostics';
import { jsonType, parseJson, type JsonMember } from './json';
import { decodeUtf8 } from './utf8';
import { checkHeader } from './header-checks';

export type { SuspiciousKid } from './header-checks';
import { unwrap } from './unwrap';

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
  /**
   * The parts between dots. Text that is not a token lists its first MAX_SEGMENTS only (200 KB of
   * dots would make two hundred thousand of them); `partCount` says how many there are.
   */
  segments: Segment[];
  /** How many dot-separated parts the token has (0 for empty input). */
  partCount: number;
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
/** How many parts of text that is not a token are listed in `segments`. */
export const MAX_SEGMENTS = 100;
const JWE_PARTS: PartName[] = ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag'];

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
  const steps = inspectSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * A payload segment over this many characters is read in a step of its own (`inspectSteps`): its
 * JSON is most of the work, a hundred thousand members about 150 ms.
 */
export const PAYLOAD_STEP_AT = 100_000;

/**
 * `inspect` in steps, for a caller that lets the page run between them: it pauses once, after the
 * token is split and its other parts read, before a payload segment over PAYLOAD_STEP_AT characters
 * is decoded and read. The result is inspect's.
 */
export function* inspectSteps(
  input: string,
  options: InspectOptions = {},
): Generator<void, Inspection, void> {
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
    partCount: 0,
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

  let count = 1;
  for (let at = token.indexOf('.'); at >= 0; at = token.indexOf('.', at + 1)) count++;
  result.partCount = count;
  const names = count === 3 ? JWS_PARTS : count === 5 ? JWE_PARTS : null;
  let offset = start;
  for (let i = 0; i < Math.min(count, names ? count : MAX_SEGMENTS); i++) {
    const dot = input.indexOf('.', offset);
    const text = input.slice(offset, dot >= 0 && dot < end ? dot : end);
    result.segments.push({
      name: names?.[i] ?? 'input',
      text,
      span: { start: offset, end: offset + text.length },
      bytes: null,
    });
    offset += text.length + 1;
  }
  if (!names) {
    diagnostics.push(diagnose('segment-count', 'input', { start, end }, { count }));
    if (count > 3 && unencodedPayloadHeader(result.segments[0]!.text)) {
      diagnostics.push(diagnose('b64-payload-has-dot', 'payload', { start, end }));
    }
    return result;
  }
  result.kind = count === 3 ? 'jws' : 'jwe';

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
    if (payloadSeg.text.length > PAYLOAD_STEP_AT) yield;
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
