/**
 * The token a fresh page starts with, on its own so the first load does not carry the whole example
 * menu (examples.ts loads right after the first paint).
 */
import type { KeyFormatChoice } from './state';

export interface Example {
  id: string;
  token: string;
  /** The key that verifies, as typed into the key field. */
  keyText?: string;
  keyFormat?: KeyFormatChoice;
  /** A private key for Sign mode, when the example has one. */
  signKeyText?: string;
  /** The example's name in the menu, in both languages. */
  title: { en: string; ko: string };
}

/**
 * The secret of the default token: text, read as its UTF-8 bytes, as a student would type it and as
 * the common libraries take it (38 bytes, more than HS256's 256 bits).
 */
export const DEFAULT_SECRET = 'a-string-secret-at-least-256-bits-long';

/**
 * HS256, readable claims, verifiable with a text secret typed as it is. Its name in the menu is in
 * examples.ts, with the menu.
 */
export const DEFAULT_START = {
  token:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwibmFtZSI6IlN0dWRlbnQiLCJyb2xlIjoidXNlciIsImlhdCI6MTc2NzIyNTAwMCwiZXhwIjo0MTAyNDQ0ODAwfQ.LblEnk5TT0k_zYIrQEcAsSxFQsM0XDOaNKQT8CZLI4U',
  keyText: DEFAULT_SECRET,
} satisfies Pick<Example, 'token' | 'keyText'>;
