/**
 * What a JWK says it may be used for (RFC 7517 §4.2 "use", §4.3 "key_ops"), enforced before the key
 * touches WebCrypto: a key published for encryption, or for operations other than this one, must not
 * silently verify or sign.
 */
import type { Diagnostic } from './diagnostics';
import type { KeyDescription } from './params';
import type { KeyEntry } from './secrets';
import { diagnoseVerify as diagnose } from './verify-codes';

/** A diagnostic when the key's "use" or "key_ops" forbid the operation, else null. */
export function keyUseRefusal(key: KeyEntry, op: 'verify' | 'sign'): Diagnostic | null {
  // RFC 7517 §4.2: "sig" for signatures, "enc" for encryption; other values are not for JWS.
  if (key.use !== undefined && key.use !== 'sig') {
    return diagnose('key-use-not-sig', 'key', null, { use: key.use, op });
  }
  // RFC 7517 §4.3. A private key's own ops ("sign") say nothing of its public half, which verifies.
  const ops = key.key_ops;
  if (ops !== undefined && !ops.includes(op) && !(op === 'verify' && key.kind === 'private')) {
    return diagnose('key-ops-forbid', 'key', null, { op, ops: ops.join(', ') });
  }
  return null;
}

/** The typed description of a key in key-alg-mismatch (rendered per language). */
export function keyParams(key: KeyEntry): KeyDescription {
  const out: KeyDescription = { kind: key.kind, kty: key.kty };
  if (key.crv) out.crv = key.crv;
  if (key.alg) out.keyAlg = key.alg;
  return out;
}
