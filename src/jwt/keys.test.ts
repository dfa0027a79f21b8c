import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  calculateJwkThumbprint,
  exportJWK,
  exportPKCS8,
  importJWK,
  importSPKI,
  importX509,
} from 'jose';
import { SIGNING_ALGS, type JwsAlg } from './algorithms';
import { sentenceOf } from './codes';
import {
  decodeSecret,
  detectSecretEncodings,
  encodeSecret,
  exportJwk,
  exportPem,
  generateKey,
  parseKey,
  selectKey,
  thumbprint,
  type KeyEntry,
  type KeyInput,
  type ParsedKey,
  type SecretEncoding,
} from './keys';

type Jwk = Record<string, unknown>;

const vectorsDir = new URL('../../test-data/vectors/', import.meta.url);
const labKeys = JSON.parse(readFileSync(new URL('lab-keys.json', vectorsDir), 'utf8')) as Record<
  string,
  Jwk
>;
const valid = JSON.parse(readFileSync(new URL('valid.json', vectorsDir), 'utf8')) as {
  id: string;
  key: Jwk | null;
  private_key?: Jwk;
  public_key_pem?: string;
}[];
const vector = (id: string) => valid.find((v) => v.id === id)!;

/** The members that carry key material (what the comparisons are about). */
function material(jwk: Jwk | JsonWebKey | null | undefined): Jwk {
  const out: Jwk = {};
  for (const m of ['kty', 'crv', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'x', 'y', 'k']) {
    const v = (jwk as Jwk | null | undefined)?.[m];
    if (v !== undefined) out[m] = v;
  }
  return out;
}

function publicMaterial(jwk: Jwk | JsonWebKey): Jwk {
  const pub = material(jwk);
  for (const m of ['d', 'p', 'q', 'dp', 'dq', 'qi']) delete pub[m];
  return pub;
}

async function parseText(text: string): Promise<ParsedKey> {
  return parseKey({ type: 'text', text });
}

function onlyKey(parsed: ParsedKey): KeyEntry {
  expect(parsed.diagnostics).toEqual([]);
  expect(parsed.keys).toHaveLength(1);
  return parsed.keys[0]!;
}

