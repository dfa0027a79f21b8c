/**
 * One application server. Routes: POST /login, GET /profile (needs authentication), GET /admin (needs
 * authentication and role "admin": authorization), POST /logout. In session mode it keeps state in a
 * session store; in JWT mode it keeps only the key and checks each token's signature.
 */
import type { ParsedKey } from '../../../jwt/index';
import { header, jsonResponse, type Header, type HttpRequest, type HttpResponse } from './http';
import { issueToken, randomId, secretKey, verifyToken, type Claims } from './jwt';
import type { Rng } from './rng';
import type { SessionStore } from './store';

export type AuthMode = 'session' | 'jwt';

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
  | 'not-found';

export interface Handled {
  response: HttpResponse;
  outcome: Outcome;
  /** The store the server read or wrote, if any. */
  storeUsed: 'session' | 'deny-list' | null;
  signatureChecks: number;
}

export const USERS: Record<string, { password: string; role: string }> = {
  alice: { password: 'wonderland', role: 'user' },
};

export const SESSION_COOKIE = 'sid';
export const SESSION_TTL = 1800;
export const TOKEN_TTL = 900;

export interface ServerContext {
  now: number;
  rng: Rng;
}

interface Identity {
  sub: string;
  role: string;
  jti?: string;
  exp?: number;
  sid?: string;
}

type Authenticated = { ok: true; who: Identity } | { ok: false; outcome: Outcome };

function cookieValue(request: HttpRequest, name: string): string | null {
  const cookie = header(request, 'Cookie');
  if (!cookie) return null;
  for (const part of cookie.split(';')) {
    const [n, ...v] = part.trim().split('=');
    if (n === name) return v.join('=');
  }
  return null;
}

function bearer(request: HttpRequest): string | null {
  const auth = header(request, 'Authorization');
  const m = auth ? /^Bearer\s+(\S+)$/i.exec(auth) : null;
  return m?.[1] ?? null;
}

function form(body: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of new URLSearchParams(body ?? '')) out.set(k, v);
  return out;
}

export class AppServer {
  private key: Promise<ParsedKey>;
  /** Restarts so far, shown in the diagram. */
  restarts = 0;
  /** Signatures this server has verified. */
  signatureChecks = 0;

  constructor(
    readonly name: string,
    public mode: AuthMode,
    public store: SessionStore,
    public denyList: SessionStore | null,
    private readonly secret: string,
  ) {
    this.key = secretKey(secret);
  }

  /** The process restarts: what it kept in its own memory is gone; configuration (the key) is not. */
  restart(): void {
    this.restarts++;
    if (this.store.kind === 'memory') this.store.clear();
  }

  async handle(request: HttpRequest, ctx: ServerContext): Promise<Handled> {
    const path = request.path.split('?')[0];
    if (request.method === 'POST' && path === '/login') return this.login(request, ctx);
    if (request.method === 'POST' && path === '/logout') return this.logout(request, ctx);
    if (request.method === 'GET' && (path === '/profile' || path === '/admin')) {
      const before = this.signatureChecks;
      const auth = await this.authenticate(request, ctx.now);
      const checks = this.signatureChecks - before;
      const storeUsed = this.storeUsedFor(request);
      if (!auth.ok)
        return { ...this.unauthorized(auth.outcome, ctx.now), storeUsed, signatureChecks: checks };
      if (path === '/admin' && auth.who.role !== 'admin') {
        return {
          response: jsonResponse(403, ctx.now, { error: 'forbidden', required_role: 'admin' }),
          outcome: 'forbidden',
          storeUsed,
          signatureChecks: checks,
        };
      }
      const body =
        path === '/admin'
          ? { page: 'admin', users: Object.keys(USERS).length, served_by: this.name }
          : { sub: auth.who.sub, role: auth.who.role, served_by: this.name };
      return {
        response: jsonResponse(200, ctx.now, body),
        outcome: 'ok',
        storeUsed,
        signatureChecks: checks,
      };
    }
    return {
      response: jsonResponse(404, ctx.now, { error: 'not_found' }),
      outcome: 'not-found',
      storeUsed: null,
      signatureChecks: 0,
    };
  }

  private storeUsedFor(request: HttpRequest): Handled['storeUsed'] {
    if (this.mode === 'session') return cookieValue(request, SESSION_COOKIE) ? 'session' : null;
    return this.denyList && bearer(request) ? 'deny-list' : null;
  }

