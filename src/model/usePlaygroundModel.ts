import { useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import { loadClaimChecks } from '../jwt/index';
import type { Async, Playground } from './context';
import type { Derived } from './derive';
import { sameInputs, type DeriveInputs } from './inputs';
import { inspectToken } from './inspectToken';
import { claimOptionsOf } from './policy';
import { useAutoSign } from './useAutoSign';

// The background work (keys, WebCrypto, the why-analysis) loads after the first paint.
const loadDerive = () => import('./derive');
import type { Action, State } from './state';

/**
 * Everything the panes read, derived from the inputs: the inspection (memoised on the token), the
 * claim checks at `now` (recomputed as the clock ticks, without crypto), and the background
 * derivation (keys, check, the signature the key makes, why it failed) in one effect that drops
 * stale results in one place. Sign mode re-signs here too. The app, lessons and the component tests
 * wire the playground through this one hook; `background: false` leaves out the WebCrypto work for
 * tests of panes that do not need it. `initial` is a derivation made before the first render (the
 * first screen's, see src/main.tsx): for the inputs it was made from, the first render shows it.
 */
export function usePlaygroundModel(
  state: State,
  dispatch: Dispatch<Action>,
  now: number,
  background = true,
  initial: Derived | null = null,
): Playground {
  const inspection = useMemo(() => inspectToken(state.token), [state.token]);
  const claimOptions = useMemo(() => claimOptionsOf(state.policy, now), [now, state.policy]);
  const checkClaims = useClaimChecks();
  const claimDiagnostics = useMemo(() => {
    const json = inspection.payload?.json;
    if (!json || !checkClaims) return [];
    return checkClaims(json, claimOptions, inspection.segments[1]?.span ?? null);
  }, [inspection, claimOptions, checkClaims]);
  const derived = useDerived(state, now, background, initial);
  const autoSign = useAutoSign(state, inspection, dispatch, background);
  const verification = {
    // The last check stays on screen (marked as checking) until the one for these inputs arrives.
    result: (derived.value ?? derived.stale)?.result ?? null,
    // While Sign mode is re-signing, the token's signature is about to change: not a verdict yet.
    pending: derived.pending || autoSign.signing,
  };
  return {
    state,
    dispatch,
    inspection,
    derived,
    verification,
    signErrors: autoSign.errors,
    now,
    claimDiagnostics,
    claimOptions,
  };
}

/**
 * Runs `derive` whenever the inputs change; a result that arrives after they have changed again is
 * dropped. `now` is read when a derivation starts; claim times are re-evaluated as the clock ticks.
 * An `initial` derivation stands for the inputs it was made from: they are not derived again.
 */
function useDerived(
  state: State,
  now: number,
  enabled: boolean,
  initial: Derived | null,
): Async<Derived> {
  // Picked once per change of the inputs, not at every render (the clock ticks each second).
  const { token, originalToken, keyText, keyFormat, signKeyText, policy, mode } = state;
  const inputs = useMemo(
    () => ({ token, originalToken, keyText, keyFormat, signKeyText, policy, mode }),
    [token, originalToken, keyText, keyFormat, signKeyText, policy, mode],
  );
  const [got, setGot] = useState<{ for: DeriveInputs; value: Derived } | null>(() =>
    initial ? { for: initial.for, value: initial } : null,
  );
  const madeFor = useRef<DeriveInputs | null>(got?.for ?? null);
  const latest = useRef({ inputs, now });
  useEffect(() => {
    latest.current = { inputs, now };
  });
  useEffect(() => {
    if (!enabled || (madeFor.current && sameInputs(madeFor.current, inputs))) return;
    madeFor.current = null;
    let live = true;
    const { inputs: current, now: at } = latest.current;
    // In a task of its own: after a paste, the commit's task already holds the browser's reading
    // of the clipboard and the editor's layout; reading a megabyte key on top of them would make
    // one long task of the three.
    void nextTask()
      .then(loadDerive)
      .then((m) => (live ? m.derive(current, at) : null))
      .then((value) => {
        if (live && value) setGot({ for: current, value });
      });
    return () => {
      live = false;
    };
  }, [inputs, enabled]);
  if (!enabled) return { value: null, stale: null, pending: false };
  const fresh = got !== null && sameInputs(got.for, inputs);
  return { value: fresh ? got.value : null, stale: got?.value ?? null, pending: !fresh };
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The claim checks arrive just after the first paint; until then there are none to show. */
function useClaimChecks(): Awaited<ReturnType<typeof loadClaimChecks>> | null {
  const [checker, setChecker] = useState<Awaited<ReturnType<typeof loadClaimChecks>> | null>(null);
  useEffect(() => {
    let live = true;
    void loadClaimChecks().then((f) => live && setChecker(() => f));
    return () => {
      live = false;
    };
  }, []);
  return checker;
}
