/**
 * Strict base64url (RFC 4648 §5 as profiled by RFC 7515 §2): the alphabet A–Z a–z 0–9 - _, no "=",
 * no white space, no length that leaves 1 after dividing by 4. Lenient decoders (atob shims, Node's
 * Buffer) accept much more, which is exactly how two components come to disagree about one token.
 */
import { diagnose, type Diagnostic, type PartName } from './diagnostics';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// 255 marks a character outside the base64url alphabet.
const DECODE = new Uint8Array(128).fill(255);
for (let i = 0; i < 64; i++) DECODE[ALPHABET.charCodeAt(i)] = i;
// The alphabet as character codes, and a decoder that turns them into text (they are ASCII).
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const ascii = new TextDecoder();

/**
 * Encodes bytes as unpadded base64url, as the characters' ASCII bytes: what a signature covers, with
 * no string made and encoded again.
 */
export function encodeBase64urlAscii(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  // A megabyte of input is a million and a third characters: no intermediate strings.
  const out = new Uint8Array(Math.ceil((n * 4) / 3));
  let i = 0;
  let j = 0;
  for (; i + 2 < n; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[j++] = CODES[v >> 18]!;
    out[j++] = CODES[(v >> 12) & 63]!;
    out[j++] = CODES[(v >> 6) & 63]!;
    out[j++] = CODES[v & 63]!;
  }
  const rest = n - i;
  if (rest > 0) {
    const v = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out[j++] = CODES[v >> 18]!;
    out[j++] = CODES[(v >> 12) & 63]!;
    if (rest === 2) out[j++] = CODES[(v >> 6) & 63]!;
  }
  return out;
}

/** Encodes bytes as unpadded base64url. */
export function encodeBase64url(bytes: Uint8Array): string {
  return asciiText(encodeBase64urlAscii(bytes));
}

/** ASCII bytes as text (each byte one character). */
export function asciiText(bytes: Uint8Array): string {
  return ascii.decode(bytes);
}

/** Encodes a string's UTF-8 bytes as base64url. */
export function encodeBase64urlText(text: string): string {
  return encodeBase64url(new TextEncoder().encode(text));
}

/** How many bytes a base64url text of this length decodes to. */
export function decodedLength(chars: number): number {
  return Math.floor((chars * 6) / 8);
}

/**
 * Decodes text that is already known to be in the base64url alphabet with a possible length.
 * Trailing bits are ignored (callers that care check `canonicalLastChar`).
 */
function decodeChecked(text: string): Uint8Array {
  const n = text.length;
  const out = new Uint8Array(decodedLength(n));
  // Four characters carry three bytes (a typed array keeps the low 8 bits of what it is given).
  let v = 0;
  let j = 0;
  for (let i = 0; i < n; i++) {
    v = (v << 6) | DECODE[text.charCodeAt(i)]!;
    if ((i & 3) === 3) {
      out[j++] = v >> 16;
      out[j++] = v >> 8;
      out[j++] = v;
      v = 0;
    }
  }
  // Two or three characters left carry one or two bytes (and a few unused bits); one carries none.
  const rest = n & 3;
  if (rest > 1) {
    v <<= 6 * (4 - rest);
    out[j++] = v >> 16;
    if (rest > 2) out[j] = v >> 8;
  }
  return out;
}

/** Decodes base64url, or returns null when the text is not strict base64url (non-canonical endings pass). */
export function decodeBase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || DECODE[c] === 255) return null;
  }
  return decodeChecked(text);
}

/**
 * The canonical last character for a base64url text: the same 6-bit group with the bits that fall
 * beyond the last byte set to zero. Returns null when the text is already canonical.
 */
export function canonicalLastChar(text: string): string | null {
  const unusedBits = (text.length * 6) % 8;
  if (unusedBits === 0 || text.length === 0) return null;
  const last = DECODE[text.charCodeAt(text.length - 1)];
  if (last === undefined || last === 255) return null;
  const mask = (1 << unusedBits) - 1;
  return (last & mask) === 0 ? null : ALPHABET[last & ~mask]!;
}

export interface Base64urlResult {
  /** The decoded bytes, or null when the text is not base64url. */
  bytes: Uint8Array | null;
  diagnostics: Diagnostic[];
}

const MAX_CHAR_DIAGNOSTICS = 5;

function describeCodepoint(ch: string): string {
  return 'U+' + ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * Validates and decodes one segment. `offset` is where the segment starts in the user's input, so
 * every diagnostic points at the offending characters there.
 */
export function decodeSegment(text: string, offset: number, part: PartName): Base64urlResult {
  const diagnostics: Diagnostic[] = [];
  let bad = false;
  let charDiagnostics = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128 && DECODE[c] !== 255) {
      i++;
      continue;
    }
    bad = true;
    // Group runs of the same kind of problem into one diagnostic.
    const start = i;
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (/\s/.test(ch)) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      diagnostics.push(
        diagnose('b64-whitespace', part, { start: offset + start, end: offset + i }),
      );
      continue;
    }
    if (ch === '=') {
      while (i < text.length && text[i] === '=') i++;
      diagnostics.push(diagnose('b64-padding', part, { start: offset + start, end: offset + i }));
      continue;
    }
    i += ch.length;
    if (charDiagnostics++ >= MAX_CHAR_DIAGNOSTICS) continue;
    const span = { start: offset + start, end: offset + i };
    if (ch === '+' || ch === '/') {
      diagnostics.push(diagnose('b64-standard-alphabet', part, span, { char: ch }));
    } else {
      diagnostics.push(
        diagnose('b64-invalid-char', part, span, { char: ch, codepoint: describeCodepoint(ch) }),
      );
    }
  }
  if (text.length % 4 === 1) {
    bad = true;
    diagnostics.push(
      diagnose(
        'b64-impossible-length',
        part,
        { start: offset, end: offset + text.length },
        { length: text.length },
      ),
    );
  }
  if (bad) return { bytes: null, diagnostics };
  const canonical = canonicalLastChar(text);
  if (canonical !== null) {
    const end = offset + text.length;
    diagnostics.push(
      diagnose(
        'b64-noncanonical',
        part,
        { start: end - 1, end },
        { char: text[text.length - 1]!, canonical },
      ),
    );
  }
  return { bytes: decodeChecked(text), diagnostics };
}

// --- position mapping between base64url characters and the bytes they encode ---

/** The byte range `[start, end)` that the base64url characters `[start, end)` carry bits of. */
export function charsToBytes(start: number, end: number, totalBytes: number): [number, number] {
  const b0 = Math.floor((start * 6) / 8);
  const b1 = Math.min(totalBytes, Math.ceil((end * 6) / 8));
  return [Math.min(b0, totalBytes), Math.max(b1, Math.min(b0, totalBytes))];
}

/** The base64url characters `[start, end)` that carry the bits of bytes `[start, end)`. */
export function bytesToChars(start: number, end: number, totalChars: number): [number, number] {
  const c0 = Math.floor((start * 8) / 6);
  const c1 = Math.min(totalChars, Math.ceil((end * 8) / 6));
  return [Math.min(c0, totalChars), Math.max(c1, Math.min(c0, totalChars))];
}

/** The 6-bit value of a base64url character, or null. */
export function sextet(ch: string): number | null {
  const c = ch.charCodeAt(0);
  const v = c < 128 ? DECODE[c]! : 255;
  return v === 255 ? null : v;
}

export { ALPHABET as BASE64URL_ALPHABET };
