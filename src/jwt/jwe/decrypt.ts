/**
 * decrypt: opens a compact JWE (RFC 7516 §5.2) with a key, or says exactly why not. Never throws.
 * No plaintext leaves this function unless the authentication tag matched: AES-GCM releases nothing
 * on a bad tag, and CBC-HS checks the HMAC before decrypting.
 */
import type { CheckOptions, CheckResult } from '../check';
import type { Diagnostic, PartName, Span } from '../diagnostics';
import { inspect, viewPayload, type Inspection, type PayloadView } from '../inspect';
import type { KeyInput } from '../index';
import { decodeBase64url } from '../base64url';
import { encodeUtf8 } from '../utf8';
import { getJweAlg, getJweEnc, REFUSED_ALGS, type JweAlgInfo, type JweEncInfo } from './algorithms';
import { diagnoseJwe, type JweCode } from './codes';
import { errorName, invalid as keyInvalid } from '../keys/errors';
import { missingHere, unfit } from './fit';
import { readJweKey, type JweKey } from './keys';
import {
  aesKwUnwrap,
  buf,
  cbcHsDecrypt,
  concatKdf,
  ecdhShared,
  gcmDecrypt,
  pbes2Key,
} from './primitives';

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

class Refusal {
  constructor(readonly diagnostic: Diagnostic) {}
}

interface Parts {
  header: Record<string, unknown>;
  headerText: string;
  encryptedKey: Uint8Array;
  iv: Uint8Array;
  ciphertext: Uint8Array;
  tag: Uint8Array;
  places: Record<'header' | 'encrypted-key' | 'iv' | 'ciphertext' | 'tag', Place>;
}

interface Place {
  part: PartName;
  span: Span | null;
}

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

  const [h, ek, iv, ct, tag] = inspection.segments;
  const place = (s: typeof h): Place => ({ part: s!.name, span: s!.span });
  const parts: Parts = {
    header,
    headerText: h!.text,
    encryptedKey: ek!.bytes!,
    iv: iv!.bytes!,
    ciphertext: ct!.bytes!,
    tag: tag!.bytes!,
    places: {
      header: place(h),
      'encrypted-key': place(ek),
      iv: place(iv),
      ciphertext: place(ct),
      tag: place(tag),
    },
  };
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
      plaintext = await open(parts, alg, enc, key, options);
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
    const payload = viewPayload(ct!, plaintext, false, inspection.header, diagnostics);
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

function member(parts: Parts, alg: JweAlgInfo, name: string, bytes?: number): Uint8Array {
  const v = parts.header[name];
  const refuse = (problem: string, more: Record<string, number> = {}) =>
    new Refusal(
      diagnoseJwe('jwe-header-member', 'header', parts.places.header.span, {
        name,
        alg: alg.alg,
        problem,
        ...more,
      }),
    );
  if (typeof v !== 'string') throw refuse(v === undefined ? 'missing' : 'not-string');
  const decoded = decodeBase64url(v);
  if (!decoded) throw refuse('not-base64url');
  if (bytes !== undefined && decoded.length !== bytes)
    throw refuse('length', { expected: bytes, actual: decoded.length });
  return decoded;
}

