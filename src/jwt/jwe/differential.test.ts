/**
 * The JWE core against jose (a devDependency), for every key management and content encryption pair:
 * tokens jose makes open here with the same plaintext, tokens made here open in jose, and a change
 * to any one part makes both refuse.
 */
import { CompactEncrypt, compactDecrypt, exportJWK, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from '../base64url';
import { encodeUtf8 } from '../utf8';
import { JWE_ALGS, JWE_ALG_NAMES, JWE_ENCS, JWE_ENC_NAMES } from './algorithms';
import { decrypt } from './decrypt';
import { encrypt } from './encrypt';
import type { KeyInput } from '../index';

interface Recipient {
  /** What jose encrypts to and what this core decrypts with. */
  joseEncrypt: CryptoKey | Uint8Array;
  joseDecrypt: CryptoKey | Uint8Array;
  mine: KeyInput;
  /** The public key this core encrypts to. */
  minePublic: KeyInput;
}

const pairs: Record<string, Recipient> = {};

async function asymmetric(alg: string, options: { crv?: string } = {}): Promise<Recipient> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true, ...options });
  return {
    joseEncrypt: publicKey,
    joseDecrypt: privateKey,
    mine: { type: 'jwk', jwk: await exportJWK(privateKey) },
    minePublic: { type: 'jwk', jwk: await exportJWK(publicKey) },
  };
}

function secret(bytes: number): Recipient {
  const k = crypto.getRandomValues(new Uint8Array(bytes));
  const mine = { type: 'bytes', bytes: k } as const;
  return { joseEncrypt: k, joseDecrypt: k, mine, minePublic: mine };
}

function recipientFor(alg: string, enc: string): Recipient {
  const info = JWE_ALGS[alg]!;
  switch (info.mode) {
    case 'dir':
      return secret(JWE_ENCS[enc]!.keyBits / 8);
    case 'kw':
    case 'gcmkw':
      return secret(info.kwBits! / 8);
    case 'pbes2': {
      const pw = encodeUtf8('correct horse battery staple');
      return {
        joseEncrypt: pw,
        joseDecrypt: pw,
        mine: { type: 'secret', text: 'correct horse battery staple', encoding: 'utf8' },
        minePublic: { type: 'secret', text: 'correct horse battery staple', encoding: 'utf8' },
      };
    }
    default:
      return pairs[info.mode === 'rsa-oaep' ? alg : 'P-256']!;
  }
}

const PLAINTEXT = '{"sub":"alice","name":"앨리스","admin":true}';

function tamperPart(token: string, i: number): string {
  const parts = token.split('.');
  if (i === 0) {
    // The header is the AAD: one more member keeps it valid JSON, yet changes what is authenticated.
    const header = JSON.parse(new TextDecoder().decode(decodeBase64url(parts[0]!)!)) as object;
    parts[0] = encodeBase64url(encodeUtf8(JSON.stringify({ ...header, x: 1 })));
  } else {
    const p = parts[i]!;
    const at = Math.floor(p.length / 2);
    parts[i] = p.slice(0, at) + (p[at] === 'A' ? 'B' : 'A') + p.slice(at + 1);
  }
  return parts.join('.');
}

// jose opens PBES2 only when asked to by name; every algorithm is named, so a refusal is never that.
const joseOptions = { keyManagementAlgorithms: JWE_ALG_NAMES };

async function joseRefuses(token: string, key: CryptoKey | Uint8Array): Promise<boolean> {
  try {
    await compactDecrypt(token, key, joseOptions);
    return false;
  } catch {
    return true;
  }
}

beforeAll(async () => {
  // jose's CryptoKeys are bound to one hash; this core reads the same JWK for both.
  pairs['RSA-OAEP'] = await asymmetric('RSA-OAEP');
  pairs['RSA-OAEP-256'] = await asymmetric('RSA-OAEP-256');
  pairs['P-256'] = await asymmetric('ECDH-ES', { crv: 'P-256' });
  pairs['P-384'] = await asymmetric('ECDH-ES', { crv: 'P-384' });
  pairs['P-521'] = await asymmetric('ECDH-ES', { crv: 'P-521' });
  pairs.X25519 = await asymmetric('ECDH-ES', { crv: 'X25519' });
});

