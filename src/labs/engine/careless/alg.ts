/** Careless verifiers that let the token's own "alg" header choose how it is checked. */
import { decodeBase64url, encodeUtf8, getAlgorithm } from '../../../jwt/index';
import { SERVER_RSA_PUBLIC_PEM, SERVER_SECRET_B64URL } from '../material';
import { jsonText, type VerifyFn } from '../server';
import {
  decodeLoose,
  keyFrom,
  malformed,
  refuse,
  seen,
  signatureResult,
  verifyHmac,
  verifyWithKey,
} from './loose';

const PEM_BYTES = encodeUtf8(SERVER_RSA_PUBLIC_PEM);

/**
 * The header's alg decides. A filter refuses "none" exactly, but the algorithm is then looked up
 * without case, so "None" or "nOnE" reach the "none" entry and skip the check (CVE-2015-2951's
 * family; RFC 7515 §4.1.1 says alg values are case-sensitive).
 */
export const trustsAlgNone: VerifyFn = async (token) => {
  const t = decodeLoose(token);
  if (!t) return malformed([]);
  const alg = jsonText(t.header.alg);
  const log = [seen(t), `alg = header.alg = ${JSON.stringify(alg)}`];
  if (alg === 'none') {
    return refuse('alg-blocked', { alg }, [
      ...log,
      'if (alg === "none") reject  // the filter: "none" is blocked',
    ]);
  }
  const impl = alg.toLowerCase();
  log.push(`algorithms[alg.toLowerCase()] = algorithms[${JSON.stringify(impl)}]`);
  if (impl === 'none') {
    return {
      ok: true,
      claims: t.claims,
      log: [...log, '→ the "none" implementation: unsigned token, signature skipped'],
    };
  }
  if (impl !== 'hs256') return refuse('alg-unsupported', { alg }, [...log, 'unsupported alg']);
  const ok = await verifyHmac('HS256', decodeBase64url(SERVER_SECRET_B64URL)!, t);
  return signatureResult(ok, t.claims, [...log, 'HMAC-SHA256(server secret)']);
};

/** B5: the header's alg decides, and "the key" (the PEM text) goes to HMAC as it is. */
export const trustsAlgWithPem: VerifyFn = async (token) => {
  const t = decodeLoose(token);
  if (!t) return malformed([]);
  const alg = jsonText(t.header.alg);
  const info = getAlgorithm(alg);
  const log = [
    seen(t),
    `verify(token, publicKeyPem, algorithm = header.alg = ${JSON.stringify(alg)})`,
  ];
  if (info?.family === 'HMAC') {
    const ok = await verifyHmac(alg, PEM_BYTES, t);
    return signatureResult(ok, t.claims, [
      ...log,
      `${alg} → HMAC with key = the PEM text (${PEM_BYTES.length} bytes)`,
    ]);
  }
  if (info?.family !== 'RSA') return refuse('alg-unsupported', { alg }, log);
  const key = await keyFrom({ type: 'text', text: SERVER_RSA_PUBLIC_PEM });
  const ok = key ? await verifyWithKey(alg, key, t) : false;
  return signatureResult(ok, t.claims, [...log, `${alg} → RSA with the public key`]);
};
