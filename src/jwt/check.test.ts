import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SIGNING_ALGS, type JwsAlg } from './algorithms';
import {
  BASE64URL_ALPHABET,
  decodeBase64url,
  encodeBase64url,
  encodeBase64urlText,
  sextet,
} from './base64url';
import { check, type CheckOptions, type CheckResult } from './check';
import { sentenceOf } from './codes';
import { supportsEd25519 } from './crypto';
import type { DiagnosticCode } from './diagnostics';
import {
  exportPem,
  generateKey,
  parseKey,
  type KeyEntry,
  type KeyInput,
  type ParsedKey,
} from './keys';
import { inspect } from './inspect';
import { sign } from './sign';

const ED25519 = await supportsEd25519();
const b64 = encodeBase64urlText;
const NOW = 1_767_225_600;
const CLAIMS = `{"sub":"user-42","iat":${NOW - 60},"exp":${NOW + 3600}}`;

type Jwk = Record<string, unknown>;
const labKeys = JSON.parse(
  readFileSync(new URL('../../test-data/vectors/lab-keys.json', import.meta.url), 'utf8'),
) as Record<string, Jwk>;

const parsed = (...keys: KeyEntry[]): ParsedKey => ({ format: 'jwk', keys, diagnostics: [] });
const codes = (r: CheckResult): DiagnosticCode[] => r.diagnostics.map((d) => d.code);
const errors = (r: CheckResult): DiagnosticCode[] =>
  r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);

async function keyOf(input: KeyInput): Promise<KeyEntry> {
  const p = await parseKey(input);
  if (!p.keys[0]) throw new Error(`test key did not parse: ${JSON.stringify(p.diagnostics)}`);
  return p.keys[0];
}

async function signed(
  headerText: string,
  payloadText: string,
  key: KeyEntry | null,
): Promise<string> {
  const r = await sign({ headerText, payloadText, key });
  if (!r.ok) throw new Error(`sign failed: ${r.diagnostics.map(sentenceOf).join('; ')}`);
  return r.token;
}

const keyCache = new Map<JwsAlg, Promise<{ privateKey: KeyEntry; publicKey: KeyEntry | null }>>();
function keysFor(alg: JwsAlg): Promise<{ privateKey: KeyEntry; publicKey: KeyEntry | null }> {
  let p = keyCache.get(alg);
  if (!p) keyCache.set(alg, (p = generateKey(alg)));
  return p;
}

/** Replaces the character at `i` with another base64url character that changes the decoded bits. */
function changeChar(text: string, i: number): string {
  const v = sextet(text[i]!)!;
  return text.slice(0, i) + BASE64URL_ALPHABET[v ^ 0b100000]! + text.slice(i + 1);
}

const ALGS = SIGNING_ALGS.filter((a) => ED25519 || (a !== 'EdDSA' && a !== 'Ed25519'));

