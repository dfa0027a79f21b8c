import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeBase64url, decodeBase64url } from '../base64url';
import { sentenceOf } from '../codes';
import { encodeUtf8 } from '../utf8';
import { decrypt } from './decrypt';
import { encrypt } from './encrypt';
import { JWE_CODES } from './codes';
import { publicOf } from './keys';

interface Vector {
  name: string;
  alg: string;
  enc: string;
  key?: Record<string, string>;
  password?: string;
  token: string;
  plaintext: string;
}

const { vectors } = JSON.parse(
  readFileSync(new URL('../../../test-data/jwe/rfc-vectors.json', import.meta.url), 'utf8'),
) as { vectors: Vector[] };

const keyOf = (v: Vector) =>
  v.password !== undefined
    ? ({ type: 'secret', text: v.password, encoding: 'utf8' } as const)
    : ({ type: 'jwk', jwk: v.key } as const);

const byName = (prefix: string): Vector => vectors.find((v) => v.name.startsWith(prefix))!;
const RSA = byName('RFC 7520 §5.2');
const DIR = byName('RFC 7520 §5.6');

const codes = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code);

/** Replaces one character of part `i` with another base64url character that keeps it canonical. */
function tamper(token: string, i: number): string {
  const parts = token.split('.');
  const p = parts[i]!;
  const at = Math.floor(p.length / 2);
  parts[i] = p.slice(0, at) + (p[at] === 'A' ? 'B' : 'A') + p.slice(at + 1);
  return parts.join('.');
}

describe('RFC 7516 and RFC 7520 examples', () => {
  it.each(vectors.map((v) => [v.name, v] as const))('%s decrypts', async (_name, v) => {
    const r = await decrypt(v.token, keyOf(v));
    expect(r.status, codes(r).join()).toBe('decrypted');
    expect(new TextDecoder().decode(r.plaintext!)).toBe(v.plaintext);
    expect(r.alg).toBe(v.alg);
    expect(r.enc).toBe(v.enc);
    expect(codes(r)).toContain('jwe-decrypted');
  });

  it.each(vectors.map((v) => [v.name, v] as const))(
    '%s fails with nothing shown when a ciphertext character changes',
    async (_name, v) => {
      const r = await decrypt(tamper(v.token, 3), keyOf(v));
      expect(r.status).toBe('failed');
      expect(r.plaintext).toBeNull();
      expect(r.payload).toBeNull();
      expect(codes(r)).toContain('jwe-tag-mismatch');
    },
  );
});

const SECRET16 = { type: 'bytes', bytes: new Uint8Array(16).fill(7) } as const;

async function make(alg: string, enc: string, key = SECRET16, plaintext = '{"sub":"alice"}') {
  const r = await encrypt({ plaintext, alg, enc, key });
  if (r.token === null) throw new Error(codes(r).join());
  return r.token;
}

