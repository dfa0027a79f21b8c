/**
 * Every finding renders in Korean from its typed params, with no English sentence left inside: each
 * code is rendered with representative params for each of its reasons, and the Korean is checked
 * for Latin-letter words outside quotes, identifiers, algorithm names, RFC references and param values.
 */
import { describe, expect, it } from 'vitest';
import {
  CODES,
  type DerReason,
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticParams,
  type JsonSyntaxReason,
  type KeyReason,
} from '../../jwt/index';
import { diagnosticMessage } from './diagnostics';
import { KEY_REASONS } from './key-reasons.ko';

const JSON_SYNTAX: JsonSyntaxReason[] = [
  'unexpected-text',
  'number-format',
  'name-expected',
  'value-expected',
  'colon-expected',
  'comma-expected',
  'close-brace-expected',
  'close-bracket-expected',
  'end-expected',
  'comment',
  'string-unclosed',
  'number-cut',
  'unicode-escape',
  'escape-unknown',
  'control-character',
  'not-json',
  'too-deep',
  'nul',
  'single-quote',
];
const DER: DerReason[] = [
  'ends-early',
  'tag-unknown',
  'cut-in-header',
  'indefinite-length',
  'length-too-large',
  'cut-in-length',
  'overrun',
  'trailing-bytes',
  'part-missing',
  'part-wrong-type',
  'oid-empty',
  'oid-too-large',
  'oid-cut',
];

/** Values for every key reason: names, types, lengths as the core fills them. */
const KEY_VALUES: DiagnosticParams = {
  actual: 'array',
  kty: 'RSA',
  fixed: 'EC',
  name: 'n',
  fault: 'standard',
  length: 31,
  expected: 32,
  crv: 'P-256',
  section: 'RFC 7518 §6.2.1.2',
  present: '"p", "q"',
  missing: '"dp", "dq"',
  error: 'DataError',
  oid: '1.2.3.4',
  label: 'PUBLIC KEY',
  end: 'PRIVATE KEY',
  char: '*',
  at: 7,
  syntax: 'comma-expected',
  ended: 0,
  encoding: 'base64',
  der: 'part-missing',
  part: 'spki',
  count: 3,
};

const keyReasons = Object.keys(KEY_REASONS) as KeyReason[];

/** Representative params for every code: one set per reason where the code has reasons. */
function samples(code: DiagnosticCode): DiagnosticParams[] {
  switch (code) {
    case 'header-json-syntax':
    case 'payload-json-syntax':
      return JSON_SYNTAX.flatMap((reason) => [
        { reason, at: 12, ended: 0 },
        { reason, at: 40, ended: 1 },
      ]);
    case 'key-invalid':
      return [
        ...keyReasons.map((reason) => ({ ...KEY_VALUES, reason })),
        ...DER.map((der) => ({ ...KEY_VALUES, reason: 'der', der })),
        ...JSON_SYNTAX.map((syntax) => ({ ...KEY_VALUES, reason: 'json-syntax', syntax })),
        ...['DSA', 'Ed448', 'X25519', 'X448'].map((name) => ({ reason: 'oid-refused', name })),
        { ...KEY_VALUES, reason: 'member-missing', index: 2 },
      ];
    case 'crit-invalid':
      return ['not-array', 'empty', 'not-string', 'registered', 'absent', 'duplicate'].map(
        (reason) => ({ reason, actual: 'object', name: 'exp' }),
      );
    case 'key-alg-mismatch':
      return [
        { reason: 'none', alg: 'none', kind: 'secret', kty: 'oct' },
        { reason: 'kty', alg: 'RS256', needKty: 'RSA', kind: 'public', kty: 'EC', crv: 'P-256' },
        {
          reason: 'crv',
          alg: 'ES256',
          needCrv: 'P-256',
          keyCrv: 'P-384',
          kind: 'public',
          kty: 'EC',
        },
        { reason: 'crv', alg: 'ES256', needCrv: 'P-256', keyCrv: '', kind: 'public', kty: 'EC' },
        { reason: 'key-alg', alg: 'RS256', keyAlg: 'RS512', kind: 'private', kty: 'RSA' },
      ];
    case 'header-param-type':
      return ['string', 'object', 'boolean', 'string-array'].map((expected) => ({
        name: 'kid',
        expected,
        actual: 'null',
      }));
    case 'header-kid-suspicious':
      return ['path', 'sql', 'shell', 'url'].map((what) => ({ value: '../x', what }));
    case 'aud-mismatch':
    case 'aud-unchecked':
      return ['values', 'empty', 'none'].map((audKind) => ({
        aud: audKind === 'values' ? '"web"' : '',
        audKind,
        expected: 'api',
      }));
    case 'iss-mismatch':
      return [
        { reason: 'missing', expected: 'https://a' },
        { reason: 'different', iss: '"https://b"', expected: 'https://a' },
      ];
    case 'jwe-encrypt-failed':
      return [{ error: 'OperationError' }];
    case 'jwe-epk-invalid':
      return ['missing', 'curve', 'point', 'small-order'].map((problem) => ({
        problem,
        alg: 'ECDH-ES',
        crv: 'P-256',
        keyCrv: 'P-384',
      }));
    case 'hmac-key-looks-public':
      return [{ what: 'pem' }, { what: 'jwk' }];
    case 'key-use-not-sig':
    case 'key-ops-forbid':
      return [
        { use: 'enc', op: 'verify', ops: 'encrypt' },
        { use: 'enc', op: 'sign', ops: '' },
      ];
    default:
      return [
        {
          alg: 'HS256',
          allowed: 'RS256, ES256',
          actual: 70,
          expected: 64,
          aud: '"web"',
          bits: 64,
          byte: 3,
          canonical: 'A',
          char: '+',
          claim: 'exp',
          codepoint: 'U+002B',
          count: 2,
          days: 90,
          seconds: 240,
          iso: '2024-01-01T00:00:00.000Z',
          kid: 'k1',
          kids: 'k2, k3',
          leeway: 30,
          length: 5,
          name: 'alg',
          prefix: 'Bearer',
          required: 256,
          type: 'array',
          value: 'v',
          year: 2024,
          text: '1e400',
        },
      ];
  }
}

