/**
 * Keys: shared secrets in four encodings, PEM (SPKI, PKCS#8, PKCS#1, X.509 certificates), JWK and
 * JWK Sets, all read into one shape (`KeyEntry`) that the signer and verifier import per algorithm.
 *
 * Every key that is not a shared secret goes through WebCrypto once while it is read: PEM is imported
 * and exported again as a JWK, and a JWK is imported as a check, so a key that parses here is one
 * that the signer and verifier can use.
 */
import { A_JSON_TYPE, type Diagnostic } from './diagnostics';
import { jsonType } from './json';
import { diagnoseVerify as diagnose } from './verify-codes';
import { ALGORITHMS, algorithmsForKey, type JwsAlg, type Kty } from './algorithms';
import { decodeBase64, decodeBase64url, encodeBase64, encodeBase64url } from './base64url';
import {
  DerError,
  TAG,
  children,
  contentOf,
  decodeOid,
  encodeOid,
  encodeTlv,
  encodingOf,
  expectTag,
  readRoot,
  type Tlv,
} from './der';
import {
  decodeSecret,
  type KeyEntry,
  type KeyFormat,
  type KeyInput,
  type ParsedKey,
} from './secrets';

// The light half (types, secrets, key choice, JWK writing) lives in secrets.ts; re-exported here so
// everything about keys can be imported from one module.
export * from './secrets';

// --- errors -----------------------------------------------------------------------------------

/** A key that cannot be read; the message completes "The key could not be read: …". */
class KeyError extends Error {
  override name = 'KeyError';
}

/** An Ed25519 public key of small order: refused with its own code, never as a mere parse error. */
class SmallOrderKey extends KeyError {}

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

function invalid(detail: string, severity?: 'warning'): Diagnostic {
  return diagnose('key-invalid', 'key', null, { detail }, severity ? { severity } : {});
}

function fail(format: KeyFormat, detail: string): ParsedKey {
  return { format, keys: [], diagnostics: [invalid(detail)] };
}

/** The diagnostic for a key that could not be read. */
function problem(e: unknown, severity?: 'warning', index?: number): Diagnostic {
  if (e instanceof SmallOrderKey) {
    return diagnose('key-small-order', 'key', null, {}, severity ? { severity } : {});
  }
  const detail = describeError(e);
  return invalid(
    index === undefined ? detail : `keys[${index}] in the JWK Set: ${detail}`,
    severity,
  );
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}

function describeError(e: unknown): string {
  if (e instanceof KeyError) return e.message;
  if (e instanceof DerError) return `the key's binary (DER) structure is broken: ${e.message}`;
  return `an unexpected error occurred while reading it (${errorText(e)}).`;
}