describe('failure is a lesson', () => {
  it.each([
    ['the IV', 2],
    ['the ciphertext', 3],
    ['the tag', 4],
  ])('a changed character in %s gives a tag mismatch and no plaintext', async (_what, i) => {
    for (const enc of ['A128GCM', 'A128CBC-HS256']) {
      const token = await make('A128KW', enc);
      const r = await decrypt(tamper(token, i), SECRET16);
      expect(r.status).toBe('failed');
      expect(r.plaintext).toBeNull();
      expect(codes(r)).toEqual(['jwe-tag-mismatch']);
    }
  });

  it('a changed header (the AAD) gives a tag mismatch', async () => {
    const token = await make('dir', 'A128GCM');
    const [h, ...rest] = token.split('.');
    const header = JSON.parse(new TextDecoder().decode(decodeBase64url(h!)!)) as object;
    const changed = encodeBase64url(encodeUtf8(JSON.stringify({ ...header, typ: 'JWT' })));
    const r = await decrypt([changed, ...rest].join('.'), SECRET16);
    expect(codes(r)).toEqual(['jwe-tag-mismatch']);
  });

  it('a changed encrypted key fails to unwrap', async () => {
    const r = await decrypt(tamper(await make('A128KW', 'A128GCM'), 1), SECRET16);
    expect(r.status).toBe('failed');
    expect(codes(r)).toEqual(['jwe-unwrap-failed']);
  });

  it('the wrong secret fails to unwrap, and a wrong direct key fails the tag', async () => {
    const other = { type: 'bytes', bytes: new Uint8Array(16).fill(8) } as const;
    expect(codes(await decrypt(await make('A128KW', 'A128GCM'), other))).toEqual([
      'jwe-unwrap-failed',
    ]);
    expect(codes(await decrypt(await make('dir', 'A128GCM'), other))).toEqual(['jwe-tag-mismatch']);
  });

  it('no key gives no-key', async () => {
    const r = await decrypt(await make('A128KW', 'A128GCM'), null);
    expect(r.status).toBe('no-key');
    expect(codes(r)).toEqual(['jwe-key-missing']);
  });

  it.each([
    [{ type: 'bytes', bytes: new Uint8Array(32) }, 'jwe-key-length'],
    [
      { type: 'jwk', jwk: { kty: 'oct', k: 'BwcHBwcHBwcHBwcHBwcHBw', alg: 'A256KW' } },
      'jwe-key-alg-mismatch',
    ],
    [{ type: 'jwk', jwk: { ...RSA.key, alg: undefined } }, 'jwe-key-unfit'],
    [{ type: 'text', text: 'not a key' }, 'key-invalid'],
  ] as const)('a key that does not fit is a coded finding (%#)', async (key, code) => {
    const r = await decrypt(await make('A128KW', 'A128GCM'), key);
    expect(r.status).toBe('failed');
    expect(codes(r)).toContain(code);
  });

  it('a public key cannot decrypt', async () => {
    const pub = publicOf(RSA.key as JsonWebKey);
    const r = await decrypt(RSA.token, { type: 'jwk', jwk: pub });
    expect(codes(r)).toEqual(['jwe-key-public']);
  });

  it('a kid the set lacks is named', async () => {
    const r = await decrypt(DIR.token, {
      type: 'jwk',
      jwk: { keys: [{ kty: 'oct', kid: 'other', k: 'XctOhJAkA-pD9Lh7ZgW_2A' }] },
    });
    expect(codes(r)).toEqual(['jwe-kid-not-found']);
  });

  it('picks the right key of a set by kid', async () => {
    const v = DIR;
    const r = await decrypt(v.token, {
      type: 'jwk',
      jwk: { keys: [{ kty: 'oct', kid: 'x', k: 'GZy6sIZ6wl9NJOKB-jnmVQ' }, v.key] },
    });
    expect(r.status).toBe('decrypted');
  });

  const header = (h: object) => encodeBase64url(encodeUtf8(JSON.stringify(h)));
  it.each([
    [{ alg: 'RSA1_5', enc: 'A128CBC-HS256' }, 'jwe-rsa1_5-refused', 'unsupported'],
    [{ alg: 'A128KW', enc: 'A128CBC-HS257' }, 'jwe-enc-unknown', 'unsupported'],
    [{ alg: 'ECDH-1PU', enc: 'A128GCM' }, 'jwe-alg-unknown', 'unsupported'],
    [{ enc: 'A128GCM' }, 'jwe-alg-missing', 'failed'],
    [{ alg: 'A128KW' }, 'jwe-enc-missing', 'failed'],
    [
      { alg: 'A128KW', enc: 'A128GCM', crit: ['exp'], exp: 1 },
      'jwe-crit-unsupported',
      'unsupported',
    ],
    [{ alg: 'A128KW', enc: 'A128GCM', zip: 'GZIP' }, 'jwe-zip-unsupported', 'unsupported'],
  ] as const)('header %j is refused with its code', async (h, code, status) => {
    const token = `${header(h)}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`;
    const r = await decrypt(token, SECRET16);
    expect(r.status).toBe(status);
    expect(codes(r)).toEqual([code]);
  });

  it('refuses a p2c over the cap before deriving anything', async () => {
    const password = { type: 'secret', text: 'correct horse', encoding: 'utf8' } as const;
    const r0 = await encrypt({
      plaintext: 'x',
      alg: 'PBES2-HS256+A128KW',
      enc: 'A128GCM',
      key: password,
      p2c: 5000,
    });
    const r = await decrypt(r0.token!, password, { maxP2c: 4999 });
    expect(r.status).toBe('failed');
    expect(codes(r)).toEqual(['jwe-p2c-too-large']);
    expect(r.diagnostics[0]!.params).toMatchObject({ p2c: 5000, max: 4999 });
    expect((await decrypt(r0.token!, password, { maxP2c: 5000 })).status).toBe('decrypted');
  });

  it('warns of a p2c under 1000', async () => {
    const password = { type: 'secret', text: 'pw', encoding: 'utf8' } as const;
    const r0 = await encrypt({
      plaintext: 'x',
      alg: 'PBES2-HS256+A128KW',
      enc: 'A128GCM',
      key: password,
      p2c: 10,
    });
    expect(codes(await decrypt(r0.token!, password))).toContain('jwe-p2c-small');
  });

  it('refuses an algorithm outside the allow-list', async () => {
    const r = await decrypt(await make('A128KW', 'A128GCM'), SECRET16, { algorithms: ['dir'] });
    expect(codes(r)).toEqual(['jwe-alg-not-allowed']);
  });

  it('requires an empty encrypted key for dir and a present one for key wrapping', async () => {
    const token = await make('dir', 'A128GCM');
    const parts = token.split('.');
    parts[1] = 'AAAA';
    expect(codes(await decrypt(parts.join('.'), SECRET16))).toEqual([
      'jwe-encrypted-key-not-empty',
    ]);
    const kw = (await make('A128KW', 'A128GCM')).split('.');
    kw[1] = '';
    expect(codes(await decrypt(kw.join('.'), SECRET16))).toEqual(['jwe-encrypted-key-empty']);
  });

  it('checks the IV and tag lengths', async () => {
    const parts = (await make('dir', 'A128GCM')).split('.');
    expect(
      codes(await decrypt([parts[0], '', 'AAAA', parts[3], parts[4]].join('.'), SECRET16)),
    ).toEqual(['jwe-iv-length']);
    expect(
      codes(await decrypt([parts[0], '', parts[2], parts[3], 'AAAA'].join('.'), SECRET16)),
    ).toEqual(['jwe-tag-length']);
  });

  it('a three-part token is not opened', async () => {
    const r = await decrypt('eyJhbGciOiJub25lIn0.e30.', SECRET16);
    expect(r.status).toBe('failed');
    expect(r.plaintext).toBeNull();
  });

  it('never throws on garbage', async () => {
    for (const t of ['', '....', 'a.b.c.d.e', '!!!.a.b.c.d', 'eyJ9.a.b.c.d']) {
      const r = await decrypt(t, SECRET16);
      expect(r.status).toBe('failed');
    }
  });
});

