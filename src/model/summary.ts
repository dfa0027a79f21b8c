/**
 * The verdict strip's summary, derived from the core's verdict so that it is never greener than the
 * core: claims and policy are "not trusted yet" while the signature is unchecked or invalid; a key
 * anyone could have (weak, guessable, a public key used as a secret) makes everything amber; any error
 * of the core (duplicate members, a refused algorithm…) turns the summary red.
 */
import type {
  CheckResult,
  DecryptionStatus,
  DecryptResult,
  Diagnostic,
  DiagnosticCode,
} from '../jwt/index';
import { signatureVerdict, type VerdictStatus } from './signatureModel';

export type Tone = 'ok' | 'bad' | 'warn' | 'info';

export type OverallStatus =
  | 'verified'
  | 'warnings'
  | 'invalid'
  | 'rejected'
  | 'unverified'
  | 'checking'
  | 'decrypted'
  | 'decrypt-failed'
  | 'encrypted'
  | 'undecryptable';
export type ClaimsStatus = 'valid' | 'invalid' | 'untrusted' | 'weak' | 'unchecked';
export type PolicyStatus = 'valid' | 'invalid' | 'unsecured' | 'untrusted' | 'unchecked';

export interface Summary {
  overall: { status: OverallStatus; tone: Tone };
  /**
   * `status` is the raw signature outcome; `tone` also weighs the core's verdict; `rejected` says
   * the signature holds but the core refuses the token for another reason than its claims.
   */
  signature: { status: VerdictStatus; tone: Tone; rejected: boolean };
  claims: { status: ClaimsStatus; tone: Tone; errors: Diagnostic[] };
  policy: { status: PolicyStatus; tone: Tone; broken: Diagnostic[] };
  /** An encrypted token's decryption verdict; null for a token that is not encrypted. */
  decryption: { status: DecryptionStatus | 'pending'; tone: Tone } | null;
}

/** Key findings that mean someone other than the issuer could have made the signature. */
const WEAK_KEY: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'hmac-key-short',
  'hmac-key-guessable',
  'hmac-key-looks-public',
  'rsa-key-small',
]);

const POLICY_BROKEN: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'alg-not-allowed',
  'alg-none-not-allowed',
  'aud-mismatch',
  'iss-mismatch',
]);

/**
 * `result` is the latest check (possibly for older inputs while `pending`);
 * `claimDiagnostics` are the claim findings at the current time (they move with the clock);
 * `hasClaims` says whether there is a claims set at all.
 */
