/**
 * RFC edge cases of issue 11, one table each with its section: what a key says it is for, small-order
 * Ed25519 keys, RFC 7797 detached unencoded payloads, a header BOM, "none" with a signature, dates
 * too large for a double, and a JWK that mentions PEM.
 */
import { describe, expect, it } from 'vitest';
import {
  check,
  encodeBase64url,
  encodeBase64urlText,
  generateKey,
  parseKey,
  sentenceOf,
  sign,
  supportsEd25519,
  type KeyEntry,
} from './index';

const NOW = 1767225600;
const codes = (ds: { code: string }[]): string[] => ds.map((d) => d.code);
const fromHex = (hex: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(hex.match(/../g)!.map((b) => parseInt(b, 16)));

describe('"use" and "key_ops" are enforced (RFC 7517 §4.2–4.3)', async () => {
  const pair = await generateKey('ES256');
  const priv = pair.privateKey.jwk;
  const pub = pair.publicKey!.publicJwk!;
  const signed = await sign({
    headerText: '{"alg":"ES256"}',
    payloadText: '{"sub":"a"}',
    key: pair.privateKey,
  });
  if (!signed.ok) throw new Error('sign failed');

  it.each([
    ['"use": "enc"', { use: 'enc' }, 'key-use-not-sig'],
    ['"use": "tls" (not a JWS use)', { use: 'tls' }, 'key-use-not-sig'],
    ['"key_ops": ["encrypt"]', { key_ops: ['encrypt'] }, 'key-ops-forbid'],
    ['"key_ops": ["sign"] on a public key', { key_ops: ['sign'] }, 'key-ops-forbid'],
    ['"key_ops": []', { key_ops: [] }, 'key-ops-forbid'],
  ])('a public key with %s does not verify', async (_name, extra, code) => {
    const r = await check(signed.token, {
      key: { type: 'jwk', jwk: { ...pub, ...extra } },
      now: NOW,
    });
    expect(r.signature).toBe('not-performed');
    expect(r.verdict).toBe('error');
    expect(codes(r.diagnostics)).toContain(code);
  });

  it.each([
    ['"use": "sig"', { use: 'sig' }],
    ['"key_ops": ["verify"]', { key_ops: ['verify'] }],
    ['no use and no key_ops', {}],
  ])('a public key with %s verifies', async (_name, extra) => {
    const r = await check(signed.token, {
      key: { type: 'jwk', jwk: { ...pub, ...extra } },
      now: NOW,
    });
    expect(r.signature).toBe('valid');
  });

  it('an HMAC secret published for encryption does not verify either', async () => {
    const k = encodeBase64url(new Uint8Array(32).fill(7));
    const jwk = { kty: 'oct', k, use: 'enc' };
    const key = (await parseKey({ type: 'jwk', jwk: { kty: 'oct', k } })).keys[0]!;
    const t = await sign({ headerText: '{"alg":"HS256"}', payloadText: '{}', key });
    if (!t.ok) throw new Error('sign failed');
    const r = await check(t.token, { key: { type: 'jwk', jwk }, now: NOW });
    expect(codes(r.diagnostics)).toContain('key-use-not-sig');
    expect(r.signature).toBe('not-performed');
  });

  const signWith = async (extra: object): Promise<string[]> => {
    const key = (await parseKey({ type: 'jwk', jwk: { ...priv, ...extra } })).keys[0]!;
    const r = await sign({ headerText: '{"alg":"ES256"}', payloadText: '{}', key });
    return r.ok ? [] : codes(r.diagnostics);
  };

  it.each([
    ['"use": "enc"', { use: 'enc' }, ['key-use-not-sig']],
    ['"key_ops": ["verify"]', { key_ops: ['verify'] }, ['key-ops-forbid']],
    ['"key_ops": ["sign"]', { key_ops: ['sign'] }, []],
    ['"use": "sig"', { use: 'sig' }, []],
  ])('signing with a private key with %s', async (_name, extra, expected) => {
    expect(await signWith(extra)).toEqual(expected);
  });
});

describe('small-order Ed25519 public keys are refused (RFC 8032 §5.1.7; RFC 8037 §2)', () => {
  // The eight points of the 8-torsion subgroup, and non-canonical encodings of some (y >= p, or x = 0
  // with the sign bit set).
  const SMALL_ORDER = [
    ['identity (order 1)', '01' + '00'.repeat(31)],
    ['y = -1 (order 2)', 'ec' + 'ff'.repeat(30) + '7f'],
    ['y = 0 (order 4)', '00'.repeat(32)],
    ['y = 0, sign bit set (order 4)', '00'.repeat(31) + '80'],
    ['order 8, a', '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05'],
    ['order 8, b', '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85'],
    ['order 8, c', 'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a'],
    ['order 8, d', 'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa'],
    ['identity, non-canonical y = p + 1', 'ee' + 'ff'.repeat(30) + '7f'],
    ['y = 0, non-canonical y = p', 'ed' + 'ff'.repeat(30) + '7f'],
    ['identity with the sign bit', '01' + '00'.repeat(30) + '80'],
  ];

  it.each(SMALL_ORDER)('%s as a JWK', async (_name, hex) => {
    const x = encodeBase64url(fromHex(hex));
    const parsed = await parseKey({ type: 'jwk', jwk: { kty: 'OKP', crv: 'Ed25519', x } });
    expect(parsed.keys).toEqual([]);
    expect(codes(parsed.diagnostics)).toEqual(['key-small-order']);
    expect(parsed.diagnostics[0]!.severity).toBe('error');
  });

  it('the identity point as SPKI PEM', async () => {
    const der = Uint8Array.from([
      ...fromHex('302a300506032b6570032100'),
      ...fromHex('01' + '00'.repeat(31)),
    ]);
    const b64 = btoa(String.fromCharCode(...der));
    const parsed = await parseKey({
      type: 'text',
      text: `-----BEGIN PUBLIC KEY-----\n${b64}\n-----END PUBLIC KEY-----`,
    });
    expect(codes(parsed.diagnostics)).toEqual(['key-small-order']);
  });

  it('an ordinary key is not flagged (RFC 8037 App. A.2)', async () => {
    const x = '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo';
    const parsed = await parseKey({ type: 'jwk', jwk: { kty: 'OKP', crv: 'Ed25519', x } });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.keys).toHaveLength(1);
  });

  it('refuses the identity key whose constant signature WebCrypto accepts for any payload', async () => {
    const identity = fromHex('01' + '00'.repeat(31));
    const constant = new Uint8Array(64);
    constant[0] = 1; // R = identity, S = 0
    if (await supportsEd25519()) {
      const raw = await crypto.subtle.importKey('raw', identity, 'Ed25519', false, ['verify']);
      // Why the refusal matters: without it, the check below would say "valid".
      expect(
        await crypto.subtle.verify('Ed25519', raw, constant, new TextEncoder().encode('x')),
      ).toBe(true);
    }
    const token = `${encodeBase64urlText('{"alg":"EdDSA"}')}.${encodeBase64urlText('{"admin":true}')}.${encodeBase64url(constant)}`;
    const r = await check(token, {
      key: { type: 'jwk', jwk: { kty: 'OKP', crv: 'Ed25519', x: encodeBase64url(identity) } },
      now: NOW,
    });
    expect(r.signature).toBe('not-performed');
    expect(r.verdict).toBe('error');
    expect(codes(r.diagnostics)).toContain('key-small-order');
  });
});

