/**
 * The labs' simulated servers. Each answers "GET /admin" with a bearer token, in one of two settings:
 * careless (a verifier that reimplements a real bug on purpose) or safe (the strict core's check()
 * with the options a well-configured server passes). Nothing here touches the network.
 */
import {
  ALGORITHMS,
  check,
  decodeBase64url,
  decodeUtf8,
  getAlgorithm,
  signingInputBytes,
  type CheckOptions,
  type Diagnostic,
  type DiagnosticCode,
  type KeyEntry,
} from '../../jwt/index';

export type ServerMode = 'careless' | 'safe';

/** Why a careless server refused, as an id the UI translates, with values for its sentence. */
export type CarelessReason =
  | 'malformed'
  | 'alg-unsupported'
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
    if (!v.ok) return { mode, status: 401, claims: null, refusal: v.refusal, log: v.log };
    const admin = v.claims.role === 'admin';
    return {
      mode,
      status: admin ? 200 : 403,
      claims: v.claims,
      refusal: null,
      log: [...v.log, `claims.role = ${JSON.stringify(v.claims.role)} → ${admin ? 200 : 403}`],
    };
  }
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
      `→ signature ${result.signature}, verdict ${result.verdict}`,
    ];
    const refusal =
      result.diagnostics.find((d) => fatal.includes(d.code)) ??
      result.diagnostics.find((d) => d.severity === 'error');
    if (refusal || result.signature !== 'valid' || !result.claims) {
      const d = refusal ?? result.diagnostics.find((x) => x.code === 'signature-invalid') ?? null;
      return {
        ok: false,
        refusal: d
          ? { kind: 'diagnostic', diagnostic: d }
          : { kind: 'careless', reason: 'signature', params: {} },
        log,
      };
    }
    return { ok: true, claims: result.claims.value as Record<string, unknown>, log };
  };
}

// --- building blocks for careless verifiers ------------------------------------------------------

/** What a sloppy JWT library sees: the three parts split and JSON-parsed, nothing checked. */
export interface LooseToken {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  headerSegment: string;
  payloadBytes: Uint8Array;
  signature: Uint8Array;
}

function parseObject(segment: string): Record<string, unknown> | null {
  const bytes = decodeBase64url(segment);
  if (!bytes) return null;
  const text = decodeUtf8(bytes);
  if (!text.ok) return null;
  try {
    const v: unknown = JSON.parse(text.text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Splits and decodes a token like `jwt.decode()` does; null when even that fails. */
export function decodeLoose(token: string): LooseToken | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const header = parseObject(parts[0]!);
  const claims = parseObject(parts[1]!);
  const payloadBytes = decodeBase64url(parts[1]!);
  const signature = decodeBase64url(parts[2]!);
  if (!header || !claims || !payloadBytes || !signature) return null;
  return { header, claims, headerSegment: parts[0]!, payloadBytes, signature };
}

export function malformed(log: string[]): Verified {
  return {
    ok: false,
    refusal: { kind: 'careless', reason: 'malformed', params: {} },
    log: [...log, 'jwt.decode(token) failed → 401'],
  };
}

export function refuse(
  reason: CarelessReason,
  params: Record<string, string>,
  log: string[],
): Verified {
  return { ok: false, refusal: { kind: 'careless', reason, params }, log };
}

function dataOf(t: LooseToken): ArrayBuffer {
  return signingInputBytes(t.headerSegment, t.payloadBytes, true).slice().buffer;
}

// HMAC pads a key shorter than the hash's block with zero octets (RFC 2104 §2), so the empty key and
// the key 0x00 give the same MAC. WebCrypto refuses a zero-length key, so an empty key is passed as
// 0x00: the same function the careless server computes with the empty file.

/** HMAC verification with whatever bytes the careless server ended up calling "the key". */
export async function verifyHmac(
  alg: string,
  keyBytes: Uint8Array,
  t: LooseToken,
): Promise<boolean> {
  const info = getAlgorithm(alg);
  if (!info || info.family !== 'HMAC') return false;
  const raw = keyBytes.length === 0 ? Uint8Array.of(0) : keyBytes;
  const key = await crypto.subtle.importKey('raw', raw.slice().buffer, info.importParams, false, [
    'verify',
  ]);
  return crypto.subtle.verify(info.signParams, key, t.signature.slice().buffer, dataOf(t));
}

/** Verification with a parsed key for whatever algorithm the header names (the careless part). */
export async function verifyWithKey(alg: string, key: KeyEntry, t: LooseToken): Promise<boolean> {
  const info = getAlgorithm(alg);
  if (!info || info === ALGORITHMS.none) return false;
  if (info.family === 'HMAC') return verifyHmac(alg, key.secret ?? new Uint8Array(), t);
  const jwk: JsonWebKey = { ...(key.publicJwk ?? key.jwk) };
  delete jwk.alg;
  delete jwk.key_ops;
  delete jwk.use;
  delete (jwk as Record<string, unknown>).kid;
  const cryptoKey = await crypto.subtle.importKey('jwk', jwk, info.importParams, false, ['verify']);
  return crypto.subtle.verify(info.signParams, cryptoKey, t.signature.slice().buffer, dataOf(t));
}