function pem(label: string, der: ArrayBuffer): string {
  const b64 = Buffer.from(der).toString('base64');
  return `-----BEGIN ${label}-----\n${b64.replace(/(.{64})/g, '$1\n')}\n-----END ${label}-----\n`;
}

describe('keys as PEM', () => {
  it.each([
    [
      'RSA-OAEP-256',
      {
        name: 'RSA-OAEP',
        hash: 'SHA-256',
        modulusLength: 2048,
        publicExponent: new Uint8Array([1, 0, 1]),
      },
    ],
    ['ECDH-ES+A128KW', { name: 'ECDH', namedCurve: 'P-521' }],
    ['ECDH-ES', { name: 'X25519' }],
  ] as const)(
    '%s: encrypts to an SPKI key and decrypts with the PKCS#8 one',
    async (alg, params) => {
      const pair = (await crypto.subtle.generateKey(
        params,
        true,
        params.name === 'RSA-OAEP' ? ['encrypt', 'decrypt'] : ['deriveBits'],
      )) as CryptoKeyPair;
      const spki = pem('PUBLIC KEY', await crypto.subtle.exportKey('spki', pair.publicKey));
      const pkcs8 = pem('PRIVATE KEY', await crypto.subtle.exportKey('pkcs8', pair.privateKey));
      const made = await encrypt({
        plaintext: 'hi',
        alg,
        enc: 'A256GCM',
        key: { type: 'text', text: spki },
      });
      expect(made.token, codes(made).join()).not.toBeNull();
      const r = await decrypt(made.token!, { type: 'text', text: pkcs8 });
      expect(r.status, codes(r).join()).toBe('decrypted');
      expect(codes(await decrypt(made.token!, { type: 'text', text: spki }))).toEqual([
        'jwe-key-public',
      ]);
    },
  );

  it('explains a PKCS#1 block', async () => {
    const r = await decrypt(RSA.token, {
      type: 'text',
      text: '-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----',
    });
    expect(codes(r)).toEqual(['key-invalid']);
    expect(r.diagnostics[0]!.params).toMatchObject({
      reason: 'pem-label-unknown',
      label: 'RSA PRIVATE KEY',
    });
  });
});

