import { describe, expect, it } from 'vitest';
import { exportPem, generateKey } from '../jwt/index';
import { keyInputFrom } from './keyInput';
import { signingKey } from './signing';
import { initialState } from './state';

const PEM =
  '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAwmK6SSAu2E9V7uynkCKEaj5nZJyTvNG4x0KohsRzLpg=\n-----END PUBLIC KEY-----';

describe('reading the key field', () => {
  it.each([
    ['base64url', PEM],
    ['hex', '{"kty":"oct","k":"AA"}'],
    ['auto', PEM],
  ] as const)('reads PEM or JWK text as a key even when the format says %s', (format, text) => {
    expect(keyInputFrom(text, format)).toEqual({ type: 'text', text });
  });

  it('keeps PEM text a UTF-8 secret when UTF-8 is chosen (the algorithm-confusion attack)', () => {
    expect(keyInputFrom(PEM, 'utf8')).toEqual({ type: 'secret', text: PEM, encoding: 'utf8' });
  });

  it('reads other text in the chosen encoding, UTF-8 by default', () => {
    expect(keyInputFrom('abc', 'auto')).toEqual({ type: 'secret', text: 'abc', encoding: 'utf8' });
    expect(keyInputFrom('00ff', 'hex')).toEqual({ type: 'secret', text: '00ff', encoding: 'hex' });
    expect(keyInputFrom('', 'hex')).toBeNull();
  });
});

describe('the key that signs', () => {
  it('is the one that fits the token, not a private key left over from a generated pair', async () => {
    const { privateKey } = await generateKey('RS256');
    const state = initialState({
      keyText: 'a-string-secret-at-least-256-bits-long',
      keyFormat: 'utf8',
      signKeyText: await exportPem(privateKey),
    });
    expect((await signingKey(state, 'HS256'))?.kind).toBe('secret');
    expect((await signingKey(state, 'RS256'))?.kind).toBe('private');
  });
});
