/**
 * Findings compared as data. A finding is a code with typed params, so two findings say the same
 * thing, in every language, exactly when these match.
 */
import type { Diagnostic } from '../jwt/index';

/** One finding twice (a key's finding that the check repeats): the same code and the same params. */
export function sameFinding(a: Diagnostic, b: Diagnostic): boolean {
  if (a.code !== b.code) return false;
  const keys = Object.keys(a.params);
  return (
    keys.length === Object.keys(b.params).length && keys.every((k) => a.params[k] === b.params[k])
  );
}
