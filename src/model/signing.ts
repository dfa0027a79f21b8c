import {
  getAlgorithm,
  keyFitsAlgorithm,
  sign,
  type Diagnostic,
  type Inspection,
  type KeyEntry,
  type ParsedKey,
} from '../jwt/index';
import { readKey } from './keys';
import { keysOf, type KeysUsed, type State } from './state';

export { keysOf };

export type ResignResult = { ok: true; token: string } | { ok: false; diagnostics: Diagnostic[] };

/**
 * The key that signs a token with `alg`, among the keys read from the sign-key field and the
 * verify-key field: a secret or private key that can serve the algorithm first (so a private key left
 * over from a generated pair does not sign an HMAC token).
 */
export function chooseSigningKey(
  parsed: readonly ParsedKey[],
  alg?: string | null,
): KeyEntry | null {
  const candidates = parsed.flatMap((p) => p.keys);
  const info = alg ? getAlgorithm(alg) : null;
  const fits = (k: KeyEntry): boolean => !info || keyFitsAlgorithm(k, info) === null;
  return (
    candidates.find((k) => k.kind !== 'public' && fits(k)) ??
    candidates.find(fits) ??
    candidates[0] ??
    null
  );
}

/** Reads the sign-key field, then the verify-key field. */
export async function readSigningKeys(keys: KeysUsed): Promise<ParsedKey[]> {
  return Promise.all([readKey(keys.signKeyText, 'auto'), readKey(keys.keyText, keys.keyFormat)]);
}

/** The key that signs a token with `alg` for the playground's current key fields. */
export async function signingKey(state: State, alg?: string | null): Promise<KeyEntry | null> {
  return chooseSigningKey(await readSigningKeys(keysOf(state)), alg);
}

/** Signs the token's header and payload text, exactly as decoded, with the current signing key. */
export async function resign(state: State, inspection: Inspection): Promise<ResignResult> {
  if (inspection.kind !== 'jws' || !inspection.header || inspection.payload?.text == null) {
    return { ok: false, diagnostics: inspection.diagnostics.filter((d) => d.severity === 'error') };
  }
  const key = await signingKey(state, inspection.alg);
  const result = await sign({
    headerText: inspection.header.text,
    payloadText: inspection.payload.text,
    key,
  });
  return result.ok
    ? { ok: true, token: result.token }
    : { ok: false, diagnostics: result.diagnostics };
}