describe('nested tokens', () => {
  it('a JWE with "cty": "JWT" opens to its JWS, which is verified with the same key set', async () => {
    const { sign } = await import('../sign');
    const { parseKey } = await import('../keys');
    const hsKey = {
      kty: 'oct',
      kid: 'sig',
      alg: 'HS256',
      k: encodeBase64url(new Uint8Array(32).fill(3)),
    };
    const entry = (await parseKey({ type: 'jwk', jwk: hsKey })).keys[0]!;
    const signed = await sign({
      headerText: '{"alg":"HS256","kid":"sig"}',
      payloadText: '{"sub":"alice"}',
      key: entry,
    });
    const inner = { token: signed.ok ? signed.token : null };
    expect(inner.token).toBeTruthy();
    const encKey = {
      kty: 'oct',
      kid: 'enc',
      alg: 'A128KW',
      k: encodeBase64url(new Uint8Array(16).fill(7)),
    };
    const set = { type: 'jwk', jwk: { keys: [hsKey, encKey] } } as const;
    const made = await encrypt({
      plaintext: inner.token!,
      alg: 'A128KW',
      enc: 'A128GCM',
      key: { type: 'jwk', jwk: encKey },
      header: { cty: 'JWT' },
    });
    const r = await decrypt(made.token!, set, { verify: { now: 0 } });
    expect(r.status).toBe('decrypted');
    expect(r.payload?.kind).toBe('jwt');
    expect(codes(r)).toContain('jwe-nested');
    expect(r.nested?.signature).toBe('valid');
  });
});

describe('the code table', () => {
  it('every code has an RFC section and a sentence', () => {
    for (const [code, info] of Object.entries(JWE_CODES)) {
      expect(info.rfc, code).toMatch(/^RFC \d+/);
      expect(info.en({}).length, code).toBeGreaterThan(10);
    }
  });
});

describe('header members a key management algorithm needs', () => {
  const h = (o: object) => encodeBase64url(encodeUtf8(JSON.stringify(o)));
  const rest = '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA';
  it.each([
    [{ alg: 'A128GCMKW', enc: 'A128GCM' }, 'missing', 'iv'],
    [{ alg: 'A128GCMKW', enc: 'A128GCM', iv: 5 }, 'not-string', 'iv'],
    [{ alg: 'A128GCMKW', enc: 'A128GCM', iv: 'a+b' }, 'not-base64url', 'iv'],
    [{ alg: 'A128GCMKW', enc: 'A128GCM', iv: 'AAAA' }, 'length', 'iv'],
    [
      { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2s: 'AAAAAAAAAAA', p2c: -1 },
      'not-count',
      'p2c',
    ],
  ] as const)('%j: %s', async (header, problem, name) => {
    const r = await decrypt(h(header) + rest, SECRET16);
    expect(codes(r)).toEqual(['jwe-header-member']);
    expect(r.diagnostics[0]!.params).toMatchObject({ problem, name });
    expect(sentenceOf(r.diagnostics[0]!)).toContain(`"${name}" is needed by`);
  });

  it('names a missing or mismatched "epk"', async () => {
    const jwk = (await crypto.subtle.exportKey(
      'jwk',
      (
        (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
          'deriveBits',
        ])) as CryptoKeyPair
      ).privateKey,
    )) as Record<string, string>;
    const key = { type: 'jwk', jwk } as const;
    const none = await decrypt(
      h({ alg: 'ECDH-ES', enc: 'A128GCM' }) + '..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA',
      key,
    );
    expect(none.diagnostics[0]!.params).toMatchObject({ problem: 'missing' });
    const other = await decrypt(
      h({ alg: 'ECDH-ES', enc: 'A128GCM', epk: { kty: 'EC', crv: 'P-384', x: 'AA', y: 'AA' } }) +
        '..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA',
      key,
    );
    expect(other.diagnostics[0]!.params).toMatchObject({ problem: 'curve', keyCrv: 'P-256' });
    const off = await decrypt(
      h({ alg: 'ECDH-ES', enc: 'A128GCM', epk: { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.x } }) +
        '..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA',
      key,
    );
    expect(off.diagnostics[0]!.params).toMatchObject({ problem: 'point' });
  });
});
