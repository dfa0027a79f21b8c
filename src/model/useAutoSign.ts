import { useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import type { Diagnostic, Inspection } from '../jwt/index';
import type { ResignResult } from './signing';
import { keysOf, type Action, type State } from './state';

// Signing (keys, WebCrypto) loads with the first signature, not with the page.
const loadSigning = () => import('./signing');

type Signer = (state: State, inspection: Inspection) => Promise<ResignResult>;

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
  signer: Signer = (state, inspection) => loadSigning().then((m) => m.resign(state, inspection)),
): AutoSign {
  const last = useRef<string | null>(null);
  const [done, setDone] = useState<{ input: string; errors: Diagnostic[] } | null>(null);
  // One string object per signed text and keys: comparing it on every render (the clock ticks each
  // second) is then a pointer check, not a scan of a megabyte token.
  const input = useMemo(
    () =>
      `${inspection.signingInput ?? ''}\u0000${state.signKeyText}\u0000${state.keyText}\u0000${state.keyFormat}`,
    [inspection.signingInput, state.signKeyText, state.keyText, state.keyFormat],
  );
  const active = enabled && state.mode === 'sign';
  useEffect(() => {
    if (!active || last.current === input) return;
    last.current = input;
    const from = state.token;
    const keys = keysOf(state);
    void signer(state, inspection).then((r) => {
      // An older signing that finishes after a newer one started says nothing about the current
      // input: recording it would mark the page as still signing until the next edit.
      if (last.current === input) setDone({ input, errors: r.ok ? [] : r.diagnostics });
      if (r.ok && r.token !== from) dispatch({ type: 'signed', from, keys, token: r.token });
    });
    // `input` stands for the signed text and the keys.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, input]);
  if (!active) return { errors: [], signing: false };
  const current = done?.input === input;
  return { errors: current ? done.errors : [], signing: !current };
}
