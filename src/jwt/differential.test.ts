/**
 * Differential test against jose (the oracle): for tokens jose signs with every algorithm, and for
 * mutations of them, our check(...).signature is 'valid' exactly when jose.compactVerify succeeds with
 * the same key and allow-list — except for the deliberate differences below, each asserted on its own.
 *
 * | # | input                                              | ours                        | jose 6 (Node 20)     | why we differ |
 * |---|----------------------------------------------------|-----------------------------|----------------------|---------------|
 * | 1 | "=" padding on the signature segment               | error b64-padding           | valid (atob pads)    | RFC 7515 §2, App. C: base64url in JWS has no padding; lenient decoders turn two strings into one token. |
 * | 2 | white space inside the signature segment           | error b64-whitespace        | valid (atob strips)  | RFC 7515 §7.1: the compact form has no white space inside parts. |
 * | 3 | "Bearer ", quotes or white space around the token   | valid + warning             | invalid (mostly)     | RFC 6750 §2.1: "Bearer " is the HTTP scheme, not token text; we show it, leave it out and warn. |
 * | 4 | duplicate header name ("alg" twice)                | error duplicate-member      | valid (last wins)    | RFC 7515 §4 allows reject or last-wins; we reject, since parsers disagree (RFC 8725 §3.x). |
 * | 5 | header starting with a UTF-8 BOM                   | signature valid, verdict error header-utf8-bom | valid (BOM skipped) | RFC 8259 §8.1: JSON text in a protocol MUST NOT begin with a BOM. The signature, over the bytes as sent, agrees. |
 * | 6 | "enc" in a 3-part (JWS) header                     | error enc-in-jws            | valid (ignored)      | RFC 7516 §9: "enc" marks a JWE; a JWS with it is contradictory. |
 * | 7 | RFC 7797 "b64": false (critical), default options  | error crit-unsupported      | valid (b64 built in) | RFC 7515 §4.1.11: a verifier that does not understand a critical parameter must reject; b64 is opt-in here (supportB64). |
 * | 8 | 1024-bit RSA key                                   | valid + rsa-key-small       | TypeError            | RFC 7518 §3.3 requires 2048 bits; we verify and warn so a student sees both facts. |
 * | 9 | duplicate claim in the payload (jwtVerify)         | signature valid, verdict error payload-duplicate-claim | jwtVerify valid (last wins) | RFC 7519 §4: reject or last-wins; we reject. The signature outcome agrees. |
 * | 10 | header nesting deeper than 256 levels             | error header-json-syntax    | valid (JSON.parse)   | RFC 8259 §9 lets a parser limit nesting; we stop at 256 so no input can exhaust the stack. |
 * | 11 | "b64" without "crit"                              | error b64-not-critical      | valid (b64 ignored)  | RFC 7797 §6: "b64" MUST be listed in "crit"; jose reads b64 only when it is. |
 * | 12 | "b64": true listed in "crit", default options      | error crit-unsupported      | valid (b64 built in) | RFC 7515 §4.1.11, as 7: RFC 7797 is opt-in here; with supportB64 the two agree. |
 * | 13 | a duplicate member nested inside the header        | error duplicate-member      | valid (last wins)    | RFC 7515 §4 / RFC 8725 §3.x, as 4: every object of the header is checked, not only the top level. |
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as jose from 'jose';
import { readFileSync } from 'node:fs';
import type { JwsAlg } from './algorithms';
import {
  BASE64URL_ALPHABET,
  decodeBase64url,
  encodeBase64url,
  encodeBase64urlText,
} from './base64url';
import { check, type CheckResult } from './check';
import { supportsEd25519 } from './crypto';
import { parseKey, type KeyInput, type ParsedKey } from './keys';
import { mutationsOf } from './testing/arbitraries';

const ED25519 = await supportsEd25519();
const NOW = 1_767_225_600;
const b64 = encodeBase64urlText;

type JoseKey = CryptoKey | Uint8Array;
interface Fixture {
  alg: JwsAlg;
  ours: ParsedKey;
  theirs: JoseKey;
  tokens: string[];
}

const FAMILIES: Record<string, JwsAlg[]> = {
  HMAC: ['HS256', 'HS384', 'HS512'],
  'RSASSA-PKCS1-v1_5': ['RS256', 'RS384', 'RS512'],
  'RSA-PSS': ['PS256', 'PS384', 'PS512'],
  ECDSA: ['ES256', 'ES384', 'ES512'],
  EdDSA: ED25519 ? ['EdDSA', 'Ed25519'] : [],
};

async function fixture(alg: JwsAlg): Promise<Fixture> {
  let signKey: JoseKey;
  let theirs: JoseKey;
  let ours: ParsedKey;
  if (alg.startsWith('HS')) {
    const secret = crypto.getRandomValues(new Uint8Array(32 + Math.floor(Math.random() * 40)));
    signKey = theirs = secret;
    ours = await parseKey({ type: 'bytes', bytes: secret });
  } else {
    const pair = await jose.generateKeyPair(alg, { extractable: true });
    signKey = pair.privateKey;
    theirs = pair.publicKey;
    ours = await parseKey({ type: 'jwk', jwk: await jose.exportJWK(pair.publicKey) });
  }
  const tokens = [
    await new jose.SignJWT({ sub: 'user-42', role: 'user', name: '김민준 😀' })
      .setProtectedHeader({ alg, typ: 'JWT' })
      .setIssuedAt(NOW - 60)
      .setExpirationTime(NOW + 3600)
      .sign(signKey),
    await new jose.CompactSign(
      crypto.getRandomValues(new Uint8Array(1 + Math.floor(Math.random() * 40))),
    )
      .setProtectedHeader({ alg, kid: 'k1' })
      .sign(signKey),
    await new jose.CompactSign(new Uint8Array()).setProtectedHeader({ alg }).sign(signKey),
  ];
  return { alg, ours, theirs, tokens };
}

async function joseAccepts(token: string, key: JoseKey, alg: string): Promise<boolean> {
  try {
    await jose.compactVerify(token, key, { algorithms: [alg] });
    return true;
  } catch {
    return false;
  }
}

const ours = (token: string, f: Fixture, extra = {}): Promise<CheckResult> =>
  check(token, { now: NOW, key: f.ours, algorithms: [f.alg], ...extra });

// --- targeted mutations --------------------------------------------------------------------------

type Mut = (token: string) => string;
const parts = (t: string): string[] => t.split('.');

const targeted = (f: Fixture): fc.Arbitrary<Mut> =>
  fc.oneof(
    fc.constant<Mut>((t) => t),
    // Flip one bit of the signature bytes.
    fc.nat().map<Mut>((n) => (t) => {
      const [h, p, s] = parts(t) as [string, string, string];
      const sig = decodeBase64url(s)!;
      const i = n % (sig.length * 8);
      sig[i >> 3]! ^= 1 << (i & 7);
      return `${h}.${p}.${encodeBase64url(sig)}`;
    }),
    // Change one payload character to another base64url character.
    fc.tuple(fc.nat(), fc.integer({ min: 1, max: 63 })).map<Mut>(([n, d]) => (t) => {
      const [h, p, s] = parts(t) as [string, string, string];
      if (p.length === 0) return `${h}.${BASE64URL_ALPHABET[d]}${BASE64URL_ALPHABET[d]}.${s}`;
      const i = n % p.length;
      const c = BASE64URL_ALPHABET[(BASE64URL_ALPHABET.indexOf(p[i]!) + d) % 64]!;
      return `${h}.${p.slice(0, i)}${c}${p.slice(i + 1)}.${s}`;
    }),
    // Change "alg" (keeping the rest of the header).
    fc
      .constantFrom(
        'HS256',
        'HS512',
        'RS256',
        'PS256',
        'ES256',
        'ES512',
        'EdDSA',
        'none',
        'None',
        f.alg,
      )
      .map<Mut>((alg) => (t) => {
        const [h, p, s] = parts(t) as [string, string, string];
        const header = JSON.parse(new TextDecoder().decode(decodeBase64url(h)!)) as Record<
          string,
          unknown
        >;
        return `${b64(JSON.stringify({ ...header, alg }))}.${p}.${s}`;
      }),
    // Strip the signature.
    fc.constant<Mut>((t) => t.slice(0, t.lastIndexOf('.') + 1)),
    // Add "=" padding to one segment.
    fc.tuple(fc.nat(2), fc.constantFrom('=', '==')).map<Mut>(([i, pad]) => (t) => {
      const ps = parts(t);
      ps[i] = ps[i]! + pad;
      return ps.join('.');
    }),
    // Re-write one segment in the standard base64 alphabet.
    fc.nat(2).map<Mut>((i) => (t) => {
      const ps = parts(t);
      ps[i] = ps[i]!.replace(/-/g, '+').replace(/_/g, '/');
      return ps.join('.');
    }),
  );

/** Strict-vs-lenient cases: the signature text differs only by white space or padding. */
function lenientSignatureOnly(original: string, mutated: string): boolean {
  const [h0, p0, s0] = parts(original);
  const m = parts(mutated);
  if (m.length !== 3 || m[0] !== h0 || m[1] !== p0 || m[2] === s0) return false;
  return m[2]!.replace(/[\t\n\f\r ]/g, '').replace(/=+$/, '') === s0;
}

