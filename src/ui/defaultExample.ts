/**
 * The token a fresh page starts with, on its own so the first load does not carry the whole example
 * menu (examples.ts loads right after the first paint).
 */
import type { KeyFormatChoice } from '../app/state';
import type { StringKey } from './strings';

export interface Example {
  id: string;
  token: string;
  /** The key that verifies, as typed into the key field. */
  keyText?: string;
  keyFormat?: KeyFormatChoice;
  /** A private key for Sign mode, when the example has one. */
  signKeyText?: string;
  titleKey: StringKey;
}

/** The lab server's throw-away HMAC secret (tricky.json), base64url. */
export const LAB_SECRET = '8iQvW5h9_T5VxRSflZ8n4tXH7YF_fk1fXBFnDhqPlps';

/** HS256, readable claims, verifiable with the lab secret. */
export const DEFAULT_EXAMPLE: Example = {
  id: 'default',
  titleKey: 'ex.default',
  token:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwibmFtZSI6IlN0dWRlbnQiLCJyb2xlIjoidXNlciIsImlhdCI6MTc2NzIyNTAwMCwiZXhwIjo0MTAyNDQ0ODAwfQ.QeQW7suf1WPSBzm9hVJW___qKLt6qyUhYD7XXp3DsMY',
  keyText: LAB_SECRET,
  keyFormat: 'base64url',
};
