import { useEffect, useRef, useState, type Dispatch } from 'react';
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
import type { Action, KeysUsed, State } from './state';

export type ResignResult = { ok: true; token: string } | { ok: false; diagnostics: Diagnostic[] };

/** The key texts a signature is made with, so a signature made with older ones can be recognised. */
export function keysOf(state: State): KeysUsed {
  return { keyText: state.keyText, keyFormat: state.keyFormat, signKeyText: state.signKeyText };
}

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

export interface AutoSign {
  /** Why the last signing failed, in Sign mode. */
  errors: Diagnostic[];
  /** A signature for the current text and keys is being made: the token's is about to change. */
  signing: boolean;
}

/**
 * Sign mode: every change of the signed text or of the keys re-signs. The signature carries the
 * token and the key texts it was made with, and the reducer drops it when any has changed since, so
 * a slow signature never lands on a newer key (the last signed input is remembered so a randomised
 * signature, PS* or ES*, does not trigger another signing).
 */
export function useAutoSign(
  state: State,
  inspection: Inspection,
  dispatch: Dispatch<Action>,
  enabled = true,
  signer: typeof resign = resign,
): AutoSign {
  const last = useRef<string | null>(null);
  const [done, setDone] = useState<{ input: string; errors: Diagnostic[] } | null>(null);
  const input = `${inspection.signingInput ?? ''}\u0000${state.signKeyText}\u0000${state.keyText}\u0000${state.keyFormat}`;
  const active = enabled && state.mode === 'sign';
  useEffect(() => {
    if (!active || last.current === input) return;
    last.current = input;
    const from = state.token;
    const keys = keysOf(state);
    void signer(state, inspection).then((r) => {
      setDone({ input, errors: r.ok ? [] : r.diagnostics });
      if (r.ok && r.token !== from) dispatch({ type: 'signed', from, keys, token: r.token });
    });
    // `input` stands for the signed text and the keys.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, input]);
  if (!active) return { errors: [], signing: false };
  const current = done?.input === input;
  return { errors: current ? done.errors : [], signing: !current };
}
