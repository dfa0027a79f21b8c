/**
 * The labs' simulated servers. Each answers "GET /admin" with a bearer token, in one of two settings:
 * careless (a verifier that reimplements a real bug on purpose, in careless/) or safe (the strict
 * core's check() with the options a well-configured server passes). Nothing here touches the network.
 */
import {
  check,
  sentenceOf,
  type CheckOptions,
  type Diagnostic,
  type DiagnosticCode,
} from '../../jwt/index';
import { jsonResponse, type Header, type HttpRequest, type HttpResponse } from '../sim/engine/http';

export type ServerMode = 'careless' | 'safe';

/** Why a careless server refused, as an id the UI translates, with values for its sentence. */
export type CarelessReason =
  | 'malformed'
  | 'alg-unsupported'
  | 'alg-blocked'
  | 'signature'
  | 'fetch-failed'
  | 'file-not-found'
  | 'sql-error'
  | 'kid-unknown'
  | 'key-unusable';

export type Refusal =
  | { kind: 'careless'; reason: CarelessReason; params: Record<string, string> }
  | { kind: 'diagnostic'; diagnostic: Diagnostic };

export type Verified =
  | { ok: true; claims: Record<string, unknown>; log: string[] }
  | { ok: false; refusal: Refusal; log: string[] };

export interface LabResponse {
  mode: ServerMode;
  /** The request as it went over the (simulated) wire. */
  request: HttpRequest;
  /** The full reply: status line, header fields and a JSON body. */
  http: HttpResponse;
  /** 200 admin page, 401 not authenticated, 403 authenticated but not an administrator. */
  status: 200 | 401 | 403;
  claims: Record<string, unknown> | null;
  refusal: Refusal | null;
  /** What the server did, as log lines (code-like, the same in every language). */
  log: string[];
}

export type VerifyFn = (token: string, now: number) => Promise<Verified>;

/** A lab server: the same endpoint behind a careless and a safe verifier. */
export class LabServer {
  constructor(
    readonly careless: VerifyFn,
    readonly safe: VerifyFn,
  ) {}

  /** Sends `GET /admin` with `Authorization: Bearer <token>`. */
  async send(token: string, mode: ServerMode, now: number): Promise<LabResponse> {
    const verify = mode === 'careless' ? this.careless : this.safe;
    let v: Verified;
    try {
      v = await verify(token.trim(), now);
    } catch (e) {
      // A careless verifier may throw like the libraries it imitates; the server answers 401.
      v = {
        ok: false,
        refusal: { kind: 'careless', reason: 'malformed', params: { detail: String(e) } },
        log: [`uncaught ${String(e)}`],
      };
    }
    const request = adminRequest(token);
    if (!v.ok) {
      return {
        mode,
        request,
        http: unauthorized(v.refusal, now),
        status: 401,
        claims: null,
        refusal: v.refusal,
        log: [...v.log, '→ 401 Unauthorized'],
      };
    }
    const admin = v.claims.role === 'admin';
    const status = admin ? 200 : 403;
    return {
      mode,
      request,
      http: admin ? adminPage(v.claims, now) : forbidden(v.claims, now),
      status,
      claims: v.claims,
      refusal: null,
      log: [...v.log, `claims.role = ${jsonText(v.claims.role)} → ${status}`],
    };
  }
}

// --- the HTTP the lab server speaks ---------------------------------------------------------------

const HOST = 'api.example.com';

/** Any value from a token as text, whatever it is (an object without a prototype included). */
export function jsonText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return '?';
  }
}

export function adminRequest(token: string): HttpRequest {
  return {
    kind: 'request',
    method: 'GET',
    path: '/admin',
    headers: [
      ['Host', HOST],
      ['Accept', 'application/json'],
      ['Authorization', `Bearer ${token.trim()}`],
    ],
  };
}

/** What a careless refusal says in the reply, in the server's own (English) words. */
const CARELESS_DESCRIPTIONS: Record<CarelessReason, string> = {
  malformed: 'The token could not be decoded',
  'alg-unsupported': 'Unsupported algorithm',
  'alg-blocked': 'Algorithm not allowed',
  signature: 'Signature verification failed',
  'fetch-failed': 'The key URL could not be fetched',
  'file-not-found': 'Key file not found',
  'sql-error': 'Key lookup failed',
  'kid-unknown': 'Unknown key id',
  'key-unusable': 'The key could not be used',
};

