/**
 * One application server. Routes: POST /login, GET /profile (needs authentication), GET /admin
 * (needs authentication and role "admin": authorization), POST /settings (changes the account: what
 * CSRF aims at), POST /token (refresh-token rotation, in token-endpoint.ts), POST /logout. In
 * session mode it keeps state in a session store; in JWT mode it keeps only the key and checks each
 * token's signature, the token arriving as "Authorization: Bearer" or in an HttpOnly cookie.
 */
import type { ParsedKey } from '../../../jwt/index';
import {
  bearerToken,
  cookieValue,
  formFields,
  jsonResponse,
  type Header,
  type HttpRequest,
} from './http';
import { issueToken, randomId, secretKey, verifyToken, type Claims } from './jwt';
import type { Handled, Outcome, ServerContext } from './outcome';
import type { RefreshStore, SessionStore } from './store';
import { invalidGrant, NO_STORE, REFRESH_TTL, refreshGrant } from './token-endpoint';
import { USERS, type User } from './users';

export type AuthMode = 'session' | 'jwt';
/** Where a JWT travels: in the login response's body (then "Authorization: Bearer"), or a cookie. */
export type TokenIn = 'body' | 'cookie';
export type SameSite = 'Lax' | 'Strict';

export const SESSION_COOKIE = 'sid';
/** RFC 6265bis §4.1.3.2: the __Host- prefix pins the cookie to this host, Secure, Path=/. */
export const TOKEN_COOKIE = '__Host-token';
export const SESSION_TTL = 1800;
export const TOKEN_TTL = 900;
export const REALM = 'app';

/** RFC 6750 §3: error_description is for the developer; only printable ASCII without " or \. */
const BEARER_ERRORS: Partial<Record<Outcome, string>> = {
  'signature-invalid': 'The signature does not match',
  'token-expired': 'The access token expired',
  'token-malformed': 'The token could not be read',
  revoked: 'The token was revoked',
};

interface Identity {
  sub: string;
  role: string;
  jti?: string;
  exp?: number;
  sid?: string;
}

type Authenticated = { ok: true; who: Identity } | { ok: false; outcome: Outcome };

const PROTECTED = new Set(['GET /profile', 'GET /admin', 'POST /settings']);

export class AppServer {
  private key: Promise<ParsedKey>;
  /** Restarts so far, shown in the diagram. */
  restarts = 0;
  /** Signatures this server has verified. */
  signatureChecks = 0;
  /** JWT mode: where the token travels. */
  tokenIn: TokenIn = 'body';
  /** The SameSite attribute of the cookies this server sets. */
  sameSite: SameSite = 'Lax';
  /** Lifetime of the access tokens it issues, in seconds. */
  accessTtl = TOKEN_TTL;
  /** JWT mode with refresh tokens: the store of issued refresh tokens. */
  refresh: RefreshStore | null = null;

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

  /** Whether the credential is a cookie (a session id or a JWT), or an Authorization header. */
  get credentialIn(): 'cookie' | 'bearer' {
    return this.mode === 'session' || this.tokenIn === 'cookie' ? 'cookie' : 'bearer';
  }

  get cookieName(): string {
    return this.mode === 'session' ? SESSION_COOKIE : TOKEN_COOKIE;
  }

