import type { KeyInput } from '../jwt/index';
import type { KeyFormatChoice } from './state';

/**
 * The key text as the core's key input: detected when it looks like PEM or JSON, else a secret in the
 * chosen encoding. PEM or JWK text can never be base64, base64url or hex, so a format left over from
 * an earlier key does not stop a pasted key from being read; only "UTF-8 text" keeps it a secret (the
 * algorithm-confusion attack uses exactly that: a public key's text as an HMAC secret).
 */
export function keyInputFrom(text: string, format: KeyFormatChoice): KeyInput | null {
  if (text.length === 0) return null;
  const t = text.trimStart();
  const structured = t.startsWith('-----BEGIN') || t.startsWith('{');
  if (format === 'utf8') return { type: 'secret', text, encoding: 'utf8' };
  if (structured) return { type: 'text', text };
  return { type: 'secret', text, encoding: format === 'auto' ? 'utf8' : format };
}