describe('sign → check round trips with generated keys', () => {
  it.each(ALGS)('%s verifies with the public key and rejects a changed payload', async (alg) => {
    const { privateKey, publicKey } = await keysFor(alg);
    const token = await signed(`{"alg":"${alg}","typ":"JWT"}`, CLAIMS, privateKey);
    const verifyKey = publicKey ?? privateKey;

    const ok = await check(token, { now: NOW, key: parsed(verifyKey), algorithms: [alg] });
    expect(ok.signature).toBe('valid');
    expect(ok.verdict).toBe('valid');
    expect(errors(ok)).toEqual([]);
    expect(ok.claims?.value).toEqual(JSON.parse(CLAIMS));
    expect(ok.key?.kty).toBe(verifyKey.kty);

    // The same key as a JWK object, with the default allow-list (what the key can serve).
    const asJwk = await check(token, {
      now: NOW,
      key: { type: 'jwk', jwk: verifyKey.publicJwk ?? verifyKey.jwk },
    });
    expect(asJwk.signature).toBe('valid');

    // Change one character of the payload segment: the signature no longer covers it.
    const [h, p, s] = token.split('.') as [string, string, string];
    const tampered = `${h}.${changeChar(p, 10)}.${s}`;
    const bad = await check(tampered, { now: NOW, key: parsed(verifyKey), algorithms: [alg] });
    expect(bad.signature).toBe('invalid');
    expect(bad.verdict).toBe('invalid-signature');
    expect(codes(bad)).toContain('signature-invalid');
  });

  it.each(ALGS.filter((a) => !a.startsWith('HS')))(
    '%s verifies with the private key too, and says it was private',
    async (alg) => {
      const { privateKey } = await keysFor(alg);
      const token = await signed(`{"alg":"${alg}"}`, CLAIMS, privateKey);
      const r = await check(token, { now: NOW, key: parsed(privateKey), algorithms: [alg] });
      expect(r.signature).toBe('valid');
      expect(r.diagnostics.find((d) => d.code === 'key-private')?.severity).toBe('info');
    },
  );

  it.each(ALGS)('%s re-signs deterministically exactly when the table says so', async (alg) => {
    const { privateKey } = await keysFor(alg);
    const a = await signed(`{"alg":"${alg}"}`, CLAIMS, privateKey);
    const b = await signed(`{"alg":"${alg}"}`, CLAIMS, privateKey);
    const deterministic = !alg.startsWith('PS') && !alg.startsWith('ES');
    expect(a === b).toBe(deterministic);
  });

  it('rejects a signature made with another key of the same type', async () => {
    const { privateKey } = await keysFor('ES256');
    const other = await generateKey('ES256');
    const token = await signed('{"alg":"ES256"}', CLAIMS, privateKey);
    const r = await check(token, { now: NOW, key: parsed(other.publicKey!) });
    expect(r.signature).toBe('invalid');
  });
});

describe('the algorithm allow-list (RFC 8725 §3.1)', () => {
  it('refuses an algorithm outside an explicit list before checking the signature', async () => {
    const { privateKey } = await keysFor('HS256');
    const token = await signed('{"alg":"HS256"}', CLAIMS, privateKey);
    for (const algorithms of [['HS384'], ['RS256', 'ES256'], []]) {
      const r = await check(token, { now: NOW, key: parsed(privateKey), algorithms });
      expect(r.signature).toBe('not-performed');
      expect(r.verdict).toBe('error');
      expect(codes(r)).toContain('alg-not-allowed');
    }
  });

  it('never allows "none" by default', async () => {
    const token = `${b64('{"alg":"none"}')}.${b64(CLAIMS)}.`;
    const { privateKey } = await keysFor('HS256');
    for (const options of [{}, { key: parsed(privateKey) }, { algorithms: ['HS256'] }]) {
      const r = await check(token, { now: NOW, ...options });
      expect(r.signature).toBe('unsecured');
      expect(r.verdict).toBe('error');
      expect(codes(r)).toContain('alg-none-not-allowed');
    }
  });

  it('accepts "none" only when listed, and then as a warning, never as valid', async () => {
    const token = `${b64('{"alg":"none"}')}.${b64(CLAIMS)}.`;
    const r = await check(token, { now: NOW, algorithms: ['none'] });
    expect(r.signature).toBe('unsecured');
    expect(r.verdict).toBe('warning');
    expect(errors(r)).toEqual([]);
    expect(codes(r)).toContain('alg-none');
    expect(r.claims?.value).toEqual(JSON.parse(CLAIMS));
  });

  it('rejects "none" with a leftover signature', async () => {
    const { privateKey } = await keysFor('HS256');
    const real = await signed('{"alg":"HS256"}', CLAIMS, privateKey);
    const stripped = `${b64('{"alg":"none"}')}.${b64(CLAIMS)}.${real.split('.')[2]}`;
    const r = await check(stripped, { now: NOW, algorithms: ['none'] });
    // RFC 7518 §3.6: malformed, so nothing was checked; it is not an unsecured token.
    expect(r.signature).toBe('not-performed');
    expect(codes(r)).toContain('none-signature-not-empty');
    expect(r.verdict).toBe('error');
  });

  it('treats "None" and "NONE" as errors, not as unsecured tokens', async () => {
    for (const alg of ['None', 'NONE', 'nOnE']) {
      const r = await check(`${b64(`{"alg":"${alg}"}`)}.${b64(CLAIMS)}.`, {
        now: NOW,
        algorithms: ['none'],
      });
      expect(r.signature).toBe('not-performed');
      expect(codes(r)).toContain('alg-none-case');
    }
  });
});