  async handle(request: HttpRequest, ctx: ServerContext): Promise<Handled> {
    const path = request.path.split('?')[0] ?? '';
    const route = `${request.method} ${path}`;
    if (route === 'POST /login') return this.login(request, ctx);
    if (route === 'POST /logout') return this.logout(request, ctx);
    if (route === 'POST /token' && this.refresh) {
      const issue = (sub: string, user: User) => this.accessToken(sub, user, ctx);
      return refreshGrant(this.refresh, request, ctx, issue, this.accessTtl);
    }
    if (PROTECTED.has(route)) {
      const before = this.signatureChecks;
      const auth = await this.authenticate(request, ctx.now);
      const checks = this.signatureChecks - before;
      const storeUsed = this.storeUsedFor(request);
      if (!auth.ok)
        return { ...this.unauthorized(auth.outcome, ctx.now), storeUsed, signatureChecks: checks };
      if (path === '/admin' && auth.who.role !== 'admin') {
        // RFC 9110 §15.5.4: the server knows who this is; logging in again would not help.
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
          : path === '/settings'
            ? {
                sub: auth.who.sub,
                email: formFields(request.body).get('email') ?? null,
                saved: true,
              }
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
    return this.denyList && this.credential(request) ? 'deny-list' : null;
  }

  /**
   * RFC 9110 §11.6.1: every 401 carries a challenge. A Bearer resource says why (RFC 6750 §3; no
   * error code when no token came, §3.1). A cookie login has no registered scheme: "Cookie", with the
   * login form and the cookie's name, follows the cookie-auth proposal (draft-broyer-http-cookie-auth).
   * Browsers act only on schemes they implement (Basic, Digest, Negotiate…), so they show no dialog
   * here and hand the 401 to the page, whose script shows its own login form.
   */
  challenge(outcome: Outcome): string {
    if (this.credentialIn === 'cookie')
      return `Cookie realm="${REALM}", form-action="/login", cookie-name="${this.cookieName}"`;
    const description = BEARER_ERRORS[outcome];
    return description === undefined
      ? `Bearer realm="${REALM}"`
      : `Bearer realm="${REALM}", error="invalid_token", error_description="${description}"`;
  }

  private unauthorized(outcome: Outcome, now: number): Pick<Handled, 'response' | 'outcome'> {
    const extra: Header[] = [['WWW-Authenticate', this.challenge(outcome)]];
    return { response: jsonResponse(401, now, { error: outcome }, extra), outcome };
  }

  private credential(request: HttpRequest): string | null {
    return this.tokenIn === 'cookie' ? cookieValue(request, TOKEN_COOKIE) : bearerToken(request);
  }

  private async authenticate(request: HttpRequest, now: number): Promise<Authenticated> {
    if (this.mode === 'session') {
      const sid = cookieValue(request, SESSION_COOKIE);
      if (!sid) return { ok: false, outcome: 'no-credentials' };
      const record = this.store.get(sid, now);
      if (!record) return { ok: false, outcome: 'session-unknown' };
      return { ok: true, who: { sub: record.sub, role: record.role, sid } };
    }
    const token = this.credential(request);
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

  private cookie(name: string, value: string, maxAge: number): string {
    return `${name}=${value}; Path=/; Max-Age=${maxAge}; HttpOnly; Secure; SameSite=${this.sameSite}`;
  }

  private async accessToken(sub: string, user: User, ctx: ServerContext): Promise<string> {
    const claims: Claims = {
      sub,
      role: user.role,
      iat: ctx.now,
      exp: ctx.now + this.accessTtl,
      jti: randomId(ctx.rng, 9),
    };
    if (user.groups) claims.groups = user.groups;
    return issueToken(claims, this.secret);
  }

  private async login(request: HttpRequest, ctx: ServerContext): Promise<Handled> {
    const f = formFields(request.body);
    const sub = f.get('username') ?? '';
    const user = Object.hasOwn(USERS, sub) ? USERS[sub] : undefined;
    if (!user || user.password !== f.get('password')) {
      // A login that answers with a token in its body is a token endpoint: RFC 6749 §5.2, 400.
      const response =
        this.credentialIn === 'bearer'
          ? invalidGrant('bad-login', ctx.now)
          : jsonResponse(401, ctx.now, { error: 'bad_credentials' }, [
              ['WWW-Authenticate', this.challenge('bad-login')],
            ]);
      return { response, outcome: 'bad-login', storeUsed: null, signatureChecks: 0 };
    }
    if (this.mode === 'session') {
      const sid = randomId(ctx.rng, 16);
      this.store.create(sid, { sub, role: user.role, expires: ctx.now + SESSION_TTL });
      return {
        response: jsonResponse(200, ctx.now, { sub }, [
          ['Set-Cookie', this.cookie(SESSION_COOKIE, sid, SESSION_TTL)],
        ]),
        outcome: 'logged-in',
        storeUsed: 'session',
        signatureChecks: 0,
      };
    }
    const token = await this.accessToken(sub, user, ctx);
    if (this.tokenIn === 'cookie') {
      return {
        response: jsonResponse(200, ctx.now, { sub, expires_in: this.accessTtl }, [
          NO_STORE,
          ['Set-Cookie', this.cookie(TOKEN_COOKIE, token, this.accessTtl)],
        ]),
        outcome: 'logged-in',
        storeUsed: null,
        signatureChecks: 0,
      };
    }
    const body: Record<string, string | number> = {
      access_token: token,
      token_type: 'Bearer',
      expires_in: this.accessTtl,
    };
    if (this.refresh) {
      const rt = randomId(ctx.rng, 32);
      const family = randomId(ctx.rng, 6);
      this.refresh.create(rt, {
        sub,
        role: user.role,
        family,
        used: false,
        expires: ctx.now + REFRESH_TTL,
      });
      body.refresh_token = rt;
    }
    return {
      response: jsonResponse(200, ctx.now, body, [NO_STORE]),
      outcome: 'logged-in',
      storeUsed: this.refresh ? 'refresh' : null,
      signatureChecks: 0,
    };
  }

  private async logout(request: HttpRequest, ctx: ServerContext): Promise<Handled> {
    if (this.mode === 'session') {
      const sid = cookieValue(request, SESSION_COOKIE);
      if (sid) this.store.delete(sid);
      return {
        response: jsonResponse(204, ctx.now, undefined, [
          ['Set-Cookie', this.cookie(SESSION_COOKIE, '', 0)],
        ]),
        outcome: 'logged-out',
        storeUsed: sid ? 'session' : null,
        signatureChecks: 0,
      };
    }
    // Without a deny list there is nothing to delete: the token stays valid until its exp.
    const before = this.signatureChecks;
    const token = this.credential(request);
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
    const extra: Header[] =
      this.tokenIn === 'cookie' ? [['Set-Cookie', this.cookie(TOKEN_COOKIE, '', 0)]] : [];
    return {
      response: jsonResponse(204, ctx.now, undefined, extra),
      outcome: 'logged-out',
      storeUsed: this.denyList && token ? 'deny-list' : null,
      signatureChecks: this.signatureChecks - before,
    };
  }
}
