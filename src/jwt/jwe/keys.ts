/**
 * Keys for JWE: a secret (or password) in an encoding, a JWK, a JWK Set, or PEM (PKCS#8 / SPKI), read
 * into one shape. Unlike the JWS key reader, this one accepts key-agreement keys (X25519, ECDH on the
 * P curves) and RSA keys for RSA-OAEP; WebCrypto checks the material when a key is imported for use.
 */
import { decodeBase64 } from '../base64';
import { decodeBase64url, encodeBase64url } from '../base64url';
import { getJweAlg, getJweEnc } from './algorithms';
import type { Diagnostic } from '../diagnostics';
import { decodeSecret, type KeyInput } from '../secrets';
import { buf } from './primitives';
import { errorName, invalid as keyInvalid } from '../keys/errors';
import type { KeyProblem } from '../key-reasons';
import { jsonType as jsonTypeOf } from '../json';

export interface JweKey {
  kind: 'secret' | 'public' | 'private';
  kty: 'oct' | 'RSA' | 'EC' | 'OKP';
  crv?: string;
  kid?: string;
  alg?: string;
  use?: string;
  /** The key material for WebCrypto (no alg/use/key_ops/kid), or null for a secret. */
  jwk: JsonWebKey | null;
  /** The secret's bytes (a shared key, or the password of PBES2). */
  secret?: Uint8Array;
  bits: number;
}

export interface JweKeys {
  keys: JweKey[];
  diagnostics: Diagnostic[];
}

// A key that cannot be read gets the same typed finding as the signature side's key reader, so
// each language words it from its own table.
const invalid = (problem: KeyProblem): JweKeys => ({
  keys: [],
  diagnostics: [keyInvalid(problem)],
});

const isProblem = (k: JweKey | KeyProblem): k is KeyProblem => 'reason' in k;

const MATERIAL = ['kty', 'crv', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'x', 'y', 'k'];
const KTYS = new Set(['oct', 'RSA', 'EC', 'OKP']);
const CURVE_BITS: Record<string, number> = {
  'P-256': 256,
  'P-384': 384,
  'P-521': 521,
  X25519: 256,
};

/** One JWK, or a sentence saying why it cannot be one (RFC 7517 §4, RFC 7518 §6). */
function fromJwk(value: unknown): JweKey | KeyProblem {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { reason: 'jwk-not-object', actual: jsonTypeOf(value) };
  const j = value as Record<string, unknown>;
  if (typeof j.kty !== 'string' || !KTYS.has(j.kty))
    return j.kty === undefined
      ? { reason: 'kty-missing' }
      : typeof j.kty === 'string'
        ? { reason: 'kty-unknown', kty: j.kty }
        : { reason: 'kty-not-string', actual: jsonTypeOf(j.kty) };
  const kty = j.kty as JweKey['kty'];
  const material: Record<string, unknown> = {};
  for (const m of MATERIAL) if (j[m] !== undefined) material[m] = j[m];
  for (const [m, v] of Object.entries(material)) {
    if (typeof v !== 'string')
      return { reason: 'member-not-string', name: m, actual: jsonTypeOf(v) };
    if (m !== 'kty' && m !== 'crv' && decodeBase64url(v) === null)
      return { reason: 'member-not-base64url', name: m, fault: 'char' };
  }
  const key: JweKey = { kind: 'public', kty, jwk: material as JsonWebKey, bits: 0 };
  for (const name of ['kid', 'alg', 'use'] as const) {
    if (typeof j[name] === 'string') key[name] = j[name];
  }
  if (kty === 'oct') {
    const k = typeof j.k === 'string' ? decodeBase64url(j.k) : null;
    if (!k) return { reason: 'member-missing', kty: 'oct', name: 'k' };
    return { ...key, kind: 'secret', jwk: null, secret: k, bits: k.length * 8 };
  }
  key.kind = typeof j.d === 'string' ? 'private' : 'public';
  if (kty === 'RSA') {
    const n = typeof j.n === 'string' ? decodeBase64url(j.n) : null;
    if (!n || typeof j.e !== 'string')
      return { reason: 'member-missing', kty: 'RSA', name: n ? 'e' : 'n' };
    key.bits = (n[0] === 0 ? n.length - 1 : n.length) * 8;
    return key;
  }
  const crv = j.crv;
  if (typeof crv !== 'string' || !(crv in CURVE_BITS)) {
    return crv === undefined
      ? { reason: 'crv-missing', kty }
      : typeof crv === 'string'
        ? { reason: kty === 'OKP' ? 'crv-not-okp' : 'crv-not-ec', crv }
        : { reason: 'crv-not-string', actual: jsonTypeOf(crv) };
  }
  if ((kty === 'OKP') !== (crv === 'X25519'))
    return { reason: kty === 'OKP' ? 'crv-not-okp' : 'crv-not-ec', crv };
  key.crv = crv;
  key.bits = CURVE_BITS[crv]!;
  return key;
}

