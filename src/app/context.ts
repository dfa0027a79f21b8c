import { createContext, useContext, type Dispatch } from 'react';
import type { ClaimOptions, Diagnostic, Inspection } from '../jwt/index';
import type { Action, State } from './state';
import type { Verification } from './useVerification';

/** What every pane may read: the inputs, the dispatcher and what is derived from them. */
export interface Playground {
  state: State;
  dispatch: Dispatch<Action>;
  /** inspect(state.token), memoised on the token. */
  inspection: Inspection;
  /** The latest background check (signature, key, policy). */
  verification: Verification;
  /** "Now" as a NumericDate, ticking or travelled to. */
  now: number;
  /** Claim diagnostics at `now` (recomputed as the clock ticks, without crypto). */
  claimDiagnostics: Diagnostic[];
  claimOptions: ClaimOptions;
}

export const PlaygroundContext = createContext<Playground | null>(null);

export function usePlayground(): Playground {
  const p = useContext(PlaygroundContext);
  if (!p) throw new Error('usePlayground outside PlaygroundContext');
  return p;
}
