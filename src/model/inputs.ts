/** What the playground's background work depends on, and a key that identifies it. */
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

/** A key that identifies the inputs: two equal keys derive the same (up to `now`). */
export function inputsKey(i: DeriveInputs): string {
  return [
    i.token,
    i.originalToken ?? '',
    i.keyText,
    i.keyFormat,
    i.signKeyText,
    JSON.stringify(i.policy),
    i.mode,
  ].join('\u0000');
}
