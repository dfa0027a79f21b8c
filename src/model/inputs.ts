/** What the playground's background work depends on, and when two sets of it are the same. */
import type { KeyFormatChoice, Mode, Policy } from './state';

/** What the background work depends on: the state's inputs less the clock and the highlight. */
export interface DeriveInputs {
  token: string;
  originalToken: string | null;
  keyText: string;
  keyFormat: KeyFormatChoice;
  signKeyText: string;
  policy: Policy;
  mode: Mode;
}

/** Exactly the inputs, from a state that has more. */
export function pickInputs(s: DeriveInputs): DeriveInputs {
  const { token, originalToken, keyText, keyFormat, signKeyText, policy, mode } = s;
  return { token, originalToken, keyText, keyFormat, signKeyText, policy, mode };
}

/**
 * Whether two sets of inputs derive the same (up to `now`). Field by field: the texts are usually the
 * same strings, compared at once; a key that joined them would copy a 10 MB token at every change.
 */
export function sameInputs(a: DeriveInputs, b: DeriveInputs): boolean {
  return (
    a.token === b.token &&
    a.originalToken === b.originalToken &&
    a.keyText === b.keyText &&
    a.keyFormat === b.keyFormat &&
    a.signKeyText === b.signKeyText &&
    a.mode === b.mode &&
    (a.policy === b.policy || JSON.stringify(a.policy) === JSON.stringify(b.policy))
  );
}
