import type { KeyInput } from '../jwt/index';
import type { KeyFormatChoice } from './state';

/** The key text as the core's key input: detected when it looks like PEM or JSON, else a UTF-8 secret. */
export function keyInputFrom(text: string, format: KeyFormatChoice): KeyInput | null {
  if (text.length === 0) return null;
  if (format === 'auto') {
    const t = text.trimStart();
    if (t.startsWith('-----BEGIN') || t.startsWith('{')) return { type: 'text', text };
    return { type: 'secret', text, encoding: 'utf8' };
  }
  return { type: 'secret', text, encoding: format };
}
