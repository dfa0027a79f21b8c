/**
 * Which key serves which JWE algorithm, and the WebCrypto facts that differ between browsers.
 */
import type { Diagnostic } from '../diagnostics';
import type { JweAlgInfo, JweEncInfo } from './algorithms';
import { diagnoseJwe } from './codes';
import { describeJweKey, type JweKey } from './keys';
import { buf } from './primitives';

/** Why a key cannot serve `alg` (for decryption or encryption), as a finding; null when it fits. */
export function unfit(
  key: JweKey,
  alg: JweAlgInfo,
  enc: JweEncInfo,
  purpose: 'decrypt' | 'encrypt',
): Diagnostic | null {
  const d = (code: Parameters<typeof diagnoseJwe>[0], params: Record<string, string | number>) =>
    diagnoseJwe(code, 'key', null, params);
  // A direct key names the content encryption it serves ("alg": "A128GCM", RFC 7520 §5.6).
  if (key.alg !== undefined && key.alg !== alg.alg && !(alg.mode === 'dir' && key.alg === enc.enc))
    return d('jwe-key-alg-mismatch', { alg: alg.alg, keyAlg: key.alg });
  const needs = (what: string) =>
    d('jwe-key-unfit', { alg: alg.alg, needs: what, key: describeJweKey(key) });
  switch (alg.mode) {
    case 'dir':
    case 'kw':
    case 'gcmkw': {
      if (key.kind !== 'secret') return needs('a shared secret');
      const bits = alg.mode === 'dir' ? enc.keyBits : alg.kwBits!;
      if (key.bits !== bits)
        return d('jwe-key-length', {
          alg: alg.mode === 'dir' ? `dir with ${enc.enc}` : alg.alg,
          expected: bits,
          actual: key.bits,
        });
      return null;
    }
    case 'pbes2':
      return key.kind === 'secret' ? null : needs('a password');
    case 'rsa-oaep':
      if (key.kty !== 'RSA') return needs('an RSA key');
      if (purpose === 'decrypt' && key.kind !== 'private')
        return d('jwe-key-public', { kty: 'RSA' });
      return null;
    case 'ecdh-es':
    case 'ecdh-es-kw':
      if (key.kty !== 'EC' && key.kty !== 'OKP')
        return needs('an EC (P-256, P-384, P-521) or X25519 key');
      if (purpose === 'decrypt' && key.kind !== 'private')
        return d('jwe-key-public', { kty: key.crv ?? key.kty });
      return null;
  }
}

let aes192: Promise<boolean> | null = null;

/** Whether this WebCrypto has 192-bit AES (Chromium does not), cached. */
export function supportsAes192(): Promise<boolean> {
  aes192 ??= crypto.subtle
    .importKey('raw', buf(new Uint8Array(24)), 'AES-GCM', false, ['encrypt'])
    .then(
      () => true,
      () => false,
    );
  return aes192;
}

let x25519: Promise<boolean> | null = null;

/** Whether this WebCrypto has X25519, cached. */
export function supportsX25519(): Promise<boolean> {
  x25519 ??= crypto.subtle.generateKey({ name: 'X25519' }, false, ['deriveBits']).then(
    () => true,
    () => false,
  );
  return x25519;
}

/** What an algorithm pair needs that this browser lacks, or null. */
export async function missingHere(
  alg: JweAlgInfo,
  enc: JweEncInfo,
  crv?: string,
): Promise<string | null> {
  const aes = [enc.family === 'GCM' ? enc.keyBits : enc.keyBits / 2];
  if (alg.kwBits) aes.push(alg.kwBits);
  if (aes.includes(192) && !(await supportsAes192())) return '192-bit AES keys';
  if (crv === 'X25519' && !(await supportsX25519())) return 'X25519 key agreement';
  return null;
}