describe('RFC 7797 detached unencoded payloads verify when supplied (RFC 7797 §4.2, §5.3)', () => {
  // RFC 7797 §4.2: {"alg":"HS256","b64":false,"crit":["b64"]} over "$.02" with the RFC 7515 A.1 key.
  const TOKEN =
    'eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19..A5dxf2s96_n5FLueVuW1Z_vh161FwXZC4YLPff6dmDY';
  const KEY = {
    type: 'secret',
    text: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow',
    encoding: 'base64url',
  } as const;

  it.each([
    ['the right payload, RFC 7797 on', '$.02', true, 'valid'],
    ['another payload, RFC 7797 on', '$.03', true, 'invalid'],
    [
      'the right payload, RFC 7797 off (critical b64 not understood)',
      '$.02',
      false,
      'not-performed',
    ],
  ] as const)('%s: %s', async (_name, payload, supportB64, signature) => {
    const r = await check(TOKEN, { key: KEY, now: NOW, detachedPayload: payload, supportB64 });
    expect(r.signature).toBe(signature);
    if (signature === 'valid') {
      expect(codes(r.diagnostics)).toEqual(
        expect.arrayContaining(['payload-detached', 'b64-unencoded-payload']),
      );
      expect(codes(r.diagnostics)).not.toContain('signature-invalid');
    }
  });
});

