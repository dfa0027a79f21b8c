/**
 * The key texts read once: each (text, format) is parsed by the core a single time and remembered,
 * so typing in the token or the payload never reads a PEM or imports a JWK again.
 */
import { parseKey, type ParsedKey } from '../jwt/index';
import { keyInputFrom } from './keyInput';
import type { KeyFormatChoice } from './state';

const EMPTY: ParsedKey = { format: 'unknown', keys: [], diagnostics: [] };
const cache = new Map<string, Promise<ParsedKey>>();

/** The parsed key for a text in a format; an empty text is no key at all. */
export function readKey(text: string, format: KeyFormatChoice): Promise<ParsedKey> {
  const id = `${format}\u0000${text}`;
  let p = cache.get(id);
  if (!p) {
    const input = keyInputFrom(text, format);
    p = input ? parseKey(input) : Promise.resolve(EMPTY);
    cache.set(id, p);
    // A handful is plenty: the current key, the signing key, and a few just typed over.
    if (cache.size > 12) cache.delete(cache.keys().next().value!);
  }
  return p;
}
