/**
 * POST /token: the refresh grant of RFC 6749 §6 with rotation and reuse detection (RFC 9700
 * §4.14.2): each refresh token works once and is replaced; presenting a used one again means two
 * parties hold it, and since the server cannot tell which is the thief, it revokes the family.
 */
import { formFields, jsonResponse, type Header, type HttpRequest, type HttpResponse } from './http';
import { randomId } from './jwt';
import type { Handled, Outcome, ServerContext } from './outcome';
import type { RefreshStore } from './store';
import { USERS, type User } from './users';

export const REFRESH_TTL = 14 * 24 * 3600;

/** RFC 6749 §5.2: token-endpoint errors are 400 with an error code. */
const GRANT_ERRORS: Partial<Record<Outcome, string>> = {
  'refresh-unknown': 'Unknown or expired refresh token',
  'refresh-reused': 'Refresh token reused: every token of this login is revoked',
  'refresh-revoked': 'This refresh token was revoked',
  'bad-login': 'Wrong user name or password',
};

/** RFC 6749 §5.1: responses that carry tokens must not be cached. */
export const NO_STORE: Header = ['Cache-Control', 'no-store'];

/** A token-endpoint refusal (RFC 6749 §5.2): 400 invalid_grant, saying why. */
export function invalidGrant(outcome: Outcome, now: number): HttpResponse {
  return jsonResponse(
    400,
    now,
    { error: 'invalid_grant', error_description: GRANT_ERRORS[outcome] },
    [NO_STORE],
  );
}

/** Trades a refresh token for a new access token (from `issue`) and a new refresh token. */
export async function refreshGrant(
  store: RefreshStore,
  request: HttpRequest,
  ctx: ServerContext,
  issue: (sub: string, user: User) => Promise<string>,
  expiresIn: number,
): Promise<Handled> {
  const fail = (outcome: Outcome): Handled => ({
    response: invalidGrant(outcome, ctx.now),
    outcome,
    storeUsed: 'refresh',
    signatureChecks: 0,
  });
  const f = formFields(request.body);
  if (f.get('grant_type') !== 'refresh_token') {
    return {
      response: jsonResponse(400, ctx.now, { error: 'unsupported_grant_type' }, [NO_STORE]),
      outcome: 'refresh-unknown',
      storeUsed: null,
      signatureChecks: 0,
    };
  }
  const rt = f.get('refresh_token') ?? '';
  const record = store.get(rt, ctx.now);
  if (!record) return fail('refresh-unknown');
  if (store.isRevoked(record.family)) return fail('refresh-revoked');
  if (record.used) {
    store.revokeFamily(record.family);
    return fail('refresh-reused');
  }
  store.markUsed(rt);
  const user = USERS[record.sub] ?? { password: '', role: record.role };
  const next = randomId(ctx.rng, 32);
  store.create(next, { ...record, used: false, expires: ctx.now + REFRESH_TTL });
  return {
    response: jsonResponse(
      200,
      ctx.now,
      {
        access_token: await issue(record.sub, user),
        token_type: 'Bearer',
        expires_in: expiresIn,
        refresh_token: next,
      },
      [NO_STORE],
    ),
    outcome: 'refreshed',
    storeUsed: 'refresh',
    signatureChecks: 0,
  };
}
