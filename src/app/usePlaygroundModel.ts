import { useEffect, useMemo, useState, type Dispatch } from 'react';
import { inspect, loadClaimChecks } from '../jwt/index';
import type { Playground } from './context';
import { useAutoSign } from './signing';
import type { Action, State } from './state';
import { useVerification } from './useVerification';

/**
 * Everything the panes read, derived from the inputs: the inspection (memoised on the token), the
 * claim checks at `now` (recomputed as the clock ticks, without crypto), the background verification
 * and Sign mode's re-signing. The app and the component tests wire the playground through this one
 * hook; `background: false` leaves out the WebCrypto work for tests of panes that do not need it.
 */
export function usePlaygroundModel(
  state: State,
  dispatch: Dispatch<Action>,
  now: number,
  background = true,
): Playground {
  const inspection = useMemo(() => inspect(state.token), [state.token]);
  const claimOptions = useMemo(() => {
    const o: Playground['claimOptions'] = { now, leeway: state.policy.leeway };
    if (state.policy.audience.trim()) o.audience = state.policy.audience.trim();
    if (state.policy.issuer.trim()) o.issuer = state.policy.issuer.trim();
    return o;
  }, [now, state.policy]);
  const checkClaims = useClaimChecks();
  const claimDiagnostics = useMemo(() => {
    const json = inspection.payload?.json;
    if (!json || !checkClaims) return [];
    return checkClaims(json, claimOptions, inspection.segments[1]?.span ?? null);
  }, [inspection, claimOptions, checkClaims]);
  const verification = useVerification(
    state.token,
    state.keyText,
    state.keyFormat,
    state.policy,
    () => now,
    background,
  );
  useAutoSign(state, inspection, dispatch, background);
  return { state, dispatch, inspection, verification, now, claimDiagnostics, claimOptions };
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
