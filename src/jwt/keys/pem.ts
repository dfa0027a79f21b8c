/**
 * PEM (RFC 7468) and the DER key structures inside it: SPKI and X.509 (RFC 5280 §4.1), PKCS#8
 * (RFC 5958 §2), PKCS#1 (RFC 8017 App. A.1) and SEC1 (RFC 5915 §3), each turned into a JWK.
 */
import { ALGORITHMS } from '../algorithms';
import { decodeBase64 } from '../base64';
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
} from '../der';
import type { DerPart, KeyReason } from '../key-reasons';
import type { KeyFormat, ParsedKey } from '../secrets';
import { fail, guard, problem, refuse } from './errors';
import { entryFromJwk } from './jwk';
import { jwkFromDer } from './webcrypto';

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

export async function parsePem(text: string): Promise<ParsedKey> {
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
