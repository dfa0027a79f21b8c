/**
 * Keys: shared secrets in four encodings, PEM (SPKI, PKCS#8, PKCS#1, X.509 certificates), JWK and
 * JWK Sets, all read into one shape (`KeyEntry`) that the signer and verifier import per algorithm.
 *
 * Every key that is not a shared secret goes through WebCrypto once while it is read: PEM is imported
 * and exported again as a JWK, and a JWK is imported as a check, so a key that parses here is one
 * that the signer and verifier can use.
 */
import type { Diagnostic, DiagnosticParams } from './diagnostics';
import { jsonType, parseJson } from './json';
import type { Base64urlFault, DerPart, KeyProblem, KeyReason } from './key-reasons';
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

/** A key that cannot be read, with a typed reason and values (never a sentence). */
class KeyError extends Error {
  override name = 'KeyError';
  constructor(readonly problem: KeyProblem) {
    super(problem.reason);
  }
}

const refuse = (reason: KeyReason, values: DiagnosticParams = {}): KeyError =>
  new KeyError({ ...values, reason });

/** An Ed25519 public key of small order: refused with its own code, never as a mere parse error. */
class SmallOrderKey extends Error {}

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

function invalid(problem: KeyProblem, severity?: 'warning'): Diagnostic {
  return diagnose('key-invalid', 'key', null, problem, severity ? { severity } : {});
}

function fail(format: KeyFormat, reason: KeyReason, values: DiagnosticParams = {}): ParsedKey {
  return { format, keys: [], diagnostics: [invalid({ ...values, reason })] };
}

/** The diagnostic for a key that could not be read. */
function problem(e: unknown, severity?: 'warning', index?: number): Diagnostic {
  if (e instanceof SmallOrderKey) {
    return diagnose('key-small-order', 'key', null, {}, severity ? { severity } : {});
  }
  const problem = describeError(e);
  return invalid(index === undefined ? problem : { ...problem, index }, severity);
}

/** An exception's name (DataError, NotSupportedError): an identifier, never its English message. */
function errorName(e: unknown): string {
  return e instanceof Error ? e.name : 'Error';
}

function describeError(e: unknown): KeyProblem {
  if (e instanceof KeyError) return e.problem;
  if (e instanceof DerError) return { reason: 'der', der: e.reason, ...e.values };
  return { reason: 'unexpected', error: errorName(e) };
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
function entryFromJwk(value: unknown): KeyEntry {
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
    throw refuse('webcrypto-refused', { kty: entry.kty, error: errorName(e) });
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
      throw refuse('unsupported-here', { name });
    }
    throw refuse('webcrypto-import', { name, error: errorName(e) });
  }
  // The export carries alg, key_ops and ext: they describe this one import, not the key.
  return material(await crypto.subtle.exportKey('jwk', key));
}

// --- DER key structures (RFC 5280 §4.1, RFC 5958 §2, RFC 8017 App. A.1, RFC 5915 §3) ------------

const OID_RSA = '1.2.840.113549.1.1.1';
const OID_EC = '1.2.840.10045.2.1';

type KeyFamily = 'rsa' | 'ec' | 'ed25519';

// What an AlgorithmIdentifier's OID means for us; `refuse` explains keys JWS cannot use here.
const KEY_OIDS: Record<string, { name: string; family?: KeyFamily }> = {
  [OID_RSA]: { name: 'RSA', family: 'rsa' },
  // An RSA-PSS key (RFC 4055 §1.2) holds the same numbers as any RSA key; browsers only import
  // rsaEncryption, so the key is re-wrapped under that OID.
  '1.2.840.113549.1.1.10': { name: 'RSA-PSS', family: 'rsa' },
  [OID_EC]: { name: 'EC', family: 'ec' },
  '1.3.101.112': { name: 'Ed25519', family: 'ed25519' },
  '1.3.101.113': { name: 'Ed448' },
  '1.3.101.110': { name: 'X25519' },
  '1.3.101.111': { name: 'X448' },
  '1.2.840.10040.4.1': { name: 'DSA' },
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
  const seq = expectTag(tlv, TAG.SEQUENCE, 'alg-id');
  const [oid, params] = children(der, seq);
  return {
    oid: decodeOid(contentOf(der, expectTag(oid, TAG.OID, 'alg-id'))),
    params,
  };
}

function familyOf(alg: AlgId): { family: KeyFamily; name: string } {
  const known = KEY_OIDS[alg.oid];
  if (known === undefined) {
    throw refuse('oid-unknown', { oid: alg.oid });
  }
  if (known.family === undefined) throw refuse('oid-refused', { name: known.name });
  return { family: known.family, name: known.name };
}

