/**
 * Keys through WebCrypto while they are read: a JWK is imported once as a check, and DER (SPKI,
 * PKCS#8) is imported and exported again as a JWK, so a key that reads is one that works.
 */
import { ALGORITHMS, type Kty } from '../algorithms';
import { algorithmsForKey } from '../key-fit';
import type { KeyEntry } from '../secrets';
import { errorName, refuse } from './errors';

/** The members that carry key material: what WebCrypto needs, and nothing that could contradict it. */
const MATERIAL = ['kty', 'crv', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'x', 'y', 'k'] as const;

export function material(jwk: object): JsonWebKey {
  const out: Record<string, unknown> = {};
  for (const m of MATERIAL) {
    const v = (jwk as Record<string, unknown>)[m];
    if (v !== undefined) out[m] = v;
  }
  return out as JsonWebKey;
}

/** Import parameters for a key type, taken from the algorithm table (RS256 stands for any RSA use). */
export function importParamsFor(
  kty: Kty,
  crv: string | undefined,
): AlgorithmIdentifier | EcKeyImportParams {
  const alg = algorithmsForKey({ kty, crv })[0];
  if (alg === undefined)
    throw new TypeError(`no algorithm uses a ${kty} key on ${crv ?? 'no curve'}`);
  return ALGORITHMS[alg].importParams;
}

export function usageOf(entry: KeyEntry): KeyUsage {
  return entry.kind === 'private' ? 'sign' : 'verify';
}

/** Imports a JWK once as a check, so that a key which reads here also works for signing/verifying. */
export async function checkWithWebCrypto(entry: KeyEntry): Promise<void> {
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

export async function jwkFromDer(
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
