/**
 * Key management (RFC 7518 §4): recovers the content encryption key from the token and the
 * recipient's key (RFC 7516 §5.2 steps 7-13), by direct use, AES key wrap, AES-GCM key wrap,
 * RSA-OAEP, ECDH-ES (direct or with key wrap) or PBES2. Throws a Refusal when the key cannot open it.
 */
import type { JweAlgInfo, JweEncInfo } from './algorithms';
import { diagnoseJwe } from './codes';
import { errorName, invalid as keyInvalid } from '../keys/errors';
import type { JweKey } from './keys';
import { member, Refusal, type Parts } from './parts';
import { aesKwUnwrap, buf, concatKdf, ecdhShared, gcmDecrypt, pbes2Key } from './primitives';

/** The content encryption key; `maxP2c` caps the PBES2 iterations the token may ask for. */
export async function contentKey(
  parts: Parts,
  alg: JweAlgInfo,
  enc: JweEncInfo,
  key: JweKey,
  maxP2c: number,
): Promise<Uint8Array> {
  const unwrapFailed = () =>
    new Refusal(
      diagnoseJwe('jwe-unwrap-failed', 'encrypted-key', parts.places['encrypted-key'].span, {
        alg: alg.alg,
      }),
    );
  const unwrap = async (kek: Uint8Array): Promise<Uint8Array> => {
    const cek = await aesKwUnwrap(kek, parts.encryptedKey);
    if (!cek) throw unwrapFailed();
    return cek;
  };
  switch (alg.mode) {
    case 'dir':
      return key.secret!;
    case 'kw':
      return unwrap(key.secret!);
    case 'gcmkw': {
      const iv = member(parts, alg, 'iv', 12);
      const tag = member(parts, alg, 'tag', 16);
      const out = await gcmDecrypt(key.secret!, iv, parts.encryptedKey, tag, new Uint8Array());
      if (!out) throw unwrapFailed();
      return out;
    }
    case 'rsa-oaep': {
      let k: CryptoKey;
      try {
        k = await crypto.subtle.importKey(
          'jwk',
          key.jwk!,
          { name: 'RSA-OAEP', hash: alg.hash! },
          false,
          ['decrypt'],
        );
      } catch (e) {
        throw keyRefused(e, key.kty);
      }
      try {
        return new Uint8Array(await crypto.subtle.decrypt('RSA-OAEP', k, buf(parts.encryptedKey)));
      } catch {
        throw unwrapFailed();
      }
    }
    case 'ecdh-es':
    case 'ecdh-es-kw': {
      const z = await agree(parts, alg, key);
      const apu = parts.header.apu === undefined ? new Uint8Array() : member(parts, alg, 'apu');
      const apv = parts.header.apv === undefined ? new Uint8Array() : member(parts, alg, 'apv');
      // RFC 7518 §4.6.2: AlgorithmID is "enc" for direct agreement, "alg" when the result wraps a key.
      if (alg.mode === 'ecdh-es') return concatKdf(z, enc.keyBits, enc.enc, apu, apv);
      return unwrap(await concatKdf(z, alg.kwBits!, alg.alg, apu, apv));
    }
    case 'pbes2':
      return unwrap(await passwordKey(parts, alg, key, maxP2c));
  }
}

/** The PBES2 key-encryption key from the password, "p2s" and "p2c" (RFC 7518 §4.8.1). */
async function passwordKey(
  parts: Parts,
  alg: JweAlgInfo,
  key: JweKey,
  maxP2c: number,
): Promise<Uint8Array> {
  const p2s = member(parts, alg, 'p2s');
  const p2c = parts.header.p2c;
  if (typeof p2c !== 'number' || !Number.isInteger(p2c) || p2c < 1) {
    throw new Refusal(
      diagnoseJwe('jwe-header-member', 'header', parts.places.header.span, {
        name: 'p2c',
        alg: alg.alg,
        problem: 'not-count',
      }),
    );
  }
  if (p2c > maxP2c) {
    throw new Refusal(
      diagnoseJwe('jwe-p2c-too-large', 'header', parts.places.header.span, { p2c, max: maxP2c }),
    );
  }
  if (p2s.length < 8) {
    throw new Refusal(
      diagnoseJwe(
        'jwe-p2s-short',
        'header',
        parts.places.header.span,
        { bytes: p2s.length },
        { severity: 'error' },
      ),
    );
  }
  return pbes2Key(key.secret!, alg.alg, p2s, p2c, alg.hash!, alg.kwBits!);
}

function keyRefused(e: unknown, kty: string): Refusal {
  return new Refusal(keyInvalid({ reason: 'webcrypto-refused', kty, error: errorName(e) }));
}

/** ECDH between the recipient's private key and the sender's "epk" (RFC 7518 §4.6.1.1). */
async function agree(parts: Parts, alg: JweAlgInfo, key: JweKey): Promise<Uint8Array> {
  const epk = parts.header.epk;
  const bad = (problem: string, more: Record<string, string> = {}) =>
    new Refusal(
      diagnoseJwe('jwe-epk-invalid', 'header', parts.places.header.span, {
        problem,
        alg: alg.alg,
        ...more,
      }),
    );
  if (typeof epk !== 'object' || epk === null || Array.isArray(epk)) throw bad('missing');
  const e = epk as Record<string, unknown>;
  if (e.crv !== key.crv)
    throw bad('curve', { crv: JSON.stringify(e.crv ?? null), keyCrv: String(key.crv) });
  const params = key.crv === 'X25519' ? { name: 'X25519' } : { name: 'ECDH', namedCurve: key.crv! };
  const publicJwk: JsonWebKey = { kty: String(e.kty), crv: String(e.crv), x: String(e.x) };
  if (key.kty === 'EC') publicJwk.y = String(e.y);
  let theirs: CryptoKey;
  try {
    // WebCrypto checks that the point lies on the curve (the invalid-curve attack, RFC 8725 §3.4).
    theirs = await crypto.subtle.importKey('jwk', publicJwk, params, false, []);
  } catch {
    throw bad('point');
  }
  let mine: CryptoKey;
  try {
    mine = await crypto.subtle.importKey('jwk', key.jwk!, params, false, ['deriveBits']);
  } catch (err) {
    throw keyRefused(err, key.kty);
  }
  return ecdhSharedOrRefuse(mine, theirs, key.crv!, bad);
}

async function ecdhSharedOrRefuse(
  mine: CryptoKey,
  theirs: CryptoKey,
  crv: string,
  bad: (problem: string) => Refusal,
): Promise<Uint8Array> {
  try {
    return await ecdhShared(mine, theirs, crv);
  } catch {
    // X25519 refuses a low-order point (all-zero shared secret), RFC 7748 §6.1.
    throw bad('small-order');
  }
}
