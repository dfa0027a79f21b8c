import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { LangProvider, type Lang } from '../i18n/i18n';
import { ErrorBoundary, PageFailed } from './ErrorBoundary';

/** A pane that fails on some inputs, like a pane meeting JSON it did not expect. */
function Fragile({ text }: { text: string }) {
  if (text.includes('boom')) throw new Error('cannot show this input');
  return <p>shown: {text}</p>;
}

/** The inputs live above the boundary, as the shell's reducer does. */
function Page({ initial, lang = 'en' }: { initial: string; lang?: Lang }) {
  const [text, setText] = useState(initial);
  return (
    <LangProvider lang={lang}>
      <textarea aria-label="input" value={text} onChange={(e) => setText(e.target.value)} />
      <ErrorBoundary resetKeys={[text]}>
        <Fragile text={text} />
      </ErrorBoundary>
    </LangProvider>
  );
}

describe('ErrorBoundary', () => {
  test('a failing pane shows a notice with a way back, and the input above it is kept', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Page initial="boom here" />);
    expect(screen.getByRole('alert')).toHaveTextContent('token and key are kept');
    expect(screen.getByRole('button', { name: 'Show the pane again' })).toBeInTheDocument();
    expect(screen.getByLabelText('input')).toHaveValue('boom here');
  });

  test('comes back by itself when the input changes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Page initial="boom" />);
    const input = screen.getByLabelText('input');
    await userEvent.clear(input);
    await userEvent.click(input);
    await userEvent.paste('fine');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('shown: fine')).toBeInTheDocument();
  });

  test('"show again" mounts the pane afresh, and fails again while the input still breaks it', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Page initial="boom" />);
    const before = spy.mock.calls.length;
    await userEvent.click(screen.getByRole('button', { name: 'Show the pane again' }));
    expect(spy.mock.calls.length).toBeGreaterThan(before);
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });

  test('speaks Korean', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Page initial="boom" lang="ko" />);
    expect(screen.getByRole('button', { name: '영역 다시 표시' })).toBeInTheDocument();
  });

  test("a page's fallback keeps the token and key editable", async () => {
    const onToken = vi.fn();
    render(
      <LangProvider lang="en">
        <PageFailed retry={() => {}} token="a.b.c" keyText="k" onToken={onToken} onKey={() => {}} />
      </LangProvider>,
    );
    expect(screen.getByLabelText('Token (kept)')).toHaveValue('a.b.c');
    expect(screen.getByLabelText('Key (kept)')).toHaveValue('k');
    await userEvent.type(screen.getByLabelText('Token (kept)'), 'x');
    expect(onToken).toHaveBeenCalledWith('a.b.cx');
  });
});