function fromJson(value: unknown): JweKeys {
  if (typeof value === 'object' && value !== null && 'keys' in value) {
    const members = (value as { keys: unknown }).keys;
    if (!Array.isArray(members) || members.length === 0)
      return invalid({ reason: Array.isArray(members) ? 'jwks-empty' : 'jwks-keys-not-array' });
    const keys: JweKey[] = [];
    const diagnostics: Diagnostic[] = [];
    members.forEach((m, i) => {
      const k = fromJwk(m);
      if (isProblem(k)) diagnostics.push(keyInvalid({ ...k, index: i }, 'warning'));
      else keys.push(k);
    });
    if (keys.length === 0) for (const d of diagnostics) d.severity = 'error';
    return { keys, diagnostics };
  }
  const k = fromJwk(value);
  return isProblem(k) ? invalid(k) : { keys: [k], diagnostics: [] };
}

// PKCS#8 and SPKI say their algorithm inside; trying each import is shorter than reading the DER.
const PEM_TRIES: (RsaHashedImportParams | EcKeyImportParams | Algorithm)[] = [
  { name: 'RSA-OAEP', hash: 'SHA-256' } as RsaHashedImportParams,
  { name: 'ECDH', namedCurve: 'P-256' } as EcKeyImportParams,
  { name: 'ECDH', namedCurve: 'P-384' } as EcKeyImportParams,
  { name: 'ECDH', namedCurve: 'P-521' } as EcKeyImportParams,
  { name: 'X25519' },
];

async function fromPem(text: string): Promise<JweKeys> {
  const m = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
  if (!m) {
    const begin = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text);
    return invalid(begin ? { reason: 'pem-no-end', label: begin[1]! } : { reason: 'pem-begin' });
  }
  const label = m[1]!;
  const format = label === 'PRIVATE KEY' ? 'pkcs8' : label === 'PUBLIC KEY' ? 'spki' : null;
  if (!format) return invalid({ reason: 'pem-label-unknown', label });
  const der = decodeBase64(m[2]!.replace(/\s+/g, ''));
  if (!der) return invalid({ reason: 'pem-base64-length' });
  for (const params of PEM_TRIES) {
    try {
      const usages: KeyUsage[] =
        params.name === 'RSA-OAEP'
          ? [format === 'pkcs8' ? 'decrypt' : 'encrypt']
          : format === 'pkcs8'
            ? ['deriveBits']
            : [];
      const key = await crypto.subtle.importKey(format, buf(der), params, true, usages);
      return fromJson(await crypto.subtle.exportKey('jwk', key));
    } catch {
      // not this type: try the next
    }
  }
  return invalid({ reason: 'webcrypto-import', name: 'RSA / EC / X25519', error: 'DataError' });
}