// `openssl req -x509 -newkey rsa:2048 -nodes -keyout /dev/null -subj /CN=test -days 1`
const RSA_CERT = `-----BEGIN CERTIFICATE-----
MIIC/zCCAeegAwIBAgIUB0uYkSGYxDkeo//yo8GeyzDWv68wDQYJKoZIhvcNAQEL
BQAwDzENMAsGA1UEAwwEdGVzdDAeFw0yNjExMjcwMzMwMzJaFw0yNjExMjgwMzMw
MzJaMA8xDTALBgNVBAMMBHRlc3QwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEK
AoIBAQDPgl3MfYA9YFrSC9USCVyICaS3/EArnoPZOHh0qZ1Z15c63O3/VM42QrcE
6YmoGaJNz0TvH0Dlx/aB/wSslk7RkSrbSV7BahYiWrW+GannjGfAVfG0LZdYUCSP
r9RsiReE1mngNRlNg+wKAHlhYyku/BS10/Kj4xkZotP7i7ecaOinAOnGlNRA+9Ok
Lsn7SNnuoOr4mJ5iy9YLVs3ck9k7BDfWSp/nc/adVCJTKjrF05Zrl1DU6yfuR7Cb
gRMWEkklFn9gJKa6eQDEzVKKCbEn3Wa7My19vVMOs+d2RtwCORlNXRRypNWabn0+
OQUimYP0zBaLf2hL4C8mdcnIQ4KfAgMBAAGjUzBRMB0GA1UdDgQWBBR2C3DX6LEv
FPzgh4TpEl6thwoqnzAfBgNVHSMEGDAWgBR2C3DX6LEvFPzgh4TpEl6thwoqnzAP
BgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3DQEBCwUAA4IBAQBRyAt1dbG5M098HDbr
uO/pBifBuoMB9KA0cXw1GI2vJz4I4jNgU37FHW4XKM4MK5eydaB0Dbmef+MlPF8X
I9lx7QxWNZYLmCc3jDPyVRgvuw/ZeS6yhyYeM4Xit7RvhNoMttaElCj32o7kZN3i
+dVqnUBux/+c8cekSFpXruVFFT/xsfJTMQCuE6GNYdo23kr0l0ApFQGFn8s0dCN1
MXTatHpi1ZbdhT3DQABNmApdfsCY31tJZ6lkI4PWDEek0fzxSqJjpu4iMY4qzMDK
qyGZHsc2USxw9HneEHDsoJY+8z77Hu4saF20sqSWS4yAm/b48PpBAtZ3SX6X++0d
PK9+
-----END CERTIFICATE-----
`;
// `openssl x509 -in rsa-cert.pem -pubkey -noout`
const RSA_CERT_PUBKEY = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAz4JdzH2APWBa0gvVEglc
iAmkt/xAK56D2Th4dKmdWdeXOtzt/1TONkK3BOmJqBmiTc9E7x9A5cf2gf8ErJZO
0ZEq20lewWoWIlq1vhmp54xnwFXxtC2XWFAkj6/UbIkXhNZp4DUZTYPsCgB5YWMp
LvwUtdPyo+MZGaLT+4u3nGjopwDpxpTUQPvTpC7J+0jZ7qDq+JieYsvWC1bN3JPZ
OwQ31kqf53P2nVQiUyo6xdOWa5dQ1Osn7kewm4ETFhJJJRZ/YCSmunkAxM1Sigmx
J91muzMtfb1TDrPndkbcAjkZTV0UcqTVmm59PjkFIpmD9MwWi39oS+AvJnXJyEOC
nwIDAQAB
-----END PUBLIC KEY-----
`;
// `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout /dev/null -subj /CN=test -days 1`
const EC_CERT = `-----BEGIN CERTIFICATE-----
MIIBczCCARmgAwIBAgIUaYoNLjgcG8EW8Re92K8szlKydFowCgYIKoZIzj0EAwIw
DzENMAsGA1UEAwwEdGVzdDAeFw0yNjExMjcwMzMwMzJaFw0yNjExMjgwMzMwMzJa
MA8xDTALBgNVBAMMBHRlc3QwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQOGYLS
jAD5WoX4hyf9Lo9x8SJpKLg/yKVAacesna4zg+YnXhJV+JNDhqcjIZU2/xbuDJ+q
oEobmgiSIZcCyPsZo1MwUTAdBgNVHQ4EFgQUr2TXRnGIHqFPQS60PNhQ95hoTAYw
HwYDVR0jBBgwFoAUr2TXRnGIHqFPQS60PNhQ95hoTAYwDwYDVR0TAQH/BAUwAwEB
/zAKBggqhkjOPQQDAgNIADBFAiEA87arh7xl5/9z82wlN+bCJNuTCbnWkeyCcOmF
va0yfC4CIASOjWlo9Rfbms/fbdsjS2JhUiTbWUmiQ050sfy0g9sM
-----END CERTIFICATE-----
`;
// `openssl x509 -in ec-cert.pem -pubkey -noout`
const EC_CERT_PUBKEY = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEDhmC0owA+VqF+Icn/S6PcfEiaSi4
P8ilQGnHrJ2uM4PmJ14SVfiTQ4anIyGVNv8W7gyfqqBKG5oIkiGXAsj7GQ==
-----END PUBLIC KEY-----
`;
// lab-keys.json server_rsa written by OpenSSL as PKCS#1 (`openssl rsa -RSAPublicKey_out` / `-traditional`).
const SERVER_RSA_PKCS1_PUBLIC = `-----BEGIN RSA PUBLIC KEY-----
MIIBCgKCAQEA2OKYdRR5KHE1hVC8BKKNk+zrIg47R3DvCKVR8y0TiCKd7JDHXJyx
BW2rQgTotrEJbANK/JWTCPZ8IEOLIZFNger/bxVRdkwnXLPC8IzvxXJZoHH+s6fe
L1zi7DRWj1l7+pw3F4Oweuxl5W9/zbv4unewNMcFcbc1gKrwOmpwyVCMd0TvMLSp
TpnE4vqYRJ3plm0fqB22Tdvcz9G/ptUrPYW1kYhnTNdJQORphPyHwYLRMNwxAXTk
xPGbbddsLq8fXLedJEEQjagL8L4bw75RSM5ixmGB6eKD8VuOmdVTj8YHs+c3ce/V
vgXHbZepVAmh0WezWtt0A3XxwljDR7EwtwIDAQAB
-----END RSA PUBLIC KEY-----
`;
const SERVER_RSA_PKCS1_PRIVATE = `-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEA2OKYdRR5KHE1hVC8BKKNk+zrIg47R3DvCKVR8y0TiCKd7JDH
XJyxBW2rQgTotrEJbANK/JWTCPZ8IEOLIZFNger/bxVRdkwnXLPC8IzvxXJZoHH+
s6feL1zi7DRWj1l7+pw3F4Oweuxl5W9/zbv4unewNMcFcbc1gKrwOmpwyVCMd0Tv
MLSpTpnE4vqYRJ3plm0fqB22Tdvcz9G/ptUrPYW1kYhnTNdJQORphPyHwYLRMNwx
AXTkxPGbbddsLq8fXLedJEEQjagL8L4bw75RSM5ixmGB6eKD8VuOmdVTj8YHs+c3
ce/VvgXHbZepVAmh0WezWtt0A3XxwljDR7EwtwIDAQABAoIBAADJ4GgzYCMbpj1G
OnRm5WapBC1PACKqki4k1aLbpWjswW2uJzpOUtRN4lQIS3qFyO4P00Qbv3uBNtxu
85rZZVERGSDrMU7KVZdIVhIzQo/oZT4Wti4O3RcBBJznzABZ2K7hNIFyie/7sWyg
t7zNVBZ8qUN9LRsXkhv4mgf9zYe6SZk5bKLnv0VxY1CQGj5B9TWBHjincX4c8H00
6trrVESMoS6MORBkuY7D1mA3NHXayiNEYFgMO7f5XSwnBYm5Io+iSWVEPEpYnY/G
DOx0hacL940FPtOT3Kq1+GPnkjfTuxYq7eaXehZ4T9iyUz5J8POq1REmY5FYQr3Z
+HV+z6UCgYEA/y3MqzlpvZmWHX9fDQOnr9YxYcNMZNwhwrgLsyZuKOnq+mnxcj7D
bJtNRHhKGrvNT9TQl/Qes7cSXvPwbuPq06eMbRiQXeaztyhENJojVzz8eZug0WXg
CsKEyhQ83o7hdUMCkhrrb/EtdUsSJ4PIJXaB9VBV4PlvotlCJw1c4i0CgYEA2ZVA
hMsEd+od2d9jsO5WEJw2qDF8lScUSGoRbbEsLcd6vjPo2c0ciVamWAHt/czxsAku
bfbjjVZf/YsvWF3ZKMoP5NcgegVhfITjgStym+fdwMGByT8s9d85ANedhj9HSJEB
Bb6F+qLXnMCbxZbiBAwFaCUuKbs04M/9dhswgPMCgYAu7CoNdjI2dg5/gBNnXjuw
fq937aSXi0798j/cgn2RMmpN/7sxKc9fojMUGxZtUglP2687sd0PaOOM6EhW67wb
jVyqFvE9AxYa4OGh1pIXEZTPe8mXl6cZ82jdi9khh553pInNefu/Ctc0EUjWUUo1
cVQ2Wr5f7x4TEOY0LiXdRQKBgDZVzUzcHfuMHXRBEvYmLpvrRsLtyLy+i5Qh2MRZ
0DyGaiKBeA6b6Bpr5xJnOPV+boSVZmDTnLO49DOuxF3+4bIL87gj+No/6b5cuSuS
nAZO+tOd/zkwa5vi6KtLLO1PdA+tFmJG19JlRA7DEqNfMIXuMpN1ZXfKZkQV7KfH
1m79AoGBAObPaMCiPXVVEwyTMz6zkAWkx4yneiYP1bK4HtrMOHTHGOwkLRVjF1gj
x95mzvkomGmGPsII0dxRikBZ5jEdCv50ozqz1AmNxO9ajtEZh3YEj9kCQh/yXB/5
UIyj1z8/8lRg83rUc1mFHsgfJDoPzCR+9rwHJj9yItbiAIYWAlT2
-----END RSA PRIVATE KEY-----
`;
// lab-keys.json server_p256 as SEC1 (`openssl ec`), with and without the optional public key.
const SERVER_P256_SEC1 = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEILd79ora49l8E8QcqoptgyLwnNj+Ttzj2S/EktZXo/vCoAoGCCqGSM49
AwEHoUQDQgAE74QDKUctlEsGJeQeKA7K2oJT9ftNex9kihYgJ7HsoarxR/Hrplzo
y74t0FbW8HPhEz2zt7zVM3bfQd5tr+U4zQ==
-----END EC PRIVATE KEY-----
`;
const SERVER_P256_SEC1_NO_PUBLIC = `-----BEGIN EC PRIVATE KEY-----
MDECAQEEILd79ora49l8E8QcqoptgyLwnNj+Ttzj2S/EktZXo/vCoAoGCCqGSM49
AwEH
-----END EC PRIVATE KEY-----
`;
// `openssl genpkey -algorithm RSA-PSS -pkeyopt rsa_keygen_bits:1024 | openssl pkey -pubout`: OID id-RSASSA-PSS.
const RSA_PSS_SPKI = `-----BEGIN PUBLIC KEY-----
MIGdMAsGCSqGSIb3DQEBCgOBjQAwgYkCgYEAtNCSFPWXZ75/JtgBBZCPepCGjrxk
5B7olCRPyEMlTprSJAi6cSi/lVneJRr5wa/1oGfB5yQR+HHFUODbqmoOO6WZz959
C95hPetIsO8CKN05+pHmCnFc0jNH9I+FtPybUWk2rEW9ty9BJojncKNkSjnRX8Md
81ZFdObpLoLO7tsCAwEAAQ==
-----END PUBLIC KEY-----
`;
const RSA_PSS_N =
  'tNCSFPWXZ75_JtgBBZCPepCGjrxk5B7olCRPyEMlTprSJAi6cSi_lVneJRr5wa_1oGfB5yQR-HHFUODbqmoOO6WZz959C95hPetIsO8CKN05-pHmCnFc0jNH9I-FtPybUWk2rEW9ty9BJojncKNkSjnRX8Md81ZFdObpLoLO7ts';

describe('shared secrets', () => {
  it.each<[SecretEncoding, string, number[]]>([
    ['utf8', 'secret', [0x73, 0x65, 0x63, 0x72, 0x65, 0x74]],
    ['utf8', ' é ', [0x20, 0xc3, 0xa9, 0x20]],
    ['base64', 'AQID', [1, 2, 3]],
    ['base64', 'AQI=', [1, 2]],
    ['base64', 'AQI', [1, 2]],
    ['base64', ' AQ\nID ', [1, 2, 3]],
    ['base64', '+/8=', [0xfb, 0xff]],
    ['base64url', '-_8', [0xfb, 0xff]],
    ['base64url', '', []],
    ['hex', 'DEADbeef', [0xde, 0xad, 0xbe, 0xef]],
    ['hex', '0x0102', [1, 2]],
    ['hex', '01:02 03\n04', [1, 2, 3, 4]],
  ])('decodes %s %j', (encoding, text, bytes) => {
    expect(decodeSecret(text, encoding)).toEqual({ bytes: Uint8Array.from(bytes) });
  });

  it.each<[SecretEncoding, string, string, object]>([
    ['hex', 'abc', 'hex-odd', {}],
    ['hex', 'zz', 'hex-char', { char: 'z' }],
    ['hex', 'a:bc', 'hex-separator', { at: 2 }],
    ['base64', 'AQ-_', 'base64-has-base64url', { char: '-' }],
    ['base64', 'AQ*D', 'base64-char', { char: '*' }],
    ['base64', 'AQIDB', 'base64-length', { length: 5, encoding: 'base64' }],
    ['base64', 'AQ=D', 'base64-padding-middle', {}],
    ['base64', 'AQIDBA=', 'base64-padding', {}],
    ['base64url', 'AQI=', 'base64url-padding', {}],
    ['base64url', 'A+/B', 'base64url-standard', { char: '+' }],
    ['base64url', 'AQ ID', 'base64url-whitespace', {}],
    ['base64url', 'AQ.D', 'base64url-char', { char: '.' }],
    ['base64url', 'AQIDB', 'base64-length', { length: 5, encoding: 'base64url' }],
  ])('rejects %s %j with a typed reason', (encoding, text, reason, values) => {
    const result = decodeSecret(text, encoding);
    expect(result).toMatchObject({ error: reason });
    if (Object.keys(values).length) expect(result).toMatchObject({ values });
  });

  it('round-trips any bytes through every encoding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        for (const encoding of ['base64', 'base64url', 'hex'] as const) {
          const text = encodeSecret(bytes, encoding)!;
          expect(decodeSecret(text, encoding)).toEqual({ bytes });
          expect(detectSecretEncodings(text)).toContain(bytes.length > 0 ? encoding : 'utf8');
        }
      }),
    );
  });

  it('round-trips any text through utf8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const decoded = decodeSecret(text, 'utf8') as { bytes: Uint8Array };
        expect(encodeSecret(decoded.bytes, 'utf8')).toBe(text);
      }),
    );
  });

  it('gives no utf8 text for bytes that are not UTF-8', () => {
    expect(encodeSecret(Uint8Array.of(0xff, 0xfe), 'utf8')).toBeNull();
  });

  it.each<[string, SecretEncoding[]]>([
    ['your-256-bit-secret', ['utf8', 'base64url']],
    ['a secret', ['utf8']],
    ['secret', ['utf8', 'base64url']],
    ['deadbeef', ['utf8', 'hex', 'base64url', 'base64']],
    ['abc', ['utf8', 'base64url']],
    ['AQI=', ['utf8', 'base64']],
    ['+/8=', ['utf8', 'base64']],
    ['a', ['utf8']],
    ['', ['utf8']],
  ])('detects the encodings %j looks canonical in', (text, encodings) => {
    expect(detectSecretEncodings(text)).toEqual(encodings);
  });

  it('reads a secret as an oct JWK with its bytes', async () => {
    const k = labKeys.server_hs256!.secret_b64url as string;
    const key = onlyKey(await parseKey({ type: 'secret', text: k, encoding: 'base64url' }));
    expect(key).toMatchObject({ kind: 'secret', kty: 'oct', bits: 256, publicJwk: null });
    expect(key.jwk).toEqual({ kty: 'oct', k });
    expect(encodeSecret(key.secret!, 'base64url')).toBe(k);
  });

  it('reads raw bytes like a secret, and keeps a copy', async () => {
    const bytes = Uint8Array.of(1, 2, 3);
    const parsed = await parseKey({ type: 'bytes', bytes });
    bytes[0] = 9;
    expect(onlyKey(parsed).secret).toEqual(Uint8Array.of(1, 2, 3));
    expect(parsed.format).toBe('secret');
  });

  it('keeps an empty secret but flags it with key-empty', async () => {
    for (const input of [
      { type: 'secret', text: '', encoding: 'utf8' },
      { type: 'bytes', bytes: new Uint8Array() },
      { type: 'text', text: '{"kty":"oct","k":""}' },
    ] satisfies KeyInput[]) {
      const parsed = await parseKey(input);
      expect(parsed.keys).toHaveLength(1);
      expect(parsed.keys[0]!.bits).toBe(0);
      expect(parsed.diagnostics.map((d) => d.code)).toEqual(['key-empty']);
    }
  });

  it('reports a badly encoded secret as key-invalid', async () => {
    const parsed = await parseKey({ type: 'secret', text: 'abc', encoding: 'hex' });
    expect(parsed).toMatchObject({ format: 'secret', keys: [] });
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'key-invalid', part: 'key' });
    expect(sentenceOf(parsed.diagnostics[0]!)).toContain('even number of digits');
  });
});

describe('PEM', () => {
  it.each([
    'jwtio-legacy-rs256',
    'jwtio-legacy-es256',
    'jwtio-legacy-ps256',
    'jwtio-current-ed25519',
  ])('reads the public key PEM of %s as the JWK of the same vector', async (id) => {
    const v = vector(id);
    const parsed = await parseText(v.public_key_pem!);
    const key = onlyKey(parsed);
    expect(parsed.format).toBe('pem-spki');
    expect(key.kind).toBe('public');
    expect(key.jwk).toEqual(material(v.key));
    expect(key.publicJwk).toEqual(material(v.key));
    // jose as an independent oracle for the SPKI reading.
    const alg = id.endsWith('ed25519') ? 'EdDSA' : id.slice(-5).toUpperCase();
    const oracle = await exportJWK(await importSPKI(v.public_key_pem!, alg, { extractable: true }));
    expect(key.jwk).toEqual(material(oracle));
  });

  it.each(valid.filter((v) => v.private_key).map((v) => v.id))(
    'reads the private key of %s written as PKCS#8 PEM',
    async (id) => {
      const jwk = vector(id).private_key!;
      const alg = {
        RSA: 'RS256',
        OKP: 'EdDSA',
        EC: `ES${String(jwk.crv).slice(2).replace('521', '512')}`,
      }[jwk.kty as string]!;
      const cryptoKey = await importJWK(material(jwk), alg, { extractable: true });
      const pem = await exportPKCS8(cryptoKey as CryptoKey);
      const parsed = await parseText(pem);
      const key = onlyKey(parsed);
      expect(parsed.format).toBe('pem-pkcs8');
      expect(key.kind).toBe('private');
      expect(key.jwk).toEqual(material(jwk));
      expect(key.publicJwk).toEqual(publicMaterial(jwk));
    },
  );

  it.each([
    ['RSA', RSA_CERT, RSA_CERT_PUBKEY, 'RS256'],
    ['EC', EC_CERT, EC_CERT_PUBKEY, 'ES256'],
  ])('extracts the public key of an %s X.509 certificate', async (_, cert, pubkey, alg) => {
    const parsed = await parseText(cert);
    expect(parsed.format).toBe('pem-x509');
    const key = onlyKey(parsed);
    expect(key.kind).toBe('public');
    expect(key.jwk).toEqual(onlyKey(await parseText(pubkey)).jwk);
    const oracle = await exportJWK(await importX509(cert, alg, { extractable: true }));
    expect(key.jwk).toEqual(material(oracle));
  });

  it.each([
    ['RSA PUBLIC KEY', SERVER_RSA_PKCS1_PUBLIC, 'pem-pkcs1-public', 'public'],
    ['RSA PRIVATE KEY', SERVER_RSA_PKCS1_PRIVATE, 'pem-pkcs1-private', 'private'],
  ])('reads PKCS#1 "%s"', async (_, pem, format, kind) => {
    const parsed = await parseText(pem);
    const key = onlyKey(parsed);
    expect(parsed.format).toBe(format);
    expect(key).toMatchObject({ kind, kty: 'RSA', bits: 2048 });
    const lab = labKeys.server_rsa!;
    expect(key.jwk).toEqual(kind === 'private' ? material(lab) : publicMaterial(lab));
  });

  it.each([
    ['with its public key', SERVER_P256_SEC1],
    ['without its public key', SERVER_P256_SEC1_NO_PUBLIC],
    [
      'after an EC PARAMETERS block (openssl ecparam -genkey)',
      '-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n' +
        SERVER_P256_SEC1,
    ],
  ])('reads a SEC1 "EC PRIVATE KEY" %s', async (_, pem) => {
    const parsed = await parseText(pem);
    const key = onlyKey(parsed);
    expect(parsed.format).toBe('pem-sec1');
    expect(key).toMatchObject({ kind: 'private', kty: 'EC', crv: 'P-256', bits: 256 });
    expect(key.jwk).toEqual(material(labKeys.server_p256));
  });

  it('reads an RSA-PSS SubjectPublicKeyInfo as the RSA key it holds', async () => {
    const key = onlyKey(await parseText(RSA_PSS_SPKI));
    expect(key).toMatchObject({ kind: 'public', kty: 'RSA', bits: 1024 });
    expect(key.jwk).toEqual({ kty: 'RSA', n: RSA_PSS_N, e: 'AQAB' });
  });

  it('ignores text around the block and uses the first block (RFC 7468 §2)', async () => {
    const text = `Subject: CN=test\n${EC_CERT_PUBKEY}\n${RSA_CERT_PUBKEY}`;
    const key = onlyKey(await parseText(text));
    expect(key.kty).toBe('EC');
  });

  it('accepts CRLF line breaks and unwrapped base64', async () => {
    const pem = vector('jwtio-legacy-es256').public_key_pem!;
    const [begin, ...rest] = pem.trim().split('\n');
    const end = rest.pop()!;
    const variants = [pem.replace(/\n/g, '\r\n'), `${begin}\n${rest.join('')}\n${end}`];
    for (const text of variants) {
      expect(onlyKey(await parseText(text)).jwk).toEqual(
        material(vector('jwtio-legacy-es256').key),
      );
    }
  });
});

describe('JWK and JWK Sets', () => {
  it.each([
    ['server_rsa', 'private', 2048],
    ['attacker_rsa', 'private', 2048],
    ['weak_rsa_1024', 'private', 1024],
    ['server_p256', 'private', 256],
    ['other_p384', 'private', 384],
  ])('reads lab key %s', async (name, kind, bits) => {
    const lab = labKeys[name]!;
    for (const input of [
      { type: 'jwk', jwk: lab },
      { type: 'text', text: JSON.stringify(lab, null, 2) },
    ] satisfies KeyInput[]) {
      const parsed = await parseKey(input);
      const key = onlyKey(parsed);
      expect(parsed.format).toBe('jwk');
      expect(key).toMatchObject({ kind, bits });
      expect(material(key.jwk)).toEqual(material(lab));
      expect(key.publicJwk).toEqual({
        ...publicMaterial(lab),
        ...(lab.kid === undefined ? {} : { kid: lab.kid }),
      });
      expect(key.kid).toBe(lab.kid);
    }
  });

  it.each([
    ['rfc7515-a4-es512', 'EC', 521],
    ['rfc8037-a4-eddsa-ed25519', 'OKP', 256],
    ['rfc7515-a2-rs256', 'RSA', 2048],
    ['rfc7520-4.4-hs256', 'oct', 256],
  ])('reads the key of %s with its size', async (id, kty, bits) => {
    const v = vector(id);
    const jwk = (v.key as Jwk).jwk ?? v.key;
    const key = onlyKey(await parseKey({ type: 'jwk', jwk }));
    expect(key).toMatchObject({ kty, bits });
  });

  it('keeps kid, use, alg and key_ops (RFC 7517 §4)', async () => {
    const jwk = { ...labKeys.server_p256, use: 'sig', alg: 'ES256', key_ops: ['sign'] };
    const key = onlyKey(await parseKey({ type: 'jwk', jwk }));
    expect(key).toMatchObject({ kid: 'server-p256', use: 'sig', alg: 'ES256', key_ops: ['sign'] });
    expect(key.jwk).toMatchObject({
      kid: 'server-p256',
      use: 'sig',
      alg: 'ES256',
      key_ops: ['sign'],
    });
    // The public half must not claim the private key's "sign" operation.
    expect(key.publicJwk).toEqual({
      ...publicMaterial(jwk),
      kid: 'server-p256',
      use: 'sig',
      alg: 'ES256',
    });
  });

  it('reads every usable member of a JWK Set and names the index of the others', async () => {
    const set = {
      keys: [labKeys.server_p256, { kty: 'RSA', kid: 'broken', e: 'AQAB' }, labKeys.other_p384],
    };
    const parsed = await parseText(JSON.stringify(set));
    expect(parsed.format).toBe('jwks');
    expect(parsed.keys.map((k) => k.kid)).toEqual(['server-p256', 'other-p384']);
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'key-invalid', severity: 'warning' });
    expect(sentenceOf(parsed.diagnostics[0]!)).toContain('keys[1]');
    expect(sentenceOf(parsed.diagnostics[0]!)).toContain('"n"');
  });

  it('makes a set with no usable key an error', async () => {
    const parsed = await parseKey({ type: 'jwk', jwk: { keys: [{ kty: 'EC' }] } });
    expect(parsed.keys).toEqual([]);
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'key-invalid', severity: 'error' });
  });

  it('counts the RSA modulus bits without a leading zero byte', async () => {
    const n = labKeys.weak_rsa_1024!.n as string;
    const padded = encodeSecret(
      Uint8Array.from([0, ...(decodeSecret(n, 'base64url') as { bytes: Uint8Array }).bytes]),
      'base64url',
    );
    const key = onlyKey(await parseKey({ type: 'jwk', jwk: { kty: 'RSA', n: padded, e: 'AQAB' } }));
    expect(key.bits).toBe(1024);
  });
});

const P256 = labKeys.server_p256!;
const P256_PUBLIC = { kty: 'EC', crv: 'P-256', x: P256.x, y: P256.y };
const RSA_PUBLIC = { kty: 'RSA', n: labKeys.server_rsa!.n, e: 'AQAB' };
const pem = (label: string, body: string) =>
  `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;

