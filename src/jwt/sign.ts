/**
 * Signing exactly the header and payload text the user wrote: no re-serialisation, so the student sees
 * that the signature covers these characters (RFC 7515 §5.1).
 */
import { ALGORITHMS } from './algorithms';
import { keyFitsAlgorithm } from './key-fit';
import { asciiText, encodeBase64url, encodeBase64urlAscii } from './base64url';
import { importFor, signBytes } from './crypto';
import { diagnose, type Diagnostic } from './diagnostics';
import { diagnoseVerify } from './verify-codes';
import { jsonType, parseJson } from './json';
import type { KeyEntry } from './secrets';
import { getAlgorithm } from './algorithms';
import { signingInputBytes } from './signing-input';
import { keyParams, keyUseRefusal } from './key-use';
import { encodeUtf8 } from './utf8';

export interface SignRequest {
  /** The header JSON text, signed as written. */
  headerText: string;
  /** The payload text, signed as written. */
  payloadText: string;
  /** A secret or private key; not needed for "alg": "none". */
  key: KeyEntry | null;
}

export type SignResult =
  | { ok: true; token: string; signingInput: string; signature: Uint8Array }
  | { ok: false; diagnostics: Diagnostic[] };

/** Signs the given texts with the algorithm their header names. Never throws. */
export async function sign(request: SignRequest): Promise<SignResult> {
  const fail = (d: Diagnostic): SignResult => ({ ok: false, diagnostics: [d] });
  const header = parseJson(request.headerText);
  if (!header.ok) {
    return fail(
      diagnose(
        'header-json-syntax',
        'header',
        null,
        { reason: header.reason, at: header.at, ended: header.ended ? 1 : 0 },
        { jsonSpan: header.span },
      ),
    );
  }
  const h = header.value;
  if (h === null || typeof h !== 'object' || Array.isArray(h)) {
    return fail(diagnose('header-not-object', 'header', null, { type: jsonType(h) }));
  }
  const algName = (h as Record<string, unknown>).alg;
  if (typeof algName !== 'string')
    return fail(
      algName === undefined
        ? diagnose('alg-missing', 'header', null)
        : diagnose('alg-not-string', 'header', null, { actual: jsonType(algName) }),
    );
  const info = getAlgorithm(algName);
  if (!info) return fail(diagnose('alg-unknown', 'header', null, { alg: algName }));
  const b64 = (h as Record<string, unknown>).b64 !== false;
  const headerSegment = encodeBase64url(encodeUtf8(request.headerText));
  const payloadBytes = encodeUtf8(request.payloadText);
  // Encoded once, as bytes: they are signed as they are, and read as the token's text.
  const payloadAscii = b64 ? encodeBase64urlAscii(payloadBytes) : null;
  const payloadSegment = payloadAscii ? asciiText(payloadAscii) : request.payloadText;
  const signingInput = `${headerSegment}.${payloadSegment}`;
  if (info === ALGORITHMS.none) {
    return { ok: true, token: `${signingInput}.`, signingInput, signature: new Uint8Array() };
  }
  const key = request.key;
  if (!key) return fail(diagnoseVerify('key-missing', 'key', null));
  const refusal = keyUseRefusal(key, 'sign');
  if (refusal) return fail(refusal);
  const mismatch = keyFitsAlgorithm(key, info);
  if (mismatch) {
    return fail(
      diagnoseVerify('key-alg-mismatch', 'key', null, {
        alg: info.alg,
        ...keyParams(key),
        ...mismatch,
      }),
    );
  }
  if (key.kind === 'public') {
    return fail(diagnoseVerify('key-invalid', 'key', null, { reason: 'public-cannot-sign' }));
  }
  if (key.kind === 'secret' && (key.secret?.length ?? 0) === 0)
    return fail(diagnoseVerify('key-empty', 'key', null));
  try {
    const cryptoKey = await importFor(key, info, 'sign');
    // The signing input's bytes from the payload's encoded bytes (taken as they are, hence `false`),
    // not by encoding its text again: that is ten megabytes for a 10 MB token.
    const signed = signingInputBytes(headerSegment, payloadAscii ?? payloadBytes, false);
    const signature = await signBytes(info, cryptoKey, signed);
    return {
      ok: true,
      token: `${signingInput}.${encodeBase64url(signature)}`,
      signingInput,
      signature,
    };
  } catch (e) {
    return fail(
      diagnoseVerify('key-invalid', 'key', null, {
        reason: 'webcrypto-failed',
        error: e instanceof Error ? e.name : 'Error',
      }),
    );
  }
}
