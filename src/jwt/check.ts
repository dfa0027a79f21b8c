/**
 * check: the whole verification of RFC 7515 §5.2 and RFC 7519 §7.2 as a strict server would do it,
 * returning three facts separately (the verdict, the raw signature outcome, every diagnostic) so a
 * student sees "signature valid, token expired" rather than one red light.
 */
import { ALGORITHMS, type AlgInfo } from './algorithms';
import { algorithmsForKey, keyFitsAlgorithm } from './key-fit';
import { checkClaims, type ClaimOptions } from './claims';
import { importFor, supportsEd25519, verifyBytes } from './crypto';
import type { Diagnostic, DiagnosticCode } from './diagnostics';
import { diagnoseVerify as diagnose } from './verify-codes';
import { inspect, viewPayload, type DecodedJson, type Inspection } from './inspect';
import { parseKey, selectKey, type KeyEntry, type KeyInput, type ParsedKey } from './keys';
import { signingInputBytes } from './signing-input';
import { decodeUtf8, encodeUtf8 } from './utf8';
import { keyParams, keyUseRefusal } from './key-use';

export type Verdict = 'valid' | 'invalid-signature' | 'warning' | 'error';
export type SignatureStatus = 'valid' | 'invalid' | 'unsecured' | 'not-performed';

export interface CheckOptions extends ClaimOptions {
  /** The verification key: text or object to parse, or a key parsed before. */
  key?: KeyInput | ParsedKey | null;
  /** Allow-list of algorithms; by default the ones the key can serve, never "none". */
  algorithms?: string[];
  /** The payload of a detached-content JWS (RFC 7515 App. F), as text or bytes. */
  detachedPayload?: string | Uint8Array;
  /** Understand RFC 7797 "b64": false. */
  supportB64?: boolean;
  /**
   * The inspection of this very input, made before with the same `supportB64`: reading a large
   * token again costs as much as the first time. One of another input is ignored.
   */
  inspection?: Inspection;
}

export interface CheckResult {
  verdict: Verdict;
  signature: SignatureStatus;
  diagnostics: Diagnostic[];
  inspection: Inspection;
  /** The key the signature was checked with. */
  key: KeyEntry | null;
  /** The claims set that was checked (the innermost one for a nested JWT). */
  claims: DecodedJson | null;
  /** The inner token's result when "cty" is "JWT". */
  nested: CheckResult | null;
}

// Findings that do not stop the signature check: claims are reached only after it (RFC 7519 §7.2
// step 10), and a header BOM is rejected but the signature still covers the bytes as sent.
const AFTER_SIGNATURE = new Set<DiagnosticCode>(['payload-duplicate-claim', 'header-utf8-bom']);

// A few secrets a dictionary attack tries first; the attack lab has the full list.
const COMMON_SECRETS = new Set([
  'secret',
  'secret1',
  'secret123',
  'password',
  'password1',
  'passw0rd',
  '123456',
  '12345678',
  'changeme',
  'qwerty',
  'admin',
  'jwt',
  'key',
  'test',
  'your-256-bit-secret',
  'your-secret-key',
  'mysecret',
  'supersecret',
  'jwtsecret',
  'jwt_secret',
  'secretkey',
  'secret_key',
  'default',
  'letmein',
]);

function isParsedKey(k: KeyInput | ParsedKey): k is ParsedKey {
  return 'keys' in k && Array.isArray((k as ParsedKey).keys);
}

function verdictOf(signature: SignatureStatus, diagnostics: Diagnostic[]): Verdict {
  if (signature === 'invalid') return 'invalid-signature';
  if (diagnostics.some((d) => d.severity === 'error')) return 'error';
  if (signature !== 'valid' || diagnostics.some((d) => d.severity === 'warning')) return 'warning';
  return 'valid';
}

function payloadFromDetached(detached: string | Uint8Array): Uint8Array {
  return typeof detached === 'string' ? encodeUtf8(detached) : detached;
}