/** Reads a key for JWE. Never throws; problems are the same typed 'key-invalid' findings as the JWS key reader. */
export async function readJweKey(input: KeyInput): Promise<JweKeys> {
  try {
    switch (input.type) {
      case 'secret': {
        const decoded = decodeSecret(input.text, input.encoding);
        if ('error' in decoded) return invalid({ ...decoded.values, reason: decoded.error });
        return {
          keys: [
            {
              kind: 'secret',
              kty: 'oct',
              jwk: null,
              secret: decoded.bytes,
              bits: decoded.bytes.length * 8,
            },
          ],
          diagnostics: [],
        };
      }
      case 'bytes':
        return {
          keys: [
            {
              kind: 'secret',
              kty: 'oct',
              jwk: null,
              secret: input.bytes.slice(),
              bits: input.bytes.length * 8,
            },
          ],
          diagnostics: [],
        };
      case 'jwk':
        return fromJson(input.jwk);
      case 'text': {
        const t = input.text.trim();
        if (t.includes('-----BEGIN')) return await fromPem(t);
        if (t.startsWith('{')) {
          let value: unknown;
          try {
            value = JSON.parse(t);
          } catch {
            return invalid({ reason: 'not-a-key' });
          }
          return fromJson(value);
        }
        return invalid({ reason: 'not-a-key' });
      }
      default:
        return invalid({ reason: 'input-unknown' });
    }
  } catch (e) {
    return invalid({ reason: 'unexpected', error: errorName(e) });
  }
}

/** A key's words for a finding: "a public RSA key", "a shared secret of 128 bits". */
export function describeJweKey(key: JweKey): string {
  if (key.kind === 'secret') return `a shared secret of ${key.bits} bits`;
  return `a ${key.kind} ${key.kty}${key.crv ? ` ${key.crv}` : ''} key`;
}

const PUBLIC_MEMBERS = ['kty', 'crv', 'n', 'e', 'x', 'y'] as const;

/** The public members of an RSA, EC or OKP key (a private key's public half). */
export function publicOf(jwk: JsonWebKey): JsonWebKey {
  const out: Record<string, unknown> = {};
  for (const m of PUBLIC_MEMBERS) if (jwk[m] !== undefined) out[m] = jwk[m];
  return out as JsonWebKey;
}

/** A fresh key for an algorithm pair: the text to encrypt with, and the text that decrypts. */
export interface JweKeyTexts {
  /** The recipient's public key (JWK), or the shared secret (JWK) or password. */
  encryptKey: string;
  /** The recipient's private key (JWK), or the same secret or password. */
  decryptKey: string;
}

const json = (jwk: JsonWebKey): string => JSON.stringify(jwk, null, 2);

/** Makes a fresh key for `alg` (and `enc`, which sizes a direct key). Throws for an unknown pair. */
export async function generateJweKey(alg: string, enc: string): Promise<JweKeyTexts> {
  const a = getJweAlg(alg);
  const e = getJweEnc(enc);
  if (!a || !e) throw new TypeError(`unknown JWE algorithms ${alg} / ${enc}`);
  const secret = (bits: number): JweKeyTexts => {
    const k = json({
      kty: 'oct',
      k: encodeBase64url(crypto.getRandomValues(new Uint8Array(bits / 8))),
    });
    return { encryptKey: k, decryptKey: k };
  };
  switch (a.mode) {
    case 'dir':
      return secret(e.keyBits);
    case 'kw':
    case 'gcmkw':
      return secret(a.kwBits!);
    case 'pbes2': {
      // A password, as a student would type one: 16 random base64url characters (96 bits).
      const pw = encodeBase64url(crypto.getRandomValues(new Uint8Array(12)));
      return { encryptKey: pw, decryptKey: pw };
    }
    case 'rsa-oaep':
    case 'ecdh-es':
    case 'ecdh-es-kw': {
      const params =
        a.mode === 'rsa-oaep'
          ? {
              name: 'RSA-OAEP',
              hash: a.hash!,
              modulusLength: 2048,
              publicExponent: new Uint8Array([1, 0, 1]),
            }
          : { name: 'ECDH', namedCurve: 'P-256' };
      const usages: KeyUsage[] = a.mode === 'rsa-oaep' ? ['encrypt', 'decrypt'] : ['deriveBits'];
      const pair = (await crypto.subtle.generateKey(params, true, usages)) as CryptoKeyPair;
      const priv = await crypto.subtle.exportKey('jwk', pair.privateKey);
      const material = (jwk: JsonWebKey): JsonWebKey => {
        const out: Record<string, unknown> = {};
        for (const m of MATERIAL)
          if (jwk[m as keyof JsonWebKey] !== undefined) out[m] = jwk[m as keyof JsonWebKey];
        return out as JsonWebKey;
      };
      return { encryptKey: json(publicOf(priv)), decryptKey: json(material(priv)) };
    }
  }
}