/** Recovers the content key (RFC 7516 §5.2 steps 7-13) and decrypts (steps 14-16). */
async function open(
  parts: Parts,
  alg: JweAlgInfo,
  enc: JweEncInfo,
  key: JweKey,
  options: DecryptOptions,
): Promise<Uint8Array> {
  const unwrapFailed = () =>
    new Refusal(
      diagnoseJwe('jwe-unwrap-failed', 'encrypted-key', parts.places['encrypted-key'].span, {
        alg: alg.alg,
      }),
    );
  const unwrap = async (kek: Uint8Array): Promise<Uint8Array> => {
    const cek = await aesKwUnwrap(kek, parts.encryptedKey);
    if (!cek) throw unwrapFailed();
    return cek;
  };
  let cek: Uint8Array;
  switch (alg.mode) {
    case 'dir':
      cek = key.secret!;
      break;
    case 'kw':
      cek = await unwrap(key.secret!);
      break;
    case 'gcmkw': {
      const iv = member(parts, alg, 'iv', 12);
      const tag = member(parts, alg, 'tag', 16);
      const out = await gcmDecrypt(key.secret!, iv, parts.encryptedKey, tag, new Uint8Array());
      if (!out) throw unwrapFailed();
      cek = out;
      break;
    }
    case 'rsa-oaep': {
      let k: CryptoKey;
      try {
        k = await crypto.subtle.importKey(
          'jwk',
          key.jwk!,
          { name: 'RSA-OAEP', hash: alg.hash! },
          false,
          ['decrypt'],
        );
      } catch (e) {
        throw keyRefused(e, key.kty);
      }
      try {
        cek = new Uint8Array(await crypto.subtle.decrypt('RSA-OAEP', k, buf(parts.encryptedKey)));
      } catch {
        throw unwrapFailed();
      }
      break;
    }
    case 'ecdh-es':
    case 'ecdh-es-kw': {
      const z = await agree(parts, alg, key);
      const apu = parts.header.apu === undefined ? new Uint8Array() : member(parts, alg, 'apu');
      const apv = parts.header.apv === undefined ? new Uint8Array() : member(parts, alg, 'apv');
      // RFC 7518 §4.6.2: AlgorithmID is "enc" for direct agreement, "alg" when the result wraps a key.
      if (alg.mode === 'ecdh-es') {
        cek = await concatKdf(z, enc.keyBits, enc.enc, apu, apv);
      } else {
        cek = await unwrap(await concatKdf(z, alg.kwBits!, alg.alg, apu, apv));
      }
      break;
    }
    case 'pbes2': {
      const p2s = member(parts, alg, 'p2s');
      const p2c = parts.header.p2c;
      if (typeof p2c !== 'number' || !Number.isInteger(p2c) || p2c < 1) {
        throw new Refusal(
          diagnoseJwe('jwe-header-member', 'header', parts.places.header.span, {
            name: 'p2c',
            alg: alg.alg,
            problem: 'not-count',
          }),
        );
      }
      const max = options.maxP2c ?? DEFAULT_MAX_P2C;
      if (p2c > max) {
        throw new Refusal(
          diagnoseJwe('jwe-p2c-too-large', 'header', parts.places.header.span, { p2c, max }),
        );
      }
      if (p2s.length < 8) {
        throw new Refusal(
          diagnoseJwe(
            'jwe-p2s-short',
            'header',
            parts.places.header.span,
            { bytes: p2s.length },
            { severity: 'error' },
          ),
        );
      }
      cek = await unwrap(await pbes2Key(key.secret!, alg.alg, p2s, p2c, alg.hash!, alg.kwBits!));
      break;
    }
  }
  if (cek.length * 8 !== enc.keyBits) {
    throw new Refusal(
      diagnoseJwe('jwe-cek-length', 'encrypted-key', parts.places['encrypted-key'].span, {
        enc: enc.enc,
        expected: enc.keyBits,
        actual: cek.length * 8,
      }),
    );
  }
  // RFC 7516 §5.2 step 14: the AAD is the ASCII of the protected header exactly as received.
  const aad = encodeUtf8(parts.headerText);
  const plaintext =
    enc.family === 'GCM'
      ? await gcmDecrypt(cek, parts.iv, parts.ciphertext, parts.tag, aad)
      : await cbcHsDecrypt(cek, enc.hash!, parts.iv, parts.ciphertext, parts.tag, aad);
  if (!plaintext) throw new Refusal(diagnoseJwe('jwe-tag-mismatch', 'tag', parts.places.tag.span));
  return plaintext;
}

function keyRefused(e: unknown, kty: string): Refusal {
  return new Refusal(keyInvalid({ reason: 'webcrypto-refused', kty, error: errorName(e) }));
}

/** ECDH between the recipient's private key and the sender's "epk" (RFC 7518 §4.6.1.1). */
async function agree(parts: Parts, alg: JweAlgInfo, key: JweKey): Promise<Uint8Array> {
  const epk = parts.header.epk;
  const bad = (problem: string, more: Record<string, string> = {}) =>
    new Refusal(
      diagnoseJwe('jwe-epk-invalid', 'header', parts.places.header.span, {
        problem,
        alg: alg.alg,
        ...more,
      }),
    );
  if (typeof epk !== 'object' || epk === null || Array.isArray(epk)) throw bad('missing');
  const e = epk as Record<string, unknown>;
  if (e.crv !== key.crv)
    throw bad('curve', { crv: JSON.stringify(e.crv ?? null), keyCrv: String(key.crv) });
  const params = key.crv === 'X25519' ? { name: 'X25519' } : { name: 'ECDH', namedCurve: key.crv! };
  const publicJwk: JsonWebKey = { kty: String(e.kty), crv: String(e.crv), x: String(e.x) };
  if (key.kty === 'EC') publicJwk.y = String(e.y);
  let theirs: CryptoKey;
  try {
    // WebCrypto checks that the point lies on the curve (the invalid-curve attack, RFC 8725 §3.4).
    theirs = await crypto.subtle.importKey('jwk', publicJwk, params, false, []);
  } catch {
    throw bad('point');
  }
  let mine: CryptoKey;
  try {
    mine = await crypto.subtle.importKey('jwk', key.jwk!, params, false, ['deriveBits']);
  } catch (err) {
    throw keyRefused(err, key.kty);
  }
  return ecdhSharedOrRefuse(mine, theirs, key.crv!, bad);
}

async function ecdhSharedOrRefuse(
  mine: CryptoKey,
  theirs: CryptoKey,
  crv: string,
  bad: (problem: string) => Refusal,
): Promise<Uint8Array> {
  try {
    return await ecdhShared(mine, theirs, crv);
  } catch {
    // X25519 refuses a low-order point (all-zero shared secret), RFC 7748 §6.1.
    throw bad('small-order');
  }
}

/** Inflates "zip": "DEF" content (RFC 1951), stopping at `max` bytes. */
async function inflate(bytes: Uint8Array, max: number): Promise<Uint8Array | null> {
  try {
    const stream = new Blob([buf(bytes)])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'));
    const reader = stream.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > max) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  } catch {
    return null;
  }
}