// Each bad input, and words the student must find in the sentence.
const BAD_INPUTS: [string, KeyInput, string][] = [
  ['prose', { type: 'text', text: 'hello world' }, 'neither PEM nor a JWK'],
  ['a JSON array', { type: 'text', text: '[{"kty":"oct"}]' }, 'JSON array'],
  ['broken JSON', { type: 'text', text: '{"kty": "RSA",' }, 'does not parse'],
  ['an OpenSSH public key', { type: 'text', text: 'ssh-ed25519 AAAAC3Nza user@host' }, 'OpenSSH'],
  [
    'a PEM block without END',
    { type: 'text', text: '-----BEGIN PUBLIC KEY-----\nMIIB' },
    'no END line',
  ],
  [
    'a malformed BEGIN line',
    { type: 'text', text: '-----BEGIN PUBLIC KEY----\nMIIB' },
    'BEGIN line is malformed',
  ],
  [
    'mismatched labels',
    { type: 'text', text: '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PRIVATE KEY-----' },
    'labels must match',
  ],
  ['an empty block', { type: 'text', text: pem('PUBLIC KEY', '') }, 'empty'],
  [
    'non-base64 in a block',
    { type: 'text', text: pem('PUBLIC KEY', 'MIIB*AAA') },
    '"*" is not a base64',
  ],
  [
    'truncated DER',
    { type: 'text', text: pem('PUBLIC KEY', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A') },
    'cut short',
  ],
  ['DER that is no key', { type: 'text', text: pem('PUBLIC KEY', 'AgEB') }, 'wrong DER type'],
  [
    'an encrypted PKCS#8 key',
    { type: 'text', text: pem('ENCRYPTED PRIVATE KEY', 'MIIB') },
    'encrypted',
  ],
  [
    'a legacy encrypted PEM',
    {
      type: 'text',
      text: pem('RSA PRIVATE KEY', 'Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nMIIB'),
    },
    'encrypted',
  ],
  ['an OpenSSH private key', { type: 'text', text: pem('OPENSSH PRIVATE KEY', 'b3Bl') }, 'OpenSSH'],
  ['a CSR', { type: 'text', text: pem('CERTIFICATE REQUEST', 'MIIB') }, 'signing request'],
  [
    'an unknown label',
    { type: 'text', text: pem('PGP PUBLIC KEY BLOCK', 'mQEN') },
    'not a key format',
  ],
  [
    'an Ed448 key',
    {
      type: 'text',
      text: pem(
        'PUBLIC KEY',
        'MEMwBQYDK2VxAzoAkatdc8mtsU8iMfaOylq2m7BHs+OAO0ABIXAtJ8EVx6F2iXKCjv7U4QSpSSgl8f8pHq26Y/kE+iGA',
      ),
    },
    'Ed448 is not supported',
  ],
  [
    'an X25519 key',
    {
      type: 'text',
      text: pem('PUBLIC KEY', 'MCowBQYDK2VuAyEAOKPBz9XsDv541oUEt4wJn3Z8wZOgItE1pdhwhoF+syE='),
    },
    'key agreement',
  ],
  [
    'a secp256k1 key',
    {
      type: 'text',
      text: pem(
        'PUBLIC KEY',
        'MFYwEAYHKoZIzj0CAQYFK4EEAAoDQgAESI3VtTih6Kjq5ZKm6kTThbALJTxLH53wGeoXwY7CvOYycM2cs6ZALnaVNWGQgVrIT/N/2DQLsATNbI8F4GCsMw==',
      ),
    },
    'secp256k1',
  ],
  ['a JWK that is not an object', { type: 'jwk', jwk: 42 }, 'must be a JSON object'],
  ['a JWK without kty', { type: 'jwk', jwk: { n: 'AQAB' } }, 'no "kty"'],
  ['a lower-case kty', { type: 'jwk', jwk: { ...RSA_PUBLIC, kty: 'rsa' } }, 'case-sensitive'],
  ['an unknown kty', { type: 'jwk', jwk: { kty: 'DSA' } }, '"kty" is "DSA"'],
  ['an RSA JWK without n', { type: 'jwk', jwk: { kty: 'RSA', e: 'AQAB' } }, 'no "n"'],
  [
    'a private RSA JWK without CRT members',
    { type: 'jwk', jwk: { ...RSA_PUBLIC, d: labKeys.server_rsa!.d } },
    'lacks "p", "q", "dp", "dq", "qi"',
  ],
  [
    'a multi-prime RSA JWK',
    { type: 'jwk', jwk: { ...RSA_PUBLIC, oth: [] } },
    'more than two primes',
  ],
  ['padding in a member', { type: 'jwk', jwk: { kty: 'oct', k: 'AQI=' } }, '"=" padding'],
  ['standard base64 in a member', { type: 'jwk', jwk: { kty: 'oct', k: 'A+/B' } }, '"+" and "/"'],
  [
    'a member that is a number',
    { type: 'jwk', jwk: { kty: 'oct', k: 5 } },
    'must be a base64url string',
  ],
  [
    'an EC JWK on secp256k1',
    { type: 'jwk', jwk: { ...P256_PUBLIC, crv: 'secp256k1' } },
    'secp256k1',
  ],
  [
    'an EC JWK on an unknown curve',
    { type: 'jwk', jwk: { ...P256_PUBLIC, crv: 'P-512' } },
    '"crv" is "P-512"',
  ],
  ['an EC JWK without crv', { type: 'jwk', jwk: { kty: 'EC', x: P256.x, y: P256.y } }, 'no "crv"'],
  [
    'an EC coordinate of the wrong length',
    { type: 'jwk', jwk: { ...P256_PUBLIC, x: (P256.x as string).slice(4) } },
    'must be exactly 32 bytes',
  ],
  [
    'an EC point that is not on the curve',
    { type: 'jwk', jwk: { ...P256_PUBLIC, y: P256.x } },
    'WebCrypto refused',
  ],
  [
    'an Ed448 JWK',
    { type: 'jwk', jwk: { kty: 'OKP', crv: 'Ed448', x: 'AA' } },
    'Ed448 is not supported',
  ],
  ['an X25519 JWK', { type: 'jwk', jwk: { kty: 'OKP', crv: 'X25519', x: 'AA' } }, 'key-agreement'],
  [
    'a kid that is a number',
    { type: 'jwk', jwk: { ...P256_PUBLIC, kid: 7 } },
    '"kid" must be a string',
  ],
  [
    'key_ops that is a string',
    { type: 'jwk', jwk: { ...P256_PUBLIC, key_ops: 'verify' } },
    '"key_ops"',
  ],
  ['"keys" that is not an array', { type: 'jwk', jwk: { keys: {} } }, 'must be an array'],
  ['an empty JWK Set', { type: 'text', text: '{"keys": []}' }, 'empty'],
  ['an input of unknown type', { type: 'nonsense' } as unknown as KeyInput, 'unknown type'],
  ['no input at all', null as unknown as KeyInput, 'unexpected error'],
];

describe('bad keys', () => {
  it.each(BAD_INPUTS)('explains %s with key-invalid', async (_, input, words) => {
    const parsed = await parseKey(input);
    expect(parsed.keys).toEqual([]);
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['key-invalid']);
    const d = parsed.diagnostics[0]!;
    expect(d).toMatchObject({ part: 'key', span: null, severity: 'error' });
    expect(sentenceOf(d)).toContain(words);
    expect(sentenceOf(d)).toMatch(/\.$/);
  });

  it('returns nothing, and no diagnostic, for empty text (the verifier reports key-missing)', async () => {
    expect(await parseText('  \n ')).toEqual({ format: 'unknown', keys: [], diagnostics: [] });
  });

  it('never throws, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `-----BEGIN PUBLIC KEY-----\n${s}\n-----END PUBLIC KEY-----`),
          fc.base64String().map((s) => pem('PRIVATE KEY', s)),
          fc.json(),
        ),
        async (text) => {
          const parsed = await parseText(text);
          expect(Array.isArray(parsed.keys)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws on DER with one byte changed', async () => {
    const der = (
      decodeSecret(RSA_CERT_PUBKEY.replace(/-----[^-]+-----/g, ''), 'base64') as {
        bytes: Uint8Array;
      }
    ).bytes;
    await fc.assert(
      fc.asyncProperty(fc.nat(der.length - 1), fc.integer({ min: 0, max: 255 }), async (i, b) => {
        const copy = der.slice();
        copy[i] = b;
        const parsed = await parseText(pem('PUBLIC KEY', encodeSecret(copy, 'base64')!));
        expect(parsed.keys.length + parsed.diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('selectKey', () => {
  const entry = (kid: string | undefined, kty: 'EC' | 'RSA' | 'oct', crv?: string): KeyEntry => ({
    kind: 'public',
    kty,
    ...(crv === undefined ? {} : { crv }),
    ...(kid === undefined ? {} : { kid }),
    bits: 256,
    jwk: { kty },
    publicJwk: { kty },
  });
  const set = (...keys: KeyEntry[]): ParsedKey => ({ format: 'jwks', keys, diagnostics: [] });
  const a = entry('a', 'EC', 'P-256');
  const b = entry('b', 'RSA');
  const b2 = entry('b', 'EC', 'P-384');
  const c = entry(undefined, 'EC', 'P-256');

  it.each<[string, ParsedKey, string | undefined, string | undefined, KeyEntry | null, string]>([
    ['no key', set(), 'a', 'ES256', null, 'none'],
    ['the only key, whatever the kid', set(a), 'zzz', 'RS256', a, 'ok'],
    ['the key named by kid', set(a, b), 'b', 'ES256', b, 'ok'],
    ['nothing for an unknown kid', set(a, b), 'x', 'ES256', null, 'kid-not-found'],
    ['the one key that fits alg when there is no kid', set(a, b), undefined, 'RS256', b, 'ok'],
    [
      'nothing when several fit and there is no kid',
      set(a, c),
      undefined,
      'ES256',
      null,
      'ambiguous',
    ],
    [
      'nothing when no alg is known and there is no kid',
      set(a, b),
      undefined,
      undefined,
      null,
      'ambiguous',
    ],
    ['nothing when none of several fits', set(a, b), undefined, 'HS256', null, 'none'],
    ['the key of the right type among keys sharing a kid', set(a, b, b2), 'b', 'ES384', b2, 'ok'],
  ])('chooses %s', (_, parsed, kid, alg, key, reason) => {
    const chosen = selectKey(parsed, kid, alg);
    expect(chosen.key).toBe(key);
    expect(chosen.reason).toBe(reason);
    expect(chosen.kids).toEqual(parsed.keys.flatMap((k) => (k.kid ? [k.kid] : [])));
  });
});

describe('generating and exporting keys', () => {
  it.each(SIGNING_ALGS)(
    'generates a %s key that survives export to PEM and JWK and back',
    { timeout: 20_000 },
    async (alg: JwsAlg) => {
      const { privateKey, publicKey } = await generateKey(alg);
      const kid = await thumbprint(privateKey.jwk);
      expect(privateKey.kid).toBe(kid);
      expect((privateKey.jwk as Jwk).kid).toBe(kid);
      expect(privateKey.jwk.alg).toBeUndefined();
      expect(privateKey.alg).toBeUndefined();
      if (publicKey === null) {
        expect(privateKey).toMatchObject({ kind: 'secret', kty: 'oct' });
        expect(privateKey.bits).toBe(Number(alg.slice(2)));
        expect(() => exportJwk(privateKey, 'public')).toThrow(TypeError);
        await expect(exportPem(privateKey)).rejects.toThrow(TypeError);
        const back = onlyKey(await parseText(exportJwk(privateKey, 'private')));
        expect(back.secret).toEqual(privateKey.secret);
        return;
      }
      expect(privateKey.kind).toBe('private');
      expect(publicKey).toMatchObject({ kind: 'public', kid, kty: privateKey.kty });
      expect(publicKey.jwk).toEqual(privateKey.publicJwk);

      const privatePem = await exportPem(privateKey);
      const publicPem = await exportPem(publicKey);
      expect(privatePem).toMatch(
        /^-----BEGIN PRIVATE KEY-----\n(?:.{64}\n)*.{1,64}\n-----END PRIVATE KEY-----\n$/,
      );
      expect(publicPem).toMatch(
        /^-----BEGIN PUBLIC KEY-----\n(?:.{64}\n)*.{1,64}\n-----END PUBLIC KEY-----\n$/,
      );
      expect(material(onlyKey(await parseText(privatePem)).jwk)).toEqual(material(privateKey.jwk));
      expect(material(onlyKey(await parseText(publicPem)).jwk)).toEqual(material(publicKey.jwk));

      const fromJwk = onlyKey(await parseText(exportJwk(privateKey, 'private')));
      expect(fromJwk).toEqual(privateKey);
      expect(JSON.parse(exportJwk(privateKey, 'public'))).toEqual(publicKey.jwk);
      expect(() => exportJwk(publicKey, 'private')).toThrow(TypeError);
    },
  );

  it('gives RSA keys 2048 bits and e = 65537', async () => {
    const { publicKey } = await generateKey('PS256');
    expect(publicKey).toMatchObject({ bits: 2048, jwk: { e: 'AQAB' } });
  });

  it('indents exported JWKs by two spaces', async () => {
    const key = onlyKey(await parseKey({ type: 'jwk', jwk: P256_PUBLIC }));
    expect(exportJwk(key, 'public')).toBe(JSON.stringify(P256_PUBLIC, null, 2));
  });
});

describe('thumbprint', () => {
  it('matches RFC 7638 §3.1', async () => {
    const jwk = {
      kty: 'RSA',
      n: '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
      e: 'AQAB',
      alg: 'RS256',
      kid: '2011-04-29',
    };
    expect(await thumbprint(jwk)).toBe('NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
  });

  it('matches RFC 8037 §A.3 for Ed25519', async () => {
    const jwk = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
    expect(await thumbprint(jwk)).toBe('kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k');
  });

  it.each(['server_rsa', 'server_p256', 'other_p384'])(
    'agrees with jose for lab key %s, private members ignored',
    async (name) => {
      const jwk = labKeys[name] as JsonWebKey;
      expect(await thumbprint(jwk)).toBe(await calculateJwkThumbprint(jwk as never));
    },
  );

  it('rejects a JWK without its required members (a programmer error)', async () => {
    await expect(thumbprint({ kty: 'EC', crv: 'P-256', x: 'AA' })).rejects.toThrow(TypeError);
    await expect(thumbprint({ kty: 'XYZ' })).rejects.toThrow(TypeError);
  });
});