async function compare(f: Fixture, original: string, mutated: string): Promise<void> {
  const r = await ours(mutated, f);
  expect(['valid', 'invalid', 'not-performed', 'unsecured']).toContain(r.signature);
  if (r.inspection.token === original) {
    // Exception 3: a wrapper around the untouched token is left out, with a warning.
    expect(r.signature).toBe('valid');
    if (mutated !== original) expect(r.verdict).toBe('warning');
    return;
  }
  if (lenientSignatureOnly(original, mutated)) {
    // Exceptions 1 and 2: jose may accept; we never do.
    expect(r.signature).toBe('not-performed');
    expect(r.verdict).toBe('error');
    return;
  }
  const theirs = await joseAccepts(mutated, f.theirs, f.alg);
  expect(
    r.signature === 'valid',
    `ours ${r.signature} [${r.diagnostics.map((d) => d.code)}], jose ${theirs}: ${mutated}`,
  ).toBe(theirs);
}

describe.each(Object.entries(FAMILIES).filter(([, algs]) => algs.length > 0))(
  'agrees with jose.compactVerify: %s',
  (_family, algs) => {
    const fixtures = Promise.all(algs.map(fixture));

    it('on the unmodified tokens of every algorithm', async () => {
      for (const f of await fixtures) {
        for (const t of f.tokens) {
          expect(await joseAccepts(t, f.theirs, f.alg)).toBe(true);
          expect((await ours(t, f)).signature).toBe('valid');
        }
      }
    });

    it('on targeted and random mutations (200 runs)', async () => {
      const fs = await fixtures;
      const arb = fc.constantFrom(...fs).chain((f) =>
        fc.tuple(
          fc.constant(f),
          fc
            .constantFrom(...f.tokens)
            .chain((t) =>
              fc.tuple(
                fc.constant(t),
                fc.oneof(
                  { weight: 3, arbitrary: targeted(f).map((m) => m(t)) },
                  { weight: 1, arbitrary: mutationsOf(t) },
                ),
              ),
            ),
        ),
      );
      await fc.assert(
        fc.asyncProperty(arb, async ([f, [original, mutated]]) => compare(f, original, mutated)),
        { numRuns: 200 },
      );
    });
  },
);