const PAIRS = JWE_ALG_NAMES.flatMap((alg) => JWE_ENC_NAMES.map((enc) => [alg, enc] as const));

describe('every alg/enc pair against jose', () => {
  it.each(PAIRS)('%s with %s: jose → here, here → jose, and tampering', async (alg, enc) => {
    const r = recipientFor(alg, enc);
    const fromJose = await new CompactEncrypt(encodeUtf8(PLAINTEXT))
      .setProtectedHeader({ alg, enc })
      .encrypt(r.joseEncrypt);
    const opened = await decrypt(fromJose, r.mine);
    expect(opened.status, opened.diagnostics.map((d) => d.code).join()).toBe('decrypted');
    expect(new TextDecoder().decode(opened.plaintext!)).toBe(PLAINTEXT);

    const made = await encrypt({ plaintext: PLAINTEXT, alg, enc, key: r.minePublic, p2c: 2048 });
    expect(made.token, made.diagnostics.map((d) => d.code).join()).not.toBeNull();
    const { plaintext, protectedHeader } = await compactDecrypt(
      made.token!,
      r.joseDecrypt,
      joseOptions,
    );
    expect(new TextDecoder().decode(plaintext)).toBe(PLAINTEXT);
    expect(protectedHeader).toMatchObject({ alg, enc });

    const direct = alg === 'dir' || alg === 'ECDH-ES';
    for (const part of [0, 1, 2, 3, 4]) {
      if (part === 1 && direct) continue;
      for (const token of [fromJose, made.token!]) {
        const bad = tamperPart(token, part);
        const here = await decrypt(bad, r.mine);
        expect(here.status, `part ${part}`).toBe('failed');
        expect(here.plaintext).toBeNull();
        expect(await joseRefuses(bad, r.joseDecrypt), `jose, part ${part}`).toBe(true);
      }
    }
  });

  it.each(['P-384', 'P-521', 'X25519'])('ECDH-ES and ECDH-ES+A256KW on %s', async (crv) => {
    const r = pairs[crv]!;
    for (const alg of ['ECDH-ES', 'ECDH-ES+A256KW']) {
      const fromJose = await new CompactEncrypt(encodeUtf8(PLAINTEXT))
        .setProtectedHeader({ alg, enc: 'A256GCM' })
        .encrypt(r.joseEncrypt);
      expect((await decrypt(fromJose, r.mine)).status).toBe('decrypted');
      const made = await encrypt({ plaintext: PLAINTEXT, alg, enc: 'A256GCM', key: r.minePublic });
      const { plaintext } = await compactDecrypt(made.token!, r.joseDecrypt, joseOptions);
      expect(new TextDecoder().decode(plaintext)).toBe(PLAINTEXT);
    }
  });

  it('apu and apv enter the Concat KDF as jose puts them', async () => {
    const r = pairs['P-256']!;
    const fromJose = await new CompactEncrypt(encodeUtf8(PLAINTEXT))
      .setProtectedHeader({ alg: 'ECDH-ES', enc: 'A128GCM' })
      .setKeyManagementParameters({ apu: encodeUtf8('Alice'), apv: encodeUtf8('Bob') })
      .encrypt(r.joseEncrypt);
    expect((await decrypt(fromJose, r.mine)).status).toBe('decrypted');
  });

  it('"zip": "DEF" content from jose is inflated, with a warning', async () => {
    const { deflateRawSync } = await import('node:zlib');
    const key = crypto.getRandomValues(new Uint8Array(16));
    // jose 6 no longer compresses; the token is built with its GCM via a fixed CEK through dir.
    const made = await encrypt({
      plaintext: new Uint8Array(deflateRawSync(Buffer.from(PLAINTEXT))),
      alg: 'dir',
      enc: 'A128GCM',
      key: { type: 'bytes', bytes: key },
      header: { zip: 'DEF' },
    });
    const r = await decrypt(made.token!, { type: 'bytes', bytes: key });
    expect(r.status).toBe('decrypted');
    expect(new TextDecoder().decode(r.plaintext!)).toBe(PLAINTEXT);
    expect(r.diagnostics.map((d) => d.code)).toContain('jwe-zip');
  });
});