function keyWarnings(key: KeyEntry, info: AlgInfo, out: Diagnostic[]): void {
  if (key.kind === 'secret' && info.minKeyBits !== null && key.bits < info.minKeyBits) {
    out.push(
      diagnose('hmac-key-short', 'key', null, {
        bits: key.bits,
        alg: info.alg,
        required: info.minKeyBits,
      }),
    );
  }
  if (key.kind === 'secret' && key.secret) {
    const text = decodeUtf8(key.secret);
    if (text.ok && (COMMON_SECRETS.has(text.text.toLowerCase()) || /^(.)\1*$/.test(text.text))) {
      out.push(diagnose('hmac-key-guessable', 'key', null));
    }
    // Algorithm confusion (RFC 8725 §2.1): a public key's text used as an HMAC secret.
    const t = text.ok ? text.text.trim() : '';
    const what = /^-----BEGIN [A-Z ]*(PUBLIC KEY|CERTIFICATE)-----/.test(t)
      ? 'pem'
      : /^\{[\s\S]*"kty"/.test(t)
        ? 'jwk'
        : null;
    if (what) out.push(diagnose('hmac-key-looks-public', 'key', null, { what }));
  }
  if (key.kty === 'RSA' && key.bits < 2048) {
    out.push(diagnose('rsa-key-small', 'key', null, { bits: key.bits }));
  }
  if (key.kind === 'private') out.push(diagnose('key-private', 'key', null));
}

function signatureShape(info: AlgInfo, signature: Uint8Array, out: Diagnostic[]): void {
  if (signature.length === 0) {
    out.push(diagnose('signature-empty', 'signature', null));
    return;
  }
  if (info.family === 'ECDSA' && info.sigBytes === signature.length) {
    const half = signature.length / 2;
    const zero = (from: number): boolean =>
      signature.subarray(from, from + half).every((b) => b === 0);
    if (zero(0) || zero(half)) out.push(diagnose('signature-ecdsa-zero', 'signature', null));
  }
  if (info.sigBytes !== null && signature.length !== info.sigBytes) {
    out.push(
      diagnose('signature-length', 'signature', null, {
        alg: info.alg,
        expected: info.sigBytes,
        actual: signature.length,
      }),
    );
    // DER: SEQUENCE, length (long form 0x81 xx for P-521, X.690 §8.1.3.5), INTEGER r, INTEGER s.
    const intAt = signature[1] === 0x81 ? 3 : 2;
    if (info.family === 'ECDSA' && signature[0] === 0x30 && signature[intAt] === 0x02) {
      out.push(diagnose('signature-der', 'signature', null));
    }
  }
}

/** Verifies a token against a key and a policy. Never throws. */
export async function check(input: string, options: CheckOptions): Promise<CheckResult> {
  const inspection =
    options.inspection?.input === input
      ? options.inspection
      : inspect(input, { supportB64: options.supportB64 ?? false });
  const diagnostics = [...inspection.diagnostics];
  const result = (
    signature: SignatureStatus,
    key: KeyEntry | null = null,
    claims: DecodedJson | null = null,
    nested: CheckResult | null = null,
  ): CheckResult => ({
    verdict: verdictOf(signature, diagnostics),
    signature,
    diagnostics,
    inspection,
    key,
    claims,
    nested,
  });

  if (inspection.kind === 'jwe') {
    diagnostics.push(diagnose('jwe-not-verifiable', 'input', inspection.tokenSpan));
    return result('not-performed');
  }
  const blocked = diagnostics.some((d) => d.severity === 'error' && !AFTER_SIGNATURE.has(d.code));
  const info = inspection.algInfo;
  if (inspection.kind !== 'jws' || !info || blocked) return result('not-performed');

  const sigSeg = inspection.segments[2]!;
  const payloadSeg = inspection.segments[1]!;
  const explicit = options.algorithms;

  // What the signature covers: the segments exactly as received (RFC 7515 §5.2 step 8), or the
  // header with the detached content (RFC 7515 App. F), encoded unless "b64" is false (RFC 7797 §3).
  let claims = inspection.payload?.json ?? null;
  const b64 = !(inspection.payload?.unencoded ?? false);
  let signedBytes = encodeUtf8(inspection.signingInput ?? '');
  if (options.detachedPayload !== undefined && payloadSeg.text.length === 0) {
    const payloadBytes = payloadFromDetached(options.detachedPayload);
    signedBytes = signingInputBytes(inspection.segments[0]!.text, payloadBytes, b64);
    // The detached content is read like an attached payload: a claims set, or text with a warning.
    const view = viewPayload(payloadSeg, payloadBytes, !b64, inspection.header, diagnostics);
    claims = view.json;
    const empty = diagnostics.findIndex((d) => d.code === 'payload-empty');
    if (empty >= 0) diagnostics.splice(empty, 1);
    diagnostics.push(diagnose('payload-detached', 'payload', payloadSeg.span));
  }
  const finishClaims = (): void => {
    if (claims) diagnostics.push(...checkClaims(claims, options, payloadSeg.span));
  };

  // RFC 7518 §3.6: "none" is never verified, only allowed or refused.
  if (info === ALGORITHMS.none) {
    if (!explicit?.includes('none'))
      diagnostics.push(diagnose('alg-none-not-allowed', 'header', inspection.segments[0]!.span));
    finishClaims();
    // A "none" token with a signature is malformed, not unsecured: there is nothing to check it with.
    if (sigSeg.text.length > 0) {
      diagnostics.push(diagnose('none-signature-not-empty', 'signature', sigSeg.span));
      return result('not-performed', null, claims);
    }
    return result('unsecured', null, claims);
  }

  if (explicit && !explicit.includes(info.alg)) {
    diagnostics.push(
      diagnose('alg-not-allowed', 'header', inspection.segments[0]!.span, {
        alg: info.alg,
        allowed: explicit.join(', '),
      }),
    );
    return result('not-performed');
  }

  if (!options.key) {
    diagnostics.push(diagnose('key-missing', 'key', null));
    finishClaims();
    return result('not-performed', null, claims);
  }
  const parsed = isParsedKey(options.key) ? options.key : await parseKey(options.key);
  diagnostics.push(...parsed.diagnostics);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) return result('not-performed');
  const kid = (inspection.header?.value as Record<string, unknown>).kid;
  const selected = selectKey(parsed, typeof kid === 'string' ? kid : undefined, info.alg);
  if (!selected.key) {
    if (selected.reason === 'kid-not-found') {
      diagnostics.push(
        diagnose('kid-not-found', 'key', null, {
          kid: String(kid),
          kids: selected.kids.join(', '),
        }),
      );
    } else {
      const reason = selected.reason === 'ambiguous' ? 'set-ambiguous' : 'set-none-fits';
      diagnostics.push(diagnose('key-invalid', 'key', null, { reason }));
    }
    return result('not-performed');
  }
  const key = selected.key;
  const refusal = keyUseRefusal(key, 'verify');
  if (refusal) {
    diagnostics.push(refusal);
    return result('not-performed', key);
  }
  const mismatch = keyFitsAlgorithm(key, info);
  if (mismatch) {
    const allowed = explicit ?? algorithmsForKey(key);
    diagnostics.push(
      diagnose('key-alg-mismatch', 'key', null, {
        alg: info.alg,
        ...keyParams(key),
        ...mismatch,
        allowed: allowed.join(', '),
      }),
    );
    return result('not-performed', key);
  }
  if (info.family === 'EdDSA' && !(await supportsEd25519())) {
    diagnostics.push(diagnose('alg-unsupported-here', 'header', null, { alg: info.alg }));
    return result('not-performed', key);
  }
  keyWarnings(key, info, diagnostics);

  const signature = sigSeg.bytes ?? new Uint8Array();
  signatureShape(info, signature, diagnostics);
  let valid: boolean;
  try {
    const cryptoKey = await importFor(key, info, 'verify');
    valid = await verifyBytes(info, cryptoKey, signature, signedBytes);
  } catch (e) {
    diagnostics.push(
      diagnose('key-invalid', 'key', null, {
        reason: 'webcrypto-failed',
        error: e instanceof Error ? e.name : 'Error',
      }),
    );
    return result('not-performed', key);
  }
  if (!valid)
    diagnostics.push(diagnose('signature-invalid', 'signature', sigSeg.span, { alg: info.alg }));

  // RFC 7519 §7.2 step 8: a nested JWT is validated in turn, with the same key and policy.
  if (inspection.payload?.kind === 'jwt' && inspection.payload.text !== null) {
    const inner = await check(inspection.payload.text, {
      ...options,
      detachedPayload: undefined,
      inspection: undefined,
    });
    diagnostics.push(diagnose('nested-jwt', 'payload', payloadSeg.span));
    for (const d of inner.diagnostics) {
      // The inner token's own mismatch is said of the inner token: "the token was changed" would
      // contradict the outer signature, which may match byte for byte.
      diagnostics.push(
        d.code === 'signature-invalid'
          ? diagnose('nested-signature-invalid', 'payload', payloadSeg.span, {
              alg: String(d.params.alg ?? ''),
            })
          : { ...d, span: payloadSeg.span },
      );
    }
    const status: SignatureStatus = valid
      ? inner.signature === 'valid'
        ? 'valid'
        : inner.signature === 'invalid'
          ? 'invalid'
          : inner.signature
      : 'invalid';
    return result(status, key, inner.claims, inner);
  }
  finishClaims();
  return result(valid ? 'valid' : 'invalid', key, claims);
}
