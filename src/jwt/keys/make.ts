/**
 * Making and writing keys: fresh keys per algorithm, RFC 7638 thumbprints, and PEM export.
 */
import { ALGORITHMS, type JwsAlg, type Kty } from '../algorithms';
import { encodeBase64 } from '../base64';
import { encodeBase64url } from '../base64url';
import type { KeyEntry } from '../secrets';
import { entryFromJwk } from './jwk';
import { secretEntry } from './secret';
import { importParamsFor, material, usageOf } from './webcrypto';

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
