/**
 * The careless verifiers' building blocks: a token decoded the way a sloppy library does (nothing
 * checked), refusals with the careless server's reasons, and MACs and signatures computed with
 * whatever bytes the verifier ended up calling "the key".
 */
import {
  ALGORITHMS,
  decodeBase64url,
  decodeUtf8,
  getAlgorithm,
  parseKey,
  signingInputBytes,
  type KeyEntry,
  type KeyInput,
} from '../../../jwt/index';
import type { CarelessReason, Verified } from '../server';

/** What a sloppy JWT library sees: the three parts split and JSON-parsed, nothing checked. */
export interface LooseToken {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  headerSegment: string;
  payloadBytes: Uint8Array;
  signature: Uint8Array;
}

function parseObject(segment: string): Record<string, unknown> | null {
  const bytes = decodeBase64url(segment);
  if (!bytes) return null;
  const text = decodeUtf8(bytes);
  if (!text.ok) return null;
  try {
    const v: unknown = JSON.parse(text.text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Splits and decodes a token like `jwt.decode()` does; null when even that fails. */
export function decodeLoose(token: string): LooseToken | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const header = parseObject(parts[0]!);
  const claims = parseObject(parts[1]!);
  const payloadBytes = decodeBase64url(parts[1]!);
  const signature = decodeBase64url(parts[2]!);
  if (!header || !claims || !payloadBytes || !signature) return null;
  return { header, claims, headerSegment: parts[0]!, payloadBytes, signature };
}

export function malformed(log: string[]): Verified {
  return {
    ok: false,
    refusal: { kind: 'careless', reason: 'malformed', params: {} },
    log: [...log, 'jwt.decode(token) failed → 401'],
  };
}

export function refuse(
  reason: CarelessReason,
  params: Record<string, string>,
  log: string[],
): Verified {
  return { ok: false, refusal: { kind: 'careless', reason, params }, log };
}

function dataOf(t: LooseToken): ArrayBuffer {
  return signingInputBytes(t.headerSegment, t.payloadBytes, true).slice().buffer;
}

// HMAC pads a key shorter than the hash's block with zero octets (RFC 2104 §2), so the empty key and
// the key 0x00 give the same MAC. WebCrypto refuses a zero-length key, so an empty key is passed as
// 0x00: the same function the careless server computes with the empty file.

/** The MAC a server computes over the token's header.payload with the given key bytes. */
export async function macOf(alg: string, keyBytes: Uint8Array, t: LooseToken): Promise<Uint8Array> {
  const info = getAlgorithm(alg);
  if (!info || info.family !== 'HMAC') return new Uint8Array();
  const raw = keyBytes.length === 0 ? Uint8Array.of(0) : keyBytes;
  const key = await crypto.subtle.importKey('raw', raw.slice().buffer, info.importParams, false, [
    'sign',
  ]);
  return new Uint8Array(await crypto.subtle.sign(info.signParams, key, dataOf(t)));
}

/** HMAC verification with whatever bytes the careless server ended up calling "the key". */
export async function verifyHmac(
  alg: string,
  keyBytes: Uint8Array,
  t: LooseToken,
): Promise<boolean> {
  const info = getAlgorithm(alg);
  if (!info || info.family !== 'HMAC') return false;
  const raw = keyBytes.length === 0 ? Uint8Array.of(0) : keyBytes;
  const key = await crypto.subtle.importKey('raw', raw.slice().buffer, info.importParams, false, [
    'verify',
  ]);
  return crypto.subtle.verify(info.signParams, key, t.signature.slice().buffer, dataOf(t));
}

/** Verification with a parsed key for whatever algorithm the header names (the careless part). */
export async function verifyWithKey(alg: string, key: KeyEntry, t: LooseToken): Promise<boolean> {
  const info = getAlgorithm(alg);
  if (!info || info === ALGORITHMS.none) return false;
  if (info.family === 'HMAC') return verifyHmac(alg, key.secret ?? new Uint8Array(), t);
  const jwk: JsonWebKey = { ...(key.publicJwk ?? key.jwk) };
  delete jwk.alg;
  delete jwk.key_ops;
  delete jwk.use;
  delete (jwk as Record<string, unknown>).kid;
  const cryptoKey = await crypto.subtle.importKey('jwk', jwk, info.importParams, false, ['verify']);
  return crypto.subtle.verify(info.signParams, cryptoKey, t.signature.slice().buffer, dataOf(t));
}

/** Logs what a sloppy `decode()` saw. */
export function seen(t: LooseToken): string {
  return `jwt.decode(token) → header ${JSON.stringify(t.header)}`;
}

export async function keyFrom(input: KeyInput) {
  const parsed = await parseKey(input);
  return parsed.keys[0] ?? null;
}

export function signatureResult(
  ok: boolean,
  claims: Record<string, unknown>,
  log: string[],
): Verified {
  return ok
    ? { ok: true, claims, log: [...log, 'signature ok'] }
    : refuse('signature', {}, [...log, 'signature mismatch']);
}
