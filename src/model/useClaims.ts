import { useMemo } from 'react';
import { usePlayground } from './context';
import { checkClaims, type DecodedJson, type Diagnostic, type DiagnosticCode } from '../jwt/index';
import type { claimsStrings } from '../i18n/strings/claims';

type ClaimsKey = keyof (typeof claimsStrings)['en'];

/** The short badge word for each claim finding that belongs to one member. */
export const CLAIM_BADGES: Partial<Record<DiagnosticCode, ClaimsKey>> = {
  expired: 'claims.badge.expired',
  'expired-within-leeway': 'claims.badge.expired-within-leeway',
  'not-yet-valid': 'claims.badge.not-yet-valid',
  'iat-future': 'claims.badge.iat-future',
  'date-milliseconds': 'claims.badge.date-milliseconds',
  'claim-not-numericdate': 'claims.badge.claim-not-numericdate',
  'claim-date-not-finite': 'claims.badge.claim-date-not-finite',
  'claim-not-string': 'claims.badge.claim-not-string',
  'aud-not-strings': 'claims.badge.aud-not-strings',
  'aud-mismatch': 'claims.badge.aud-mismatch',
  'aud-unchecked': 'claims.badge.aud-unchecked',
  'iss-mismatch': 'claims.badge.iss-mismatch',
  'claim-sensitive': 'claims.badge.claim-sensitive',
  'lifetime-long': 'claims.badge.lifetime-long',
};

export interface ClaimsView {
  /** The claims set: the payload's JSON object, or the inner token's for a nested JWT. */
  claims: DecodedJson | null;
  /** Claim findings at the current `now`. */
  diagnostics: Diagnostic[];
  /** The claims come from a nested token or a decrypted payload: their spans are not in the token's text. */
  nested: boolean;
}

/**
 * The claims set the panes show and judge, re-evaluated as the clock moves: the payload's, the inner
 * token's for a nested JWT, or, for an encrypted token, the decrypted claims (or its inner token's).
 */
export function useClaims(): ClaimsView {
  const { inspection, verification, derived, claimDiagnostics, claimOptions } = usePlayground();
  const result = verification.result;
  // RFC 7519 §7.2 step 8: for "cty": "JWT" the claims are the inner token's, found by the check.
  const nestedClaims =
    inspection.payload?.kind === 'jwt' && result && result.inspection.input === inspection.input
      ? result.claims
      : null;
  const decryption = inspection.kind === 'jwe' ? (derived.value?.decryption ?? null) : null;
  const decryptedClaims =
    decryption?.status === 'decrypted'
      ? (decryption.nested?.claims ?? decryption.payload?.json ?? null)
      : null;
  const elsewhere = nestedClaims ?? decryptedClaims;
  const elsewhereDiagnostics = useMemo(
    () => (elsewhere ? checkClaims(elsewhere, claimOptions, null) : []),
    [elsewhere, claimOptions],
  );
  if (inspection.payload?.json) {
    return { claims: inspection.payload.json, diagnostics: claimDiagnostics, nested: false };
  }
  return { claims: elsewhere, diagnostics: elsewhereDiagnostics, nested: elsewhere !== null };
}
