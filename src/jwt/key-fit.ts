/**
 * Which algorithms a key can serve (RFC 8725 §3.1: each key with exactly one algorithm family). Apart
 * from the algorithm table because only key reading, checking and signing ask, and they load on
 * demand; reading a token needs the table alone.
 */
import { ALGORITHMS, SIGNING_ALGS, type AlgInfo, type JwsAlg, type Kty } from './algorithms';

/** The properties of a key that decide which algorithms it can serve. */
export interface KeyShape {
  kty: Kty;
  crv?: string | undefined;
  alg?: string | undefined;
}

/** The algorithms a key can serve: its JWK "alg" when set (RFC 7517 §4.4), otherwise all that fit its type. */
export function algorithmsForKey(key: KeyShape): JwsAlg[] {
  const fitting = SIGNING_ALGS.filter((a) => keyFitsAlgorithm(key, ALGORITHMS[a]) === null);
  if (key.alg !== undefined) return fitting.filter((a) => a === key.alg);
  return fitting;
}

/** Why a key cannot serve an algorithm (RFC 8725 §3.1), as typed values. */
export type KeyMismatch =
  | { reason: 'none' }
  | { reason: 'kty'; needKty: Kty }
  | { reason: 'crv'; needCrv: string; keyCrv: string }
  | { reason: 'key-alg'; keyAlg: string };

/**
 * Why a key cannot serve an algorithm, or null when it can.
 * RFC 8725 §3.1: each key is used with exactly one algorithm family.
 */
export function keyFitsAlgorithm(key: KeyShape, info: AlgInfo): KeyMismatch | null {
  if (info.kty === null) return { reason: 'none' };
  if (key.kty !== info.kty) return { reason: 'kty', needKty: info.kty };
  if (info.crv !== null && key.crv !== info.crv) {
    return { reason: 'crv', needCrv: info.crv, keyCrv: key.crv ?? '' };
  }
  if (key.alg !== undefined && key.alg !== info.alg) return { reason: 'key-alg', keyAlg: key.alg };
  return null;
}
