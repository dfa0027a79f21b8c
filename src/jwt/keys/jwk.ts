/**
 * JWK and JWK Set reading (RFC 7517 §4–5, RFC 7518 §6, RFC 8037 §2): every member checked for its
 * type, encoding and length, then the key imported once by WebCrypto.
 */
import type { Kty } from '../algorithms';
import { decodeBase64url } from '../base64url';
import { jsonType } from '../json';
import type { Base64urlFault } from '../key-reasons';
import type { KeyEntry, ParsedKey } from '../secrets';
import { SmallOrderKey, fail, finish, guard, problem, refuse } from './errors';
import { checkWithWebCrypto } from './webcrypto';

// p = 2^255 - 19, and the y coordinate of the points of order 8 (RFC 8032 §5.1; the others have
// y = 0, 1 or p - 1). y is taken modulo p, so non-canonical encodings (y >= p) are caught too.
const ED25519_P = (1n << 255n) - 19n;
const ED25519_Y8 = 0x05fc536d880238b13933c6d305acdfd5f098eff289f4c345b027b2c28f95e826n;
const SMALL_ORDER_Y = new Set([0n, 1n, ED25519_P - 1n, ED25519_Y8, ED25519_P - ED25519_Y8]);

/** Whether a 32-byte Ed25519 public key encodes a point in the small (8-torsion) subgroup. */
export function isSmallOrderEd25519(x: Uint8Array): boolean {
  let y = 0n;
  for (let i = x.length - 1; i >= 0; i--) y = (y << 8n) | BigInt(i === 31 ? x[i]! & 0x7f : x[i]!);
  return SMALL_ORDER_Y.has(y % ED25519_P);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const RSA_CRT = ['p', 'q', 'dp', 'dq', 'qi'] as const;

// RFC 7518 §6.2.1.2: coordinates are the full length of the curve's field, leading zeros kept.
const EC_CURVES: Record<string, { bits: number; bytes: number }> = {
  'P-256': { bits: 256, bytes: 32 },
  'P-384': { bits: 384, bytes: 48 },
  'P-521': { bits: 521, bytes: 66 },
};

type Members = Record<string, string>;

interface Meta {
  kid?: string;
  alg?: string;
  use?: string;
  key_ops?: string[];
}

function readMeta(jwk: Record<string, unknown>): Meta {
  const meta: Meta = {};
  for (const name of ['kid', 'alg', 'use'] as const) {
    const v = jwk[name];
    if (v === undefined) continue;
    if (typeof v !== 'string') {
      throw refuse('meta-not-string', { name, actual: jsonType(v) });
    }
    meta[name] = v;
  }
  const ops = jwk.key_ops;
  if (ops !== undefined) {
    if (!Array.isArray(ops) || !ops.every((o) => typeof o === 'string')) {
      throw refuse('key-ops-not-strings');
    }
    meta.key_ops = [...ops];
  }
  return meta;
}

/** Reads one base64url member; returns its text (kept as given) and its bytes. */
function readMember(
  jwk: Record<string, unknown>,
  name: string,
  label: string,
  required: boolean,
): { text: string; bytes: Uint8Array } | undefined {
  const v = jwk[name];
  if (v === undefined) {
    if (!required) return undefined;
    throw refuse('member-missing', { kty: label, name });
  }
  if (typeof v !== 'string') {
    throw refuse('member-not-string', { name, actual: jsonType(v) });
  }
  const bytes = decodeBase64url(v);
  if (bytes === null) {
    const fault: Base64urlFault = v.includes('=')
      ? 'padding'
      : /[+/]/.test(v)
        ? 'standard'
        : /\s/.test(v)
          ? 'whitespace'
          : 'alphabet';
    throw refuse('member-not-base64url', { name, fault });
  }
  if (bytes.length === 0 && name !== 'k') throw refuse('member-empty', { name });
  return { text: v, bytes };
}

function checkLength(
  name: string,
  bytes: Uint8Array,
  expected: number,
  crv: string,
  section: string,
) {
  if (bytes.length !== expected) {
    throw refuse('member-length', { name, length: bytes.length, expected, crv, section });
  }
}

/** The bit length of a big-endian unsigned integer, leading zero bytes ignored. */
function bitLength(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]!));
}