export function summarize(
  result: CheckResult | null,
  pending: boolean,
  claimDiagnostics: readonly Diagnostic[],
  hasClaims: boolean,
): Summary {
  const sig: VerdictStatus = result ? signatureVerdict(result.signature) : 'unchecked';
  const verdict = result ? result.verdict : null;
  const weakKey = result?.diagnostics.some((d) => WEAK_KEY.has(d.code)) ?? false;
  // The claims are judged at the clock's `now` (it moves, and can travel) from `claimDiagnostics`;
  // every other error of the core's check stands as it was found.
  const coreError =
    result?.diagnostics.some((d) => d.severity === 'error' && d.part !== 'claims') ?? false;
  const warned =
    (result?.diagnostics.some((d) => d.severity === 'warning' && d.part !== 'claims') ?? false) ||
    claimDiagnostics.some((d) => d.severity === 'warning');
  const trusted = sig === 'valid' && !coreError;

  const signatureTone: Tone =
    sig === 'invalid'
      ? 'bad'
      : sig === 'unchecked'
        ? 'info'
        : sig === 'unsecured' || coreError || weakKey
          ? 'warn'
          : 'ok';

  const claimErrors = claimDiagnostics.filter((d) => d.severity === 'error');
  const claims: Summary['claims'] = !hasClaims
    ? { status: 'unchecked', tone: 'info', errors: [] }
    : claimErrors.length > 0
      ? { status: 'invalid', tone: 'bad', errors: claimErrors }
      : !trusted
        ? { status: 'untrusted', tone: coreError ? 'warn' : 'info', errors: [] }
        : weakKey
          ? { status: 'weak', tone: 'warn', errors: [] }
          : { status: 'valid', tone: 'ok', errors: [] };

  const broken = [
    ...(result ? result.diagnostics : []).filter(
      (d) => d.code === 'alg-not-allowed' || d.code === 'alg-none-not-allowed',
    ),
    ...claimDiagnostics.filter((d) => POLICY_BROKEN.has(d.code)),
  ];
  const policy: Summary['policy'] =
    broken.length > 0
      ? { status: 'invalid', tone: 'bad', broken }
      : !result || result.inspection.kind !== 'jws'
        ? { status: 'unchecked', tone: 'info', broken }
        : sig === 'unsecured'
          ? { status: 'unsecured', tone: 'warn', broken }
          : !trusted || weakKey
            ? { status: 'untrusted', tone: coreError || weakKey ? 'warn' : 'info', broken }
            : { status: 'valid', tone: 'ok', broken };

  let overall: Summary['overall'];
  if (!verdict) overall = { status: 'checking', tone: 'info' };
  else if (verdict === 'invalid-signature') overall = { status: 'invalid', tone: 'bad' };
  else if (coreError || claimErrors.length > 0 || broken.length > 0)
    overall = { status: 'rejected', tone: 'bad' };
  else if (sig !== 'valid')
    overall = { status: 'unverified', tone: sig === 'unsecured' ? 'warn' : 'info' };
  else if (warned || weakKey) overall = { status: 'warnings', tone: 'warn' };
  else overall = { status: 'verified', tone: 'ok' };

  const summary: Summary = {
    overall,
    signature: { status: sig, tone: signatureTone, rejected: sig === 'valid' && coreError },
    claims,
    policy,
    decryption: null,
  };
  // While a newer check is coming, the last one is still shown, but nothing is judged by colour.
  if (pending) {
    summary.overall = { status: 'checking', tone: 'info' };
    summary.signature.tone = 'info';
    summary.claims.tone = summary.claims.status === 'invalid' ? 'bad' : 'info';
    summary.policy.tone = summary.policy.status === 'invalid' ? 'bad' : 'info';
  }
  return summary;
}

const DECRYPTION: Record<DecryptionStatus, { overall: OverallStatus; tone: Tone }> = {
  decrypted: { overall: 'decrypted', tone: 'ok' },
  failed: { overall: 'decrypt-failed', tone: 'bad' },
  'no-key': { overall: 'encrypted', tone: 'info' },
  unsupported: { overall: 'undecryptable', tone: 'warn' },
};

/**
 * The verdicts of an encrypted token: the decryption first. A nested token ("cty": "JWT") opens to a
 * JWS, which is then judged as any other token (signature, claims, policy) from its own check; an
 * encrypted token that is not nested has nothing signed, and its summary is the decryption's.
 * `decryption` is null while it is still coming.
 */
export function summarizeEncrypted(
  outer: CheckResult | null,
  decryption: DecryptResult | null,
  pending: boolean,
  claimDiagnostics: readonly Diagnostic[],
  hasClaims: boolean,
): Summary {
  const summary = summarize(decryption?.nested ?? outer, pending, claimDiagnostics, hasClaims);
  if (pending || !decryption) {
    summary.decryption = { status: 'pending', tone: 'info' };
    summary.overall = { status: 'checking', tone: 'info' };
    return summary;
  }
  const d = DECRYPTION[decryption.status];
  summary.decryption = { status: decryption.status, tone: d.tone };
  // Opened to a signed token: the inner token's verdict is the one that counts.
  if (!(decryption.status === 'decrypted' && decryption.nested)) {
    summary.overall = { status: d.overall, tone: d.tone };
  }
  return summary;
}
