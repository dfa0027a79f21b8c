/**
 * The browser: a cookie jar that follows Set-Cookie (RFC 6265bis §5.6, the attributes the simulation
 * needs: Path, Max-Age, HttpOnly, Secure, SameSite, the __Host- prefix and the 4096-byte limit), the
 * SameSite rules for cross-site requests (§5.8.3) and a localStorage map that the page's script uses.
 */
import type { Header, HttpRequest, HttpResponse } from './http';
import { byteLength, headers } from './http';

export interface Cookie {
  name: string;
  value: string;
  path: string;
  httpOnly: boolean;
  secure: boolean;
  sameSite: string | null;
  /** NumericDate when the cookie expires; null for a session cookie (until the browser closes). */
  expires: number | null;
}

export const HOST = 'app.example';
export const APP_ORIGIN = `https://${HOST}`;
/** The attacker's site: another site, so its pages make cross-site requests to the app. */
export const EVIL_ORIGIN = 'https://evil.example';
/** RFC 6265bis §5.6: a cookie whose name and value together exceed 4096 bytes is ignored entirely. */
export const MAX_COOKIE_BYTES = 4096;

/** Who starts a request in the victim's browser: the app's own script, a script injected into the
 * app's page (XSS, same site), or a page on another site (a form or a link: CSRF). */
export type Initiator = 'page' | 'xss' | 'evil';

export interface RequestOptions {
  body?: string;
  bearer?: string;
  /** A Cookie header written by hand (an attacker's tool); the jar is not used. */
  cookie?: string;
  initiator?: Initiator;
  /** A top-level navigation (a link or a form), rather than a subrequest (fetch, img). */
  navigation?: boolean;
}

/** Parses one Set-Cookie value; null when it has no name=value pair. */
export function parseSetCookie(value: string, now: number): Cookie | null {
  const [pair = '', ...attrs] = value.split(';').map((s) => s.trim());
  const eq = pair.indexOf('=');
  if (eq <= 0) return null;
  const cookie: Cookie = {
    name: pair.slice(0, eq),
    value: pair.slice(eq + 1),
    path: '/',
    httpOnly: false,
    secure: false,
    sameSite: null,
    expires: null,
  };
  for (const attr of attrs) {
    const i = attr.indexOf('=');
    const name = (i < 0 ? attr : attr.slice(0, i)).toLowerCase();
    const v = i < 0 ? '' : attr.slice(i + 1);
    if (name === 'path' && v.startsWith('/')) cookie.path = v;
    else if (name === 'max-age' && /^-?\d+$/.test(v)) cookie.expires = now + Number(v);
    else if (name === 'httponly') cookie.httpOnly = true;
    else if (name === 'secure') cookie.secure = true;
    else if (name === 'samesite') cookie.sameSite = v;
  }
  return cookie;
}

/** Why a browser refuses a Set-Cookie it could parse, or null when it keeps it. */
export function refusal(setCookie: string, cookie: Cookie): 'too-big' | 'prefix' | null {
  if (byteLength(cookie.name) + byteLength(cookie.value) > MAX_COOKIE_BYTES) return 'too-big';
  // RFC 6265bis §4.1.3.2: __Host- needs Secure, Path=/ and no Domain.
  if (
    cookie.name.startsWith('__Host-') &&
    (!cookie.secure || cookie.path !== '/' || /;\s*domain=/i.test(setCookie))
  )
    return 'prefix';
  return null;
}