interface Shape {
  kty: Kty;
  crv?: string;
  bits: number;
  pub: Members;
  priv: Members | null;
  secret?: Uint8Array;
}

function readOct(jwk: Record<string, unknown>): Shape {
  const k = readMember(jwk, 'k', 'oct', true)!;
  return { kty: 'oct', bits: k.bytes.length * 8, pub: {}, priv: { k: k.text }, secret: k.bytes };
}

function readRsa(jwk: Record<string, unknown>): Shape {
  const n = readMember(jwk, 'n', 'RSA', true)!;
  const e = readMember(jwk, 'e', 'RSA', true)!;
  if (jwk.oth !== undefined) {
    throw refuse('rsa-oth');
  }
  const d = readMember(jwk, 'd', 'RSA', false);
  const crt = RSA_CRT.map((m) => [m, readMember(jwk, m, 'RSA', false)] as const);
  const present = crt.filter(([, v]) => v !== undefined).map(([m]) => `"${m}"`);
  const missing = crt.filter(([, v]) => v === undefined).map(([m]) => `"${m}"`);
  const pub = { n: n.text, e: e.text };
  if (d === undefined) {
    if (present.length > 0) {
      throw refuse('rsa-crt-without-d', { present: present.join(', ') });
    }
    return { kty: 'RSA', bits: bitLength(n.bytes), pub, priv: null };
  }
  if (missing.length > 0) {
    throw refuse('rsa-d-without-crt', { missing: missing.join(', ') });
  }
  const priv: Members = { d: d.text };
  for (const [m, v] of crt) priv[m] = v!.text;
  return { kty: 'RSA', bits: bitLength(n.bytes), pub, priv };
}

function readCrv(jwk: Record<string, unknown>, label: string): string {
  const crv = jwk.crv;
  if (crv === undefined) throw refuse('crv-missing', { kty: label });
  if (typeof crv !== 'string') throw refuse('crv-not-string', { actual: jsonType(crv) });
  return crv;
}

function readEc(jwk: Record<string, unknown>): Shape {
  const crv = readCrv(jwk, 'EC');
  const curve = EC_CURVES[crv];
  if (curve === undefined) {
    throw crv === 'secp256k1' ? refuse('crv-secp256k1') : refuse('crv-not-ec', { crv });
  }
  const x = readMember(jwk, 'x', 'EC', true)!;
  const y = readMember(jwk, 'y', 'EC', true)!;
  checkLength('x', x.bytes, curve.bytes, crv, 'RFC 7518 §6.2.1.2');
  checkLength('y', y.bytes, curve.bytes, crv, 'RFC 7518 §6.2.1.3');
  const d = readMember(jwk, 'd', 'EC', false);
  if (d) checkLength('d', d.bytes, curve.bytes, crv, 'RFC 7518 §6.2.2.1');
  const pub = { x: x.text, y: y.text };
  return { kty: 'EC', crv, bits: curve.bits, pub, priv: d ? { d: d.text } : null };
}

function readOkp(jwk: Record<string, unknown>): Shape {
  const crv = readCrv(jwk, 'OKP');
  if (crv !== 'Ed25519') {
    throw crv === 'Ed448'
      ? refuse('crv-ed448')
      : crv === 'X25519' || crv === 'X448'
        ? refuse('crv-key-agreement', { crv })
        : refuse('crv-not-okp', { crv });
  }
  const x = readMember(jwk, 'x', 'OKP', true)!;
  checkLength('x', x.bytes, 32, crv, 'RFC 8037 §2, RFC 8032 §5.1.5');
  if (isSmallOrderEd25519(x.bytes)) throw new SmallOrderKey();
  const d = readMember(jwk, 'd', 'OKP', false);
  if (d) checkLength('d', d.bytes, 32, crv, 'RFC 8037 §2, RFC 8032 §5.1.5');
  return { kty: 'OKP', crv, bits: 256, pub: { x: x.text }, priv: d ? { d: d.text } : null };
}