function curveOf(der: Uint8Array, params: Tlv | undefined): string {
  if (params === undefined || params.tag !== TAG.OID) {
    throw refuse('curve-unnamed');
  }
  const oid = decodeOid(contentOf(der, params));
  const crv = CURVE_OIDS[oid];
  if (crv !== undefined) return crv;
  throw oid === '1.3.132.0.10' ? refuse('crv-secp256k1') : refuse('curve-unknown', { oid });
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
function expectIntegers(der: Uint8Array, count: number, what: DerPart): void {
  const items = children(der, expectTag(readRoot(der), TAG.SEQUENCE, what));
  if (items.length < count || items.slice(0, count).some((t) => t.tag !== TAG.INTEGER)) {
    throw new DerError('part-wrong-type', { part: what });
  }
}

async function spkiToJwk(der: Uint8Array): Promise<JsonWebKey> {
  const root = expectTag(readRoot(der), TAG.SEQUENCE, 'spki');
  const [algTlv, keyTlv] = children(der, root);
  const alg = readAlgId(der, algTlv);
  const bits = contentOf(der, expectTag(keyTlv, TAG.BIT_STRING, 'public-key'));
  const { family, name } = familyOf(alg);
  if (family === 'rsa') {
    if (bits[0] !== 0) throw refuse('bit-string-unused');
    const inner = bits.subarray(1);
    expectIntegers(inner, 2, 'rsa-public');
    return jwkFromDer('spki', rsaSpki(inner), RSA_PARAMS, name);
  }
  if (family === 'ec') {
    const namedCurve = curveOf(der, alg.params);
    return jwkFromDer('spki', der, { name: 'ECDSA', namedCurve }, `${namedCurve} EC`);
  }
  return jwkFromDer('spki', der, ALGORITHMS.Ed25519.importParams, name);
}

async function pkcs8ToJwk(der: Uint8Array): Promise<JsonWebKey> {
  const root = expectTag(readRoot(der), TAG.SEQUENCE, 'pkcs8');
  const [version, algTlv, keyTlv] = children(der, root);
  expectTag(version, TAG.INTEGER, 'pkcs8-version');
  const alg = readAlgId(der, algTlv);
  const inner = contentOf(der, expectTag(keyTlv, TAG.OCTET_STRING, 'private-key'));
  const { family, name } = familyOf(alg);
  if (family === 'rsa') {
    expectIntegers(inner, 9, 'rsa-private');
    return jwkFromDer('pkcs8', pkcs8(RSA_ALG_ID, inner), RSA_PARAMS, name);
  }
  if (family === 'ec') {
    const namedCurve = curveOf(der, alg.params);
    return jwkFromDer('pkcs8', der, { name: 'ECDSA', namedCurve }, `${namedCurve} EC`);
  }
  return jwkFromDer('pkcs8', der, ALGORITHMS.Ed25519.importParams, name);
}

async function pkcs1PublicToJwk(der: Uint8Array): Promise<JsonWebKey> {
  const [first] = children(der, expectTag(readRoot(der), TAG.SEQUENCE, 'rsa-public'));
  // Some tools write an SPKI under the PKCS#1 label; its first element is the algorithm SEQUENCE.
  if (first?.tag === TAG.SEQUENCE) return spkiToJwk(der);
  expectIntegers(der, 2, 'rsa-public');
  return jwkFromDer('spki', rsaSpki(der), RSA_PARAMS, 'RSA');
}

async function pkcs1PrivateToJwk(der: Uint8Array): Promise<JsonWebKey> {
  const items = children(der, expectTag(readRoot(der), TAG.SEQUENCE, 'rsa-private'));
  if (items[1]?.tag === TAG.SEQUENCE) return pkcs8ToJwk(der);
  expectIntegers(der, 9, 'rsa-private');
  const version = items[0]!;
  if (der[version.contentStart] !== 0 || version.end - version.contentStart !== 1) {
    throw refuse('rsa-multiprime');
  }
  return jwkFromDer('pkcs8', pkcs8(RSA_ALG_ID, der), RSA_PARAMS, 'RSA');
}

async function sec1ToJwk(der: Uint8Array): Promise<JsonWebKey> {
  // ECPrivateKey ::= SEQUENCE { version 1, privateKey OCTET STRING, [0] parameters, [1] publicKey }
  const items = children(der, expectTag(readRoot(der), TAG.SEQUENCE, 'ec-private'));
  expectTag(items[0], TAG.INTEGER, 'ec-version');
  expectTag(items[1], TAG.OCTET_STRING, 'ec-value');
  const params = items.find((t) => t.tag === TAG.CONTEXT_0);
  if (params === undefined) {
    throw refuse('sec1-no-curve');
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
  const cert = expectTag(readRoot(der), TAG.SEQUENCE, 'certificate');
  const [tbsTlv] = children(der, cert);
  const tbs = children(der, expectTag(tbsTlv, TAG.SEQUENCE, 'tbs'));
  // version is EXPLICIT [0] and absent for v1; then serial, signature, issuer, validity, subject.
  const skip = tbs[0]?.tag === TAG.CONTEXT_0 ? 1 : 0;
  const spki = expectTag(tbs[skip + 5], TAG.SEQUENCE, 'cert-spki');
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

// Labels that are recognisably not a key we can read, each with its reason (what to do instead).
const PEM_REFUSALS: Record<string, KeyReason> = {
  'ENCRYPTED PRIVATE KEY': 'pem-encrypted',
  'OPENSSH PRIVATE KEY': 'pem-openssh-private',
  'CERTIFICATE REQUEST': 'pem-csr',
  'NEW CERTIFICATE REQUEST': 'pem-csr',
  'DSA PRIVATE KEY': 'pem-dsa',
  'EC PARAMETERS': 'pem-ec-parameters',
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
    throw refuse('pem-begin');
  }
  // `openssl ecparam -genkey` writes an EC PARAMETERS block before the key: skip it.
  const next = BEGIN.exec(text);
  if (begin[1] === 'EC PARAMETERS' && next !== null) begin = next;
  const label = begin[1]!;
  const bodyStart = begin.index + begin[0].length;
  const endIndex = text.indexOf('-----END', bodyStart);
  const nextBegin = text.indexOf('-----BEGIN', bodyStart);
  if (endIndex === -1 || (nextBegin !== -1 && nextBegin < endIndex)) {
    throw refuse('pem-no-end', { label });
  }
  const end = /^-----END ([^-\r\n]*)-----/.exec(text.slice(endIndex));
  if (end === null) {
    throw refuse('pem-end');
  }
  if (end[1] !== label) {
    throw refuse('pem-label-mismatch', { label, end: end[1]! });
  }
  const lines = text.slice(bodyStart, endIndex).split(/\r?\n|\r/);
  // RFC 1421 headers (Proc-Type, DEK-Info) mark the legacy OpenSSL password encryption.
  const headers = lines.filter((l) => l.includes(':'));
  if (headers.some((h) => /^Proc-Type:.*ENCRYPTED/i.test(h.trim()))) throw refuse('pem-encrypted');
  const body = lines.filter((l) => !l.includes(':')).join('');
  if (body.trim() === '') throw refuse('pem-empty');
  const der = decodeBase64(body);
  if (der === null) {
    const bad = /[^A-Za-z0-9+/=\s]/.exec(body);
    throw bad ? refuse('pem-base64-char', { char: bad[0] }) : refuse('pem-base64-length');
  }
  return { label, der };
}

async function parsePem(text: string): Promise<ParsedKey> {
  let block: PemBlock;
  try {
    block = readPem(text);
  } catch (e) {
    return { format: 'unknown', keys: [], diagnostics: [problem(e)] };
  }
  const reader = PEM_FORMATS[block.label];
  if (reader === undefined) {
    const refusal = PEM_REFUSALS[block.label];
    return refusal
      ? fail('unknown', refusal)
      : fail('unknown', 'pem-label-unknown', { label: block.label });
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

async function parseText(text: string): Promise<ParsedKey> {
  const trimmed = text.trim();
  if (trimmed === '') return { format: 'unknown', keys: [], diagnostics: [] };
  // The first character decides: a JWK may well hold "-----BEGIN" inside a string member.
  if (trimmed.startsWith('{')) {
    const parsed = parseJson(trimmed);
    if (!parsed.ok) {
      return fail(/"keys"\s*:/.test(trimmed) ? 'jwks' : 'jwk', 'json-syntax', {
        syntax: parsed.reason,
        at: parsed.at,
        ended: parsed.ended ? 1 : 0,
      });
    }
    return parseJwkValue(parsed.value);
  }
  if (trimmed.includes('-----BEGIN')) return parsePem(trimmed);
  if (trimmed.startsWith('[')) {
    return fail('unknown', 'json-array');
  }
  if (/^(ssh-rsa|ssh-ed25519|ecdsa-sha2-)/.test(trimmed)) {
    return fail('unknown', 'openssh-public');
  }
  return fail('unknown', 'not-a-key');
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
        if ('error' in decoded) return fail('secret', decoded.error, decoded.values);
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
        return fail('unknown', 'input-unknown');
    }
  } catch (e) {
    return { format: 'unknown', keys: [], diagnostics: [problem(e)] };
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