// --- the deliberate differences, one by one ----------------------------------------------------

async function hmacToken(
  headerText: string,
  payloadBytes: Uint8Array,
  secret: Uint8Array<ArrayBuffer>,
  headerBytes?: Uint8Array,
): Promise<string> {
  const h = encodeBase64url(headerBytes ?? new TextEncoder().encode(headerText));
  const input = `${h}.${encodeBase64url(payloadBytes)}`;
  const key = await crypto.subtle.importKey(
    'raw',
    secret,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const sig = new Uint8Array(
    await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(input)),
  );
  return `${input}.${encodeBase64url(sig)}`;
}

describe('deliberate differences from jose', () => {
  const secret = new TextEncoder().encode('a-32-byte-secret-for-the-tests!!');
  const hsKey: KeyInput = { type: 'bytes', bytes: secret };
  const claims = new TextEncoder().encode(`{"sub":"u1","exp":${NOW + 3600}}`);
  const verify = (t: string) => joseAccepts(t, secret, 'HS256');
  const run = (t: string, extra = {}) =>
    check(t, { now: NOW, key: hsKey, algorithms: ['HS256'], ...extra });
  const codesOf = (r: CheckResult) => r.diagnostics.map((d) => d.code);

  it('1: padding on the signature — we reject, jose accepts', async () => {
    const t = await hmacToken('{"alg":"HS256"}', claims, secret);
    expect(parts(t)[2]!.length % 4).not.toBe(0);
    const padded = t + '='.repeat(4 - (parts(t)[2]!.length % 4));
    expect(await verify(padded)).toBe(true);
    const r = await run(padded);
    expect(r.signature).toBe('not-performed');
    expect(codesOf(r)).toContain('b64-padding');
  });

  it('2: white space inside the signature — we reject, jose accepts', async () => {
    const t = await hmacToken('{"alg":"HS256"}', claims, secret);
    const spaced = `${t.slice(0, -10)} \n${t.slice(-10)}`;
    expect(await verify(spaced)).toBe(true);
    const r = await run(spaced);
    expect(r.signature).toBe('not-performed');
    expect(codesOf(r)).toContain('b64-whitespace');
  });

  it('3: "Bearer ", quotes and leading white space — we strip and warn, jose rejects', async () => {
    const t = await hmacToken('{"alg":"HS256"}', claims, secret);
    for (const wrapped of [`Bearer ${t}`, `"${t}"`, ` ${t}`, `Authorization: Bearer ${t}`]) {
      expect(await verify(wrapped)).toBe(false);
      const r = await run(wrapped);
      expect(r.signature).toBe('valid');
      expect(r.verdict).toBe('warning');
    }
  });

  it('4: a duplicate header name — we reject, jose takes the last', async () => {
    const t = await hmacToken('{"alg":"none","alg":"HS256"}', claims, secret);
    expect(await verify(t)).toBe(true);
    const r = await run(t);
    expect(r.signature).toBe('not-performed');
    expect(codesOf(r)).toContain('duplicate-member');
  });

  it('5: a byte order mark before the header — we reject the token, the signature agrees', async () => {
    const header = Uint8Array.from([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('{"alg":"HS256"}'),
    ]);
    const t = await hmacToken('', claims, secret, header);
    expect(await verify(t)).toBe(true);
    const r = await run(t);
    expect(r.signature).toBe('valid');
    expect(r.verdict).toBe('error');
    expect(codesOf(r)).toContain('header-utf8-bom');
  });

  it('6: "enc" in a JWS header — we reject, jose ignores it', async () => {
    const t = await hmacToken('{"alg":"HS256","enc":"A256GCM"}', claims, secret);
    expect(await verify(t)).toBe(true);
    const r = await run(t);
    expect(r.signature).toBe('not-performed');
    expect(codesOf(r)).toContain('enc-in-jws');
  });

  it('7: RFC 7797 b64:false — we reject unless supportB64, jose understands it', async () => {
    const jws = await new jose.FlattenedSign(new TextEncoder().encode('hello-unencoded'))
      .setProtectedHeader({ alg: 'HS256', b64: false, crit: ['b64'] })
      .sign(secret);
    // jose leaves an unencoded payload out of the flattened object; put it back for the compact form.
    const t = `${jws.protected}.hello-unencoded.${jws.signature}`;
    expect(parts(t)[1]).toBe('hello-unencoded');
    expect(await verify(t)).toBe(true);
    const strict = await run(t);
    expect(strict.signature).toBe('not-performed');
    expect(codesOf(strict)).toContain('crit-unsupported');
    // With RFC 7797 switched on the two agree.
    expect((await run(t, { supportB64: true })).signature).toBe('valid');
  });

  it('8: a 1024-bit RSA key — we verify and warn, jose refuses the key', async () => {
    const weak = (
      JSON.parse(
        readFileSync(new URL('../../test-data/vectors/lab-keys.json', import.meta.url), 'utf8'),
      ) as Record<string, jose.JWK>
    ).weak_rsa_1024!;
    const pub = { kty: weak.kty, n: weak.n, e: weak.e };
    // jose refuses to sign with it too, so sign with WebCrypto directly.
    const priv = await crypto.subtle.importKey(
      'jwk',
      { ...weak, kid: undefined } as JsonWebKey,
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const input = `${b64('{"alg":"RS256"}')}.${encodeBase64url(claims)}`;
    const sig = new Uint8Array(
      await crypto.subtle.sign('RSASSA-PKCS1-v1_5', priv, new TextEncoder().encode(input)),
    );
    const t = `${input}.${encodeBase64url(sig)}`;
    const theirKey = await jose.importJWK({ ...pub, alg: 'RS256' }, 'RS256');
    expect(await joseAccepts(t, theirKey as CryptoKey, 'RS256')).toBe(false);
    const r = await check(t, { now: NOW, key: { type: 'jwk', jwk: pub }, algorithms: ['RS256'] });
    expect(r.signature).toBe('valid');
    expect(codesOf(r)).toContain('rsa-key-small');
  });

  it('9: a duplicate claim — same signature outcome, but we reject the claims', async () => {
    const t = await hmacToken(
      '{"alg":"HS256"}',
      new TextEncoder().encode(`{"role":"user","role":"admin","exp":${NOW + 60}}`),
      secret,
    );
    const { payload } = await jose.jwtVerify(t, secret, {
      algorithms: ['HS256'],
      currentDate: new Date(NOW * 1000),
    });
    expect(payload.role).toBe('admin');
    const r = await run(t);
    expect(r.signature).toBe('valid');
    expect(r.verdict).toBe('error');
    expect(codesOf(r)).toContain('payload-duplicate-claim');
  });

  it('10: a header nested deeper than 256 levels — we reject, jose parses it', async () => {
    const deep = `{"alg":"HS256","x":${'['.repeat(300)}${']'.repeat(300)}}`;
    const t = await hmacToken(deep, claims, secret);
    expect(await verify(t)).toBe(true);
    const r = await run(t);
    expect(r.signature).toBe('not-performed');
    expect(codesOf(r)).toContain('header-json-syntax');
    // 256 levels are still read.
    const ok = await hmacToken(
      `{"alg":"HS256","x":${'['.repeat(255)}${']'.repeat(255)}}`,
      claims,
      secret,
    );
    expect((await run(ok)).signature).toBe('valid');
  });

  it('11: "b64" without "crit" — we reject, jose ignores b64', async () => {
    const t = await hmacToken('{"alg":"HS256","b64":true}', claims, secret);
    expect(await verify(t)).toBe(true);
    for (const supportB64 of [false, true]) {
      const r = await run(t, { supportB64 });
      expect(r.signature).toBe('not-performed');
      expect(codesOf(r)).toContain('b64-not-critical');
    }
  });

  it('12: "b64": true in "crit" — we reject unless supportB64, jose understands it', async () => {
    const t = await hmacToken('{"alg":"HS256","b64":true,"crit":["b64"]}', claims, secret);
    expect(await verify(t)).toBe(true);
    const strict = await run(t);
    expect(strict.signature).toBe('not-performed');
    expect(codesOf(strict)).toContain('crit-unsupported');
    expect((await run(t, { supportB64: true })).signature).toBe('valid');
  });

  it('13: a duplicate member inside a header object — we reject, jose takes the last', async () => {
    const t = await hmacToken(
      '{"alg":"HS256","ext":{"role":"user","role":"admin"}}',
      claims,
      secret,
    );
    expect(await verify(t)).toBe(true);
    const r = await run(t);
    expect(r.signature).toBe('not-performed');
    const dup = r.diagnostics.find((d) => d.code === 'duplicate-member');
    expect(dup?.params.name).toBe('ext.role');
  });

  it('agrees on a non-canonical signature ending (same bytes): both accept', async () => {
    const t = await hmacToken('{"alg":"HS256"}', claims, secret);
    const s = parts(t)[2]!;
    const noisy =
      s.slice(0, -1) + BASE64URL_ALPHABET[BASE64URL_ALPHABET.indexOf(s[s.length - 1]!) ^ 1]!;
    const nt = t.slice(0, t.length - s.length) + noisy;
    expect(await verify(nt)).toBe(true);
    expect((await run(nt)).signature).toBe('valid');
  });
});