describe('keys that do not fit the token', () => {
  it('names an HMAC key given for an RS256 token as key-alg-mismatch', async () => {
    const { privateKey } = await keysFor('RS256');
    const token = await signed('{"alg":"RS256"}', CLAIMS, privateKey);
    const r = await check(token, {
      now: NOW,
      key: { type: 'secret', text: 'a-long-enough-shared-secret-0123456789', encoding: 'utf8' },
    });
    expect(r.signature).toBe('not-performed');
    expect(codes(r)).toContain('key-alg-mismatch');
  });

  it('refuses the RSA public key used as an HMAC secret (algorithm confusion)', async () => {
    const { publicKey } = await keysFor('RS256');
    const pem = await exportPem(publicKey!);
    const forged = await signed(
      '{"alg":"HS256"}',
      CLAIMS,
      await keyOf({ type: 'secret', text: pem, encoding: 'utf8' }),
    );
    const r = await check(forged, { now: NOW, key: { type: 'text', text: pem } });
    expect(r.signature).toBe('not-performed');
    expect(codes(r)).toContain('key-alg-mismatch');
  });

  it('names a P-384 key given for an ES256 token as key-alg-mismatch', async () => {
    const p256 = await keyOf({ type: 'jwk', jwk: labKeys.server_p256 });
    const token = await signed('{"alg":"ES256"}', CLAIMS, p256);
    const r = await check(token, { now: NOW, key: { type: 'jwk', jwk: labKeys.other_p384 } });
    expect(r.signature).toBe('not-performed');
    expect(codes(r)).toContain('key-alg-mismatch');
    // The control: the right key verifies.
    const ok = await check(token, { now: NOW, key: { type: 'jwk', jwk: labKeys.server_p256 } });
    expect(ok.signature).toBe('valid');
  });

  it('honours a JWK "alg" member: an HS512 key does not verify an HS256 token', async () => {
    const k =
      'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow';
    const token = await signed(
      '{"alg":"HS256"}',
      CLAIMS,
      await keyOf({ type: 'jwk', jwk: { kty: 'oct', k } }),
    );
    const r = await check(token, {
      now: NOW,
      key: { type: 'jwk', jwk: { kty: 'oct', k, alg: 'HS512' } },
    });
    expect(r.signature).toBe('not-performed');
    expect(codes(r)).toContain('key-alg-mismatch');
    const ok = await check(token, {
      now: NOW,
      key: { type: 'jwk', jwk: { kty: 'oct', k, alg: 'HS256' } },
    });
    expect(ok.signature).toBe('valid');
  });

  it('refuses an empty HMAC secret with key-empty', async () => {
    const token = `${b64('{"alg":"HS256"}')}.${b64(CLAIMS)}.${encodeBase64url(new Uint8Array(32))}`;
    for (const key of [
      { type: 'secret', text: '', encoding: 'utf8' },
      { type: 'bytes', bytes: new Uint8Array() },
    ] as KeyInput[]) {
      const r = await check(token, { now: NOW, key });
      expect(r.signature).toBe('not-performed');
      expect(r.verdict).toBe('error');
      expect(codes(r)).toContain('key-empty');
    }
  });

  it('warns about a 1024-bit RSA key, and still verifies (rsa-key-small)', async () => {
    const weak = await keyOf({ type: 'jwk', jwk: labKeys.weak_rsa_1024 });
    const token = await signed('{"alg":"RS256"}', CLAIMS, weak);
    const r = await check(token, { now: NOW, key: { type: 'jwk', jwk: weak.publicJwk } });
    expect(r.signature).toBe('valid');
    expect(r.verdict).toBe('warning');
    const d = r.diagnostics.find((x) => x.code === 'rsa-key-small')!;
    expect(d.severity).toBe('warning');
    expect(d.params.bits).toBe(1024);
  });

  it('warns about a short and a guessable HMAC secret', async () => {
    const key = await keyOf({ type: 'secret', text: 'secret', encoding: 'utf8' });
    const token = await signed('{"alg":"HS256"}', CLAIMS, key);
    const r = await check(token, { now: NOW, key: parsed(key) });
    expect(r.signature).toBe('valid');
    expect(r.verdict).toBe('warning');
    expect(codes(r)).toEqual(expect.arrayContaining(['hmac-key-short', 'hmac-key-guessable']));
  });

  it('reports a missing key as a warning and still checks the claims', async () => {
    const r = await check(`${b64('{"alg":"HS256"}')}.${b64(`{"exp":${NOW - 10}}`)}.c2ln`, {
      now: NOW,
    });
    expect(r.signature).toBe('not-performed');
    expect(codes(r)).toEqual(expect.arrayContaining(['key-missing', 'expired']));
  });
});

