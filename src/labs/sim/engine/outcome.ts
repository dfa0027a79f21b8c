/** What an application server's route hands back: the response, why, and what it touched. */
import type { HttpResponse } from './http';
import type { Rng } from './rng';

/** Why the server answered as it did; the UI explains each one. */
export type Outcome =
  | 'logged-in'
  | 'bad-login'
  | 'ok'
  | 'no-credentials'
  | 'session-unknown'
  | 'signature-invalid'
  | 'token-expired'
  | 'token-malformed'
  | 'revoked'
  | 'forbidden'
  | 'logged-out'
  | 'refreshed'
  | 'refresh-unknown'
  | 'refresh-reused'
  | 'refresh-revoked'
  | 'not-found';

export interface Handled {
  response: HttpResponse;
  outcome: Outcome;
  /** The store the server read or wrote, if any. */
  storeUsed: 'session' | 'deny-list' | 'refresh' | null;
  signatureChecks: number;
}

export interface ServerContext {
  now: number;
  rng: Rng;
}
