/**
 * The pure parts of the signature panel: verdicts from a check result, byte-by-byte comparison of two
 * signatures, and a secret's weakness. No React, so they are tested in the node environment.
 */
import type { AlgInfo, CheckResult, DiagnosticCode, KeyEntry, SignatureStatus } from '../jwt/index';

export type VerdictStatus = 'valid' | 'invalid' | 'unsecured' | 'unchecked';

export function signatureVerdict(signature: SignatureStatus): VerdictStatus {
  return signature === 'not-performed' ? 'unchecked' : signature;
}

/** Why a signature was not checked, as a reason id the panel words. */
export type UncheckedReason = 'noKey' | 'jwe' | 'token' | 'alg' | 'key';

const KEY_ERRORS = new Set<DiagnosticCode>([
  'key-invalid',
  'key-empty',
  'key-alg-mismatch',
  'key-use-not-sig',
  'key-ops-forbid',
  'key-small-order',
  'kid-not-found',
  'alg-unsupported-here',
]);

export function uncheckedReason(result: CheckResult): UncheckedReason {
  const codes = new Set(result.diagnostics.map((d) => d.code));
  if (result.inspection.kind === 'jwe') return 'jwe';
  if (codes.has('alg-not-allowed')) return 'alg';
  if (result.diagnostics.some((d) => KEY_ERRORS.has(d.code))) return 'key';
  if (codes.has('key-missing')) return 'noKey';
  return 'token';
}

/** For each position of `a`, whether `b` differs there (or is too short to have it). */
export function diffMask<T>(a: ArrayLike<T>, b: ArrayLike<T>): boolean[] {
  const out: boolean[] = [];
  for (let i = 0; i < a.length; i++) out.push(i >= b.length || a[i] !== b[i]);
  return out;
}

/** How many positions differ, over the longer of the two. */
export function countDifferences<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  const n = Math.max(a.length, b.length);
  let count = 0;
  for (let i = 0; i < n; i++) if (i >= a.length || i >= b.length || a[i] !== b[i]) count++;
  return count;
}

export interface Run {
  start: number;
  end: number;
  diff: boolean;
}

/** Consecutive positions with the same mark, so a long signature renders as a few elements. */
export function runsOf(mask: readonly boolean[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < mask.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.diff === mask[i]) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, diff: mask[i]! });
  }
  return runs;
}

export function toHex(bytes: Uint8Array): string[] {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0'));
}

/**
 * A shared secret shorter than the hash (RFC 7518 §3.2 asks for at least as many bits as the hash
 * output). Without a token algorithm, HS256's 256 bits is the floor.
 */
export function secretShortfall(
  key: KeyEntry | null,
  info: AlgInfo | null,
): { bits: number; required: number; alg: string } | null {
  if (!key || key.kind !== 'secret') return null;
  const required = info?.family === 'HMAC' && info.minKeyBits ? info.minKeyBits : 256;
  const alg = info?.family === 'HMAC' ? info.alg : 'HS256';
  return key.bits < required ? { bits: key.bits, required, alg } : null;
}
