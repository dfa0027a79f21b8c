/**
 * How key reading fails: a KeyError carries a typed reason (key-reasons.ts), turned into a key-invalid
 * diagnostic; a small-order Ed25519 key gets its own code. Nothing here builds a sentence.
 */
import type { Diagnostic, DiagnosticParams } from '../diagnostics';
import type { KeyProblem, KeyReason } from '../key-reasons';
import { DerError } from '../der';
import type { KeyEntry, KeyFormat, ParsedKey } from '../secrets';
import { diagnoseVerify as diagnose } from '../verify-codes';

/** A key that cannot be read, with a typed reason and values (never a sentence). */
export class KeyError extends Error {
  override name = 'KeyError';
  constructor(readonly problem: KeyProblem) {
    super(problem.reason);
  }
}

export const refuse = (reason: KeyReason, values: DiagnosticParams = {}): KeyError =>
  new KeyError({ ...values, reason });

/** An Ed25519 public key of small order: refused with its own code, never as a mere parse error. */
export class SmallOrderKey extends Error {}

export function invalid(problem: KeyProblem, severity?: 'warning'): Diagnostic {
  return diagnose('key-invalid', 'key', null, problem, severity ? { severity } : {});
}

export function fail(
  format: KeyFormat,
  reason: KeyReason,
  values: DiagnosticParams = {},
): ParsedKey {
  return { format, keys: [], diagnostics: [invalid({ ...values, reason })] };
}

/** The diagnostic for a key that could not be read. */
export function problem(e: unknown, severity?: 'warning', index?: number): Diagnostic {
  if (e instanceof SmallOrderKey) {
    return diagnose('key-small-order', 'key', null, {}, severity ? { severity } : {});
  }
  const problem = describeError(e);
  return invalid(index === undefined ? problem : { ...problem, index }, severity);
}

/** An exception's name (DataError, NotSupportedError): an identifier, never its English message. */
export function errorName(e: unknown): string {
  return e instanceof Error ? e.name : 'Error';
}

export function describeError(e: unknown): KeyProblem {
  if (e instanceof KeyError) return e.problem;
  if (e instanceof DerError) return { reason: 'der', der: e.reason, ...e.values };
  return { reason: 'unexpected', error: errorName(e) };
}

export function finish(format: KeyFormat, keys: KeyEntry[], diagnostics: Diagnostic[]): ParsedKey {
  // RFC 7518 §3.2: an HMAC key must not be empty; the entry is kept so the verifier can explain.
  if (keys.some((k) => k.kind === 'secret' && k.bits === 0)) {
    diagnostics.push(diagnose('key-empty', 'key', null));
  }
  return { format, keys, diagnostics };
}

export async function guard(
  format: KeyFormat,
  read: () => Promise<KeyEntry[]>,
): Promise<ParsedKey> {
  try {
    return finish(format, await read(), []);
  } catch (e) {
    return { format, keys: [], diagnostics: [problem(e)] };
  }
}
