/** A careless verifier that checks the signature properly and the claims not at all (B10). */
import { SERVER_RSA_PUBLIC_JWK } from '../material';
import { strict, type VerifyFn } from '../server';
import { decodeLoose, refuse } from './loose';

/** B10: the signature is checked properly, the claims never are (no exp, no aud, no iss). */
export const signatureOnly: VerifyFn = async (token, now) => {
  const result = await strict({
    key: { type: 'jwk', jwk: SERVER_RSA_PUBLIC_JWK },
    algorithms: ['RS256'],
  })(token, now);
  // The verifier's own claim findings are thrown away: only the signature counted.
  const t = decodeLoose(token);
  const sigOk =
    result.ok ||
    (result.refusal.kind === 'diagnostic' && result.refusal.diagnostic.part === 'claims');
  if (!t || !sigOk) return refuse('signature', {}, ['RS256 signature mismatch']);
  return {
    ok: true,
    claims: t.claims,
    log: ['RS256 signature ok', '// exp, aud, iss: not checked'],
  };
};
