import { useEffect, useRef, useState, type Dispatch } from 'react';
import {
  getAlgorithm,
  keyFitsAlgorithm,
  parseKey,
  sign,
  type Diagnostic,
  type Inspection,
  type KeyEntry,
} from '../jwt/index';
import { keyInputFrom } from './keyInput';
import type { Action, State } from './state';

export type ResignResult = { ok: true; token: string } | { ok: false; diagnostics: Diagnostic[] };

/**
 * The key that signs a token with `alg`: a secret or private key from the sign-key field or the
 * verify-key field, the first that can serve the algorithm (so a private key left over from a
 * generated pair does not sign an HMAC token).
 */
export async function signingKey(state: State, alg?: string | null): Promise<KeyEntry | null> {
  const candidates: KeyEntry[] = [];
  for (const [text, format] of [
    [state.signKeyText, 'auto'],
    [state.keyText, state.keyFormat],
  ] as const) {
    const input = keyInputFrom(text, format);
    if (input) candidates.push(...(await parseKey(input)).keys);
  }
  const info = alg ? getAlgorithm(alg) : null;
  const fits = (k: KeyEntry): boolean => !info || keyFitsAlgorithm(k, info) === null;
  return (
    candidates.find((k) => k.kind !== 'public' && fits(k)) ??
    candidates.find(fits) ??
    candidates[0] ??
    null
  );
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

/**
 * Sign mode: every change of the signed text or of the key re-signs. The last signed input is
 * remembered so a randomised signature (PS*, ES*) does not trigger another signing.
 */
export function useAutoSign(
  state: State,
  inspection: Inspection,
  dispatch: Dispatch<Action>,
  enabled = true,
): Diagnostic[] {
  const last = useRef<string | null>(null);
  const [errors, setErrors] = useState<Diagnostic[]>([]);
  const input = `${inspection.signingInput ?? ''}\u0000${state.signKeyText}\u0000${state.keyText}\u0000${state.keyFormat}`;
  useEffect(() => {
    if (!enabled || state.mode !== 'sign' || last.current === input) return;
    last.current = input;
    const from = state.token;
    void resign(state, inspection).then((r) => {
      setErrors(r.ok ? [] : r.diagnostics);
      if (r.ok && r.token !== from) dispatch({ type: 'signed', from, token: r.token });
    });
    // `input` stands for the signed text and the keys.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.mode, input, enabled]);
  return state.mode === 'sign' ? errors : [];
}
