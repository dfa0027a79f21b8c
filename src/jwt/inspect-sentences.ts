/**
 * The English sentence of every code found by reading a token, from the finding's typed params.
 * Findings carry no prose: these load with the rest of the English table (codes.ts), after the first
 * paint, and each language renders the same params from its own table. Typed
 * `Record<InspectCode, …>`, so a code without a sentence does not compile.
 */
import type { InspectCode, Sentence } from './diagnostics';
import type { SuspiciousKid } from './header-checks';
import {
  CRIT_INVALID,
  KID_LOOKS,
  aType,
  jsonSyntaxEn,
  s,
  type CritInvalidReason,
} from './sentences';

export const INSPECT_SENTENCES: Record<InspectCode, Sentence> = {
  // --- the input as a whole ---
  'input-empty': () => 'The input is empty: paste a token made of parts separated by dots.',
  'bearer-prefix': (p) =>
    `"${s(p, 'prefix')}" is the HTTP Authorization scheme, not part of the token; it was left out when decoding.`,
  'surrounding-whitespace': () =>
    'White space before or after the token is not part of it; it was left out when decoding.',
  'surrounding-quotes': () =>
    'The token was wrapped in quotes (copied from JSON or code); they were left out.',
  'json-serialization': () =>
    'This looks like the JWS JSON Serialization. A JWT always uses the compact form: three base64url parts joined by dots.',
  'segment-count': (p) =>
    `The token has ${s(p, 'count')} part(s); a signed token (JWS) has 3 and an encrypted one (JWE) has 5.`,
  'jwe-encrypted': () =>
    'This is an encrypted token (JWE): only its header is readable; the payload is ciphertext that needs the decryption key.',
  // --- base64url ---
  'b64-padding': () => 'The "=" padding is not allowed: base64url in JWS leaves it out.',
  'b64-standard-alphabet': (p) =>
    `"${s(p, 'char')}" belongs to standard base64; base64url uses "-" and "_" instead of "+" and "/".`,
  'b64-whitespace': () =>
    'White space or a line break inside a part is not allowed: the token must be one unbroken line.',
  'b64-invalid-char': (p) =>
    `"${s(p, 'char')}" (${s(p, 'codepoint')}) is not a base64url character (A–Z, a–z, 0–9, "-", "_").`,
  'b64-impossible-length': (p) =>
    `This part is ${s(p, 'length')} characters long; no sequence of bytes encodes to a length that leaves 1 after dividing by 4.`,
  'b64-noncanonical': (p) =>
    `The last character "${s(p, 'char')}" carries bits that must be zero; the canonical form ends in "${s(p, 'canonical')}". Both decode to the same bytes, so two different strings stand for one token.`,
  // --- header ---
  'header-empty': () => 'The header is empty; it must be a JSON object with at least "alg".',
  'header-utf8-invalid': (p) => `The header bytes are not valid UTF-8 (at byte ${s(p, 'byte')}).`,
  'header-utf8-bom': () =>
    'The header starts with a byte order mark (EF BB BF); JSON text in a token must not have one.',
  'header-json-syntax': (p) => `The header is not valid JSON: ${jsonSyntaxEn(p)}`,
  'header-not-object': (p) =>
    `The header is JSON ${aType(p, 'type')}, but it must be a JSON object.`,
  'duplicate-member': (p) =>
    `"${s(p, 'name')}" appears twice. Parsers disagree on which one counts (first or last), so the token is rejected.`,
  'alg-missing': () =>
    'The header has no "alg": the verifier cannot know how the token was signed.',
  'alg-not-string': (p) => `"alg" must be a string; here it is ${aType(p, 'actual')}.`,
  'alg-unknown': (p) =>
    `"${s(p, 'alg')}" is not a JWS algorithm this playground knows, so it is rejected.`,
  'alg-none-case': (p) =>
    `"${s(p, 'alg')}" is not "none": algorithm names are case-sensitive. Verifiers that compare without case have been tricked this way.`,
  'enc-in-jws': () =>
    'The header has "enc" (an encryption parameter) but the token has 3 parts like a signed token; the two contradict each other.',
  'crit-invalid': (p) =>
    `"crit" is malformed: ${CRIT_INVALID[p.reason as CritInvalidReason]?.(p) ?? ''}`,
  'header-param-type': (p) =>
    `"${s(p, 'name')}" must be ${aType(p, 'expected')}; here it is ${aType(p, 'actual')}. The header is rejected rather than guessed at.`,
  'crit-unsupported': (p) =>
    `"crit" says the verifier must understand "${s(p, 'name')}", and this verifier does not, so the token must be rejected.`,
  'b64-not-critical': () =>
    '"b64" changes how the signature is computed, so it must also be listed in "crit"; it is not.',
  'b64-unencoded-payload': () =>
    'With "b64": false the payload is signed as raw bytes, not as base64url (RFC 7797); JWTs must not use this.',
  'b64-payload-has-dot': () =>
    'An unencoded payload that contains "." cannot be sent in the compact form; it must be detached.',
  'header-jku': (p) =>
    `"jku" points at a key set (${s(p, 'value')}). A server that fetches keys from the token lets the sender choose the key.`,
  'header-x5u': (p) =>
    `"x5u" points at a certificate (${s(p, 'value')}). A server that fetches it lets the sender choose the key.`,
  'header-jwk': () =>
    'The header carries its own key ("jwk"). A server that verifies with it accepts any token its sender signed (CVE-2018-0114).',
  'header-x5c': () =>
    'The header carries a certificate chain ("x5c"). It proves nothing unless the chain ends at a trust anchor the server chose.',
  'header-kid': (p) =>
    `"kid" = "${s(p, 'value')}" only names which key to use; the server must look it up in its own key list.`,
  'header-kid-suspicious': (p) =>
    `"kid" = "${s(p, 'value')}" looks like ${KID_LOOKS[p.what as SuspiciousKid] ?? ''}. A server that puts kid into a file path or a database query can be made to use a key the sender chose.`,
  'typ-unusual': (p) => `"typ" is "${s(p, 'value')}"; a plain JWT usually says "JWT".`,
  // --- payload ---
  'payload-empty': () =>
    'The payload is empty: the signature covers zero bytes (or a detached payload sent separately). There are no claims.',
  'payload-utf8-invalid': (p) =>
    `The payload bytes are not valid UTF-8 (at byte ${s(p, 'byte')}), so they are not a JWT claims set.`,
  'payload-json-syntax': (p) => `The payload is not valid JSON: ${jsonSyntaxEn(p)}`,
  'payload-not-json': () =>
    'The payload is text, not JSON. A signed token may carry any bytes, but this is not a JWT claims set.',
  'payload-not-object': (p) =>
    `The payload is JSON ${aType(p, 'type')}; a JWT claims set must be a JSON object.`,
  'payload-duplicate-claim': (p) =>
    `The claim "${s(p, 'name')}" appears twice. Parsers disagree on which one counts, so the claims are rejected.`,
  // --- algorithm, key and signature ---
  'alg-none': () =>
    '"alg": "none" means unsecured: there is no signature, so nothing proves who made it.',
};
