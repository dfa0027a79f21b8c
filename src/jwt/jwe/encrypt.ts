/**
 * encrypt: makes a compact JWE (RFC 7516 §5.1) from a plaintext, an algorithm pair and the
 * recipient's key: the public key for RSA-OAEP and ECDH-ES, the shared secret or password otherwise.
 * Never throws.
 */
import type { Diagnostic } from '../diagnostics';
import type { KeyInput } from '../index';
import { decodeBase64url, encodeBase64url } from '../base64url';
import { encodeUtf8 } from '../utf8';
import { getJweAlg, getJweEnc, REFUSED_ALGS, type JweAlgInfo, type JweEncInfo } from './algorithms';
import { errorName } from '../keys/errors';
import { diagnoseJwe } from './codes';
import { missingHere, unfit } from './fit';
import { publicOf, readJweKey, type JweKey } from './keys';
import {
  aesKwWrap,
  buf,
  cbcHsEncrypt,
  concatKdf,
  ecdhShared,
  gcmEncrypt,
  pbes2Key,
  randomBytes,
} from './primitives';

export interface EncryptRequest {
  /** The plaintext: claims as JSON text, any text, a JWS for a nested token, or bytes. */
  plaintext: string | Uint8Array;
  alg: string;
  enc: string;
  /** The recipient's key (a private key's public half is used). */
  key: KeyInput;
  /** More protected header members, e.g. {"cty": "JWT"} or {"typ": "JWT"}; "kid" comes from the key. */
  header?: Record<string, unknown>;
  /** PBES2 iterations; 10,000 by default (RFC 7518 §4.8.1.2 asks for at least 1000). */
  p2c?: number;
  /** Fixed content key and IV, for tests that must reproduce a known token. */
  cek?: Uint8Array;
  iv?: Uint8Array;
}

export type EncryptResult =
  { token: string; diagnostics: Diagnostic[] } | { token: null; diagnostics: Diagnostic[] };

const failed = (d: Diagnostic): EncryptResult => ({ token: null, diagnostics: [d] });
const failedWith = (e: unknown): EncryptResult =>
  failed(diagnoseJwe('jwe-encrypt-failed', 'input', null, { error: errorName(e) }));

/** Makes a compact JWE. Never throws. */
export async function encrypt(request: EncryptRequest): Promise<EncryptResult> {
  if (REFUSED_ALGS.has(request.alg))
    return failed(diagnoseJwe('jwe-rsa1_5-refused', 'header', null));
  const alg = getJweAlg(request.alg);
  if (!alg) return failed(diagnoseJwe('jwe-alg-unknown', 'header', null, { alg: request.alg }));
  const enc = getJweEnc(request.enc);
  if (!enc) return failed(diagnoseJwe('jwe-enc-unknown', 'header', null, { enc: request.enc }));
  const read = await readJweKey(request.key);
  if (read.keys.length === 0) return { token: null, diagnostics: read.diagnostics };
  const key = read.keys.find((k) => unfit(k, alg, enc, 'encrypt') === null);
  if (!key) return failed(unfit(read.keys[0]!, alg, enc, 'encrypt')!);
  const missing = await missingHere(alg, enc, key.crv);
  if (missing)
    return failed(diagnoseJwe('jwe-unsupported-here', 'header', null, { what: missing }));
  try {
    return { token: await seal(request, alg, enc, key), diagnostics: [] };
  } catch (e) {
    return failedWith(e);
  }
}

async function seal(
  request: EncryptRequest,
  alg: JweAlgInfo,
  enc: JweEncInfo,
  key: JweKey,
): Promise<string> {
  const header: Record<string, unknown> = { alg: alg.alg, enc: enc.enc };
  if (key.kid !== undefined) header.kid = key.kid;
  Object.assign(header, request.header ?? {});
  let cek = request.cek ?? randomBytes(enc.keyBits / 8);
  let encryptedKey: Uint8Array = new Uint8Array();
  switch (alg.mode) {
    case 'dir':
      cek = key.secret!;
      break;
    case 'kw':
      encryptedKey = await aesKwWrap(key.secret!, cek);
      break;
    case 'gcmkw': {
      const iv = randomBytes(12);
      const out = await gcmEncrypt(key.secret!, iv, cek, new Uint8Array());
      header.iv = encodeBase64url(iv);
      header.tag = encodeBase64url(out.tag);
      encryptedKey = out.ciphertext;
      break;
    }
    case 'rsa-oaep': {
      const pub = publicOf(key.jwk!);
      const k = await crypto.subtle.importKey(
        'jwk',
        pub,
        { name: 'RSA-OAEP', hash: alg.hash! },
        false,
        ['encrypt'],
      );
      encryptedKey = new Uint8Array(await crypto.subtle.encrypt('RSA-OAEP', k, buf(cek)));
      break;
    }
    case 'ecdh-es':
    case 'ecdh-es-kw': {
      const params =
        key.crv === 'X25519' ? { name: 'X25519' } : { name: 'ECDH', namedCurve: key.crv! };
      const pub = publicOf(key.jwk!);
      const theirs = await crypto.subtle.importKey('jwk', pub, params, false, []);
      const ephemeral = (await crypto.subtle.generateKey(params, true, [
        'deriveBits',
      ])) as CryptoKeyPair;
      const epk = await crypto.subtle.exportKey('jwk', ephemeral.publicKey);
      header.epk =
        key.kty === 'EC'
          ? { kty: epk.kty, crv: epk.crv, x: epk.x, y: epk.y }
          : { kty: epk.kty, crv: epk.crv, x: epk.x };
      const z = await ecdhShared(ephemeral.privateKey, theirs, key.crv!);
      const apu = typeof header.apu === 'string' ? base64urlOrEmpty(header.apu) : new Uint8Array();
      const apv = typeof header.apv === 'string' ? base64urlOrEmpty(header.apv) : new Uint8Array();
      if (alg.mode === 'ecdh-es') {
        cek = await concatKdf(z, enc.keyBits, enc.enc, apu, apv);
      } else {
        encryptedKey = await aesKwWrap(await concatKdf(z, alg.kwBits!, alg.alg, apu, apv), cek);
      }
      break;
    }
    case 'pbes2': {
      const p2s = randomBytes(16);
      const p2c = request.p2c ?? 10_000;
      header.p2s = encodeBase64url(p2s);
      header.p2c = p2c;
      encryptedKey = await aesKwWrap(
        await pbes2Key(key.secret!, alg.alg, p2s, p2c, alg.hash!, alg.kwBits!),
        cek,
      );
      break;
    }
  }
  const protectedHeader = encodeBase64url(encodeUtf8(JSON.stringify(header)));
  const iv = request.iv ?? randomBytes(enc.ivBytes);
  const plaintext =
    typeof request.plaintext === 'string' ? encodeUtf8(request.plaintext) : request.plaintext;
  // RFC 7516 §5.1 step 14: the AAD is the ASCII of the encoded protected header.
  const aad = encodeUtf8(protectedHeader);
  const { ciphertext, tag } =
    enc.family === 'GCM'
      ? await gcmEncrypt(cek, iv, plaintext, aad)
      : await cbcHsEncrypt(cek, enc.hash!, iv, plaintext, aad);
  return [protectedHeader, encryptedKey, iv, ciphertext, tag]
    .map((p) => (typeof p === 'string' ? p : encodeBase64url(p)))
    .join('.');
}

function base64urlOrEmpty(text: string): Uint8Array {
  return decodeBase64url(text) ?? new Uint8Array();
}