/**
 * A header-field quoted string for error_description: RFC 6750 §3 allows only %x20-21 / %x23-5B /
 * %x5D-7E there, so quotes, backslashes and anything outside printable ASCII are left out.
 */
export function quotedDescription(text: string): string {
  const clean = text
    .replace(/"/g, "'")
    .replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > 160 ? `${clean.slice(0, 157)}...` : clean;
}

export function refusalDescription(refusal: Refusal): string {
  return refusal.kind === 'diagnostic'
    ? `${refusal.diagnostic.code}: ${sentenceOf(refusal.diagnostic)}`
    : CARELESS_DESCRIPTIONS[refusal.reason];
}

/**
 * 401 with the challenge RFC 9110 §15.5.2 requires on every 401, in the Bearer scheme's form
 * (RFC 6750 §3: realm, error="invalid_token", error_description).
 */
function unauthorized(refusal: Refusal, now: number): HttpResponse {
  const description = quotedDescription(refusalDescription(refusal));
  const challenge: Header = [
    'WWW-Authenticate',
    `Bearer realm="${HOST}", error="invalid_token", error_description="${description}"`,
  ];
  return jsonResponse(401, now, { error: 'invalid_token', error_description: description }, [
    challenge,
    ['Cache-Control', 'no-store'],
  ]);
}

/** 403: authenticated, not an administrator (RFC 6750 §3.1 insufficient_scope). */
function forbidden(claims: Record<string, unknown>, now: number): HttpResponse {
  return jsonResponse(
    403,
    now,
    {
      error: 'insufficient_scope',
      error_description: 'Administrators only',
      sub: claims.sub ?? null,
      role: claims.role ?? null,
    },
    [
      [
        'WWW-Authenticate',
        `Bearer realm="${HOST}", error="insufficient_scope", error_description="Administrators only"`,
      ],
      ['Cache-Control', 'no-store'],
    ],
  );
}

function adminPage(claims: Record<string, unknown>, now: number): HttpResponse {
  return jsonResponse(
    200,
    now,
    {
      page: 'admin',
      signedInAs: claims.sub ?? null,
      users: 3,
      pendingRefunds: 1,
      notice: 'backup key rotation due',
    },
    [['Cache-Control', 'no-store']],
  );
}

// --- the safe side: the strict core --------------------------------------------------------------

/**
 * The safe verifier: the core's check() with the server's configured key, algorithm allow-list,
 * audience and clock. It accepts only a valid signature with no error; `fatal` lists warnings this
 * server treats as refusals (e.g. a token without "exp").
 */
export function strict(
  options: Omit<CheckOptions, 'now'>,
  fatal: readonly DiagnosticCode[] = [],
): VerifyFn {
  return async (token, now) => {
    const result = await check(token, { ...options, now });
    const log = [
      `check(token, { algorithms: ${JSON.stringify(options.algorithms ?? null)}${
        options.audience ? `, audience: ${JSON.stringify(options.audience)}` : ''
      }${options.issuer ? `, issuer: ${JSON.stringify(options.issuer)}` : ''}, key: <configured> })`,
      `→ signature ${result.signature}`,
    ];
    const refusal =
      result.diagnostics.find((d) => fatal.includes(d.code)) ??
      result.diagnostics.find((d) => d.severity === 'error');
    if (refusal || result.signature !== 'valid' || !result.claims) {
      const d = refusal ?? result.diagnostics.find((x) => x.code === 'signature-invalid') ?? null;
      // The finding that decided, not the core's overall verdict: a warning this server treats as
      // fatal (a token without "exp") is a refusal here.
      if (d) {
        log.push(
          `→ ${d.code}${d.severity !== 'error' ? ` (${d.severity} in the core; this server refuses it)` : ''}`,
        );
      }
      return {
        ok: false,
        refusal: d
          ? { kind: 'diagnostic', diagnostic: d }
          : { kind: 'careless', reason: 'signature', params: {} },
        log,
      };
    }
    log.push('→ no error: accepted');
    return { ok: true, claims: result.claims.value as Record<string, unknown>, log };
  };
}
