import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { encodeBase64urlText, inspect, jsonSpanToInput } from '../jwt/index';
import { DEFAULT_EXAMPLE, EXAMPLES } from '../model/examples';
import { KeyField } from './signature/KeyField';
import { renderWithPlayground } from './testing';

const TOKEN = DEFAULT_EXAMPLE.token;
const example = (id: string) => EXAMPLES.find((e) => e.id === id)!;
const tokenInput = () => screen.getByTestId('token-input') as HTMLTextAreaElement;
const headerJson = () => screen.getByTestId('header-json') as HTMLTextAreaElement;

describe('EncodedRegion', () => {
  it('decodes the header as a token is pasted', async () => {
    const user = userEvent.setup();
    renderWithPlayground({ token: '' });
    expect(screen.queryByTestId('header-json')).toBeNull();
    await user.click(tokenInput());
    await user.paste(TOKEN);
    expect(tokenInput().value).toBe(TOKEN);
    // The decoded header reads one member per line by default.
    expect(headerJson().value).toBe('{\n  "alg": "HS256",\n  "typ": "JWT"\n}');
  });

  it('colours the parts in the mirror and keeps dots plain', () => {
    renderWithPlayground({ token: TOKEN });
    const mirror = screen.getByTestId('token-mirror');
    const [h, p, s] = TOKEN.split('.');
    expect(mirror.querySelector('.part-header')?.textContent).toBe(h);
    expect(mirror.querySelector('.part-payload')?.textContent).toBe(p);
    expect(mirror.querySelector('.part-signature')?.textContent).toBe(s);
    expect(mirror.textContent).toBe(TOKEN);
  });

  it('keeps a pasted "Bearer " as typed and removes it only when asked', async () => {
    const user = userEvent.setup();
    renderWithPlayground({ token: '' });
    await user.click(tokenInput());
    await user.paste(`Bearer ${TOKEN}`);
    expect(tokenInput().value).toBe(`Bearer ${TOKEN}`);
    // The notices load with the first paste that needs them.
    const notices = await screen.findByTestId('paste-notices');
    expect(notices).toHaveTextContent('Left out: Bearer␣');
    // The token is still decoded meanwhile.
    expect(headerJson().value).toContain('"HS256"');
    await user.click(within(notices).getByRole('button', { name: 'Remove it from the text' }));
    expect(tokenInput().value).toBe(TOKEN);
    expect(screen.queryByTestId('paste-notices')).toBeNull();
  });

  it('offers to remove line breaks copied from an RFC', async () => {
    const user = userEvent.setup();
    const ex = example('linebreaks');
    renderWithPlayground({ token: ex.token });
    expect(tokenInput().value).toBe(ex.token);
    expect(screen.getByTestId('token-diagnostics')).toHaveTextContent('unbroken line');
    await user.click(await screen.findByRole('button', { name: 'Remove line breaks' }));
    expect(tokenInput().value).toBe(ex.token.replace(/\s+/g, ''));
    expect(headerJson().value).toBe('{\n  "typ": "JWT",\n  "alg": "HS256"\n}');
  });

  it('lists findings with a severity word and RFC section, and points at their characters', async () => {
    const user = userEvent.setup();
    const bad = TOKEN.replace('.', '.+');
    renderWithPlayground({ token: bad });
    const item = screen
      .getByTestId('token-diagnostics')
      .querySelector<HTMLElement>('[data-code="b64-standard-alphabet"]')!;
    expect(item).toHaveTextContent('Error');
    expect(item).toHaveTextContent('RFC 7515 §2');
    await user.hover(item);
    const mark = screen.getByTestId('token-mirror').querySelector('mark');
    expect(mark?.textContent).toBe('+');
    expect(screen.getByTestId('token-mirror').querySelector('.diag-error')?.textContent).toBe('+');
  });

  it('loads an example with its key', async () => {
    const user = userEvent.setup();
    renderWithPlayground({ token: TOKEN });
    const ex = example('jwtio-classic');
    // The menu's tokens load just after the first paint.
    await screen.findByRole('option', { name: /jwt\.io classic/i });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Examples' }), ex.id);
    expect(tokenInput().value).toBe(ex.token);
    expect(screen.getByTestId('state-probe').textContent).toContain(
      '"keyText":"your-256-bit-secret"',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loaded the example');
  });

  it('every example decodes the way its title says', () => {
    for (const ex of EXAMPLES) {
      const insp = inspect(ex.token);
      if (ex.id === 'jwe') expect(insp.kind).toBe('jwe');
      else if (ex.id !== 'linebreaks') expect(insp.kind, ex.id).toBe('jws');
    }
    expect(inspect(example('none').token).alg).toBe('none');
    expect(inspect(example('korean').token).payload?.text).toContain('홍길동');
  });

  it('copies the token and says so', async () => {
    const user = userEvent.setup();
    renderWithPlayground({ token: TOKEN });
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(TOKEN);
    expect(screen.getByRole('status')).toHaveTextContent('Copied the token');
  });

  it('clears the token', async () => {
    const user = userEvent.setup();
    renderWithPlayground({ token: TOKEN });
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(tokenInput().value).toBe('');
    expect(screen.getByTestId('header-message')).toHaveTextContent('Paste a token');
  });

  it('shows part sizes against the cookie and header limits in text', () => {
    renderWithPlayground({ token: TOKEN });
    expect(screen.getByText(`Total: ${TOKEN.length} bytes`)).toBeInTheDocument();
    expect(screen.getByText(/of the 4,096-byte cookie limit/)).toBeInTheDocument();
    const legend = screen.getByRole('list', { name: 'Parts of the token' });
    expect(legend).toHaveTextContent(`payload, ${TOKEN.split('.')[1]!.length} characters`);
  });

  it('shows the bytes and UTF-8 characters of a Korean selection in the microscope', async () => {
    const user = userEvent.setup();
    const token = example('korean').token;
    renderWithPlayground({ token });
    const insp = inspect(token);
    const text = insp.payload!.text!;
    const at = text.indexOf('홍길동');
    const span = jsonSpanToInput(insp, 'payload', { start: at, end: at + 3 })!;
    const ta = tokenInput();
    ta.setSelectionRange(span.start, span.end);
    fireEvent.select(ta);
    await user.click(screen.getByRole('button', { name: 'Show the bits behind each character' }));
    const utf8 = await screen.findByTestId('microscope-utf8');
    expect(utf8).toHaveTextContent('U+D64D');
    expect(utf8).toHaveTextContent('ED 99 8D');
    expect(utf8).toHaveTextContent('3 bytes');
    expect(screen.getByTestId('microscope')).toHaveTextContent('101110 = 46');
  });

  it('explains the last character of a part in the microscope', async () => {
    const user = userEvent.setup();
    // "e30" is {} (2 bytes): the last character carries 4 data bits and 2 unused bits.
    const token = 'eyJhbGciOiJub25lIn0.e31.';
    renderWithPlayground({ token });
    const ta = tokenInput();
    ta.setSelectionRange(token.indexOf('.e31') + 1, token.length - 1);
    fireEvent.select(ta);
    await user.click(screen.getByRole('button', { name: 'Show the bits behind each character' }));
    const last = await screen.findByTestId('microscope-last');
    expect(last).toHaveTextContent('2 unused bits');
    expect(last).toHaveTextContent('canonical "0"');
  });

  it('renders a very large token cheaply: plain text, no second copy to lay out', () => {
    const big = `${TOKEN.split('.')[0]}.${encodeBase64urlText(`{"a":"${'x'.repeat(250_000)}"}`)}.sig`;
    renderWithPlayground({ token: big });
    expect(tokenInput().value).toBe(big);
    expect(screen.getByText(/Very large token/)).toBeInTheDocument();
    const mirror = screen.getByTestId('token-mirror');
    expect(mirror.textContent).toBe('');
    expect(mirror.parentElement).toHaveClass('plain');
  });

  it('speaks Korean when the page is in Korean', async () => {
    renderWithPlayground({ token: `Bearer ${TOKEN}` }, { lang: 'ko' });
    expect(screen.getByRole('heading', { name: '인코딩된 토큰' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: '입력에서 지우기' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '예제' })).toBeInTheDocument();
  });

  it('lists the first parts of a text of many dots and counts the rest', async () => {
    const dots = 'a.'.repeat(2000) + 'a';
    renderWithPlayground({ token: dots });
    const legend = screen.getByRole('list', { name: 'Parts of the token' });
    const parts = inspect(dots).partCount;
    expect(within(legend).getAllByRole('listitem')).toHaveLength(9);
    expect(within(legend).getByTestId('legend-more')).toHaveTextContent(
      `… and ${parts - 8} more parts`,
    );
    expect(
      await screen.findByText(`… and ${parts - 8} more parts`, { selector: '.size-parts li' }),
    ).toBeInTheDocument();
  });

  it('brings back the token an example replaced', async () => {
    const user = userEvent.setup();
    renderWithPlayground({ token: TOKEN });
    expect(screen.queryByTestId('restore-previous')).toBeNull();
    const menu = screen.getByRole('combobox', { name: 'Examples' });
    const other = EXAMPLES.find((e) => e.token !== TOKEN)!;
    await waitFor(() => expect(menu.querySelector(`option[value="${other.id}"]`)).not.toBeNull());
    await user.selectOptions(menu, other.id);
    expect(tokenInput().value).not.toBe(TOKEN);
    await user.click(screen.getByRole('button', { name: 'Undo: previous token' }));
    expect(tokenInput().value).toBe(TOKEN);
  });

  it('shows a huge token by its ends, keeps it whole, and opens it in full on request', async () => {
    const user = userEvent.setup();
    const [h, , sig] = TOKEN.split('.') as [string, string, string];
    const huge = `${h}.${encodeBase64urlText(JSON.stringify({ blob: 'x'.repeat(1_600_000) }))}.${sig}`;
    renderWithPlayground({ token: '' });
    // Pasted: the text goes to the page whole, never into the textarea first.
    fireEvent.paste(tokenInput(), { clipboardData: { getData: () => huge } });
    const folded = await screen.findByTestId('token-collapsed');
    expect(screen.queryByTestId('token-input')).toBeNull();
    expect(folded).toHaveTextContent(`${huge.length.toLocaleString()} characters long`);
    expect(folded).toHaveTextContent(
      `${(huge.length - 2500).toLocaleString()} characters not shown`,
    );
    expect(folded.querySelector('pre')!.textContent).toContain(huge.slice(0, 2000));
    expect(folded.querySelector('pre')!.textContent).toContain(huge.slice(-500));
    // Still decoded and checked in full.
    expect(screen.getByText(/header, 36 characters/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Edit it here in full \(slow\) Token/ }));
    expect(tokenInput().value).toBe(huge);
  });

  it('folds text of thousands of parts or lines however short, and says why', async () => {
    const user = userEvent.setup();
    const dots = '.'.repeat(200 * 1024);
    renderWithPlayground({ token: '' });
    fireEvent.paste(tokenInput(), { clipboardData: { getData: () => dots } });
    let folded = await screen.findByTestId('token-collapsed');
    expect(folded).toHaveTextContent(`This text has ${(dots.length + 1).toLocaleString()} parts`);
    // Kept whole: opened on request, the editor holds every dot.
    await user.click(screen.getByRole('button', { name: /^Edit it here in full \(slow\) Token/ }));
    expect(tokenInput().value).toBe(dots);
    // A paste over it all that brings another such text folds it again, though it was opened.
    tokenInput().setSelectionRange(0, dots.length);
    const lines = `${TOKEN}\n`.repeat(3_000);
    fireEvent.paste(tokenInput(), { clipboardData: { getData: () => lines } });
    folded = await screen.findByTestId('token-collapsed');
    expect(folded).toHaveTextContent('This text has 3,001 lines');
    await user.click(screen.getByRole('button', { name: /^Edit it here in full \(slow\) Token/ }));
    expect(tokenInput().value).toBe(lines);
  });

  it('leaves a paste of ordinary size to the textarea', () => {
    renderWithPlayground({ token: '' });
    const event = new Event('paste', { bubbles: true, cancelable: true });
    Object.assign(event, { clipboardData: { getData: () => TOKEN } });
    tokenInput().dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('folds a huge pasted key the same way, and keeps it whole', async () => {
    const key = `-----BEGIN PUBLIC KEY-----\n${'A'.repeat(2_100_000)}\n-----END PUBLIC KEY-----`;
    renderWithPlayground({ token: TOKEN }, { ui: <KeyField /> });
    fireEvent.paste(screen.getByTestId('key-input'), { clipboardData: { getData: () => key } });
    const folded = await screen.findByTestId('key-collapsed');
    expect(screen.queryByTestId('key-input')).toBeNull();
    expect(folded).toHaveTextContent(`${key.length.toLocaleString()} characters long`);
    expect(JSON.parse(screen.getByTestId('state-probe').textContent!).keyText).toBe(key);
  });
});
