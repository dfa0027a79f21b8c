/**
 * A self-signed X.509 certificate, made the way any CA makes one (RFC 5280 §4.1): the
 * TBSCertificate in DER, signed with RSASSA-PKCS1-v1_5 / SHA-256 by WebCrypto, PEM-wrapped. The x5u
 * lab's attacker serves one for their own key; a careless server takes its key without asking who
 * issued it.
 */
import { decodeBase64url, encodeBase64url } from '../../jwt/index';

// --- DER (ITU-T X.690 §8, §10): tag, definite length, contents ------------------------------------

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function tlv(tag: number, ...contents: Uint8Array[]): Uint8Array {
  const body = concat(contents);
  const n = body.length;
  let len: number[];
  if (n < 0x80) len = [n];
  else {
    const bytes: number[] = [];
    for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
    len = [0x80 | bytes.length, ...bytes];
  }
  return concat([Uint8Array.of(tag, ...len), body]);
}

const seq = (...items: Uint8Array[]) => tlv(0x30, ...items);
const set = (...items: Uint8Array[]) => tlv(0x31, ...items);
const explicit = (n: number, inner: Uint8Array) => tlv(0xa0 | n, inner);
const utf8 = (text: string) => tlv(0x0c, new TextEncoder().encode(text));
const NULL = Uint8Array.of(0x05, 0x00);

/** A non-negative INTEGER from big-endian bytes (a leading 0x00 keeps the sign bit clear). */
function integer(bytes: Uint8Array): Uint8Array {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  const v = bytes.subarray(i);
  return tlv(0x02, (v[0] ?? 0) & 0x80 ? concat([Uint8Array.of(0), v]) : v);
}

function oid(dotted: string): Uint8Array {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const out: number[] = [40 * a! + b!];
  for (const arc of rest) {
    const chunk: number[] = [arc & 0x7f];
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128))
      chunk.unshift(0x80 | (v & 0x7f));
    out.push(...chunk);
  }
  return tlv(0x06, Uint8Array.from(out));
}

/** UTCTime through 2049, GeneralizedTime from 2050 (RFC 5280 §4.1.2.5). */
function time(seconds: number): Uint8Array {
  const d = new Date(seconds * 1000).toISOString(); // 2026-01-01T00:00:00.000Z
  const digits = d.slice(0, 19).replace(/[-:T]/g, '') + 'Z';
  const year = Number(d.slice(0, 4));
  const text = year < 2050 ? digits.slice(2) : digits;
  return tlv(year < 2050 ? 0x17 : 0x18, new TextEncoder().encode(text));
}

const SHA256_WITH_RSA = seq(oid('1.2.840.113549.1.1.11'), NULL);
const COMMON_NAME = '2.5.4.3';
const SUBJECT_ALT_NAME = '2.5.29.17';
const BASIC_CONSTRAINTS = '2.5.29.19';

const name = (cn: string) => seq(set(seq(oid(COMMON_NAME), utf8(cn))));

/** The DER body of a PEM block (the base64 between its BEGIN and END lines). */
export function pemBody(pem: string): Uint8Array {
  const b64 = pem
    .replace(/-----(BEGIN|END) [A-Z ]+-----/g, '')
    .replace(/\s+/g, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  const der = decodeBase64url(b64);
  if (!der) throw new Error('not a PEM block');
  return der;
}

/** PEM with 64-character lines (RFC 7468 §2). */
export function pemWrap(label: string, der: Uint8Array): string {
  const b64 = encodeBase64url(der).replace(/-/g, '+').replace(/_/g, '/');
  const padded = b64 + '='.repeat((4 - (b64.length % 4)) % 4);
  const lines = padded.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

export interface CertificateSpec {
  /** The subject's (and, self-signed, the issuer's) common name and DNS name. */
  commonName: string;
  /** SubjectPublicKeyInfo DER of the RSA key the certificate is for. */
  spki: Uint8Array;
  /** The matching RSA private key, as a JWK, that signs the certificate. */
  privateJwk: JsonWebKey;
  serial: Uint8Array;
  notBefore: number;
  notAfter: number;
}

/** Builds and signs a self-signed v3 certificate; resolves to its PEM text. */
export async function selfSignedCertificate(spec: CertificateSpec): Promise<string> {
  const extensions = seq(
    // basicConstraints: an end-entity certificate, not a CA (RFC 5280 §4.2.1.9).
    seq(oid(BASIC_CONSTRAINTS), tlv(0x04, seq())),
    // subjectAltName dNSName (RFC 5280 §4.2.1.6): the host the certificate names.
    seq(
      oid(SUBJECT_ALT_NAME),
      tlv(0x04, seq(tlv(0x82, new TextEncoder().encode(spec.commonName)))),
    ),
  );
  const tbs = seq(
    explicit(0, integer(Uint8Array.of(2))), // v3
    integer(spec.serial),
    SHA256_WITH_RSA,
    name(spec.commonName),
    seq(time(spec.notBefore), time(spec.notAfter)),
    name(spec.commonName),
    spec.spki,
    explicit(3, extensions),
  );
  const jwk: JsonWebKey = { ...spec.privateJwk };
  delete (jwk as Record<string, unknown>).kid;
  const key = await crypto.subtle.importKey(
    'jwk',
    jwk,
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = new Uint8Array(
    await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, tbs.slice().buffer),
  );
  const cert = seq(tbs, SHA256_WITH_RSA, tlv(0x03, Uint8Array.of(0), signature));
  return pemWrap('CERTIFICATE', cert);
}
