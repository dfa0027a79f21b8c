/**
 * decrypt: opens a compact JWE (RFC 7516 §5.2) with a key, or says exactly why not. Never throws.
 * Here: the header's and the parts' checks, the choice of keys, and what the plaintext holds; the
 * parts are read in parts.ts, the content key recovered in key-management.ts and the content
 * decrypted in content.ts, which releases no plaintext unless the authentication tag matched.
 */
import type { CheckOptions, CheckResult } from '../check';
import type { Diagnostic } from '../diagnostics';
import { inspect, viewPayload, type Inspection, type PayloadView } from '../inspect';
import type { KeyInput } from '../index';
import { getJweAlg, getJweEnc, REFUSED_ALGS } from './algorithms';
import { diagnoseJwe, type JweCode } from './codes';
import { decryptContent, inflate } from './content';
import { missingHere, unfit } from './fit';
import { contentKey } from './key-management';
import { readJweKey, type JweKey } from './keys';
import { partsOf, Refusal } from './parts';

export type DecryptionStatus = 'decrypted' | 'failed' | 'no-key' | 'unsupported';

export interface DecryptOptions {
  /** Allowed key management algorithms; by default every one known except RSA1_5. */
  algorithms?: string[];
  /** The most PBES2 iterations ("p2c") a token may ask for (RFC 7518 §4.8.1.2); 1,000,000 by default. */
  maxP2c?: number;
  /** The largest plaintext a "zip": "DEF" token may inflate to, in bytes; 10 MB by default. */
  maxInflated?: number;
  /**
   * Policy for verifying a nested token ("cty": "JWT") with the same key input (a JWK Set can hold
   * both the decryption key and the signer's public key); without it the inner token is not checked.
   */
  verify?: Omit<CheckOptions, 'key'>;
}

export interface DecryptResult {
  status: DecryptionStatus;
  /** The token read as five parts (the header JSON and each part's bytes and span). */
  inspection: Inspection;
  alg: string | null;
  enc: string | null;
  /** Only when `status` is 'decrypted'. */
  plaintext: Uint8Array | null;
  /** The plaintext read as a payload (claims, text, bytes or a nested token); only when decrypted. */
  payload: PayloadView | null;
  /** The inspection's errors, then the decryption's findings. */
  diagnostics: Diagnostic[];
  /** The key that opened the token. */
  key: JweKey | null;
  /** The inner token's verification when the plaintext is a JWS ("cty": "JWT"). */
  nested: CheckResult | null;
}

// Findings that mean "cannot be tried here", as opposed to "tried and failed".
const UNSUPPORTED = new Set<JweCode>([
  'jwe-alg-unknown',
  'jwe-enc-unknown',
  'jwe-rsa1_5-refused',
  'jwe-unsupported-here',
  'jwe-crit-unsupported',
  'jwe-zip-unsupported',
]);

const DEFAULT_MAX_P2C = 1_000_000;
const DEFAULT_MAX_INFLATED = 10 * 1024 * 1024;

