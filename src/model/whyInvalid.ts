/**
 * "Why didn't it verify?" answered by trying, not guessing: the same secret in other encodings, the
 * token as it was before an edit, the JSON written compact or pretty. Each trial is a real check with
 * the same policy, so a cause is named only when it is shown to make the difference.
 */
import { checkOptions } from './policy';
import { keyInputFrom } from './keyInput';
import { readKey } from './keys';
import { replacePart, type KeyFormatChoice, type Policy } from './state';
import {
  check,
  detectSecretEncodings,
  type CheckResult,
  type Diagnostic,
  type DiagnosticCode,
  type Inspection,
  type KeyInput,
  type SecretEncoding,
} from '../jwt/index';

export type Cause =
  | { kind: 'alg-mismatch'; alg: string }
  | { kind: 'kid-not-found'; kid: string }
  | { kind: 'key-unreadable'; diagnostic: Diagnostic }
  | { kind: 'encoding'; encoding: SecretEncoding }
  | { kind: 'edited' }
  | { kind: 'reformatted'; part: 'header' | 'payload'; style: 'compact' | 'pretty' }
  | { kind: 'claims'; codes: DiagnosticCode[] }
  | { kind: 'nested-invalid' }
  | { kind: 'wrong-key' };

export type Trial =
  { kind: 'encodings'; encodings: SecretEncoding[] } | { kind: 'original' } | { kind: 'reformat' };

export interface WhyRequest {
  token: string;
  originalToken: string | null;
  keyText: string;
  keyFormat: KeyFormatChoice;
  policy: Policy;
  now: number;
}

export interface WhyAnswer {
  causes: Cause[];
  tried: Trial[];
}

/** Whether the panel has anything to explain: a failed signature, an unusable key, or refused claims. */
export function needsExplanation(
  result: CheckResult,
  claimErrors: readonly DiagnosticCode[],
): boolean {
  if (result.signature === 'invalid') return true;
  if (result.signature === 'valid') return claimErrors.length > 0;
  return result.diagnostics.some(
    (d) =>
      d.code === 'key-invalid' ||
      d.code === 'key-empty' ||
      d.code === 'key-alg-mismatch' ||
      d.code === 'kid-not-found',
  );
}

/** Characters of token beyond which the JSON is not tried in other white space. */
export const REBUILD_MAX = 1_000_000;

async function verifies(
  token: string,
  req: WhyRequest,
  other?: KeyInput,
  inspection?: Inspection,
): Promise<boolean> {
  // The request's own key is the one the playground has read already; trials read other keys.
  const key = other ?? (await readKey(req.keyText, req.keyFormat));
  const options = { ...checkOptions(req.policy, req.now), key, inspection };
  return (await check(token, options)).signature === 'valid';
}

/**
 * Finds which causes fit. `result` is the check of `req.token` with the request's key and policy;
 * `claimErrors` are the claim findings of severity error at the current time.
 */
export async function explainFailure(
  req: WhyRequest,
  result: CheckResult,
  claimErrors: readonly DiagnosticCode[],
): Promise<WhyAnswer> {
  const causes: Cause[] = [];
  const tried: Trial[] = [];
  for (const d of result.diagnostics) {
    if (d.code === 'key-alg-mismatch')
      causes.push({ kind: 'alg-mismatch', alg: String(d.params.alg ?? '') });
    if (d.code === 'kid-not-found')
      causes.push({ kind: 'kid-not-found', kid: String(d.params.kid ?? '') });
    if (d.code === 'key-invalid' || d.code === 'key-empty') {
      causes.push({ kind: 'key-unreadable', diagnostic: d });
    }
  }

  if (result.signature === 'valid') {
    if (claimErrors.length > 0) causes.push({ kind: 'claims', codes: [...claimErrors] });
    return { causes, tried };
  }
  // A key of the wrong type is the whole story; trying encodings of a PEM key would be noise.
  if (causes.some((c) => c.kind === 'alg-mismatch' || c.kind === 'kid-not-found'))
    return { causes, tried };

  const found: Cause[] = [];
  // (a) The same characters read in another encoding are other bytes (RFC 7518 §3.2 keys are bytes).
  const input = keyInputFrom(req.keyText, req.keyFormat);
  if (input?.type === 'secret') {
    const others = detectSecretEncodings(req.keyText).filter((e) => e !== input.encoding);
    if (others.length > 0) tried.push({ kind: 'encodings', encodings: others });
    for (const encoding of others) {
      const other = { type: 'secret' as const, text: req.keyText, encoding };
      if (await verifies(req.token, req, other, result.inspection)) {
        found.push({ kind: 'encoding', encoding });
        break;
      }
    }
  }

  if (result.signature === 'invalid') {
    // (c) The token before the last edit of a decoded part.
    if (req.originalToken !== null && req.originalToken !== req.token) {
      tried.push({ kind: 'original' });
      if (await verifies(req.originalToken, req)) found.push({ kind: 'edited' });
    }
    // (c') The same JSON in other white space: compact as most issuers write it, or pretty-printed.
    // Not for a token over REBUILD_MAX: each trial would read a whole new token of that size again.
    const insp = result.inspection;
    const parts = [
      { part: 'header' as const, json: insp.header },
      { part: 'payload' as const, json: insp.payload?.json ?? null },
    ];
    let reformatTried = false;
    for (const { part, json } of parts) {
      if (!json || req.token.length > REBUILD_MAX || found.some((c) => c.kind === 'reformatted'))
        continue;
      for (const style of ['compact', 'pretty'] as const) {
        const text = JSON.stringify(json.value, null, style === 'pretty' ? 2 : undefined);
        if (text === json.text) continue;
        reformatTried = true;
        if (await verifies(replacePart(req.token, part, text), req)) {
          found.push({ kind: 'reformatted', part, style });
          break;
        }
      }
    }
    if (reformatTried) tried.push({ kind: 'reformat' });
  }

  causes.push(...found);
  if (result.signature === 'invalid' && found.length === 0) {
    // The outer signature matched and only the token inside failed: say so, not "wrong key".
    const innerOnly =
      result.nested?.signature === 'invalid' &&
      !result.diagnostics.some((d) => d.code === 'signature-invalid');
    causes.push({ kind: innerOnly ? 'nested-invalid' : 'wrong-key' });
  }
  return { causes, tried };
}
