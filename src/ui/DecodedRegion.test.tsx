import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { encodeBase64urlText, inspect } from '../jwt/index';
import { DEFAULT_EXAMPLE, EXAMPLES } from '../model/examples';
import { COLLAPSE_PART_AT } from './paint';
import { renderWithPlayground } from './testing';

const TOKEN = DEFAULT_EXAMPLE.token;
const example = (id: string) => EXAMPLES.find((e) => e.id === id)!;
const tokenInput = () => screen.getByTestId('token-input') as HTMLTextAreaElement;
const headerJson = () => screen.getByTestId('header-json') as HTMLTextAreaElement;
const payloadJson = () => screen.getByTestId('payload-json') as HTMLTextAreaElement;
const showExact = () => fireEvent.click(screen.getByTestId('json-view-exact'));

// A nested token (tricky.json nested-jwt-cty-jwt): the payload is the baseline token itself.
const NESTED =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImN0eSI6IkpXVCJ9.ZXlKaGJHY2lPaUpJVXpJMU5pSXNJblI1Y0NJNklrcFhWQ0o5LmV5SnpkV0lpT2lKMWMyVnlMVFF5SWl3aWJtRnRaU0k2SWxOMGRXUmxiblFpTENKeWIyeGxJam9pZFhObGNpSXNJbWxoZENJNk1UYzJOekl5TlRBd01Dd2laWGh3SWpvME1UQXlORFEwT0RBd2ZRLlFlUVc3c3VmMVdQU0J6bTloVkpXX19fcUtMdDZxeVVoWUQ3WFhwM0RzTVk.K3YOPAroYG8LnKK8oxKcxgXoeYSfmlIjG7aAzjjOE74';