describe('a header that starts with a BOM is an error, and its signature is still checked (RFC 8259 §8.1; RFC 7515 §5.2)', () => {
  const secret = new Uint8Array(32).fill(3);
  const tokenWithBom = async (payload: string): Promise<string> => {
    const header = encodeBase64url(
      Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"alg":"HS256"}')]),
    );
    const input = `${header}.${encodeBase64urlText(payload)}`;
    const k = await crypto.subtle.importKey(
      'raw',
      secret,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const sig = new Uint8Array(
      await crypto.subtle.sign('HMAC', k, new TextEncoder().encode(input)),
    );
    return `${input}.${encodeBase64url(sig)}`;
  };

  it.each([
    ['as signed', false, 'valid'],
    ['with the payload changed', true, 'invalid'],
  ] as const)('%s', async (_name, tamper, signature) => {
    let token = await tokenWithBom('{"sub":"a"}');
    if (tamper) {
      const [h, , s] = token.split('.');
      token = `${h}.${encodeBase64urlText('{"sub":"b"}')}.${s}`;
    }
    const r = await check(token, { key: { type: 'bytes', bytes: secret }, now: NOW });
    expect(r.signature).toBe(signature);
    expect(r.verdict).toBe(tamper ? 'invalid-signature' : 'error');
    expect(codes(r.diagnostics)).toContain('header-utf8-bom');
    expect(r.inspection.header?.value).toEqual({ alg: 'HS256' });
  });
});

describe('"alg": "none" (RFC 7518 §3.6)', () => {
  const none = `${encodeBase64urlText('{"alg":"none"}')}.${encodeBase64urlText('{"sub":"a"}')}`;
  it.each([
    ['an empty signature is unsecured', '', 'unsecured', []],
    [
      'a signature makes it malformed, not unsecured',
      'c2ln',
      'not-performed',
      ['none-signature-not-empty'],
    ],
  ])('%s', async (_name, sig, signature, expected) => {
    const r = await check(`${none}.${sig}`, { now: NOW, algorithms: ['none'] });
    expect(r.signature).toBe(signature);
    for (const c of expected) expect(codes(r.diagnostics)).toContain(c);
  });
});

describe('a NumericDate too large for a double says so (RFC 7519 §2; RFC 8259 §6)', () => {
  it.each([
    ['exp', '1e400'],
    ['exp', '-1e400'],
    ['nbf', '1E+999'],
    ['iat', '9'.repeat(400)],
  ])('"%s": %s', async (claim, literal) => {
    const token = `${encodeBase64urlText('{"alg":"none"}')}.${encodeBase64urlText(`{"${claim}":${literal}}`)}.`;
    const r = await check(token, { now: NOW, algorithms: ['none'] });
    const d = r.diagnostics.find((x) => x.code === 'claim-date-not-finite');
    expect(d?.params.claim).toBe(claim);
    expect(d && sentenceOf(d)).toContain('too large');
    expect(d && sentenceOf(d)).not.toMatch(/must be a number.*not a number/);
    expect(codes(r.diagnostics)).not.toContain('claim-not-numericdate');
  });
});

describe('key text is read by its first character (RFC 7517 §4; RFC 7468 §2)', () => {
  const k = encodeBase64url(new Uint8Array(32).fill(9));
  it.each([
    [
      'a JWK with a PEM block in a member',
      `{"kty":"oct","k":"${k}","note":"-----BEGIN CERTIFICATE-----"}`,
      'jwk',
    ],
    ['a JWK after white space', `\n  {"kty":"oct","k":"${k}","x5c":["-----BEGIN x"]}`, 'jwk'],
    [
      'a JWK Set mentioning BEGIN',
      `{"keys":[{"kty":"oct","k":"${k}","kid":"-----BEGIN"}]}`,
      'jwks',
    ],
  ])('%s', async (_name, text, format) => {
    const parsed = await parseKey({ type: 'text', text });
    expect(parsed.format).toBe(format);
    expect(parsed.diagnostics).toEqual([]);
    expect((parsed.keys[0] as KeyEntry).kty).toBe('oct');
  });

  it('PEM with explanatory text before the block is still PEM (RFC 7468 §5.2)', async () => {
    const pair = await generateKey('ES256');
    const { exportPem } = await import('./index');
    const pem = await exportPem(pair.publicKey!);
    const parsed = await parseKey({ type: 'text', text: `Subject: test\n${pem}` });
    expect(parsed.format).toBe('pem-spki');
  });
});