describe('key sets (RFC 7517 §5)', () => {
  async function set(): Promise<{ a: KeyEntry; b: KeyEntry; jwks: unknown }> {
    const a = (await generateKey('ES256')).privateKey;
    const b = (await generateKey('ES256')).privateKey;
    const jwks = {
      keys: [
        { ...a.publicJwk, kid: 'key-a' },
        { ...b.publicJwk, kid: 'key-b' },
        { kty: 'oct', k: 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTEyMzQ', kid: 'key-h' },
      ],
    };
    return { a, b, jwks };
  }

  it('picks the key the "kid" names', async () => {
    const { b, jwks } = await set();
    const token = await signed('{"alg":"ES256","kid":"key-b"}', CLAIMS, b);
    const r = await check(token, { now: NOW, key: { type: 'jwk', jwk: jwks } });
    expect(r.signature).toBe('valid');
    expect(r.key?.kid).toBe('key-b');
  });

  it('does not fall back to another key when the named one fails', async () => {
    const { a, jwks } = await set();
    const token = await signed('{"alg":"ES256","kid":"key-b"}', CLAIMS, a);
    const r = await check(token, { now: NOW, key: { type: 'jwk', jwk: jwks } });
    expect(r.signature).toBe('invalid');
  });

  it('reports an unknown "kid" with the kids it has', async () => {
    const { a, jwks } = await set();
    const token = await signed('{"alg":"ES256","kid":"key-z"}', CLAIMS, a);
    const r = await check(token, { now: NOW, key: { type: 'jwk', jwk: jwks } });
    expect(r.signature).toBe('not-performed');
    const d = r.diagnostics.find((x) => x.code === 'kid-not-found')!;
    expect(d.params.kids).toBe('key-a, key-b, key-h');
  });

  it('does not let a "kid" pick a key of the wrong type', async () => {
    const { jwks } = await set();
    // An HS256 token whose kid names an EC key: never verify with it.
    const token = `${b64('{"alg":"HS256","kid":"key-a"}')}.${b64(CLAIMS)}.${encodeBase64url(new Uint8Array(32))}`;
    const r = await check(token, { now: NOW, key: { type: 'jwk', jwk: jwks } });
    expect(r.signature).toBe('not-performed');
    expect(r.verdict).toBe('error');
  });
});

describe('detached and unencoded payloads', () => {
  // RFC 7515 App. A.1 key, which RFC 7797 §4 also uses.
  const A1 =
    'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow';
  const a1Key: CheckOptions['key'] = { type: 'secret', text: A1, encoding: 'base64url' };

  it('verifies a detached payload (RFC 7515 App. F) and says so', async () => {
    const key = await keyOf(a1Key!);
    const [h, , s] = (await signed('{"alg":"HS256"}', CLAIMS, key)).split('.');
    const detached = `${h}..${s}`;
    const r = await check(detached, { now: NOW, key: a1Key, detachedPayload: CLAIMS });
    expect(r.signature).toBe('valid');
    expect(r.verdict).toBe('valid');
    expect(codes(r)).toContain('payload-detached');
    expect(codes(r)).not.toContain('payload-empty');
    expect(r.claims?.value).toEqual(JSON.parse(CLAIMS));
    // As bytes too.
    const asBytes = await check(detached, {
      now: NOW,
      key: a1Key,
      detachedPayload: new TextEncoder().encode(CLAIMS),
    });
    expect(asBytes.signature).toBe('valid');
    // Without the payload, or with another one, the signature does not verify.
    expect((await check(detached, { now: NOW, key: a1Key })).signature).toBe('invalid');
    expect(
      (await check(detached, { now: NOW, key: a1Key, detachedPayload: CLAIMS + ' ' })).signature,
    ).toBe('invalid');
  });

  // RFC 7797 §4.2: {"alg":"HS256","b64":false,"crit":["b64"]} over "$.02", detached.
  const RFC7797 =
    'eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19..A5dxf2s96_n5FLueVuW1Z_vh161FwXZC4YLPff6dmDY';

  it('verifies the RFC 7797 §4.2 example with supportB64', async () => {
    const r = await check(RFC7797, {
      now: NOW,
      key: a1Key,
      detachedPayload: '$.02',
      supportB64: true,
    });
    expect(r.signature).toBe('valid');
    expect(codes(r)).toContain('b64-unencoded-payload');
    expect(errors(r)).toEqual([]);
  });

  it('rejects RFC 7797 b64:false as crit-unsupported without supportB64', async () => {
    const r = await check(RFC7797, { now: NOW, key: a1Key, detachedPayload: '$.02' });
    expect(r.signature).toBe('not-performed');
    expect(r.verdict).toBe('error');
    expect(codes(r)).toContain('crit-unsupported');
  });

  it('signs and verifies an attached unencoded payload made with sign()', async () => {
    const key = await keyOf(a1Key!);
    const header = '{"alg":"HS256","b64":false,"crit":["b64"]}';
    const token = await signed(header, 'hello-unencoded', key);
    expect(token.split('.')[1]).toBe('hello-unencoded');
    const r = await check(token, { now: NOW, key: a1Key, supportB64: true });
    expect(r.signature).toBe('valid');
    expect(r.inspection.payload?.unencoded).toBe(true);
    const without = await check(token, { now: NOW, key: a1Key });
    expect(without.signature).toBe('not-performed');
    expect(codes(without)).toContain('crit-unsupported');
    // The same bytes as an ordinary (b64:true) token sign differently: the signing input differs.
    const ordinary = await signed('{"alg":"HS256"}', 'hello-unencoded', key);
    expect(ordinary.split('.')[2]).not.toBe(token.split('.')[2]);
  });

  it('rejects "b64": false that is not critical', async () => {
    const r = await check(`${b64('{"alg":"HS256","b64":false}')}.hello.c2ln`, {
      now: NOW,
      key: a1Key,
      supportB64: true,
    });
    expect(r.signature).toBe('not-performed');
    expect(codes(r)).toContain('b64-not-critical');
  });
});

describe('nested JWT (RFC 7519 §5.2, §7.2 step 8)', () => {
  it('checks the inner token in turn and takes the claims from it', async () => {
    const { privateKey } = await keysFor('HS256');
    const inner = await signed('{"alg":"HS256"}', CLAIMS, privateKey);
    const outer = await signed('{"alg":"HS256","cty":"JWT"}', inner, privateKey);
    const r = await check(outer, { now: NOW, key: parsed(privateKey) });
    expect(r.signature).toBe('valid');
    expect(r.verdict).toBe('valid');
    expect(codes(r)).toContain('nested-jwt');
    expect(r.nested?.signature).toBe('valid');
    expect(r.claims?.value).toEqual(JSON.parse(CLAIMS));
  });

  it('fails the whole token when the inner signature fails', async () => {
    const { privateKey } = await keysFor('HS256');
    const inner = await signed('{"alg":"HS256"}', CLAIMS, privateKey);
    const [h, p, s] = inner.split('.') as [string, string, string];
    const outer = await signed(
      '{"alg":"HS256","cty":"JWT"}',
      `${h}.${p}.${changeChar(s, 3)}`,
      privateKey,
    );
    const r = await check(outer, { now: NOW, key: parsed(privateKey) });
    expect(r.nested?.signature).toBe('invalid');
    expect(r.signature).toBe('invalid');
    expect(r.verdict).toBe('invalid-signature');
    // Said of the inner token: the outer signature matched, so "the token was changed" would be false.
    expect(codes(r)).toContain('nested-signature-invalid');
    expect(codes(r)).not.toContain('signature-invalid');
    const d = r.diagnostics.find((x) => x.code === 'nested-signature-invalid')!;
    expect(d).toMatchObject({ severity: 'error', part: 'payload', params: { alg: 'HS256' } });
    expect(d.rfc).toContain('RFC 7519 §7.2');
  });

  it('says the outer signature failed when it did, apart from the inner one', async () => {
    const { privateKey } = await keysFor('HS256');
    const inner = await signed('{"alg":"HS256"}', CLAIMS, privateKey);
    const outer = await signed('{"alg":"HS256","cty":"JWT"}', inner, privateKey);
    const [h, p, s] = outer.split('.') as [string, string, string];
    const r = await check(`${h}.${p}.${changeChar(s, 3)}`, { now: NOW, key: parsed(privateKey) });
    expect(r.nested?.signature).toBe('valid');
    expect(codes(r)).toContain('signature-invalid');
    expect(codes(r)).not.toContain('nested-signature-invalid');
  });

  it('applies the claim rules to the inner claims', async () => {
    const { privateKey } = await keysFor('HS256');
    const inner = await signed('{"alg":"HS256"}', `{"exp":${NOW - 5}}`, privateKey);
    const outer = await signed('{"alg":"HS256","cty":"JWT"}', inner, privateKey);
    const r = await check(outer, { now: NOW, key: parsed(privateKey) });
    expect(r.signature).toBe('valid');
    expect(codes(r)).toContain('expired');
    expect(r.verdict).toBe('error');
  });
});

/** A raw R||S ECDSA signature re-written as DER (what OpenSSL and Java produce). */
function rawToDer(raw: Uint8Array): Uint8Array {
  const half = raw.length / 2;
  const int = (b: Uint8Array): number[] => {
    let i = 0;
    while (i < b.length - 1 && b[i] === 0) i++;
    const v = [...b.slice(i)];
    if (v[0]! & 0x80) v.unshift(0);
    return [0x02, v.length, ...v];
  };
  const body = [...int(raw.slice(0, half)), ...int(raw.slice(half))];
  const len = body.length > 127 ? [0x81, body.length] : [body.length];
  return Uint8Array.from([0x30, ...len, ...body]);
}

describe('ECDSA signature shapes (RFC 7518 §3.4)', () => {
  it.each(['ES256', 'ES384'] as const)(
    '%s: a DER signature is named (signature-der) and does not verify',
    async (alg) => {
      const { privateKey, publicKey } = await keysFor(alg);
      const [h, p, s] = (await signed(`{"alg":"${alg}"}`, CLAIMS, privateKey)).split('.') as [
        string,
        string,
        string,
      ];
      const der = encodeBase64url(rawToDer(decodeBase64url(s)!));
      const r = await check(`${h}.${p}.${der}`, { now: NOW, key: parsed(publicKey!) });
      expect(r.signature).toBe('invalid');
      expect(r.verdict).toBe('invalid-signature');
      expect(r.diagnostics.find((d) => d.code === 'signature-der')?.severity).toBe('info');
      expect(codes(r)).toContain('signature-length');
    },
  );

  // A P-521 DER signature is 137–139 bytes, so its SEQUENCE uses the long length form
  // "30 81 xx 02 …" (X.690 §8.1.3.5): the INTEGER tag is at byte 3, not byte 2.
  it('ES512: a DER signature (long-form length) is named signature-der', async () => {
    const { privateKey, publicKey } = await keysFor('ES512');
    const [h, p, s] = (await signed('{"alg":"ES512"}', CLAIMS, privateKey)).split('.') as [
      string,
      string,
      string,
    ];
    const der = rawToDer(decodeBase64url(s)!);
    expect(der[1]).toBe(0x81);
    const r = await check(`${h}.${p}.${encodeBase64url(der)}`, {
      now: NOW,
      key: parsed(publicKey!),
    });
    expect(r.signature).toBe('invalid');
    expect(codes(r)).toContain('signature-der');
  });

  it('rejects the psychic signature r = s = 0 (CVE-2022-21449)', async () => {
    const { publicKey } = await keysFor('ES256');
    const r = await check(
      `${b64('{"alg":"ES256"}')}.${b64(CLAIMS)}.${encodeBase64url(new Uint8Array(64))}`,
      {
        now: NOW,
        key: parsed(publicKey!),
      },
    );
    expect(r.signature).toBe('invalid');
  });

  it('accepts the malleated (r, n − s) signature, as ECDSA does', async () => {
    const n = BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');
    const { privateKey, publicKey } = await keysFor('ES256');
    const [h, p, s] = (await signed('{"alg":"ES256"}', CLAIMS, privateKey)).split('.') as [
      string,
      string,
      string,
    ];
    const raw = decodeBase64url(s)!;
    const sv = BigInt(
      '0x' + [...raw.slice(32)].map((x) => x.toString(16).padStart(2, '0')).join(''),
    );
    const hex = (n - sv).toString(16).padStart(64, '0');
    const flipped = Uint8Array.from([
      ...raw.slice(0, 32),
      ...hex.match(/../g)!.map((x) => parseInt(x, 16)),
    ]);
    const r = await check(`${h}.${p}.${encodeBase64url(flipped)}`, {
      now: NOW,
      key: parsed(publicKey!),
    });
    expect(r.signature).toBe('valid');
  });
});

describe('the signing input is the text as received (RFC 7515 §5.2 step 8)', () => {
  it('a non-canonical signature ending decodes to the same bytes: valid, with a warning', async () => {
    const { privateKey } = await keysFor('HS256');
    const [h, p, s] = (await signed('{"alg":"HS256"}', CLAIMS, privateKey)).split('.') as [
      string,
      string,
      string,
    ];
    // 32 bytes → 43 characters, the last one carries 2 unused bits.
    // Bit 0 of the last character is always one of the unused bits.
    const noisy = s.slice(0, -1) + BASE64URL_ALPHABET[sextet(s[s.length - 1]!)! ^ 1]!;
    const r = await check(`${h}.${p}.${noisy}`, { now: NOW, key: parsed(privateKey) });
    expect(r.signature).toBe('valid');
    expect(r.verdict).toBe('warning');
    expect(codes(r)).toContain('b64-noncanonical');
  });

  it('a non-canonical header ending changes the signing input: invalid', async () => {
    const { privateKey } = await keysFor('HS256');
    const header = '{"alg":"HS256","x":1}'; // 21 bytes → 28 chars; use 22 bytes for stray bits
    const token = await signed(header + ' ', CLAIMS, privateKey);
    const [h, p, s] = token.split('.') as [string, string, string];
    expect(h.length % 4).not.toBe(0);
    const noisy = h.slice(0, -1) + BASE64URL_ALPHABET[sextet(h[h.length - 1]!)! ^ 1]!;
    expect(noisy).not.toBe(h);
    const r = await check(`${noisy}.${p}.${s}`, { now: NOW, key: parsed(privateKey) });
    expect(r.signature).toBe('invalid');
  });

  // RFC 7515 §5.2 step 8 validates over ASCII(header segment || '.' || payload segment): a payload
  // segment whose last character carries stray bits decodes to the same bytes but is different text.
  it('a non-canonical payload ending changes the signing input: invalid', async () => {
    const { privateKey } = await keysFor('HS256');
    const token = await signed('{"alg":"HS256"}', '{"sub":"ab","exp":4102444800}', privateKey);
    const [h, p, s] = token.split('.') as [string, string, string];
    expect(p.length % 4).not.toBe(0);
    const noisy = p.slice(0, -1) + BASE64URL_ALPHABET[sextet(p[p.length - 1]!)! ^ 1]!;
    expect(noisy).not.toBe(p);
    expect(decodeBase64url(noisy)).toEqual(decodeBase64url(p));
    const r = await check(`${h}.${noisy}.${s}`, { now: NOW, key: parsed(privateKey) });
    expect(r.signature).toBe('invalid');
  });
});

describe('an inspection made before is used, not made again', () => {
  it('the same input: its inspection, and the same findings as reading it anew', async () => {
    const { privateKey } = await keysFor('HS256');
    const token = await signed('{"alg":"HS256"}', CLAIMS, privateKey);
    const given = inspect(token);
    const options = { now: NOW, key: parsed(privateKey) };
    const r = await check(token, { ...options, inspection: given });
    expect(r.inspection).toBe(given);
    const anew = await check(token, options);
    expect(anew.inspection).not.toBe(given);
    expect({ ...r, inspection: null }).toEqual({ ...anew, inspection: null });
    // The check adds its findings to a list of its own.
    expect(given.diagnostics).toEqual(inspect(token).diagnostics);
  });

  it('one of another input is ignored', async () => {
    const { privateKey } = await keysFor('HS256');
    const token = await signed('{"alg":"HS256"}', CLAIMS, privateKey);
    const other = inspect(await signed('{"alg":"HS256"}', '{"sub":"x"}', privateKey));
    const r = await check(token, { now: NOW, key: parsed(privateKey), inspection: other });
    expect(r.inspection).not.toBe(other);
    expect(r.inspection.input).toBe(token);
    expect(r.signature).toBe('valid');
  });
});

describe('check never throws', () => {
  const keyInputArb: fc.Arbitrary<KeyInput> = fc.oneof(
    fc.record({
      type: fc.constant('secret' as const),
      text: fc.string({ maxLength: 80 }),
      encoding: fc.constantFrom(
        'utf8' as const,
        'base64' as const,
        'base64url' as const,
        'hex' as const,
      ),
    }),
    fc.record({
      type: fc.constant('text' as const),
      text: fc.oneof(
        fc.string({ maxLength: 200 }),
        fc
          .string({ maxLength: 120 })
          .map((s) => `-----BEGIN PUBLIC KEY-----\n${s}\n-----END PUBLIC KEY-----`),
        fc.jsonValue().map((v) => JSON.stringify(v)),
      ),
    }),
    fc.record({
      type: fc.constant('jwk' as const),
      jwk: fc.oneof(
        fc.jsonValue(),
        fc.record(
          {
            kty: fc.constantFrom('RSA', 'EC', 'OKP', 'oct', 'XYZ', ''),
            crv: fc.constantFrom('P-256', 'P-384', 'P-521', 'Ed25519', 'X25519', 'secp256k1'),
            n: fc.string(),
            e: fc.constantFrom('AQAB', 'Aw', '', '!!'),
            x: fc.uint8Array({ maxLength: 66 }).map(encodeBase64url),
            y: fc.uint8Array({ maxLength: 66 }).map(encodeBase64url),
            k: fc.string(),
            d: fc.string(),
            alg: fc.constantFrom('HS256', 'RS256', 'ES256', 'none', 'x'),
            kid: fc.string(),
          },
          { requiredKeys: ['kty'] },
        ),
        fc.array(fc.jsonValue(), { maxLength: 3 }).map((keys) => ({ keys })),
      ),
    }),
    fc.record({ type: fc.constant('bytes' as const), bytes: fc.uint8Array({ maxLength: 80 }) }),
  );

  it('on garbage keys, and never calls such a key valid', async () => {
    const tokens: [JwsAlg, string][] = [];
    for (const alg of ['HS256', 'RS256', 'ES256', 'PS256', 'EdDSA'] as const) {
      if (alg === 'EdDSA' && !ED25519) continue;
      const { privateKey } = await keysFor(alg);
      tokens.push([alg, await signed(`{"alg":"${alg}"}`, CLAIMS, privateKey)]);
    }
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...tokens),
        keyInputArb,
        fc.boolean(),
        async ([alg, token], key, strict) => {
          const options: CheckOptions = { now: NOW, key };
          if (strict) options.algorithms = [alg];
          const r = await check(token, options);
          expect(['valid', 'invalid-signature', 'warning', 'error']).toContain(r.verdict);
          expect(['valid', 'invalid', 'not-performed']).toContain(r.signature);
          expect(r.signature).not.toBe('valid');
          expect(Array.isArray(r.diagnostics)).toBe(true);
          expect(r.inspection.kind).toBe('jws');
          // A result that is not "valid" says why.
          expect(r.diagnostics.some((d) => d.severity !== 'info')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on garbage tokens with a good key', async () => {
    const { mutatedTokenArb } = await import('./testing/arbitraries');
    const { privateKey } = await keysFor('HS256');
    await fc.assert(
      fc.asyncProperty(mutatedTokenArb, async (token) => {
        const r = await check(token, { now: NOW, key: parsed(privateKey) });
        expect(['valid', 'invalid-signature', 'warning', 'error']).toContain(r.verdict);
        expect(r.inspection.input).toBe(token);
        // Random signatures never verify.
        expect(r.signature).not.toBe('valid');
      }),
      { numRuns: 300 },
    );
  });
});