describe('DecodedRegion', () => {
  it.each([
    ['plain text', 'hello world', true],
    ['broken JSON', '{"sub": "a",, }', false],
    ['JSON that is not an object', 'null', false],
  ])('calls the payload plain text only when it is: %s', (_, payload, plain) => {
    const [h, , s] = TOKEN.split('.');
    renderWithPlayground({ token: `${h}.${encodeBase64urlText(payload)}.${s}` });
    expect(payloadJson().value).toBe(payload);
    const hint = screen.queryByText('The payload is plain text, not a JSON claims set.');
    if (plain) expect(hint).toBeInTheDocument();
    else expect(hint).toBeNull();
  });

  it('reads one member per line by default, in the order and spelling of the token', () => {
    const [h, , s] = TOKEN.split('.');
    // A duplicate member and a number literal that JSON.stringify would rewrite (1.50 → 1.5).
    const payload = '{"role":"user","n":1.50,"big":12345678901234567890,"role":"admin"}';
    renderWithPlayground({ token: `${h}.${encodeBase64urlText(payload)}.${s}` });
    expect(payloadJson().value).toBe(
      '{\n  "role": "user",\n  "n": 1.50,\n  "big": 12345678901234567890,\n  "role": "admin"\n}',
    );
    expect(screen.getByTestId('json-view-pretty')).toHaveAttribute('aria-pressed', 'true');
    showExact();
    expect(payloadJson().value).toBe(payload);
    expect(screen.getByTestId('json-view-exact')).toHaveAttribute('aria-pressed', 'true');
  });

  it('keeps the draft of the readable view while typing, gives the token its compact form, re-syncs when the token changes elsewhere', async () => {
    const user = userEvent.setup();
    renderWithPlayground({ token: TOKEN });
    const [h, p, s] = TOKEN.split('.');
    const before = payloadJson().value;
    const end = before.lastIndexOf('\n}');
    payloadJson().setSelectionRange(end, end);
    // A space after the new comma: the draft keeps it, the token does not.
    await user.type(payloadJson(), ', "x":  1', {
      initialSelectionStart: end,
      initialSelectionEnd: end,
    });
    const draft = `${before.slice(0, end)}, "x":  1${before.slice(end)}`;
    expect(payloadJson().value).toBe(draft);
    const compact = `${inspect(TOKEN).payload!.text!.slice(0, -1)},"x":1}`;
    expect(tokenInput().value).toBe(`${h}.${encodeBase64urlText(compact)}.${s}`);
    expect(tokenInput().value).not.toContain(p);
    // Leaving the pane moves nothing (a click on a button below must land where it was aimed).
    fireEvent.blur(payloadJson());
    expect(payloadJson().value).toBe(draft);
    // A change of the token from elsewhere brings the readable view back.
    fireEvent.change(tokenInput(), { target: { value: TOKEN } });
    expect(payloadJson().value).toBe(before);
  });

  it('drops the draft when the token is changed from elsewhere', async () => {
    const user = userEvent.setup();
    renderWithPlayground({ token: TOKEN });
    await user.clear(payloadJson());
    await user.paste('{ "sub": "typed" }');
    expect(payloadJson().value).toBe('{ "sub": "typed" }');
    fireEvent.change(tokenInput(), { target: { value: TOKEN } });
    expect(payloadJson().value).toContain('"sub": "user-42"');
  });

  it('puts a readable draft that does not parse into the token as typed', async () => {
    const user = userEvent.setup();
    renderWithPlayground({ token: TOKEN });
    await user.clear(payloadJson());
    await user.paste('{ "sub": ');
    expect(payloadJson().value).toBe('{ "sub": ');
    expect(inspect(tokenInput().value).payload!.text).toBe('{ "sub": ');
  });

  it('shows the exact decoded text, carriage returns included', () => {
    renderWithPlayground({ token: example('rfc7515-a1').token });
    showExact();
    expect(headerJson().value).toBe('{"typ":"JWT",\u240d\n "alg":"HS256"}');
    expect(payloadJson().value).toContain('"iss":"joe",\u240d\n');
  });

  it('re-encodes only the payload when it is edited and keeps the signature verbatim', async () => {
    const user = userEvent.setup();
    renderWithPlayground({ token: TOKEN });
    const [h, , s] = TOKEN.split('.');
    const next = '{"sub":"user-42","role":"admin"}';
    await user.clear(payloadJson());
    await user.paste(next);
    expect(payloadJson().value).toBe(next);
    expect(tokenInput().value).toBe(`${h}.${encodeBase64urlText(next)}.${s}`);
    expect(screen.getByTestId('edit-note')).toHaveTextContent(
      'Verify mode: the signature was kept; it no longer matches.',
    );
  });

  it('keeps carriage returns when a CRLF header is edited', async () => {
    const user = userEvent.setup();
    const token = example('rfc7515-a1').token;
    renderWithPlayground({ token });
    showExact();
    const ta = headerJson();
    ta.setSelectionRange(ta.value.length - 1, ta.value.length - 1);
    await user.type(ta, ',"kid":"1"', { initialSelectionStart: ta.value.length - 1 });
    const header = inspect(tokenInput().value).header!.text;
    expect(header).toBe('{"typ":"JWT",\r\n "alg":"HS256","kid":"1"}');
    expect(tokenInput().value.split('.')[2]).toBe(token.split('.')[2]);
  });

  it('shows a message for a JSON syntax error and keeps the text editable', async () => {
    const user = userEvent.setup();
    renderWithPlayground({ token: TOKEN });
    await user.clear(payloadJson());
    await user.paste('{"sub": "user-42",');
    expect(payloadJson().value).toBe('{"sub": "user-42",');
    expect(payloadJson()).toHaveAttribute('aria-invalid', 'true');
    const list = screen.getByTestId('payload-diagnostics');
    expect(list).toHaveTextContent('The payload is not valid JSON');
    expect(list).toHaveTextContent('Warning');
    // Fixing it makes the message go away.
    await user.type(payloadJson(), '"x":1}');
    expect(screen.queryByTestId('payload-diagnostics')).toBeNull();
    expect(inspect(tokenInput().value).payload?.json?.value).toEqual({ sub: 'user-42', x: 1 });
  });

  it('marks a duplicate header member under its name', () => {
    // {"alg":"none","typ":"JWT","alg":"HS256"} (tricky.json header-duplicate-alg-last-wins)
    const dup = 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIiwiYWxnIjoiSFMyNTYifQ';
    renderWithPlayground({ token: `${dup}.${TOKEN.split('.')[1]}.${TOKEN.split('.')[2]}` });
    expect(screen.getByTestId('header-diagnostics')).toHaveTextContent('"alg" appears twice');
    const marked = headerJson().parentElement!.querySelector('.diag-error');
    expect(marked?.textContent).toBe('"alg"');
  });

  it('highlights the token characters of the member under the caret', () => {
    renderWithPlayground({ token: TOKEN });
    const ta = payloadJson();
    const at = ta.value.indexOf('"role"') + 2;
    ta.setSelectionRange(at, at);
    fireEvent.select(ta);
    const mark = screen.getByTestId('token-mirror').querySelector('mark');
    expect(mark).not.toBeNull();
    // The marked characters decode to text containing the member.
    const payloadSeg = TOKEN.split('.')[1]!;
    expect(payloadSeg).toContain(mark!.textContent!.slice(1, -1));
  });

  it('marks the JSON that a token selection encodes', () => {
    renderWithPlayground({ token: TOKEN });
    const start = TOKEN.indexOf('.') + 1;
    const ta = tokenInput();
    ta.setSelectionRange(start, start + 4); // "eyJz" → {"s
    fireEvent.select(ta);
    const marks = payloadJson().parentElement!.querySelectorAll('mark');
    // The readable view puts a line break after "{"; the same three characters are marked.
    expect(
      [...marks]
        .map((m) => m.textContent)
        .join('')
        .replace(/\s/g, ''),
    ).toBe('{"s');
  });

  it('offers to open a nested token', async () => {
    const user = userEvent.setup();
    renderWithPlayground({ token: NESTED });
    await user.click(screen.getByRole('button', { name: 'Open the inner token' }));
    expect(tokenInput().value).toBe(example('lab-secret').token);
  });

  it('folds a payload over COLLAPSE_PART_AT by its ends, and opens it in full in one click', async () => {
    const user = userEvent.setup();
    const [h, , s] = TOKEN.split('.');
    const payload = JSON.stringify({ sub: 'big', data: 'x'.repeat(COLLAPSE_PART_AT), tail: 'END' });
    renderWithPlayground({ token: `${h}.${encodeBase64urlText(payload)}.${s}` });
    const folded = await screen.findByTestId('payload-collapsed');
    expect(screen.queryByTestId('payload-json')).toBeNull();
    expect(folded).toHaveTextContent(`${payload.length.toLocaleString()} characters long`);
    expect(folded.querySelector('pre')!.textContent).toContain(payload.slice(-500));
    // The header is small: it stays in its editor.
    expect(headerJson().value).toContain('"alg"');
    await user.click(
      screen.getByRole('button', { name: /^Edit it here in full \(slow\) Payload/ }),
    );
    expect(payloadJson().value).toBe(payload);
  });

  it('shows a binary payload as hex', () => {
    renderWithPlayground({ token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiL__iJ9.sig' });
    expect(screen.getByTestId('payload-hex')).toHaveTextContent(
      '7B 22 73 75 62 22 3A 22 FF FE 22 7D',
    );
  });

  it('explains an encrypted token: readable header, encrypted payload', async () => {
    renderWithPlayground({ token: example('jwe').token });
    expect(headerJson().value).toBe('{\n  "alg": "A128KW",\n  "enc": "A128CBC-HS256"\n}');
    expect(headerJson()).toHaveAttribute('readonly');
    // The encrypted payload's pane loads with the first JWE.
    expect(await screen.findByTestId('payload-message')).toHaveTextContent(
      'The payload is encrypted',
    );
  });

  it('explains why a part cannot be decoded', () => {
    renderWithPlayground({ token: `${TOKEN.split('.')[0]}.e+J9.x` });
    expect(screen.getByTestId('payload-message')).toHaveTextContent('not valid base64url');
  });

  it('notes that Sign mode re-signs', () => {
    renderWithPlayground({ token: TOKEN, mode: 'sign' });
    expect(screen.getByTestId('edit-note')).toHaveTextContent('Sign mode');
  });

  it('speaks Korean when the page is in Korean', () => {
    renderWithPlayground({ token: TOKEN, originalToken: TOKEN }, { lang: 'ko' });
    expect(screen.getByRole('heading', { name: '헤더' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '페이로드' })).toBeInTheDocument();
    expect(screen.getByTestId('edit-note')).toHaveTextContent('검증 모드');
  });
});