/** Decrypts a compact JWE with a key. Never throws. */
export async function decrypt(
  token: string,
  keyInput: KeyInput | null,
  options: DecryptOptions = {},
): Promise<DecryptResult> {
  const inspection = inspect(token);
  const diagnostics = inspection.diagnostics.filter((d) => d.severity === 'error');
  const result = (status: DecryptionStatus, more: Partial<DecryptResult> = {}): DecryptResult => ({
    status,
    inspection,
    alg: typeof header?.alg === 'string' ? header.alg : null,
    enc: typeof header?.enc === 'string' ? header.enc : null,
    plaintext: null,
    payload: null,
    diagnostics,
    key: null,
    nested: null,
    ...more,
  });
  const header = (inspection.header?.value ?? null) as Record<string, unknown> | null;
  if (inspection.kind !== 'jwe' || diagnostics.length > 0 || !header) return result('failed');

  const parts = partsOf(inspection, header);
  const fail = (d: Diagnostic): DecryptResult => {
    diagnostics.push(d);
    return result(UNSUPPORTED.has(d.code as JweCode) ? 'unsupported' : 'failed');
  };
  const atHeader = (code: JweCode, params: Record<string, string | number> = {}) =>
    diagnoseJwe(code, 'header', parts.places.header.span, params);

  // --- the header: RFC 7516 §5.2 steps 4-6 ---
  const algName = header.alg;
  const encName = header.enc;
  if (typeof algName !== 'string') return fail(atHeader('jwe-alg-missing'));
  if (typeof encName !== 'string') return fail(atHeader('jwe-enc-missing'));
  if (REFUSED_ALGS.has(algName)) return fail(atHeader('jwe-rsa1_5-refused'));
  const alg = getJweAlg(algName);
  if (!alg) return fail(atHeader('jwe-alg-unknown', { alg: algName }));
  const enc = getJweEnc(encName);
  if (!enc) return fail(atHeader('jwe-enc-unknown', { enc: encName }));
  if (options.algorithms && !options.algorithms.includes(alg.alg)) {
    return fail(
      atHeader('jwe-alg-not-allowed', {
        alg: alg.alg,
        allowed: options.algorithms.join(', ') || 'nothing',
      }),
    );
  }
  // RFC 7516 §4.1.13: every name in "crit" must be understood; this reader understands none.
  if (header.crit !== undefined) {
    const names = Array.isArray(header.crit) ? header.crit : [header.crit];
    return fail(atHeader('jwe-crit-unsupported', { name: String(names[0] ?? '') }));
  }
  const zip = header.zip;
  if (zip !== undefined && (zip !== 'DEF' || typeof DecompressionStream === 'undefined'))
    return fail(atHeader('jwe-zip-unsupported', { zip: String(zip) }));
  const epkCrv =
    typeof header.epk === 'object' && header.epk !== null
      ? (header.epk as Record<string, unknown>).crv
      : undefined;
  const missing = await missingHere(alg, enc, typeof epkCrv === 'string' ? epkCrv : undefined);
  if (missing) return fail(atHeader('jwe-unsupported-here', { what: missing }));

  // --- the parts' sizes: RFC 7516 §5.2 steps 9-10, RFC 7518 §5.2.2.1, §5.3 ---
  const direct = alg.mode === 'dir' || alg.mode === 'ecdh-es';
  if (direct && parts.encryptedKey.length > 0) {
    return fail(
      diagnoseJwe(
        'jwe-encrypted-key-not-empty',
        'encrypted-key',
        parts.places['encrypted-key'].span,
        {
          alg: alg.alg,
        },
      ),
    );
  }
  if (!direct && parts.encryptedKey.length === 0) {
    return fail(
      diagnoseJwe('jwe-encrypted-key-empty', 'encrypted-key', parts.places['encrypted-key'].span, {
        alg: alg.alg,
      }),
    );
  }
  if (parts.iv.length !== enc.ivBytes) {
    return fail(
      diagnoseJwe('jwe-iv-length', 'iv', parts.places.iv.span, {
        enc: enc.enc,
        expected: enc.ivBytes,
        actual: parts.iv.length,
      }),
    );
  }
  if (parts.tag.length !== enc.tagBytes) {
    return fail(
      diagnoseJwe('jwe-tag-length', 'tag', parts.places.tag.span, {
        enc: enc.enc,
        expected: enc.tagBytes,
        actual: parts.tag.length,
      }),
    );
  }

  // --- the key ---
  if (!keyInput) {
    diagnostics.push(diagnoseJwe('jwe-key-missing', 'key', null));
    return result('no-key');
  }
  const read = await readJweKey(keyInput);
  diagnostics.push(...read.diagnostics);
  if (read.keys.length === 0) return result('failed');
  let candidates = read.keys;
  const kid = header.kid;
  if (typeof kid === 'string' && candidates.some((k) => k.kid !== undefined)) {
    candidates = candidates.filter((k) => k.kid === kid);
    if (candidates.length === 0) {
      const kids = read.keys.flatMap((k) => (k.kid === undefined ? [] : [`"${k.kid}"`]));
      return fail(diagnoseJwe('jwe-kid-not-found', 'key', null, { kid, kids: kids.join(', ') }));
    }
  }
  const fitting = candidates.filter((k) => unfit(k, alg, enc, 'decrypt') === null);
  if (fitting.length === 0) return fail(unfit(candidates[0]!, alg, enc, 'decrypt')!);

  // A key set without "kid" may hold several keys that fit: each is tried, as jose does.
  let refusal: Diagnostic | null = null;
  for (const key of fitting) {
    let plaintext: Uint8Array;
    try {
      const cek = await contentKey(parts, alg, enc, key, options.maxP2c ?? DEFAULT_MAX_P2C);
      plaintext = await decryptContent(parts, enc, cek);
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      refusal ??= e.diagnostic;
      continue;
    }
    if (key.use === 'sig') diagnostics.push(diagnoseJwe('jwe-key-use-sig', 'key', null));
    if (alg.mode === 'pbes2' && typeof header.p2c === 'number' && header.p2c < 1000) {
      diagnostics.push(atHeader('jwe-p2c-small', { p2c: header.p2c }));
    }
    if (zip === 'DEF') {
      diagnostics.push(atHeader('jwe-zip'));
      const inflated = await inflate(plaintext, options.maxInflated ?? DEFAULT_MAX_INFLATED);
      if (!inflated)
        return fail(
          atHeader('jwe-zip-unsupported', {
            zip: 'DEF (the inflated data is broken or too large)',
          }),
        );
      plaintext = inflated;
    }
    diagnostics.push(
      diagnoseJwe('jwe-decrypted', 'ciphertext', parts.places.ciphertext.span, {
        alg: alg.alg,
        enc: enc.enc,
      }),
    );
    const ciphertext = inspection.segments[3]!;
    const payload = viewPayload(ciphertext, plaintext, false, inspection.header, diagnostics);
    let nested: CheckResult | null = null;
    if (payload.kind === 'jwt' && payload.text !== null && options.verify) {
      diagnostics.push(diagnoseJwe('jwe-nested', 'payload', parts.places.ciphertext.span));
      const { check } = await import('../check');
      nested = await check(payload.text, { ...options.verify, key: keyInput });
    }
    return result('decrypted', { plaintext, payload, key, nested });
  }
  return fail(refusal!);
}
