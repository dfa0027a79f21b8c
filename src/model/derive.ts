/**
 * Everything the playground shows that needs WebCrypto, derived from its inputs in one function: the
 * key fields read once, the check (signature, key, policy, claims), the signature the key would make
 * over the exact decoded text, and, when something failed, why. The panes render this; none of them
 * parses a key or runs crypto. (The token's inspection and the claims at the ticking `now` are the
 * synchronous half, memoised in usePlaygroundModel.)
 */
import {
  check,
  decrypt,
  sign,
  type CheckResult,
  type DecryptResult,
  type Diagnostic,
  type DiagnosticCode,
  type ParsedKey,
} from '../jwt/index';
import { inspectToken } from './inspectToken';
import { readKey } from './keys';
import { keyInputFrom } from './keyInput';
import { checkOptions } from './policy';
import { chooseSigningKey } from './signing';
import { pickInputs, type DeriveInputs } from './inputs';
import type { KeyFormatChoice } from './state';
import { explainFailure, needsExplanation, type WhyAnswer } from './whyInvalid';

/** The signature the current signing key makes over the token's decoded header and payload. */
export type Made =
  | { kind: 'nokey' }
  | { kind: 'public' }
  | { kind: 'ok'; signature: Uint8Array }
  | { kind: 'failed'; diagnostics: Diagnostic[] };

export interface Derived {
  /** The inputs this was derived from. */
  for: DeriveInputs;
  /** The verify-key field, read. */
  key: ParsedKey;
  /** The sign-key field, read (empty when there is none). */
  signKey: ParsedKey;
  /** The core's check of the token with the key and policy at the time the work started. */
  result: CheckResult;
  /** Null when the token has nothing to sign (not a JWS, `none`, or an unknown algorithm). */
  made: Made | null;
  /** Why the check failed, found by trying; null when there is nothing to explain. */
  why: WhyAnswer | null;
  /** An encrypted token (JWE) opened with the key field's key; null for any other token. */
  decryption: DecryptResult | null;
}

/**
 * A key field as read, for the panes: from the current derivation, or from the last one while it
 * was for the same key text (so typing in the token does not blank the key's description).
 */
export function parsedKeyFor(
  derived: { value: Derived | null; stale: Derived | null },
  field: 'key' | 'signKey',
  text: string,
  format: KeyFormatChoice,
): ParsedKey | null {
  const d = derived.value ?? derived.stale;
  if (!d) return null;
  const sameText = field === 'key' ? d.for.keyText === text : d.for.signKeyText === text;
  const sameFormat = field === 'signKey' || d.for.keyFormat === format;
  return sameText && sameFormat ? d[field] : null;
}

async function makeSignature(result: CheckResult, keys: ParsedKey[]): Promise<Made | null> {
  const insp = result.inspection;
  if (insp.kind !== 'jws' || insp.algInfo === null || insp.alg === 'none') return null;
  const header = insp.header?.text;
  const payload = insp.payload?.text;
  if (header == null || payload == null) return null;
  const key = chooseSigningKey(keys, insp.alg);
  if (!key) return { kind: 'nokey' };
  if (key.kind === 'public') return { kind: 'public' };
  const r = await sign({ headerText: header, payloadText: payload, key });
  return r.ok
    ? { kind: 'ok', signature: r.signature }
    : { kind: 'failed', diagnostics: r.diagnostics };
}

/** The claim findings of severity error in a check. */
export function claimErrorsOf(result: CheckResult): DiagnosticCode[] {
  return result.diagnostics
    .filter((d) => d.part === 'claims' && d.severity === 'error')
    .map((d) => d.code);
}

/** Derives the background half of the playground. Never throws (the core does not). */
export async function derive(state: DeriveInputs, now: number): Promise<Derived> {
  const inputs = pickInputs(state);
  const [key, signKey] = await Promise.all([
    readKey(inputs.keyText, inputs.keyFormat),
    readKey(inputs.signKeyText, 'auto'),
  ]);
  const options = { ...checkOptions(inputs.policy, now), key: inputs.keyText ? key : null };
  // The panes' inspection of this token: the check need not read it again.
  const result = await check(inputs.token, { ...options, inspection: inspectToken(inputs.token) });
  const made = await makeSignature(result, [signKey, key]);
  const claimErrors = claimErrorsOf(result);
  const why = needsExplanation(result, claimErrors)
    ? await explainFailure(
        {
          token: inputs.token,
          originalToken: inputs.originalToken,
          keyText: inputs.keyText,
          keyFormat: inputs.keyFormat,
          policy: inputs.policy,
          now,
        },
        result,
        claimErrors,
      )
    : null;
  const decryption =
    result.inspection.kind === 'jwe' ? await decryptWith(inputs, result, now) : null;
  return { for: inputs, key, signKey, result, made, why, decryption };
}

/**
 * Decrypts a JWE with the key field's text. A PBES2 password is text, whatever encoding the key
 * field was last set to for a secret. The JWE core loads with the first encrypted token.
 */
function decryptWith(
  inputs: DeriveInputs,
  result: CheckResult,
  now: number,
): Promise<DecryptResult> {
  const alg = result.inspection.alg;
  const format = alg?.startsWith('PBES2') ? 'utf8' : inputs.keyFormat;
  // A nested token is verified with the same key input and under the playground's policy.
  const verify = checkOptions(inputs.policy, now);
  return decrypt(inputs.token, keyInputFrom(inputs.keyText, format), { verify });
}
