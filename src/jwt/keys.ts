/**
 * Keys: shared secrets in four encodings, PEM (SPKI, PKCS#8, PKCS#1, SEC1, X.509 certificates), JWK and
 * JWK Sets, all read into one shape (`KeyEntry`) that the signer and verifier import per algorithm.
 * This module is the door; each format lives in keys/ (secret.ts, pem.ts, jwk.ts), with the WebCrypto
 * round trip (webcrypto.ts), the typed failures (errors.ts) and key making (make.ts) beside them.
 *
 * Every key that is not a shared secret goes through WebCrypto once while it is read: PEM is imported
 * and exported again as a JWK, and a JWK is imported as a check, so a key that parses here is one
 * that the signer and verifier can use.
 */
import { parseJson } from './json';
import type { KeyInput, ParsedKey } from './secrets';
import { fail, problem } from './keys/errors';
import { parseJwkValue } from './keys/jwk';
import { parsePem } from './keys/pem';
import { parseSecret } from './keys/secret';

// The light half (types, secrets, key choice, JWK writing) lives in secrets.ts; re-exported here so
// everything about keys can be imported from one module.
export * from './secrets';
export { isSmallOrderEd25519 } from './keys/jwk';
export { exportPem, generateKey, thumbprint } from './keys/make';

async function parseText(text: string): Promise<ParsedKey> {
  const trimmed = text.trim();
  if (trimmed === '') return { format: 'unknown', keys: [], diagnostics: [] };
  // The first character decides: a JWK may well hold "-----BEGIN" inside a string member.
  if (trimmed.startsWith('{')) {
    const parsed = parseJson(trimmed);
    if (!parsed.ok) {
      return fail(/"keys"\s*:/.test(trimmed) ? 'jwks' : 'jwk', 'json-syntax', {
        syntax: parsed.reason,
        at: parsed.at,
        ended: parsed.ended ? 1 : 0,
      });
    }
    return parseJwkValue(parsed.value);
  }
  if (trimmed.includes('-----BEGIN')) return parsePem(trimmed);
  if (trimmed.startsWith('[')) {
    return fail('unknown', 'json-array');
  }
  if (/^(ssh-rsa|ssh-ed25519|ecdsa-sha2-)/.test(trimmed)) {
    return fail('unknown', 'openssh-public');
  }
  return fail('unknown', 'not-a-key');
}

/**
 * Reads a key from what the user gave: a shared secret in an encoding, raw bytes, PEM / JWK / JWK Set
 * text, or a parsed JWK object. Never throws: every problem becomes a 'key-invalid' (or 'key-empty')
 * diagnostic, and the keys that could be read are returned.
 */
export async function parseKey(input: KeyInput): Promise<ParsedKey> {
  try {
    switch (input.type) {
      case 'secret':
      case 'bytes':
        return parseSecret(input);
      case 'text':
        return await parseText(input.text);
      case 'jwk':
        return await parseJwkValue(input.jwk);
      default:
        return fail('unknown', 'input-unknown');
    }
  } catch (e) {
    return { format: 'unknown', keys: [], diagnostics: [problem(e)] };
  }
}
