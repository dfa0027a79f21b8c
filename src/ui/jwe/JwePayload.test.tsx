import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { usePlayground } from '../../model/context';
import { renderWithPlayground } from '../testing';
import { Verdicts } from '../signature/Verdicts';
import { JwePayload } from './JwePayload';

// RFC 7516 App. A.3: A128KW + A128CBC-HS256, plaintext "Live long and prosper."
const TOKEN =
  'eyJhbGciOiJBMTI4S1ciLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0.6KB707dM9YTIgHtLvtgWQ8mKwboJW3of9locizkDTHzBC2IlrT1oOQ.AxY8DCtDaGlsbGljb3RoZQ.KDlTtXchhZTGufMYmOYGS4HffxPSUrfmqCHXaI9wOGY.U0m_YmjN04DJvceFICbCVQ';
const KEY = '{"kty":"oct","k":"GawgguFyGrWKav7AX4VKUg"}';

const status = () => screen.getByTestId('decryption-status');
// The verdicts (where the decryption verdict sits, beside the signature's) and the payload pane.
const PANES = (
  <div>
    <Verdicts />
    <JwePayload />
  </div>
);

describe('the payload pane of an encrypted token', () => {
  it('shows the plaintext once the key opens the token', async () => {
    renderWithPlayground({ token: TOKEN, keyText: KEY }, { ui: PANES, background: true });
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'decrypted'));
    expect(screen.getByTestId('payload-json')).toHaveValue('Live long and prosper.');
    expect(status()).toHaveTextContent('A128KW + A128CBC-HS256');
    // Beside it, the summary is the decryption's, and the signature says why it has none.
    expect(screen.getByTestId('verdict-summary')).toHaveAttribute('data-status', 'decrypted');
    expect(screen.getByTestId('signature-status')).toHaveAttribute('data-status', 'unchecked');
    expect(screen.getByTestId('signature-status')).toHaveTextContent('carries no signature');
  });

  it('without a key says so, and shows no plaintext', async () => {
    renderWithPlayground({ token: TOKEN }, { ui: PANES, background: true });
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'no-key'));
    expect(screen.queryByTestId('payload-json')).toBeNull();
    expect(screen.getByTestId('payload-message')).toHaveTextContent('Paste the decryption key');
  });

  it('a changed tag fails with the reason and nothing of the plaintext', async () => {
    const bad = TOKEN.slice(0, -2) + (TOKEN.endsWith('VQ') ? 'VA' : 'VQ');
    const { container } = renderWithPlayground(
      { token: bad, keyText: KEY },
      { ui: PANES, background: true },
    );
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'failed'));
    expect(screen.getByTestId('verdict-summary')).toHaveAttribute('data-status', 'decrypt-failed');
    expect(screen.getByTestId('verdict-summary')).toHaveAttribute(
      'class',
      expect.stringContaining('badge-bad'),
    );
    expect(screen.queryByTestId('payload-json')).toBeNull();
    expect(await screen.findByText(/authentication tag does not match/)).toBeInTheDocument();
    expect(container.textContent).not.toContain('prosper');
  });

  it('speaks Korean', async () => {
    renderWithPlayground(
      { token: TOKEN, keyText: KEY },
      { ui: PANES, lang: 'ko', background: true },
    );
    await waitFor(() => expect(status()).toHaveTextContent('복호화 성공'));
  });

  it('drops the plaintext as soon as the key is emptied', async () => {
    const user = userEvent.setup();
    function ClearKey() {
      const { dispatch } = usePlayground();
      return (
        <button type="button" onClick={() => dispatch({ type: 'set-key', text: '' })}>
          clear
        </button>
      );
    }
    renderWithPlayground(
      { token: TOKEN, keyText: KEY },
      {
        ui: (
          <>
            {PANES}
            <ClearKey />
          </>
        ),
        background: true,
      },
    );
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'decrypted'));
    await user.click(screen.getByRole('button', { name: 'clear' }));
    // Not even for a moment: the old plaintext goes with the key, before the new verdict arrives.
    expect(screen.queryByTestId('payload-json')).toBeNull();
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'no-key'));
  });
});