function describeType(value: unknown): string {
  return A_JSON_TYPE[jsonType(value)];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function secretEntry(bytes: Uint8Array): KeyEntry {
  return {
    kind: 'secret',
    kty: 'oct',
    bits: bytes.length * 8,
    jwk: { kty: 'oct', k: encodeBase64url(bytes) },
    publicJwk: null,
    secret: bytes,
  };
}

// --- JWK (RFC 7517 §4, RFC 7518 §6, RFC 8037 §2) -----------------------------------------------

const MEMBER_ROLES: Record<string, string> = {
  k: 'the key value',
  n: 'the modulus',
  e: 'the public exponent',
  d: 'the private key',
  p: 'the first prime',
  q: 'the second prime',
  dp: 'the first CRT exponent',
  dq: 'the second CRT exponent',
  qi: 'the CRT coefficient',
  crv: 'the curve',
  x: 'the x coordinate',
  y: 'the y coordinate',
};

/** The members that carry key material: what WebCrypto needs, and nothing that could contradict it. */
const MATERIAL = ['kty', 'crv', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'x', 'y', 'k'] as const;
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

function material(jwk: object): JsonWebKey {
  const out: Record<string, unknown> = {};
  for (const m of MATERIAL) {
    const v = (jwk as Record<string, unknown>)[m];
    if (v !== undefined) out[m] = v;
  }
  return out as JsonWebKey;
}

function readMeta(jwk: Record<string, unknown>): Meta {
  const meta: Meta = {};
  for (const name of ['kid', 'alg', 'use'] as const) {
    const v = jwk[name];
    if (v === undefined) continue;
    if (typeof v !== 'string') {
      throw new KeyError(
        `"${name}" must be a string, and here it is ${describeType(v)} (RFC 7517 §4).`,
      );
    }
    meta[name] = v;
  }
  const ops = jwk.key_ops;
  if (ops !== undefined) {
    if (!Array.isArray(ops) || !ops.every((o) => typeof o === 'string')) {
      throw new KeyError(
        '"key_ops" must be an array of strings such as ["verify"] (RFC 7517 §4.3).',
      );
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
    throw new KeyError(`this ${label} JWK has no "${name}" (${MEMBER_ROLES[name] ?? name}).`);
  }
  if (typeof v !== 'string') {
    throw new KeyError(`"${name}" must be a base64url string, and here it is ${describeType(v)}.`);
  }
  const bytes = decodeBase64url(v);
  if (bytes === null) {
    const why = v.includes('=')
      ? 'base64url leaves out the "=" padding'
      : /[+/]/.test(v)
        ? '"+" and "/" are standard base64; a JWK uses base64url with "-" and "_"'
        : /\s/.test(v)
          ? 'it contains white space'
          : 'only A–Z, a–z, 0–9, "-" and "_" are allowed, in a length that does not leave 1 after dividing by 4';
    throw new KeyError(`"${name}" is not base64url: ${why} (RFC 7515 §2, RFC 7518 §6).`);
  }
  if (bytes.length === 0 && name !== 'k') throw new KeyError(`"${name}" is empty.`);
  return { text: v, bytes };
}

function checkLength(name: string, bytes: Uint8Array, expected: number, crv: string, rfc: string) {
  if (bytes.length !== expected) {
    throw new KeyError(
      `"${name}" is ${bytes.length} bytes long; on ${crv} it must be exactly ${expected} bytes (${rfc}).`,
    );
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
    throw new KeyError(
      'this RSA key has more than two primes ("oth", RFC 7518 §6.3.2.7), which WebCrypto does not support.',
    );
  }
  const d = readMember(jwk, 'd', 'RSA', false);
  const crt = RSA_CRT.map((m) => [m, readMember(jwk, m, 'RSA', false)] as const);
  const present = crt.filter(([, v]) => v !== undefined).map(([m]) => `"${m}"`);
  const missing = crt.filter(([, v]) => v === undefined).map(([m]) => `"${m}"`);
  const pub = { n: n.text, e: e.text };
  if (d === undefined) {
    if (present.length > 0) {
      throw new KeyError(
        `this RSA JWK has ${present.join(', ')} but no "d"; a private RSA key needs "d" (RFC 7518 §6.3.2.1).`,
      );
    }
    return { kty: 'RSA', bits: bitLength(n.bytes), pub, priv: null };
  }
  if (missing.length > 0) {
    throw new KeyError(
      `this private RSA JWK has "d" but lacks ${missing.join(', ')}; WebCrypto needs all of "p", "q", "dp", "dq" and "qi" (RFC 7518 §6.3.2).`,
    );
  }
  const priv: Members = { d: d.text };
  for (const [m, v] of crt) priv[m] = v!.text;
  return { kty: 'RSA', bits: bitLength(n.bytes), pub, priv };
}

function readCrv(jwk: Record<string, unknown>, label: string): string {
  const crv = jwk.crv;
  if (crv === undefined) throw new KeyError(`this ${label} JWK has no "crv" (the curve).`);
  if (typeof crv !== 'string') {
    throw new KeyError(`"crv" must be a string, and here it is ${describeType(crv)}.`);
  }
  return crv;
}

function readEc(jwk: Record<string, unknown>): Shape {
  const crv = readCrv(jwk, 'EC');
  const curve = EC_CURVES[crv];
  if (curve === undefined) {
    throw new KeyError(
      crv === 'secp256k1'
        ? 'the curve secp256k1 (ES256K, RFC 8812) is not supported by WebCrypto.'
        : `"crv" is "${crv}"; EC keys for JWS use "P-256", "P-384" or "P-521" (RFC 7518 §6.2.1.1).`,
    );
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
    throw new KeyError(
      crv === 'Ed448'
        ? 'Ed448 is not supported by WebCrypto here; use an Ed25519 key.'
        : crv === 'X25519' || crv === 'X448'
          ? `${crv} is a key-agreement curve (ECDH-ES, RFC 8037 §3.2); it cannot sign or verify a JWS.`
          : `"crv" is "${crv}"; OKP signing keys use "Ed25519" (RFC 8037 §2).`,
    );
  }
  const x = readMember(jwk, 'x', 'OKP', true)!;
  checkLength('x', x.bytes, 32, crv, 'RFC 8037 §2, RFC 8032 §5.1.5');
  if (isSmallOrderEd25519(x.bytes)) throw new SmallOrderKey('small order');
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
function entryFromJwk(value: unknown): KeyEntry {
  if (!isObject(value)) {
    throw new KeyError(`a JWK must be a JSON object, and this is ${describeType(value)}.`);
  }
  const kty = value.kty;
  if (kty === undefined) {
    throw new KeyError(
      'this JWK has no "kty" (key type); it must be "oct", "RSA", "EC" or "OKP" (RFC 7517 §4.1).',
    );
  }
  if (typeof kty !== 'string') {
    throw new KeyError(`"kty" must be a string, and here it is ${describeType(kty)}.`);
  }
  if (!Object.hasOwn(READERS, kty)) {
    const fixed = Object.keys(READERS).find((k) => k.toLowerCase() === kty.toLowerCase());
    throw new KeyError(
      fixed !== undefined
        ? `"kty" is "${kty}", but key types are case-sensitive: write "${fixed}" (RFC 7517 §4.1).`
        : `"kty" is "${kty}"; JWS keys are "oct", "RSA", "EC" or "OKP" (RFC 7518 §6.1, RFC 8037 §2).`,
    );
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

// --- WebCrypto ---------------------------------------------------------------------------------

/** Import parameters for a key type, taken from the algorithm table (RS256 stands for any RSA use). */
function importParamsFor(
  kty: Kty,
  crv: string | undefined,
): AlgorithmIdentifier | EcKeyImportParams {
  const alg = algorithmsForKey({ kty, crv })[0];
  if (alg === undefined)
    throw new TypeError(`no algorithm uses a ${kty} key on ${crv ?? 'no curve'}`);
  return ALGORITHMS[alg].importParams;
}

function usageOf(entry: KeyEntry): KeyUsage {
  return entry.kind === 'private' ? 'sign' : 'verify';
}

/** Imports a JWK once as a check, so that a key which reads here also works for signing/verifying. */
async function checkWithWebCrypto(entry: KeyEntry): Promise<void> {
  if (entry.kind === 'secret') return;
  try {
    await crypto.subtle.importKey(
      'jwk',
      material(entry.jwk),
      importParamsFor(entry.kty, entry.crv),
      true,
      [usageOf(entry)],
    );
  } catch (e) {
    // A browser without Ed25519 support still shows the key; the verifier explains the rest.
    if (e instanceof Error && e.name === 'NotSupportedError') return;
    throw new KeyError(
      `WebCrypto refused this ${entry.kty} key (${errorText(e)}): its members decode, but their values do not form a valid key${entry.kty === 'EC' ? ' (the point must lie on the curve)' : ''}.`,
    );
  }
}

async function jwkFromDer(
  format: 'spki' | 'pkcs8',
  der: Uint8Array,
  params: AlgorithmIdentifier | EcKeyImportParams | RsaHashedImportParams,
  name: string,
): Promise<JsonWebKey> {
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey(format, new Uint8Array(der), params, true, [
      format === 'spki' ? 'verify' : 'sign',
    ]);
  } catch (e) {
    if (e instanceof Error && e.name === 'NotSupportedError') {
      throw new KeyError(`this browser's WebCrypto does not support ${name} keys.`);
    }
    throw new KeyError(`WebCrypto could not import this ${name} key (${errorText(e)}).`);
  }
  // The export carries alg, key_ops and ext: they describe this one import, not the key.
  return material(await crypto.subtle.exportKey('jwk', key));
}

// --- DER key structures (RFC 5280 §4.1, RFC 5958 §2, RFC 8017 App. A.1, RFC 5915 §3) ------------

const OID_RSA = '1.2.840.113549.1.1.1';
const OID_EC = '1.2.840.10045.2.1';

type KeyFamily = 'rsa' | 'ec' | 'ed25519';

// What an AlgorithmIdentifier's OID means for us; `refuse` explains keys JWS cannot use here.
const KEY_OIDS: Record<string, { name: string; family?: KeyFamily; refuse?: string }> = {
  [OID_RSA]: { name: 'RSA', family: 'rsa' },
  // An RSA-PSS key (RFC 4055 §1.2) holds the same numbers as any RSA key; browsers only import
  // rsaEncryption, so the key is re-wrapped under that OID.
  '1.2.840.113549.1.1.10': { name: 'RSA-PSS', family: 'rsa' },
  [OID_EC]: { name: 'EC', family: 'ec' },
  '1.3.101.112': { name: 'Ed25519', family: 'ed25519' },
  '1.3.101.113': {
    name: 'Ed448',
    refuse: 'Ed448 is not supported by WebCrypto here; use an Ed25519 key.',
  },
  '1.3.101.110': {
    name: 'X25519',
    refuse:
      'this is an X25519 key, made for key agreement (ECDH-ES); it cannot sign or verify a JWS.',
  },
  '1.3.101.111': {
    name: 'X448',
    refuse:
      'this is an X448 key, made for key agreement (ECDH-ES); it cannot sign or verify a JWS.',
  },
  '1.2.840.10040.4.1': {
    name: 'DSA',
    refuse: 'this is a DSA key; JWS defines no DSA algorithm (RFC 7518 §3.1).',
  },
};

const CURVE_OIDS: Record<string, string> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
};

interface AlgId {
  oid: string;
  params: Tlv | undefined;
}

function readAlgId(der: Uint8Array, tlv: Tlv | undefined): AlgId {
  const seq = expectTag(tlv, TAG.SEQUENCE, 'the algorithm identifier');
  const [oid, params] = children(der, seq);
  return {
    oid: decodeOid(contentOf(der, expectTag(oid, TAG.OID, 'the algorithm identifier'))),
    params,
  };
}

function familyOf(alg: AlgId): { family: KeyFamily; name: string } {
  const known = KEY_OIDS[alg.oid];
  if (known === undefined) {
    throw new KeyError(`its algorithm (OID ${alg.oid}) is not one that JWS uses.`);
  }
  if (known.family === undefined)
    throw new KeyError(known.refuse ?? `${known.name} is not supported.`);
  return { family: known.family, name: known.name };
}

function curveOf(der: Uint8Array, params: Tlv | undefined): string {
  if (params === undefined || params.tag !== TAG.OID) {
    throw new KeyError(
      'this EC key does not name its curve (explicit curve parameters are not supported, RFC 5480 §2.1.1).',
    );
  }
  const oid = decodeOid(contentOf(der, params));
  const crv = CURVE_OIDS[oid];
  if (crv !== undefined) return crv;
  throw new KeyError(
    oid === '1.3.132.0.10'
      ? 'the curve secp256k1 (ES256K, RFC 8812) is not supported by WebCrypto.'
      : `the curve (OID ${oid}) is not one of P-256, P-384 and P-521, the curves of RFC 7518 §3.4.`,
  );
}

const RSA_ALG_ID = encodeTlv(
  TAG.SEQUENCE,
  encodeTlv(TAG.OID, encodeOid(OID_RSA)),
  encodeTlv(TAG.NULL),
);

/** SubjectPublicKeyInfo around a PKCS#1 RSAPublicKey (RFC 5280 §4.1.2.7, RFC 3279 §2.3.1). */
function rsaSpki(pkcs1: Uint8Array): Uint8Array {
  return encodeTlv(TAG.SEQUENCE, RSA_ALG_ID, encodeTlv(TAG.BIT_STRING, Uint8Array.of(0), pkcs1));
}

/** PrivateKeyInfo (PKCS#8 v1, RFC 5958 §2) around a key in its algorithm's own format. */
function pkcs8(algId: Uint8Array, key: Uint8Array): Uint8Array {
  return encodeTlv(
    TAG.SEQUENCE,
    encodeTlv(TAG.INTEGER, Uint8Array.of(0)),
    algId,
    encodeTlv(TAG.OCTET_STRING, key),
  );
}

const RSA_PARAMS = ALGORITHMS.RS256.importParams;

/** Checks that DER holds a SEQUENCE of at least `count` INTEGERs (PKCS#1, RFC 8017 App. A.1). */
function expectIntegers(der: Uint8Array, count: number, what: string): void {
  const items = children(der, expectTag(readRoot(der), TAG.SEQUENCE, what));
  if (items.length < count || items.slice(0, count).some((t) => t.tag !== TAG.INTEGER)) {
    throw new KeyError(`the data is not ${what}.`);
  }
}

async function spkiToJwk(der: Uint8Array): Promise<JsonWebKey> {
  const root = expectTag(readRoot(der), TAG.SEQUENCE, 'the SubjectPublicKeyInfo');
  const [algTlv, keyTlv] = children(der, root);
  const alg = readAlgId(der, algTlv);
  const bits = contentOf(der, expectTag(keyTlv, TAG.BIT_STRING, 'the public key'));
  const { family, name } = familyOf(alg);
  if (family === 'rsa') {
    if (bits[0] !== 0) throw new KeyError('the public key BIT STRING has unused bits.');
    const inner = bits.subarray(1);
    expectIntegers(inner, 2, 'an RSA public key (PKCS#1 RSAPublicKey)');
    return jwkFromDer('spki', rsaSpki(inner), RSA_PARAMS, name);
  }
  if (family === 'ec') {
    const namedCurve = curveOf(der, alg.params);
    return jwkFromDer('spki', der, { name: 'ECDSA', namedCurve }, `${namedCurve} EC`);
  }
  return jwkFromDer('spki', der, ALGORITHMS.Ed25519.importParams, name);
}

async function pkcs8ToJwk(der: Uint8Array): Promise<JsonWebKey> {
  const root = expectTag(readRoot(der), TAG.SEQUENCE, 'the PKCS#8 PrivateKeyInfo');
  const [version, algTlv, keyTlv] = children(der, root);
  expectTag(version, TAG.INTEGER, 'the PKCS#8 version');
  const alg = readAlgId(der, algTlv);
  const inner = contentOf(der, expectTag(keyTlv, TAG.OCTET_STRING, 'the private key'));
  const { family, name } = familyOf(alg);
  if (family === 'rsa') {
    expectIntegers(inner, 9, 'an RSA private key (PKCS#1 RSAPrivateKey)');
    return jwkFromDer('pkcs8', pkcs8(RSA_ALG_ID, inner), RSA_PARAMS, name);
  }
  if (family === 'ec') {
    const namedCurve = curveOf(der, alg.params);
    return jwkFromDer('pkcs8', der, { name: 'ECDSA', namedCurve }, `${namedCurve} EC`);
  }
  return jwkFromDer('pkcs8', der, ALGORITHMS.Ed25519.importParams, name);
}

async function pkcs1PublicToJwk(der: Uint8Array): Promise<JsonWebKey> {
  const [first] = children(der, expectTag(readRoot(der), TAG.SEQUENCE, 'an RSA public key'));
  // Some tools write an SPKI under the PKCS#1 label; its first element is the algorithm SEQUENCE.
  if (first?.tag === TAG.SEQUENCE) return spkiToJwk(der);
  expectIntegers(der, 2, 'an RSA public key (PKCS#1 RSAPublicKey: modulus and exponent)');
  return jwkFromDer('spki', rsaSpki(der), RSA_PARAMS, 'RSA');
}

async function pkcs1PrivateToJwk(der: Uint8Array): Promise<JsonWebKey> {
  const items = children(der, expectTag(readRoot(der), TAG.SEQUENCE, 'an RSA private key'));
  if (items[1]?.tag === TAG.SEQUENCE) return pkcs8ToJwk(der);
  expectIntegers(der, 9, 'an RSA private key (PKCS#1 RSAPrivateKey)');
  const version = items[0]!;
  if (der[version.contentStart] !== 0 || version.end - version.contentStart !== 1) {
    throw new KeyError(
      'this RSA key has more than two primes (PKCS#1 version 1), which WebCrypto does not support.',
    );
  }
  return jwkFromDer('pkcs8', pkcs8(RSA_ALG_ID, der), RSA_PARAMS, 'RSA');
}

async function sec1ToJwk(der: Uint8Array): Promise<JsonWebKey> {
  // ECPrivateKey ::= SEQUENCE { version 1, privateKey OCTET STRING, [0] parameters, [1] publicKey }
  const items = children(der, expectTag(readRoot(der), TAG.SEQUENCE, 'an EC private key'));
  expectTag(items[0], TAG.INTEGER, 'the EC private key version');
  expectTag(items[1], TAG.OCTET_STRING, 'the EC private key value');
  const params = items.find((t) => t.tag === TAG.CONTEXT_0);
  if (params === undefined) {
    throw new KeyError(
      'this EC PRIVATE KEY does not name its curve (the optional [0] parameters of RFC 5915 §3 are missing).',
    );
  }
  const [curveTlv] = children(der, params);
  const namedCurve = curveOf(der, curveTlv);
  const algId = encodeTlv(
    TAG.SEQUENCE,
    encodeTlv(TAG.OID, encodeOid(OID_EC)),
    encodingOf(der, curveTlv!),
  );
  return jwkFromDer('pkcs8', pkcs8(algId, der), { name: 'ECDSA', namedCurve }, `${namedCurve} EC`);
}

/** The subjectPublicKeyInfo inside an X.509 certificate (RFC 5280 §4.1). */
function certificateSpki(der: Uint8Array): Uint8Array {
  const cert = expectTag(readRoot(der), TAG.SEQUENCE, 'the certificate');
  const [tbsTlv] = children(der, cert);
  const tbs = children(
    der,
    expectTag(tbsTlv, TAG.SEQUENCE, 'the certificate body (tbsCertificate)'),
  );
  // version is EXPLICIT [0] and absent for v1; then serial, signature, issuer, validity, subject.
  const skip = tbs[0]?.tag === TAG.CONTEXT_0 ? 1 : 0;
  const spki = expectTag(tbs[skip + 5], TAG.SEQUENCE, "the certificate's subjectPublicKeyInfo");
  return encodingOf(der, spki);
}

// --- PEM (RFC 7468) ----------------------------------------------------------------------------

const PEM_FORMATS: Record<
  string,
  { format: KeyFormat; read: (der: Uint8Array) => Promise<JsonWebKey> }
> = {
  'PUBLIC KEY': { format: 'pem-spki', read: spkiToJwk },
  'PRIVATE KEY': { format: 'pem-pkcs8', read: pkcs8ToJwk },
  'RSA PUBLIC KEY': { format: 'pem-pkcs1-public', read: pkcs1PublicToJwk },
  'RSA PRIVATE KEY': { format: 'pem-pkcs1-private', read: pkcs1PrivateToJwk },
  'EC PRIVATE KEY': { format: 'pem-sec1', read: sec1ToJwk },
  CERTIFICATE: { format: 'pem-x509', read: (der) => spkiToJwk(certificateSpki(der)) },
};

const ENCRYPTED =
  'this private key is encrypted with a password, which is not supported here; decrypt it first (openssl pkey -in key.pem -out plain.pem).';

// Labels that are recognisably not a key we can read, with what to do instead.
const PEM_REFUSALS: Record<string, string> = {
  'ENCRYPTED PRIVATE KEY': ENCRYPTED,
  'OPENSSH PRIVATE KEY':
    'this is an OpenSSH private key; convert it to PKCS#8 PEM first (ssh-keygen -p -m PKCS8 -f keyfile).',
  'CERTIFICATE REQUEST':
    'this is a certificate signing request, not a key; paste the public key or the issued certificate.',
  'NEW CERTIFICATE REQUEST':
    'this is a certificate signing request, not a key; paste the public key or the issued certificate.',
  'DSA PRIVATE KEY': 'this is a DSA key; JWS defines no DSA algorithm (RFC 7518 §3.1).',
  'EC PARAMETERS': 'this block only names a curve; the key itself is in an EC PRIVATE KEY block.',
};

interface PemBlock {
  label: string;
  der: Uint8Array;
}

/** Finds the first PEM block that holds a key; text around the blocks is ignored (RFC 7468 §2). */
function readPem(text: string): PemBlock {
  const BEGIN = /-----BEGIN ([^-\r\n]*)-----/g;
  let begin = BEGIN.exec(text);
  if (begin === null) {
    throw new KeyError(
      'the BEGIN line is malformed: it must read "-----BEGIN LABEL-----" (RFC 7468 §2).',
    );
  }
  // `openssl ecparam -genkey` writes an EC PARAMETERS block before the key: skip it.
  const next = BEGIN.exec(text);
  if (begin[1] === 'EC PARAMETERS' && next !== null) begin = next;
  const label = begin[1]!;
  const bodyStart = begin.index + begin[0].length;
  const endIndex = text.indexOf('-----END', bodyStart);
  const nextBegin = text.indexOf('-----BEGIN', bodyStart);
  if (endIndex === -1 || (nextBegin !== -1 && nextBegin < endIndex)) {
    throw new KeyError(`the PEM block has no END line ("-----END ${label}-----").`);
  }
  const end = /^-----END ([^-\r\n]*)-----/.exec(text.slice(endIndex));
  if (end === null) {
    throw new KeyError(
      'the END line is malformed: it must read "-----END LABEL-----" (RFC 7468 §2).',
    );
  }
  if (end[1] !== label) {
    throw new KeyError(
      `the block begins with "BEGIN ${label}" but ends with "END ${end[1]!}"; the labels must match (RFC 7468 §2).`,
    );
  }
  const lines = text.slice(bodyStart, endIndex).split(/\r?\n|\r/);
  // RFC 1421 headers (Proc-Type, DEK-Info) mark the legacy OpenSSL password encryption.
  const headers = lines.filter((l) => l.includes(':'));
  if (headers.some((h) => /^Proc-Type:.*ENCRYPTED/i.test(h.trim()))) throw new KeyError(ENCRYPTED);
  const body = lines.filter((l) => !l.includes(':')).join('');
  if (body.trim() === '') throw new KeyError('the PEM block is empty.');
  const der = decodeBase64(body);
  if (der === null) {
    const bad = /[^A-Za-z0-9+/=\s]/.exec(body);
    throw new KeyError(
      bad
        ? `"${bad[0]}" is not a base64 character, so the text between BEGIN and END is not base64 (RFC 7468 §3).`
        : 'the text between BEGIN and END is not valid base64: its length or "=" padding is wrong (RFC 7468 §3).',
    );
  }
  return { label, der };
}

async function parsePem(text: string): Promise<ParsedKey> {
  let block: PemBlock;
  try {
    block = readPem(text);
  } catch (e) {
    return fail('unknown', describeError(e));
  }
  const reader = PEM_FORMATS[block.label];
  if (reader === undefined) {
    return fail(
      'unknown',
      PEM_REFUSALS[block.label] ??
        `"BEGIN ${block.label}" is not a key format read here; paste a PUBLIC KEY, PRIVATE KEY, RSA PUBLIC KEY, RSA PRIVATE KEY, EC PRIVATE KEY or CERTIFICATE block.`,
    );
  }
  return guard(reader.format, async () => [entryFromJwk(await reader.read(block.der))]);
}

// --- parseKey ----------------------------------------------------------------------------------

function finish(format: KeyFormat, keys: KeyEntry[], diagnostics: Diagnostic[]): ParsedKey {
  // RFC 7518 §3.2: an HMAC key must not be empty; the entry is kept so the verifier can explain.
  if (keys.some((k) => k.kind === 'secret' && k.bits === 0)) {
    diagnostics.push(diagnose('key-empty', 'key', null));
  }
  return { format, keys, diagnostics };
}

async function guard(format: KeyFormat, read: () => Promise<KeyEntry[]>): Promise<ParsedKey> {
  try {
    return finish(format, await read(), []);
  } catch (e) {
    return { format, keys: [], diagnostics: [problem(e)] };
  }
}

async function readJwk(value: unknown): Promise<KeyEntry> {
  const entry = entryFromJwk(value);
  await checkWithWebCrypto(entry);
  return entry;
}

async function parseJwkValue(value: unknown): Promise<ParsedKey> {
  if (!isObject(value) || !('keys' in value))
    return guard('jwk', async () => [await readJwk(value)]);
  const members = value.keys;
  if (!Array.isArray(members)) {
    return fail(
      'jwks',
      `"keys" must be an array of JWKs, and here it is ${describeType(members)} (RFC 7517 §5.1).`,
    );
  }
  if (members.length === 0)
    return fail('jwks', 'the JWK Set is empty: its "keys" array has no keys.');
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

async function parseText(text: string): Promise<ParsedKey> {
  const trimmed = text.trim();
  if (trimmed === '') return { format: 'unknown', keys: [], diagnostics: [] };
  // The first character decides: a JWK may well hold "-----BEGIN" inside a string member.
  if (trimmed.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (e) {
      return fail(
        /"keys"\s*:/.test(trimmed) ? 'jwks' : 'jwk',
        `this looks like JSON but does not parse (${errorText(e)}).`,
      );
    }
    return parseJwkValue(value);
  }
  if (trimmed.includes('-----BEGIN')) return parsePem(trimmed);
  if (trimmed.startsWith('[')) {
    return fail(
      'unknown',
      'this is a JSON array; a JWK Set is an object: {"keys": [ … ]} (RFC 7517 §5).',
    );
  }
  if (/^(ssh-rsa|ssh-ed25519|ecdsa-sha2-)/.test(trimmed)) {
    return fail(
      'unknown',
      'this is an OpenSSH public key; convert it to PEM (ssh-keygen -e -m PKCS8 -f key.pub).',
    );
  }
  return fail(
    'unknown',
    'this is neither PEM nor a JWK; if it is a shared secret, choose its encoding (text, base64, base64url or hex).',
  );
}

/**
 * Reads a key from what the user gave: a shared secret in an encoding, raw bytes, PEM / JWK / JWK Set
 * text, or a parsed JWK object. Never throws: every problem becomes a 'key-invalid' (or 'key-empty')
 * diagnostic, and the keys that could be read are returned.
 */
export async function parseKey(input: KeyInput): Promise<ParsedKey> {
  try {
    switch (input.type) {
      case 'secret': {
        const decoded = decodeSecret(input.text, input.encoding);
        if ('error' in decoded) return fail('secret', decoded.error);
        return finish('secret', [secretEntry(decoded.bytes)], []);
      }
      case 'bytes':
        // A copy: the caller may reuse its buffer.
        return finish('secret', [secretEntry(Uint8Array.from(input.bytes))], []);
      case 'text':
        return await parseText(input.text);
      case 'jwk':
        return await parseJwkValue(input.jwk);
      default:
        return fail('unknown', 'the key input has an unknown type.');
    }
  } catch (e) {
    return fail('unknown', describeError(e));
  }
}

// --- choosing a key ----------------------------------------------------------------------------

// --- making and writing keys -------------------------------------------------------------------

// RFC 7638 §3.2: the required members of each key type, already in lexicographic order.
const THUMBPRINT_MEMBERS: Record<Kty, readonly string[]> = {
  EC: ['crv', 'kty', 'x', 'y'],
  OKP: ['crv', 'kty', 'x'], // RFC 8037 §2
  RSA: ['e', 'kty', 'n'],
  oct: ['k', 'kty'],
};

/**
 * The RFC 7638 JWK thumbprint: SHA-256 over the required members only, in lexicographic order and
 * without white space, base64url-encoded. Throws a TypeError for a JWK without those members.
 */
export async function thumbprint(jwk: JsonWebKey): Promise<string> {
  const kty = jwk.kty;
  if (kty === undefined || !Object.hasOwn(THUMBPRINT_MEMBERS, kty)) {
    throw new TypeError(`thumbprint: unsupported kty ${String(kty)}`);
  }
  const members: Record<string, unknown> = {};
  for (const m of THUMBPRINT_MEMBERS[kty as Kty]) {
    const v = (jwk as Record<string, unknown>)[m];
    if (typeof v !== 'string') throw new TypeError(`thumbprint: the JWK has no "${m}"`);
    members[m] = v;
  }
  // The values are base64url and names, all ASCII, so JSON.stringify gives exactly the RFC's form.
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(JSON.stringify(members)),
  );
  return encodeBase64url(new Uint8Array(digest));
}

/**
 * Makes a fresh key for an algorithm: HMAC secrets as long as the hash (RFC 7518 §3.2), 2048-bit RSA
 * with e = 65537, the algorithm's curve for ECDSA, Ed25519 for EdDSA. The JWKs carry no "alg" (one
 * key may serve several tokens) and a "kid" equal to the RFC 7638 thumbprint.
 */
export async function generateKey(
  alg: JwsAlg,
): Promise<{ privateKey: KeyEntry; publicKey: KeyEntry | null }> {
  const info = ALGORITHMS[alg];
  if (info.kty === null)
    throw new TypeError('"none" uses no key, so there is nothing to generate.');
  if (info.kty === 'oct') {
    const secret = crypto.getRandomValues(new Uint8Array(info.sigBytes ?? 32));
    const entry = secretEntry(secret);
    const kid = await thumbprint(entry.jwk);
    return { privateKey: entryFromJwk({ ...entry.jwk, kid }), publicKey: null };
  }
  const params =
    info.kty === 'RSA'
      ? {
          ...(info.importParams as RsaHashedImportParams),
          modulusLength: 2048,
          publicExponent: Uint8Array.of(1, 0, 1),
        }
      : (info.importParams as EcKeyGenParams | Algorithm);
  const pair = (await crypto.subtle.generateKey(params, true, ['sign', 'verify'])) as CryptoKeyPair;
  const jwk = material(await crypto.subtle.exportKey('jwk', pair.privateKey));
  const kid = await thumbprint(jwk);
  const privateKey = entryFromJwk({ ...jwk, kid });
  return { privateKey, publicKey: entryFromJwk(privateKey.publicJwk) };
}

function toPem(label: string, der: Uint8Array): string {
  // RFC 7468 §2: base64 lines of exactly 64 characters, the last one shorter.
  const lines = encodeBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/**
 * Writes a key as PEM: a public key as SPKI ("PUBLIC KEY"), a private key as PKCS#8 ("PRIVATE KEY").
 * Throws a TypeError for a shared secret, which has no PEM form.
 */
export async function exportPem(entry: KeyEntry): Promise<string> {
  if (entry.kind === 'secret') {
    throw new TypeError('a shared secret has no PEM form; export it as a JWK or in an encoding.');
  }
  const key = await crypto.subtle.importKey(
    'jwk',
    material(entry.jwk),
    importParamsFor(entry.kty, entry.crv),
    true,
    [usageOf(entry)],
  );
  const isPrivate = entry.kind === 'private';
  const der = new Uint8Array(await crypto.subtle.exportKey(isPrivate ? 'pkcs8' : 'spki', key));
  return toPem(isPrivate ? 'PRIVATE KEY' : 'PUBLIC KEY', der);
}