const READERS: Record<Kty, (jwk: Record<string, unknown>) => Shape> = {
  oct: readOct,
  RSA: readRsa,
  EC: readEc,
  OKP: readOkp,
};

/** Validates a JWK's members (synchronously) and builds its entry. */
export function entryFromJwk(value: unknown): KeyEntry {
  if (!isObject(value)) {
    throw refuse('jwk-not-object', { actual: jsonType(value) });
  }
  const kty = value.kty;
  if (kty === undefined) {
    throw refuse('kty-missing');
  }
  if (typeof kty !== 'string') {
    throw refuse('kty-not-string', { actual: jsonType(kty) });
  }
  if (!Object.hasOwn(READERS, kty)) {
    const fixed = Object.keys(READERS).find((k) => k.toLowerCase() === kty.toLowerCase());
    throw fixed !== undefined ? refuse('kty-case', { kty, fixed }) : refuse('kty-unknown', { kty });
  }
  const shape = READERS[kty as Kty](value);
  const meta = readMeta(value);
  return buildEntry(shape, meta);
}

function buildEntry(shape: Shape, meta: Meta): KeyEntry {
  const base: Record<string, unknown> = { kty: shape.kty };
  if (shape.crv !== undefined) base.crv = shape.crv;
  Object.assign(base, shape.pub);
  const labels: Record<string, unknown> = {};
  if (meta.kid !== undefined) labels.kid = meta.kid;
  if (meta.use !== undefined) labels.use = meta.use;
  if (meta.alg !== undefined) labels.alg = meta.alg;
  const jwk = { ...base, ...shape.priv, ...labels } as JsonWebKey;
  if (meta.key_ops !== undefined) jwk.key_ops = [...meta.key_ops];
  const kind = shape.kty === 'oct' ? 'secret' : shape.priv ? 'private' : 'public';
  // The public half keeps kid/use/alg but not key_ops: a private key's ops ("sign") do not apply to it.
  const publicJwk =
    kind === 'secret'
      ? null
      : kind === 'public'
        ? { ...jwk }
        : ({ ...base, ...labels } as JsonWebKey);
  const entry: KeyEntry = { kind, kty: shape.kty, bits: shape.bits, jwk, publicJwk };
  if (shape.crv !== undefined) entry.crv = shape.crv;
  if (meta.kid !== undefined) entry.kid = meta.kid;
  if (meta.alg !== undefined) entry.alg = meta.alg;
  if (meta.use !== undefined) entry.use = meta.use;
  if (meta.key_ops !== undefined) entry.key_ops = [...meta.key_ops];
  if (shape.secret !== undefined) entry.secret = shape.secret;
  return entry;
}

async function readJwk(value: unknown): Promise<KeyEntry> {
  const entry = entryFromJwk(value);
  await checkWithWebCrypto(entry);
  return entry;
}

export async function parseJwkValue(value: unknown): Promise<ParsedKey> {
  if (!isObject(value) || !('keys' in value))
    return guard('jwk', async () => [await readJwk(value)]);
  const members = value.keys;
  if (!Array.isArray(members)) {
    return fail('jwks', 'jwks-keys-not-array', { actual: jsonType(members) });
  }
  if (members.length === 0) return fail('jwks', 'jwks-empty');
  const keys: KeyEntry[] = [];
  const problems: [number, unknown][] = [];
  for (const [i, member] of members.entries()) {
    try {
      keys.push(await readJwk(member));
    } catch (e) {
      problems.push([i, e]);
    }
  }
  // RFC 7517 §5: keys that cannot be used are skipped, the others still serve; say so as a warning.
  const severity = keys.length > 0 ? 'warning' : undefined;
  return finish(
    'jwks',
    keys,
    problems.map(([i, e]) => problem(e, severity, i)),
  );
}
