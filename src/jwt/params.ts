/**
 * The params of every diagnostic code, typed: identifiers, numbers and typed reasons, never a
 * sentence. `diagnose` takes `CodeParams[code]`, so a finding built with the wrong values does not
 * compile; each language renders them from its own table.
 */
import type { KeyMismatch } from './key-fit';
import type { SuspiciousKid } from './header-checks';
import type { JsonSyntaxReason, JsonTypeName } from './json';
import type { KeyProblem } from './key-reasons';
import type { CritInvalidReason, ExpectedType } from './sentences';

type None = Record<string, never>;
/** A JSON syntax error: what, the 1-based character, and 1 when the text ended before it. */
type JsonSyntax = { reason: JsonSyntaxReason; at: number; ended: 0 | 1 };
/** An ISO 8601 instant, left out when no calendar date can show it. */
type Instant = { seconds: number; iso?: string };
type Audience = { aud: string; audKind: 'values' | 'empty' | 'none' };
/** A key as key-alg-mismatch describes it. */
export type KeyDescription = { kind: string; kty: string; crv?: string; keyAlg?: string };

export type CodeParams = {
  'input-empty': None;
  'bearer-prefix': { prefix: string };
  'surrounding-whitespace': None;
  'surrounding-quotes': None;
  'json-serialization': None;
  'segment-count': { count: number };
  'jwe-encrypted': None;
  'b64-padding': None;
  'b64-standard-alphabet': { char: string };
  'b64-whitespace': None;
  'b64-invalid-char': { char: string; codepoint: string };
  'b64-impossible-length': { length: number };
  'b64-noncanonical': { char: string; canonical: string };
  'header-empty': None;
  'header-utf8-invalid': { byte: number };
  'header-utf8-bom': None;
  'header-json-syntax': JsonSyntax;
  'header-not-object': { type: JsonTypeName };
  'duplicate-member': { name: string };
  'alg-missing': None;
  'alg-not-string': { actual: JsonTypeName };
  'alg-unknown': { alg: string };
  'alg-none-case': { alg: string };
  'enc-in-jws': None;
  'crit-invalid': { reason: CritInvalidReason; actual?: JsonTypeName; name?: string };
  'header-param-type': { name: string; expected: ExpectedType; actual: JsonTypeName };
  'crit-unsupported': { name: string };
  'b64-not-critical': None;
  'b64-unencoded-payload': None;
  'b64-payload-has-dot': None;
  'header-jku': { value: string };
  'header-x5u': { value: string };
  'header-jwk': None;
  'header-x5c': None;
  'header-kid': { value: string };
  'header-kid-suspicious': { value: string; what: SuspiciousKid };
  'typ-unusual': { value: string };
  'payload-empty': None;
  'payload-utf8-invalid': { byte: number };
  'payload-json-syntax': JsonSyntax;
  'payload-not-json': None;
  'payload-not-object': { type: JsonTypeName };
  'payload-duplicate-claim': { name: string };
  'alg-none': None;
  // --- verification
  'jwe-not-verifiable': None;
  'alg-unsupported-here': { alg: string };
  'payload-detached': None;
  'nested-jwt': None;
  'alg-none-not-allowed': None;
  'none-signature-not-empty': None;
  'alg-not-allowed': { alg: string; allowed: string };
  'key-missing': None;
  'key-invalid': KeyProblem;
  'key-empty': None;
  'key-alg-mismatch': { alg: string; allowed?: string } & KeyDescription & KeyMismatch;
  'key-use-not-sig': { use: string; op: 'verify' | 'sign' };
  'key-ops-forbid': { op: 'verify' | 'sign'; ops: string };
  'key-small-order': None;
  'kid-not-found': { kid: string; kids: string };
  'key-private': None;
  'signature-invalid': { alg: string };
  'nested-signature-invalid': { alg: string };
  'signature-empty': None;
  'signature-length': { alg: string; expected: number; actual: number };
  'signature-der': None;
  'hmac-key-short': { bits: number; alg: string; required: number };
  'hmac-key-guessable': None;
  'hmac-key-looks-public': { what: 'pem' | 'jwk' };
  'signature-ecdsa-zero': None;
  'rsa-key-small': { bits: number };
  'claim-not-numericdate': { claim: string; type: JsonTypeName };
  'claim-date-not-finite': { claim: string; text: string };
  'claim-not-string': { claim: string; type: JsonTypeName };
  'aud-not-strings': None;
  expired: Instant;
  'expired-within-leeway': { seconds: number; leeway: number };
  'not-yet-valid': Instant;
  'iat-future': Instant;
  'date-milliseconds': { claim: string; year?: number };
  'exp-missing': None;
  'lifetime-long': { days: number };
  'claim-missing': { claim: string };
  'aud-mismatch': Audience & { expected: string };
  'aud-unchecked': Audience;
  'iss-mismatch': { reason: 'missing' | 'different'; iss?: string; expected: string };
  'claim-sensitive': { claim: string };
};