  private unauthorized(outcome: Outcome, now: number): Pick<Handled, 'response' | 'outcome'> {
    // RFC 6750 §3: a Bearer resource says why in WWW-Authenticate.
    const extra: Header[] =
      this.mode === 'jwt'
        ? [
            [
              'WWW-Authenticate',
              outcome === 'no-credentials'
                ? 'Bearer realm="app"'
                : `Bearer realm="app", error="invalid_token", error_description="${outcome}"`,
            ],
          ]
        : [];
    return { response: jsonResponse(401, now, { error: outcome }, extra), outcome };
  }

  private async authenticate(request: HttpRequest, now: number): Promise<Authenticated> {
    if (this.mode === 'session') {
      const sid = cookieValue(request, SESSION_COOKIE);
      if (!sid) return { ok: false, outcome: 'no-credentials' };
      const record = this.store.get(sid, now);
      if (!record) return { ok: false, outcome: 'session-unknown' };
      return { ok: true, who: { sub: record.sub, role: record.role, sid } };
    }
    const token = bearer(request);
    if (!token) return { ok: false, outcome: 'no-credentials' };
    const result = await verifyToken(token, await this.key, now);
    if (result.signature === 'valid' || result.signature === 'invalid') this.signatureChecks++;
    if (result.signature === 'invalid') return { ok: false, outcome: 'signature-invalid' };
    if (result.diagnostics.some((d) => d.code === 'expired'))
      return { ok: false, outcome: 'token-expired' };
    const claims = result.claims?.value as Partial<Claims> | undefined;
    if (
      result.signature !== 'valid' ||
      result.verdict === 'error' ||
      typeof claims?.sub !== 'string' ||
      typeof claims.role !== 'string'
    ) {
      return { ok: false, outcome: 'token-malformed' };
    }
    if (this.denyList && typeof claims.jti === 'string' && this.denyList.get(claims.jti, now)) {
      return { ok: false, outcome: 'revoked' };
    }
    const who: Identity = { sub: claims.sub, role: claims.role };
    if (typeof claims.jti === 'string') who.jti = claims.jti;
    if (typeof claims.exp === 'number') who.exp = claims.exp;
    return { ok: true, who };
  }

  private async login(request: HttpRequest, ctx: ServerContext): Promise<Handled> {
    const f = form(request.body);
    const user = USERS[f.get('username') ?? ''];
    if (!user || user.password !== f.get('password')) {
      return {
        response: jsonResponse(401, ctx.now, { error: 'bad_credentials' }),
        outcome: 'bad-login',
        storeUsed: null,
        signatureChecks: 0,
      };
    }
    const sub = f.get('username')!;
    if (this.mode === 'session') {
      const sid = randomId(ctx.rng, 16);
      this.store.create(sid, { sub, role: user.role, expires: ctx.now + SESSION_TTL });
      const cookie = `${SESSION_COOKIE}=${sid}; Path=/; Max-Age=${SESSION_TTL}; HttpOnly; Secure; SameSite=Lax`;
      return {
        response: jsonResponse(200, ctx.now, { sub }, [['Set-Cookie', cookie]]),
        outcome: 'logged-in',
        storeUsed: 'session',
        signatureChecks: 0,
      };
    }
    const claims: Claims = {
      sub,
      role: user.role,
      iat: ctx.now,
      exp: ctx.now + TOKEN_TTL,
      jti: randomId(ctx.rng, 9),
    };
    const token = await issueToken(claims, this.secret);
    return {
      response: jsonResponse(200, ctx.now, {
        access_token: token,
        token_type: 'Bearer',
        expires_in: TOKEN_TTL,
      }),
      outcome: 'logged-in',
      storeUsed: null,
      signatureChecks: 0,
    };
  }

  private async logout(request: HttpRequest, ctx: ServerContext): Promise<Handled> {
    if (this.mode === 'session') {
      const sid = cookieValue(request, SESSION_COOKIE);
      if (sid) this.store.delete(sid);
      return {
        response: jsonResponse(204, ctx.now, undefined, [
          ['Set-Cookie', `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax`],
        ]),
        outcome: 'logged-out',
        storeUsed: sid ? 'session' : null,
        signatureChecks: 0,
      };
    }
    // Without a deny list there is nothing to delete: the token stays valid until its exp.
    const before = this.signatureChecks;
    const token = bearer(request);
    if (this.denyList && token) {
      const auth = await this.authenticate(request, ctx.now);
      if (auth.ok && auth.who.jti && auth.who.exp) {
        this.denyList.create(auth.who.jti, {
          sub: auth.who.sub,
          role: auth.who.role,
          expires: auth.who.exp,
        });
      }
    }
    return {
      response: jsonResponse(204, ctx.now, undefined),
      outcome: 'logged-out',
      storeUsed: this.denyList && token ? 'deny-list' : null,
      signatureChecks: this.signatureChecks - before,
    };
  }
}
