/**
 * Tokens for the simulation, made and checked by the real core: HS256 with a shared secret, the time
 * taken from the simulated clock.
 */
import {
  check,
  encodeBase64url,
  encodeBase64urlText,
  inspect,
  parseKey,
  sign,
  type CheckResult,
  type Diagnostic,
  type ParsedKey,
} from '../../../jwt/index';
import type { Rng } from './rng';

export const JWT_HEADER = '{"alg":"HS256","typ":"JWT"}';

export interface Claims {
  sub: string;
  role: string;
  iat: number;
  exp: number;
  jti: string;
  /** Directory groups: what makes a token too big for a cookie (scenario 9). */
  groups?: string[];
}

/** A random id of n bytes, base64url: session ids, jti values, secrets. */
export function randomId(rng: Rng, n: number): string {
  return encodeBase64url(rng.bytes(n));
}

export async function secretKey(secret: string): Promise<ParsedKey> {
  return parseKey({ type: 'secret', text: secret, encoding: 'utf8' });
}

/** Signs the claims, serialised as written, with the secret. */
export async function issueToken(claims: Claims, secret: string): Promise<string> {
  return signPayload(JSON.stringify(claims), secret);
}

/** Signs any payload text with a secret: what someone holding a leaked secret can do. */
export async function signPayload(payloadText: string, secret: string): Promise<string> {
  const parsed = await secretKey(secret);
  const r = await sign({ headerText: JWT_HEADER, payloadText, key: parsed.keys[0] ?? null });
  if (!r.ok) throw new Error(`signing failed: ${r.diagnostics.map((d) => d.code).join(', ')}`);
  return r.token;
}

/** Verifies a token as the servers do: HS256 only, with the shared key, at the simulated time. */
export async function verifyToken(
  token: string,
  key: ParsedKey,
  now: number,
): Promise<CheckResult> {
  return check(token, { key, algorithms: ['HS256'], now });
}

/** The payload text of a token, or null. */
export function payloadText(token: string): string | null {
  const insp = inspect(token);
  return insp.kind === 'jws' ? (insp.payload?.text ?? null) : null;
}

/** The token with its payload replaced and its old signature kept: a forgery without the secret. */
export function replacePayload(token: string, text: string): string {
  const [h = '', , s = ''] = token.split('.');
  return `${h}.${encodeBase64urlText(text)}.${s}`;
}

/** The payload with "role" changed, the other claims as they were. */
export function withRole(payload: string, role: string): string {
  const value = JSON.parse(payload) as Record<string, unknown>;
  return JSON.stringify({ ...value, role });
}

/**
 * Signs a token's header and payload, exactly as they decode, with a secret: what the student does
 * with the leaked secret. A failure carries the core's finding of why (the page renders it in the
 * student's language).
 */
export async function resignToken(
  token: string,
  secret: string,
): Promise<{ ok: true; token: string } | { ok: false; finding: Diagnostic | null }> {
  const insp = inspect(token.trim());
  if (insp.kind !== 'jws' || !insp.header || insp.payload?.text == null) {
    return { ok: false, finding: insp.diagnostics[0] ?? null };
  }
  const parsed = await secretKey(secret);
  const key = parsed.keys[0] ?? null;
  if (!key) return { ok: false, finding: parsed.diagnostics[0] ?? null };
  const r = await sign({ headerText: insp.header.text, payloadText: insp.payload.text, key });
  return r.ok ? { ok: true, token: r.token } : { ok: false, finding: r.diagnostics[0] ?? null };
}
