/**
 * The light half of key handling, loaded with the page: the key types, shared secrets in four
 * encodings, choosing a key from a set and writing a JWK. Reading PEM, X.509 and JWK (keys.ts) is
 * loaded on demand, when a key is first checked.
 */
import type { Kty } from './algorithms';
import { algorithmsForKey } from './key-fit';
import { decodeBase64, encodeBase64 } from './base64';
import { decodeBase64url, encodeBase64url } from './base64url';
import type { Diagnostic } from './diagnostics';
import type { KeyReason } from './key-reasons';

export type SecretEncoding = 'utf8' | 'base64' | 'base64url' | 'hex';

export type KeyFormat =
  | 'secret'
  | 'pem-spki'
  | 'pem-pkcs8'
  | 'pem-pkcs1-public'
  | 'pem-pkcs1-private'
  | 'pem-sec1'
  | 'pem-x509'
  | 'jwk'
  | 'jwks'
  | 'unknown';

export type KeyInput =
  /** A shared secret typed as text in a given encoding. */
  | { type: 'secret'; text: string; encoding: SecretEncoding }
  /** PEM, JWK JSON or JWK Set JSON: the format is detected. */
  | { type: 'text'; text: string }
  /** A parsed JWK or JWK Set object. */
  | { type: 'jwk'; jwk: unknown }
  /** Raw secret bytes. */
  | { type: 'bytes'; bytes: Uint8Array };

export interface KeyEntry {
  kind: 'secret' | 'public' | 'private';
  kty: Kty;
  crv?: string;
  /** Secret length, RSA modulus length, or curve size, in bits. */
  bits: number;
  kid?: string;
  alg?: string;
  use?: string;
  key_ops?: string[];
  /** The whole key as a JWK (private members included for a private key; "k" for a secret). */
  jwk: JsonWebKey;
  /** The public members only (null for a secret). */
  publicJwk: JsonWebKey | null;
  /** The secret's bytes (secrets only). */
  secret?: Uint8Array;
}

export interface ParsedKey {
  format: KeyFormat;
  keys: KeyEntry[];
  /** key-invalid, key-empty and the like, with part 'key'. */
  diagnostics: Diagnostic[];
}

// --- shared secrets ----------------------------------------------------------------------------

/** Secret bytes, or why the text is not valid in the encoding (a key reason with its values). */
export type SecretDecoding =
  | { bytes: Uint8Array }
  | {
      error: KeyReason;
      values?: { char?: string; at?: number; length?: number; encoding?: string };
    };

const utf8 = new TextEncoder();
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeHex(text: string): SecretDecoding {
  // Digits come in pairs; white space and ":" (as OpenSSL prints fingerprints) may sit between pairs.
  const body = text.trim().replace(/^0x/i, '');
  const out: number[] = [];
  let digits = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (/[0-9a-fA-F]/.test(ch)) {
      digits += ch;
      if (digits.length === 2) {
        out.push(parseInt(digits, 16));
        digits = '';
      }
    } else if (/[\s:]/.test(ch)) {
      if (digits.length !== 0) {
        return { error: 'hex-separator', values: { at: i + 1 } };
      }
    } else {
      return { error: 'hex-char', values: { char: ch } };
    }
  }
  if (digits.length !== 0) {
    return { error: 'hex-odd' };
  }
  return { bytes: Uint8Array.from(out) };
}

function decodeStandardBase64(text: string): SecretDecoding {
  const compact = text.replace(/\s+/g, '');
  const bad = /[^A-Za-z0-9+/=]/.exec(compact);
  if (bad) {
    return {
      error: /[-_]/.test(bad[0]) ? 'base64-has-base64url' : 'base64-char',
      values: { char: bad[0] },
    };
  }
  const bytes = decodeBase64(compact);
  if (bytes !== null) return { bytes };
  const unpadded = compact.replace(/={1,2}$/, '');
  if (unpadded.includes('=')) return { error: 'base64-padding-middle' };
  if (unpadded.length % 4 === 1) {
    return { error: 'base64-length', values: { length: unpadded.length, encoding: 'base64' } };
  }
  return { error: 'base64-padding' };
}

function decodeBase64urlSecret(text: string): SecretDecoding {
  const bytes = decodeBase64url(text);
  if (bytes !== null) return { bytes };
  if (/\s/.test(text)) return { error: 'base64url-whitespace' };
  if (text.includes('=')) return { error: 'base64url-padding' };
  const bad = /[^A-Za-z0-9_-]/.exec(text);
  if (bad) {
    return {
      error: /[+/]/.test(bad[0]) ? 'base64url-standard' : 'base64url-char',
      values: { char: bad[0] },
    };
  }
  return { error: 'base64-length', values: { length: text.length, encoding: 'base64url' } };
}