function diagnostic(code: DiagnosticCode, params: DiagnosticParams): Diagnostic {
  const info = CODES[code];
  return {
    code,
    severity: info.severity,
    span: null,
    part: 'input',
    params,
    rfc: info.rfc,
  };
}

// Names that stay in Latin letters in Korean: standards, formats, algorithms, tools, JSON members.
const IDENTIFIERS = new Set(
  (
    'jwt jws jwe jwk jwks json jose base64url base64 hex webcrypto pem der ber hmac rsa ecdsa eddsa ' +
    'ed25519 ed448 x25519 x448 ecdh es okp ec oct pkcs sec1 oid utf nul bom csr crt numericdate cve ' +
    'bit string subjectpublickeyinfo privatekeyinfo rsapublickey rsaprivatekey algorithmidentifier ' +
    'tbscertificate openssh openssl leeway iat exp aud iss sub jti kid alg typ cty crit enc zip jku ' +
    'x5u x5c x5t use key_ops null true false scheme http authorization compact canonical unsecured ' +
    'detached trust anchor sql url rfc app public private key certificate parameters begin end label ' +
    'encrypted request dsa tls secp256k1 es256k oth trusted none sig set keys bleichenbacher'
  ).split(' '),
);

/** The Latin-letter words of a Korean sentence that are not quoted, named or a param value. */
function englishWords(korean: string, params: DiagnosticParams): string[] {
  let rest = korean
    .replace(/"[^"]*"/g, ' ')
    .replace(/\((?:openssl|ssh-keygen)[^)]*\)/g, ' ')
    .replace(/RFC \d+(?: §[\d.]+(?:–[\d.]+)?| App\. [A-Z](?:\.\d+)?)?/g, ' ');
  for (const v of Object.values(params)) {
    if (typeof v !== 'string' || v === '') continue;
    const escaped = v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    rest = rest.replace(new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`, 'g'), ' ');
  }
  return (rest.match(/[A-Za-z][A-Za-z0-9_#+-]*/g) ?? []).filter(
    (w) =>
      w.length > 1 &&
      !IDENTIFIERS.has(w.toLowerCase()) &&
      !/\d/.test(w) &&
      !/^[A-Z][A-Z-]*$/.test(w),
  );
}

const codes = Object.keys(CODES) as DiagnosticCode[];

describe('every finding renders in Korean from typed params', () => {
  it.each(codes)('%s, for each of its reasons', (code) => {
    for (const params of samples(code)) {
      const ko = diagnosticMessage('ko', diagnostic(code, params));
      const label = `${code} ${JSON.stringify(params)}: ${ko}`;
      expect(ko, label).toMatch(/[\uAC00-\uD7A3]/);
      expect(ko, label).not.toMatch(/undefined|\[object|NaN/);
      expect(englishWords(ko, params), label).toEqual([]);
      // The English sentence is complete too: no hole where a reason had no sentence.
      expect(CODES[code].en(params), label).not.toMatch(/undefined|: \.|: $|\(\)/);
    }
  });

  it('catches an English sentence left in a Korean one (the check can fail)', () => {
    expect(englishWords('키를 읽을 수 없습니다: this JWK has no "kty"', {})).toEqual([
      'this',
      'has',
      'no',
    ]);
  });

  it('has a Korean sentence for every key reason', () => {
    expect(keyReasons.length).toBeGreaterThan(60);
  });
});