/** RFC 6265 §5.1.4 path-match. */
function pathMatches(requestPath: string, cookiePath: string): boolean {
  const path = requestPath.split('?')[0] ?? '/';
  if (path === cookiePath) return true;
  if (!path.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || path[cookiePath.length] === '/';
}

/**
 * RFC 6265bis §5.8.3: on a cross-site request, Strict cookies never go; Lax ones (and, as browsers
 * do by default, those without SameSite) go only with a top-level navigation by a safe method (GET).
 */
function sameSiteAllows(c: Cookie, crossSite: boolean, method: string, nav: boolean): boolean {
  if (!crossSite) return true;
  const mode = (c.sameSite ?? 'lax').toLowerCase();
  if (mode === 'none') return c.secure;
  if (mode === 'strict') return false;
  return nav && method === 'GET';
}

export class Browser {
  private jar = new Map<string, Cookie>();
  readonly localStorage = new Map<string, string>();

  /** @param sendsOrigin a browser adds Origin to POSTs; an attacker's command-line tool does not. */
  constructor(readonly sendsOrigin = true) {}

  /**
   * Stores or deletes the cookies a response sets (Max-Age ≤ 0 deletes: RFC 6265 §5.3 step 11), and
   * returns the names of those it refused.
   */
  receive(response: HttpResponse, now: number): string[] {
    const refused: string[] = [];
    for (const value of headers(response, 'Set-Cookie')) {
      const c = parseSetCookie(value, now);
      if (!c) continue;
      if (refusal(value, c)) {
        refused.push(c.name);
        continue;
      }
      if (c.expires !== null && c.expires <= now) this.jar.delete(c.name);
      else this.jar.set(c.name, c);
    }
    return refused;
  }

  /** The cookies the browser attaches to a request for this path, oldest first. */
  cookiesFor(
    path: string,
    now: number,
    context: { method?: string; crossSite?: boolean; navigation?: boolean } = {},
  ): Cookie[] {
    this.expire(now);
    const { method = 'GET', crossSite = false, navigation = false } = context;
    return [...this.jar.values()].filter(
      (c) => pathMatches(path, c.path) && sameSiteAllows(c, crossSite, method, navigation),
    );
  }

  /** Every cookie in the jar, for display. */
  cookies(now: number): Cookie[] {
    this.expire(now);
    return [...this.jar.values()];
  }

  /** Changes a cookie's value by hand, as DevTools lets its owner do. */
  editCookie(name: string, value: string): void {
    const c = this.jar.get(name);
    if (c) this.jar.set(name, { ...c, value });
  }

  /** A fresh profile: no cookies, nothing stored. */
  clear(): void {
    this.jar.clear();
    this.localStorage.clear();
  }

  /** What the page's JavaScript sees in document.cookie: HttpOnly cookies are hidden from it. */
  documentCookie(now: number): string {
    return this.cookies(now)
      .filter((c) => !c.httpOnly)
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  /**
   * Builds a request the way a browser would: Host, Origin on a POST (Fetch standard, "append a
   * request Origin header"), then the Cookie header it attaches by itself under the SameSite rules.
   */
  request(
    method: HttpRequest['method'],
    path: string,
    now: number,
    options: RequestOptions = {},
  ): HttpRequest {
    const crossSite = options.initiator === 'evil';
    const h: Header[] = [['Host', HOST]];
    if (this.sendsOrigin && method === 'POST')
      h.push(['Origin', crossSite ? EVIL_ORIGIN : APP_ORIGIN]);
    const cookie =
      options.cookie ??
      this.cookiesFor(path, now, { method, crossSite, navigation: options.navigation ?? false })
        .map((c) => `${c.name}=${c.value}`)
        .join('; ');
    if (cookie) h.push(['Cookie', cookie]);
    if (options.bearer !== undefined) h.push(['Authorization', `Bearer ${options.bearer}`]);
    if (options.body !== undefined) {
      h.push(['Content-Type', 'application/x-www-form-urlencoded']);
      h.push(['Content-Length', String(byteLength(options.body))]);
    }
    return options.body === undefined
      ? { kind: 'request', method, path, headers: h }
      : { kind: 'request', method, path, headers: h, body: options.body };
  }

  private expire(now: number): void {
    for (const [name, c] of this.jar)
      if (c.expires !== null && c.expires <= now) this.jar.delete(name);
  }
}
