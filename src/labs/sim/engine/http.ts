/**
 * HTTP messages as structured objects, and the exact HTTP/1.1 text they stand for (RFC 9112 §2.1:
 * start line, header fields, an empty line, the body; every line ends in CRLF).
 */

export type Header = readonly [name: string, value: string];

export interface HttpRequest {
  kind: 'request';
  method: 'GET' | 'POST';
  path: string;
  headers: Header[];
  body?: string;
}

export interface HttpResponse {
  kind: 'response';
  status: number;
  headers: Header[];
  body?: string;
}

export type HttpMessage = HttpRequest | HttpResponse;

/** Reason phrases of the statuses the simulation sends (RFC 9110 §15). */
export const REASONS: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
};

const CRLF = '\r\n';

/** The message as it travels on the wire, CRLF line ends included. */
export function formatHttp(message: HttpMessage): string {
  const start =
    message.kind === 'request'
      ? `${message.method} ${message.path} HTTP/1.1`
      : `HTTP/1.1 ${message.status} ${REASONS[message.status] ?? ''}`.trimEnd();
  const lines = [start, ...message.headers.map(([n, v]) => `${n}: ${v}`)];
  return lines.join(CRLF) + CRLF + CRLF + (message.body ?? '');
}

const encoder = new TextEncoder();

/** UTF-8 length of a text. */
export function byteLength(text: string): number {
  return encoder.encode(text).length;
}

/** The size of the message on the wire. */
export function messageBytes(message: HttpMessage): number {
  return byteLength(formatHttp(message));
}

/** The first value of a header, by case-insensitive name (RFC 9110 §5.1). */
export function header(message: HttpMessage, name: string): string | undefined {
  const lower = name.toLowerCase();
  return message.headers.find(([n]) => n.toLowerCase() === lower)?.[1];
}

/** Every value of a header (Set-Cookie may repeat: RFC 6265 §3). */
export function headers(message: HttpMessage, name: string): string[] {
  const lower = name.toLowerCase();
  return message.headers.filter(([n]) => n.toLowerCase() === lower).map(([, v]) => v);
}

/** A "Date" header value for a NumericDate (RFC 9110 §5.6.7 IMF-fixdate). */
export function httpDate(seconds: number): string {
  return new Date(seconds * 1000).toUTCString();
}

/** A response with a JSON body and its Content-Type and Content-Length. */
export function jsonResponse(
  status: number,
  now: number,
  body: unknown,
  extra: Header[] = [],
): HttpResponse {
  const text = body === undefined ? undefined : JSON.stringify(body);
  const h: Header[] = [['Date', httpDate(now)], ...extra];
  if (text !== undefined) {
    h.push(['Content-Type', 'application/json']);
    h.push(['Content-Length', String(byteLength(text))]);
  }
  return text === undefined
    ? { kind: 'response', status, headers: h }
    : { kind: 'response', status, headers: h, body: text };
}

/** A cookie's value from the request's Cookie header (RFC 6265 §5.4). */
export function cookieValue(request: HttpRequest, name: string): string | null {
  const cookie = header(request, 'Cookie');
  if (!cookie) return null;
  for (const part of cookie.split(';')) {
    const [n, ...v] = part.trim().split('=');
    if (n === name) return v.join('=');
  }
  return null;
}

/** The token of an "Authorization: Bearer" header (RFC 6750 §2.1). */
export function bearerToken(request: HttpRequest): string | null {
  const auth = header(request, 'Authorization');
  const m = auth ? /^Bearer\s+(\S+)$/i.exec(auth) : null;
  return m?.[1] ?? null;
}

/** The fields of a form-encoded body. */
export function formFields(body: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of new URLSearchParams(body ?? '')) out.set(k, v);
  return out;
}
