/**
 * Careless verifiers that take the key from the token itself: an embedded "jwk" (B8), or a URL in
 * "jku" or "x5u" fetched from the simulated internet.
 */
import {
  getAlgorithm,
  parseKey,
  selectKey,
  type KeyEntry,
  type KeyInput,
} from '../../../jwt/index';
import { ATTACKER_CERT, ATTACKER_CERT_PEM, SERVER_JKU, SERVER_RSA_PUBLIC_JWK } from '../material';
import { jsonText, type VerifyFn } from '../server';
import {
  decodeLoose,
  keyFrom,
  malformed,
  refuse,
  seen,
  signatureResult,
  verifyWithKey,
} from './loose';

/** B8: a key embedded in the header is used to verify the very token that carries it. */
export const trustsJwkHeader: VerifyFn = async (token) => {
  const t = decodeLoose(token);
  if (!t) return malformed([]);
  const alg = jsonText(t.header.alg);
  const log = [seen(t)];
  let keyInput: KeyInput = { type: 'jwk', jwk: SERVER_RSA_PUBLIC_JWK };
  if (t.header.jwk && typeof t.header.jwk === 'object') {
    keyInput = { type: 'jwk', jwk: t.header.jwk };
    log.push('header.jwk present → verifying with the embedded key');
  } else {
    log.push('no header.jwk → verifying with the configured key');
  }
  const key = await keyFrom(keyInput);
  if (!key) return refuse('key-unusable', {}, [...log, 'cannot read the key']);
  if (!getAlgorithm(alg)) return refuse('alg-unsupported', { alg }, log);
  return signatureResult(await verifyWithKey(alg, key, t), t.claims, log);
};

/**
 * Keys are fetched from whatever URL the token names: "jku" (a JWK Set, the key picked by kid) or
 * "x5u" (a certificate, whose key is taken without asking who issued it).
 */
export function trustsJku(hosts: Record<string, string>): VerifyFn {
  return async (token) => {
    const t = decodeLoose(token);
    if (!t) return malformed([]);
    const alg = jsonText(t.header.alg);
    const kid = typeof t.header.kid === 'string' ? t.header.kid : undefined;
    const x5u = typeof t.header.jku !== 'string' && typeof t.header.x5u === 'string';
    const url =
      typeof t.header.jku === 'string'
        ? t.header.jku
        : typeof t.header.x5u === 'string'
          ? t.header.x5u
          : SERVER_JKU;
    const log = [seen(t), `fetch(${JSON.stringify(url)})  // URL taken from the header`];
    const body = Object.hasOwn(hosts, url) ? hosts[url]! : null;
    if (body === null || body === '')
      return refuse('fetch-failed', { url }, [...log, '→ network error']);
    log.push(`→ 200 (${body.length} bytes)`);
    const parsed = await parseKey({ type: 'text', text: body });
    let key: KeyEntry | null;
    if (x5u) {
      // A careful server would build a chain from this certificate to a root it trusts (RFC 5280
      // §6); this one reads the certificate and uses the key inside, whoever signed it.
      key = parsed.format === 'pem-x509' ? (parsed.keys[0] ?? null) : null;
      if (!key) return refuse('key-unusable', {}, [...log, 'not a certificate']);
      log.push(
        `X.509 certificate, subject = issuer = ${describeSubject(body)} (self-signed; chain not checked)`,
        `key = certificate.subjectPublicKeyInfo (${key.kty})`,
      );
    } else {
      key = selectKey(parsed, kid, alg).key ?? null;
      if (!key) return refuse('kid-unknown', { kid: jsonText(kid ?? null) }, [...log, 'no key']);
      log.push(`key with kid ${JSON.stringify(key.kid ?? null)} from that set`);
    }
    if (!getAlgorithm(alg)) return refuse('alg-unsupported', { alg }, log);
    return signatureResult(await verifyWithKey(alg, key, t), t.claims, log);
  };
}

/** The subject of the lab's certificates, for the log ("CN=attacker.example"). */
function describeSubject(pem: string): string {
  return pem === ATTACKER_CERT_PEM ? `CN=${ATTACKER_CERT.commonName}` : 'CN=?';
}
