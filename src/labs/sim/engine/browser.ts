/**
 * The browser: a cookie jar that follows Set-Cookie (RFC 6265 §5.2, the attributes the simulation
 * needs: Path, Max-Age, HttpOnly, Secure, SameSite) and a localStorage map that the page's script uses.
 */
import type { Header, HttpRequest, HttpResponse } from './http';
import { headers } from './http';

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

/** RFC 6265 §5.1.4 path-match. */
function pathMatches(requestPath: string, cookiePath: string): boolean {
  const path = requestPath.split('?')[0] ?? '/';
  if (path === cookiePath) return true;
  if (!path.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || path[cookiePath.length] === '/';
}

export class Browser {
  private jar = new Map<string, Cookie>();
  readonly localStorage = new Map<string, string>();

  /** Stores or deletes the cookies a response sets (Max-Age ≤ 0 deletes: RFC 6265 §5.3 step 11). */
  receive(response: HttpResponse, now: number): void {
    for (const value of headers(response, 'Set-Cookie')) {
      const c = parseSetCookie(value, now);
      if (!c) continue;
      if (c.expires !== null && c.expires <= now) this.jar.delete(c.name);
      else this.jar.set(c.name, c);
    }
  }

  /** The cookies the browser attaches to a request for this path, oldest first. */
  cookiesFor(path: string, now: number): Cookie[] {
    this.expire(now);
    return [...this.jar.values()].filter((c) => pathMatches(path, c.path));
  }

  /** Every cookie in the jar, for display. */
  cookies(now: number): Cookie[] {
    this.expire(now);
    return [...this.jar.values()];
  }

  /** What the page's JavaScript sees in document.cookie: HttpOnly cookies are hidden from it. */
  documentCookie(now: number): string {
    return this.cookies(now)
      .filter((c) => !c.httpOnly)
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  /** Builds a request the way a browser would: Host, then the Cookie header it attaches by itself. */
  request(
    method: HttpRequest['method'],
    path: string,
    now: number,
    options: { body?: string; bearer?: string; cookie?: string } = {},
  ): HttpRequest {
    const h: Header[] = [['Host', HOST]];
    const cookie =
      options.cookie ??
      this.cookiesFor(path, now)
        .map((c) => `${c.name}=${c.value}`)
        .join('; ');
    if (cookie) h.push(['Cookie', cookie]);
    if (options.bearer !== undefined) h.push(['Authorization', `Bearer ${options.bearer}`]);
    if (options.body !== undefined) {
      h.push(['Content-Type', 'application/x-www-form-urlencoded']);
      h.push(['Content-Length', String(new TextEncoder().encode(options.body).length)]);
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
