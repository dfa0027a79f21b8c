import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { check } from '../jwt/index';
import { summarize } from './summary';

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
