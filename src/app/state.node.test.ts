import { describe, expect, it } from 'vitest';
import { inspect } from '../jwt/index';
import { initialState, reducer, replacePart, replaceSignature } from './state';

const TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwibmFtZSI6IlN0dWRlbnQiLCJyb2xlIjoidXNlciIsImlhdCI6MTc2NzIyNTAwMCwiZXhwIjo0MTAyNDQ0ODAwfQ.QeQW7suf1WPSBzm9hVJW___qKLt6qyUhYD7XXp3DsMY';
const [HEADER, , SIGNATURE] = TOKEN.split('.') as [string, string, string];

describe('editing a decoded part', () => {
  it('re-encodes only that part and keeps the signature verbatim', () => {
    const edited = replacePart(TOKEN, 'payload', '{"sub":"user-42","role":"admin"}');
    const [h, , s] = edited.split('.');
    expect(h).toBe(HEADER);
    expect(s).toBe(SIGNATURE);
    expect(inspect(edited).payload?.text).toBe('{"sub":"user-42","role":"admin"}');
  });

  it('keeps what was pasted around the token (a Bearer prefix, a trailing newline)', () => {
    const pasted = `Bearer ${TOKEN}\n`;
    const edited = replacePart(pasted, 'header', '{"alg":"HS384"}');
    expect(edited.startsWith('Bearer ')).toBe(true);
    expect(edited.endsWith(`.${SIGNATURE}\n`)).toBe(true);
    expect(inspect(edited).header?.text).toBe('{"alg":"HS384"}');
  });

  it('keeps the exact text typed, including white space and invalid JSON', () => {
    const text = '{"sub": "홍길동",\r\n "exp": 17';
    expect(inspect(replacePart(TOKEN, 'payload', text)).payload?.text).toBe(text);
  });

  it('remembers the token before the first edit, so the change can be shown', () => {
    let s = reducer(initialState({ token: TOKEN }), {
      type: 'edit-part',
      part: 'payload',
      text: '{}',
    });
    s = reducer(s, { type: 'edit-part', part: 'payload', text: '{"a":1}' });
    expect(s.originalToken).toBe(TOKEN);
    expect(reducer(s, { type: 'set-token', token: 'x' }).originalToken).toBeNull();
  });
});

describe('signatures arriving from WebCrypto', () => {
  it('replace only the signature part', () => {
    expect(replaceSignature(` ${TOKEN}`, 'a.b.NEWSIG')).toBe(
      ` ${HEADER}.${TOKEN.split('.')[1]}.NEWSIG`,
    );
  });

  it('are dropped when the token changed since signing started', () => {
    const s = initialState({ token: TOKEN });
    expect(reducer(s, { type: 'signed', from: 'older', token: 'a.b.c' })).toBe(s);
    expect(reducer(s, { type: 'signed', from: TOKEN, token: 'a.b.c' }).token.endsWith('.c')).toBe(
      true,
    );
  });
});
