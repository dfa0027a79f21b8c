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

/** The lab server's throw-away HMAC secret (tricky.json), base64url. */
export const LAB_SECRET = '8iQvW5h9_T5VxRSflZ8n4tXH7YF_fk1fXBFnDhqPlps';

/**
 * The secret of the default token: text, read as its UTF-8 bytes, as a student would type it and as
 * the common libraries take it (38 bytes, more than HS256's 256 bits).
 */
export const DEFAULT_SECRET = 'a-string-secret-at-least-256-bits-long';

/** HS256, readable claims, verifiable with a text secret typed as it is. */
export const DEFAULT_EXAMPLE: Example = {
  id: 'default',
  title: {
    en: 'A friendly HS256 token (text secret: a-string-secret-at-least-256-bits-long)',
    ko: '기본 HS256 토큰(텍스트 비밀 키: a-string-secret-at-least-256-bits-long)',
  },
  token:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwibmFtZSI6IlN0dWRlbnQiLCJyb2xlIjoidXNlciIsImlhdCI6MTc2NzIyNTAwMCwiZXhwIjo0MTAyNDQ0ODAwfQ.LblEnk5TT0k_zYIrQEcAsSxFQsM0XDOaNKQT8CZLI4U',
  keyText: DEFAULT_SECRET,
};

/** The same claims signed with the lab server's secret, which is given as base64url bytes. */
export const LAB_EXAMPLE: Example = {
  id: 'lab-secret',
  title: {
    en: 'The same claims, lab secret given as base64url bytes',
    ko: '같은 클레임, base64url 바이트로 주어진 실습용 비밀 키',
  },
  token:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwibmFtZSI6IlN0dWRlbnQiLCJyb2xlIjoidXNlciIsImlhdCI6MTc2NzIyNTAwMCwiZXhwIjo0MTAyNDQ0ODAwfQ.QeQW7suf1WPSBzm9hVJW___qKLt6qyUhYD7XXp3DsMY',
  keyText: LAB_SECRET,
  keyFormat: 'base64url',
};
