import { describe, expect, it } from 'vitest';
import { check, encodeBase64urlText, parseKey, sign } from './index';

const KEY = {
  type: 'secret',
  text: '8iQvW5h9_T5VxRSflZ8n4tXH7YF_fk1fXBFnDhqPlps',
  encoding: 'base64url',
} as const;

async function detached(payload: string, header = '{"alg":"HS256"}'): Promise<string> {
  const key = (await parseKey(KEY)).keys[0]!;
  const r = await sign({ headerText: header, payloadText: payload, key });
  if (!r.ok) throw new Error('sign failed');
  const [h, , s] = r.token.split('.');
  return `${h}..${s}`;
}

describe('detached content (RFC 7515 App. F) is read like an attached payload', () => {
  it('a claims set is checked as claims', async () => {
    const token = await detached('{"sub":"a","exp":1}');
    const r = await check(token, {
      key: KEY,
      now: 1767225600,
      detachedPayload: '{"sub":"a","exp":1}',
    });
    expect(r.signature).toBe('valid');
    expect(r.diagnostics.map((d) => d.code)).toContain('expired');
    expect(r.verdict).toBe('error');
  });

  it('text is a valid signature but not a claims set: a warning, not "valid"', async () => {
    const token = await detached('hello');
    const r = await check(token, { key: KEY, now: 1767225600, detachedPayload: 'hello' });
    expect(r.signature).toBe('valid');
    expect(r.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(['payload-not-json', 'payload-detached']),
    );
    expect(r.verdict).toBe('warning');
  });

  it('the wrong detached content does not verify', async () => {
    const token = await detached('hello');
    const r = await check(token, { key: KEY, now: 1767225600, detachedPayload: 'hellO' });
    expect(r.signature).toBe('invalid');
    expect(encodeBase64urlText('hello')).not.toBe(encodeBase64urlText('hellO'));
  });
});
