import { createContext, useContext, type Dispatch } from 'react';
import type { CheckResult, ClaimOptions, Diagnostic, Inspection } from '../jwt/index';
import type { Derived } from './derive';
import type { Action, State } from './state';

/** An asynchronous derivation: `value` for the current inputs, `stale` the last one for any inputs. */
export interface Async<V> {
  value: V | null;
  stale: V | null;
  pending: boolean;
}

export interface Verification {
  /** The latest check: for the current inputs unless `pending`, null before the first arrives. */
  result: CheckResult | null;
  /** True while the check for the current inputs (or Sign mode's signature) is still coming. */
  pending: boolean;
}

/** What every pane may read: the inputs, the dispatcher and what is derived from them. */
export interface Playground {
  state: State;
  dispatch: Dispatch<Action>;
  /** inspect(state.token), memoised on the token. */
  inspection: Inspection;
  /** The background derivation: keys, check, the signature the key makes, why it failed. */
  derived: Async<Derived>;
  /** The check in `derived`, for the current inputs. */
  verification: Verification;
  /** Why Sign mode could not sign the current text. */
  signErrors: Diagnostic[];
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
