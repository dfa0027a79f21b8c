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

  const keys = { keyText: 'k', keyFormat: 'auto', signKeyText: '' } as const;

  it('are dropped when the token changed since signing started', () => {
    const s = initialState({ token: TOKEN, keyText: 'k' });
    expect(reducer(s, { type: 'signed', from: 'older', keys, token: 'a.b.c' })).toBe(s);
    expect(
      reducer(s, { type: 'signed', from: TOKEN, keys, token: 'a.b.c' }).token.endsWith('.c'),
    ).toBe(true);
  });

  it('are dropped when a key text or its format changed since signing started', () => {
    for (const change of [
      { keyText: 'k2' },
      { keyFormat: 'base64url' as const },
      { signKeyText: 'other' },
    ]) {
      const s = initialState({ token: TOKEN, ...keys, ...change });
      expect(reducer(s, { type: 'signed', from: TOKEN, keys, token: 'a.b.c' })).toBe(s);
    }
  });
});

describe('the key format', () => {
  const lab = initialState({ token: TOKEN, keyText: 'QUJD', keyFormat: 'base64url' });

  it('stays while the key is edited', () => {
    expect(reducer(lab, { type: 'set-key', text: 'QUJDRA' }).keyFormat).toBe('base64url');
    expect(reducer(lab, { type: 'set-key', text: 'QUJ' }).keyFormat).toBe('base64url');
  });

  it('goes back to automatic for a key pasted over, typed anew or cleared', () => {
    for (const text of ['your-256-bit-secret', '']) {
      expect(reducer(lab, { type: 'set-key', text }).keyFormat).toBe('auto');
    }
    const cleared = reducer(lab, { type: 'set-key', text: '' });
    expect(
      reducer({ ...cleared, keyFormat: 'hex' }, { type: 'set-key', text: 's' }).keyFormat,
    ).toBe('auto');
  });

  it('goes back to automatic when a different token arrives, not when the token is edited', () => {
    expect(reducer(lab, { type: 'set-token', token: TOKEN + 'x' }).keyFormat).toBe('base64url');
    expect(reducer(lab, { type: 'set-token', token: 'eyJhbGciOiJub25lIn0.e30.' }).keyFormat).toBe(
      'auto',
    );
  });
});

describe('bringing back a replaced token', () => {
  const start = initialState({ token: TOKEN, keyText: 'my secret', keyFormat: 'utf8' });

  it('an example, a lab or a link keeps the previous token and key one step away', () => {
    const loaded = reducer(start, { type: 'load', token: 'x.y.z', keyText: 'other' });
    expect(loaded.token).toBe('x.y.z');
    const back = reducer(loaded, { type: 'restore-previous' });
    expect(back.token).toBe(TOKEN);
    expect(back.keyText).toBe('my secret');
    expect(back.keyFormat).toBe('utf8');
    // A second click swaps again.
    expect(reducer(back, { type: 'restore-previous' }).token).toBe('x.y.z');
  });

  it('a paste over the whole token and a clear are undoable; an edit inside it is not a replacement', () => {
    const pasted = reducer(start, { type: 'set-token', token: 'a.b.c' });
    expect(pasted.previous?.token).toBe(TOKEN);
    const cleared = reducer(start, { type: 'set-token', token: '' });
    expect(reducer(cleared, { type: 'restore-previous' }).token).toBe(TOKEN);
    const typed = reducer(start, { type: 'set-token', token: TOKEN + 'x' });
    expect(typed.previous).toBeNull();
  });

  it('loading the same token or into an empty editor keeps nothing to undo', () => {
    expect(reducer(start, { type: 'load', token: TOKEN }).previous).toBeNull();
    expect(reducer(initialState(), { type: 'load', token: TOKEN }).previous).toBeNull();
    expect(reducer(initialState(), { type: 'restore-previous' })).toEqual(initialState());
  });
});
