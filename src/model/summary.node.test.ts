import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { check, decrypt, encrypt } from '../jwt/index';
import { summarize, summarizeEncrypted } from './summary';

const NOW = 1767225600;
const b64 = (s: string): string => Buffer.from(s).toString('base64url');
function hs256(header: string, payload: string, secret: string): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}
const SECRET = 'a-string-secret-at-least-256-bits-long';
const secret = (text: string) => ({ type: 'secret' as const, text, encoding: 'utf8' as const });

async function summary(token: string, key: string | null) {
  const r = await check(token, { key: key === null ? null : secret(key), now: NOW });
  const claims = r.diagnostics.filter((d) => d.part === 'claims');
  return summarize(r, false, claims, true);
}

const tones = (s: Awaited<ReturnType<typeof summary>>): string[] => [
  s.overall.tone,
  s.signature.tone,
  s.claims.tone,
  s.policy.tone,
];

describe('the verdict summary is never greener than the core', () => {
  it('is green throughout for a good token and a strong key', async () => {
    const s = await summary(
      hs256('{"alg":"HS256"}', '{"sub":"a","exp":4102444800}', SECRET),
      SECRET,
    );
    expect(tones(s)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(s.overall.status).toBe('verified');
  });

  it('trusts no claim without a key or with a broken signature', async () => {
    const token = hs256('{"alg":"HS256"}', '{"sub":"a"}', SECRET);
    for (const key of [null, 'another-secret-of-at-least-32-bytes!!']) {
      const s = await summary(token, key);
      expect(tones(s)).not.toContain('ok');
      expect(s.claims.status).toBe('untrusted');
    }
  });

  it('shows no green for duplicate members, even correctly signed', async () => {
    const s = await summary(
      hs256('{"alg":"HS256"}', '{"role":"user","role":"admin"}', SECRET),
      SECRET,
    );
    expect(tones(s)).not.toContain('ok');
    expect(s.overall.status).toBe('rejected');
    expect(s.signature.rejected).toBe(true);
  });

  it('shows no green for a public key used as an HMAC secret', async () => {
    const pem = `-----BEGIN PUBLIC KEY-----\n${'A'.repeat(64)}\n-----END PUBLIC KEY-----`;
    const s = await summary(hs256('{"alg":"HS256"}', '{"sub":"a"}', pem), pem);
    expect(s.signature.status).toBe('valid');
    expect(tones(s)).not.toContain('ok');
  });

  it('judges the claims at the clock, not at the time of the check', async () => {
    const token = hs256('{"alg":"HS256"}', '{"sub":"a","exp":1300819380}', SECRET);
    const r = await check(token, { key: secret(SECRET), now: NOW });
    // Travelled to before exp: no claim errors at that time, so the claims pass.
    expect(summarize(r, false, [], true).claims.status).toBe('valid');
    const expired = r.diagnostics.filter((d) => d.part === 'claims');
    expect(summarize(r, false, expired, true).claims.status).toBe('invalid');
  });
});

describe('an encrypted token is judged by its decryption first', () => {
  const k = randomBytes(32);
  const jwk = JSON.stringify({ kty: 'oct', k: k.toString('base64url') });
  const key = { type: 'text' as const, text: jwk };
  const claims = '{"sub":"a","exp":4102444800}';
  const encrypted = async (plaintext: string, header: Record<string, unknown> = {}) =>
    (await encrypt({ plaintext, alg: 'dir', enc: 'A256GCM', key, header })).token!;
  async function judged(token: string, withKey: boolean) {
    const outer = await check(token, { key: null, now: NOW });
    const d = await decrypt(token, withKey ? key : null, { verify: { now: NOW } });
    return summarizeEncrypted(outer, d, false, [], false);
  }

  it('says decrypted when the key opens it, and that nothing was signed', async () => {
    const s = await judged(await encrypted(claims), true);
    expect(s.decryption).toEqual({ status: 'decrypted', tone: 'ok' });
    expect(s.overall).toEqual({ status: 'decrypted', tone: 'ok' });
    expect(s.signature.status).toBe('unchecked');
  });

  it('fails red when a character of the ciphertext changed, and is not green without a key', async () => {
    const token = await encrypted(claims);
    const parts = token.split('.');
    parts[3] = (parts[3]![0] === 'A' ? 'B' : 'A') + parts[3]!.slice(1);
    const failed = await judged(parts.join('.'), true);
    expect(failed.decryption).toEqual({ status: 'failed', tone: 'bad' });
    expect(failed.overall).toEqual({ status: 'decrypt-failed', tone: 'bad' });
    const locked = await judged(token, false);
    expect(locked.overall).toEqual({ status: 'encrypted', tone: 'info' });
  });

  it('judges a nested token by its inner signature', async () => {
    const good = hs256('{"alg":"HS256"}', claims, '');
    // The inner token signed with the same 32 bytes the key field holds (as a JWK) verifies…
    const input = good.slice(0, good.lastIndexOf('.'));
    const signed = `${input}.${createHmac('sha256', k).update(input).digest('base64url')}`;
    const ok = await judged(await encrypted(signed, { cty: 'JWT' }), true);
    expect(ok.decryption?.status).toBe('decrypted');
    expect(ok.signature.status).toBe('valid');
    expect(ok.overall).toEqual({ status: 'verified', tone: 'ok' });
    // …and one signed with another secret does not, although it decrypts.
    const other = await judged(
      await encrypted(hs256('{"alg":"HS256"}', claims, SECRET), { cty: 'JWT' }),
      true,
    );
    expect(other.decryption?.status).toBe('decrypted');
    expect(other.signature.status).toBe('invalid');
    expect(other.overall).toEqual({ status: 'invalid', tone: 'bad' });
  });

  it('judges nothing while the decryption is still coming', async () => {
    const token = await encrypted(claims);
    const outer = await check(token, { key: null, now: NOW });
    const s = summarizeEncrypted(outer, null, true, [], false);
    expect(s.decryption).toEqual({ status: 'pending', tone: 'info' });
    expect(s.overall).toEqual({ status: 'checking', tone: 'info' });
  });
});