/**
 * Decodes a shared secret typed in one of four encodings: UTF-8 text (taken as is, white space
 * included), standard base64 (padding optional, white space ignored), strict base64url, or hex (pairs
 * of digits, optionally separated by white space or ":").
 */
export function decodeSecret(text: string, encoding: SecretEncoding): SecretDecoding {
  switch (encoding) {
    case 'utf8':
      return { bytes: utf8.encode(text) };
    case 'base64':
      return decodeStandardBase64(text);
    case 'base64url':
      return decodeBase64urlSecret(text);
    case 'hex':
      return decodeHex(text);
  }
}

/**
 * Writes secret bytes in an encoding: base64 padded, base64url unpadded, hex lower case. Returns null
 * for 'utf8' when the bytes are not valid UTF-8, since no text would give those bytes back.
 */
export function encodeSecret(bytes: Uint8Array, encoding: SecretEncoding): string | null {
  switch (encoding) {
    case 'utf8':
      try {
        return utf8Strict.decode(bytes);
      } catch {
        return null;
      }
    case 'base64':
      return encodeBase64(bytes);
    case 'base64url':
      return encodeBase64url(bytes);
    case 'hex':
      return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }
}

/**
 * The encodings a secret's text looks canonical in, 'utf8' always first. Used to tell a student that
 * the same characters read in another encoding (different bytes) would have verified.
 */
export function detectSecretEncodings(text: string): SecretEncoding[] {
  const found: SecretEncoding[] = ['utf8'];
  if (text.length === 0) return found;
  if (/^(?:[0-9a-fA-F]{2})+$/.test(text)) found.push('hex');
  if (/^[A-Za-z0-9_-]+$/.test(text) && text.length % 4 !== 1) found.push('base64url');
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(text) && text.length % 4 === 0 && decodeBase64(text) !== null) {
    found.push('base64');
  }
  return found;
}

/**
 * Chooses the key to verify with (RFC 7515 §4.1.4, RFC 7517 §5). A single key is used whatever the
 * token's "kid" says (the verifier then reports a mismatch of type, not of name). With several keys,
 * the "kid" picks one by exact match; without a "kid", the one key that fits `alg` is taken.
 * 'none' means there is no key, or none of several fits `alg`.
 */
export function selectKey(
  parsed: ParsedKey,
  kid: string | undefined,
  alg?: string,
): { key: KeyEntry | null; reason: 'ok' | 'none' | 'kid-not-found' | 'ambiguous'; kids: string[] } {
  const keys = parsed.keys;
  const kids = keys.flatMap((k) => (k.kid === undefined ? [] : [k.kid]));
  if (keys.length === 0) return { key: null, reason: 'none', kids };
  if (keys.length === 1) return { key: keys[0]!, reason: 'ok', kids };
  const fits = (k: KeyEntry): boolean =>
    alg === undefined || (algorithmsForKey(k) as string[]).includes(alg);
  let candidates = keys;
  if (kid !== undefined) {
    candidates = keys.filter((k) => k.kid === kid);
    if (candidates.length === 0) return { key: null, reason: 'kid-not-found', kids };
    if (candidates.length === 1) return { key: candidates[0]!, reason: 'ok', kids };
  }
  // RFC 7517 §4.5: one kid may name keys of different types; the algorithm tells them apart.
  const fitting = candidates.filter(fits);
  if (fitting.length === 1) return { key: fitting[0]!, reason: 'ok', kids };
  return { key: null, reason: fitting.length === 0 ? 'none' : 'ambiguous', kids };
}

/**
 * Writes a key's JWK as JSON indented by two spaces: 'public' gives the public members (with kid,
 * use, alg), 'private' the whole key (a secret's "k" included). Throws a TypeError when asked for
 * the public part of a secret or the private part of a public key.
 */
export function exportJwk(entry: KeyEntry, which: 'public' | 'private'): string {
  if (which === 'public') {
    if (entry.publicJwk === null) throw new TypeError('a shared secret has no public part.');
    return JSON.stringify(entry.publicJwk, null, 2);
  }
  if (entry.kind === 'public') throw new TypeError('a public key has no private members.');
  return JSON.stringify(entry.jwk, null, 2);
}
