/**
 * Careless verifiers that get the signature check itself wrong: never made (B1), made with a
 * forgotten empty secret, a MAC compared only as far as the token's bytes go, and ECDSA without its
 * range check (B9).
 */
import { decodeBase64url } from '../../../jwt/index';
import { SERVER_P256_PUBLIC_JWK, SERVER_SECRET_B64URL } from '../material';
import { jsonText, type VerifyFn } from '../server';
import {
  decodeLoose,
  keyFrom,
  macOf,
  malformed,
  refuse,
  seen,
  signatureResult,
  verifyHmac,
  verifyWithKey,
} from './loose';

/** B1: `jwt.decode()` where `jwt.verify()` was meant: the signature is never looked at. */
export const decodeOnly: VerifyFn = async (token) => {
  const t = decodeLoose(token);
  if (!t) return malformed([]);
  return {
    ok: true,
    claims: t.claims,
    log: [seen(t), '// no jwt.verify(): signature never checked'],
  };
};

/**
 * The secret comes from configuration that was never set (`process.env.JWT_SECRET ?? ""`), and the
 * library signs and verifies with the empty key instead of refusing to start.
 */
export const emptySecret: VerifyFn = async (token) => {
  const t = decodeLoose(token);
  if (!t) return malformed([]);
  const alg = jsonText(t.header.alg);
  const log = [seen(t), 'secret = process.env.JWT_SECRET ?? ""  // not set: 0 bytes'];
  if (alg !== 'HS256') return refuse('alg-unsupported', { alg }, log);
  return signatureResult(await verifyHmac(alg, new Uint8Array(), t), t.claims, [
    ...log,
    'HMAC-SHA256 with the empty key',
  ]);
};

/**
 * The MAC is compared byte by byte for as many bytes as the token sent, so an empty signature has
 * nothing that differs (ServiceStack before 5.9.2, CVE-2020-28042).
 */
export const comparesSentBytes: VerifyFn = async (token) => {
  const t = decodeLoose(token);
  if (!t) return malformed([]);
  const alg = jsonText(t.header.alg);
  const log = [seen(t)];
  if (alg !== 'HS256') return refuse('alg-unsupported', { alg }, log);
  const expected = await macOf(alg, decodeBase64url(SERVER_SECRET_B64URL)!, t);
  const sent = t.signature;
  log.push(
    `expected = HMAC-SHA256(secret, header.payload)  // ${expected.length} bytes`,
    `for (i = 0; i < sent.length; i++) if (sent[i] !== expected[i]) fail  // sent.length = ${sent.length}`,
  );
  const ok = sent.length <= expected.length && sent.every((b, i) => b === expected[i]);
  if (ok && sent.length < expected.length) {
    log.push(`${sent.length} of ${expected.length} bytes compared, none differ`);
  }
  return signatureResult(ok, t.claims, log);
};

/** B9: ECDSA without the 1 ≤ r, s ≤ n−1 range check (Java 15–18, CVE-2022-21449). */
export const psychic: VerifyFn = async (token) => {
  const t = decodeLoose(token);
  if (!t) return malformed([]);
  const alg = jsonText(t.header.alg);
  const log = [seen(t)];
  if (alg !== 'ES256') return refuse('alg-unsupported', { alg }, log);
  const sig = t.signature;
  if (sig.length === 64 && sig.every((b) => b === 0)) {
    // With r = 0 the check "r == x(u1·G + u2·Q) mod n" compares 0 with the x of the point at
    // infinity, which the buggy code also took as 0: it holds for every message and key.
    return {
      ok: true,
      claims: t.claims,
      log: [...log, 'r = 0, s = 0 (no range check) → r ≡ x(∞) = 0 → "valid"'],
    };
  }
  const key = await keyFrom({ type: 'jwk', jwk: SERVER_P256_PUBLIC_JWK });
  const ok = key ? await verifyWithKey('ES256', key, t).catch(() => false) : false;
  return signatureResult(ok, t.claims, [...log, 'ECDSA P-256 verify']);
};
