import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useReducer, type Dispatch } from 'react';
import { describe, expect, it } from 'vitest';
import { PlaygroundContext } from '../../model/context';
import { LangProvider, type Lang } from '../../i18n/i18n';
import { usePlaygroundModel } from '../../model/usePlaygroundModel';
import { initialState, reducer, type Action, type State } from '../../model/state';
import { useNow } from '../../model/useClock';
import { exportPem, generateKey, inspect, sign } from '../../jwt/index';
import { EXAMPLES } from '../../model/examples';
import { SignatureRegion } from './SignatureRegion';
import { VerdictStrip } from './VerdictStrip';

/** 2026-01-01T00:00:00Z, the reference time of the shared test vectors. */
const TEST_NOW = 1767225600;
const example = (id: string) => EXAMPLES.find((e) => e.id === id)!;

/** The playground as App wires it: real reducer, real background check, a clock that can travel. */
function Harness({
  initial,
  lang,
  onDispatch,
}: {
  initial: State;
  lang: Lang;
  onDispatch?: (d: Dispatch<Action>) => void;
}) {
  const [state, dispatch] = useReducer(reducer, initial);
  onDispatch?.(dispatch);
  const now = useNow(state.clock);
  const playground = usePlaygroundModel(state, dispatch, now);

  return (
    <LangProvider lang={lang}>
      <PlaygroundContext.Provider value={playground}>
        <VerdictStrip />
        <SignatureRegion />
        <output data-testid="token-probe" hidden>
          {state.token}
        </output>
      </PlaygroundContext.Provider>
    </LangProvider>
  );
}

function setup(partial: Partial<State>, lang: Lang = 'en') {
  let dispatch: Dispatch<Action> = () => undefined;
  render(
    <Harness
      initial={initialState({ clock: { live: false, at: TEST_NOW }, ...partial })}
      lang={lang}
      onDispatch={(d) => (dispatch = d)}
    />,
  );
  return { dispatch: (a: Action) => act(() => dispatch(a)) };
}

const sigStatus = () => screen.getByTestId('signature-status');
const settled = async (status: string, id = 'signature-status') =>
  waitFor(() => {
    const el = screen.getByTestId(id);
    expect(el).toHaveAttribute('data-status', status);
    expect(el).not.toHaveAttribute('aria-busy');
  });

describe('SignatureRegion', () => {
  it('verifies the default HS256 token with its key: three verdicts and identical signatures', async () => {
    const ex = example('default');
    setup({ token: ex.token, keyText: ex.keyText!, keyFormat: ex.keyFormat ?? 'auto' });
    await settled('valid');
    expect(sigStatus()).toHaveTextContent('✓ Verified');
    expect(screen.getByTestId('claims-status')).toHaveAttribute('data-status', 'valid');
    expect(screen.getByTestId('policy-status')).toHaveAttribute('data-status', 'valid');
    expect(screen.getByTestId('policy-status')).toHaveTextContent('HS256, HS384, HS512');
    expect(await screen.findByTestId('signature-diff')).toHaveTextContent(
      'Identical: all 32 bytes match.',
    );
    expect(screen.getByTestId('key-description')).toHaveTextContent(
      'Shared secret, 38 bytes = 304 bits, read as UTF-8 text.',
    );
    expect(screen.getByTestId('verdict-summary')).toHaveAttribute('data-status', 'verified');
    expect(screen.queryByTestId('why-panel')).toBeNull();
  });

  it('shows the exact signing input coloured by part, with its length', () => {
    const ex = example('default');
    setup({ token: ex.token, keyText: ex.keyText!, keyFormat: ex.keyFormat ?? 'auto' });
    const [h, p] = ex.token.split('.');
    const input = screen.getByTestId('signing-input');
    expect(input).toHaveTextContent(`${h}.${p}`);
    expect(input.querySelector('.part-header')).toHaveTextContent(h!);
    expect(input.querySelector('.part-payload')).toHaveTextContent(p!);
    const n = h!.length + 1 + p!.length;
    expect(screen.getByText(`${n} characters = ${n} bytes`)).toBeInTheDocument();
  });

  it('marks a tampered token invalid, counts the differing bytes and blames the key', async () => {
    const ex = example('tampered');
    setup({ token: ex.token, keyText: ex.keyText!, keyFormat: ex.keyFormat ?? 'auto' });
    await settled('invalid');
    expect(sigStatus()).toHaveTextContent('✗ Invalid signature');
    expect(sigStatus()).not.toHaveTextContent('Verified');
    expect(await screen.findByTestId('signature-diff')).toHaveTextContent(/\d+ of 32 bytes differ/);
    expect(document.querySelectorAll('.sig-diff').length).toBeGreaterThan(0);
    const why = await screen.findByTestId('why-panel');
    await waitFor(() => expect(why.querySelector('[data-cause="wrong-key"]')).not.toBeNull());
  });

  it('says the payload was edited after signing when the original token verifies', async () => {
    const ex = example('default');
    const { dispatch } = setup({
      token: ex.token,
      keyText: ex.keyText!,
      keyFormat: ex.keyFormat ?? 'auto',
    });
    await settled('valid');
    dispatch({ type: 'edit-part', part: 'payload', text: '{"sub":"user-42","role":"admin"}' });
    await settled('invalid');
    const why = await screen.findByTestId('why-panel');
    await waitFor(() => expect(why.querySelector('[data-cause="edited"]')).not.toBeNull());
    expect(why).toHaveTextContent('the token before your edit');
  });

  it('finds a secret read in the wrong encoding and offers it in one click', async () => {
    const user = userEvent.setup();
    const ex = example('lab-secret');
    setup({ token: ex.token, keyText: ex.keyText!, keyFormat: 'utf8' });
    await settled('invalid');
    const why = await screen.findByTestId('why-panel');
    await waitFor(() => expect(why.querySelector('[data-cause="encoding"]')).not.toBeNull());
    expect(why).toHaveTextContent('as base64url the same characters give the bytes that verify');
    const offer = await screen.findByTestId('key-offer');
    await user.click(within(offer).getByRole('button', { name: 'Read it as base64url' }));
    await settled('valid');
    expect(screen.getByTestId('key-format')).toHaveValue('base64url');
  });

  it('explains an expired token whose signature is fine', async () => {
    const ex = example('expired');
    setup({ token: ex.token, keyText: ex.keyText!, keyFormat: ex.keyFormat ?? 'auto' });
    await settled('valid');
    expect(screen.getByTestId('claims-status')).toHaveAttribute('data-status', 'invalid');
    expect(screen.getByTestId('claims-status')).toHaveTextContent('Rejected: expired');
    const why = await screen.findByTestId('why-panel');
    await waitFor(() => expect(why.querySelector('[data-cause="claims"]')).not.toBeNull());
  });

  it('disables re-signing for a public key and explains why', async () => {
    const ex = example('rfc7515-a2');
    setup({ token: ex.token, keyText: ex.keyText! });
    await settled('valid');
    expect(screen.getByTestId('key-description')).toHaveTextContent(
      'JWK, RSA 2048 bits (public key).',
    );
    await waitFor(() => expect(screen.getByTestId('resign')).toBeDisabled());
    expect(screen.getByTestId('resign')).toHaveAccessibleDescription(/A public key cannot sign/);
    expect(screen.getByLabelText(/Signing key \(private\)/)).toBeInTheDocument();
    expect(screen.getByText(/Private keys never leave this page/)).toBeInTheDocument();
  });

  it('re-signs a tampered token with a secret so it verifies', async () => {
    const user = userEvent.setup();
    const ex = example('tampered');
    setup({ token: ex.token, keyText: ex.keyText!, keyFormat: ex.keyFormat ?? 'auto' });
    await settled('invalid');
    await waitFor(() => expect(screen.getByTestId('resign')).toBeEnabled());
    await user.click(screen.getByTestId('resign'));
    await settled('valid');
    expect(screen.getByTestId('token-probe').textContent).not.toBe(ex.token);
    expect(screen.getByText(/Signed again/)).toBeInTheDocument();
  });

  it('flags a short, common secret as weak', async () => {
    const ex = example('jwtio-classic');
    setup({ token: ex.token, keyText: ex.keyText!, keyFormat: ex.keyFormat ?? 'auto' });
    await settled('valid');
    expect(screen.getByTestId('key-description')).toHaveTextContent(
      'Shared secret, 19 bytes = 152 bits',
    );
    expect(screen.getByTestId('key-weak')).toHaveTextContent(
      'Weak secret: 152 bits, but HS256 needs at least 256 bits',
    );
    expect(await screen.findByText(/a common word or pattern/)).toBeInTheDocument();
  });

  it('compares ES256 signatures and explains that they are randomised', async () => {
    const { privateKey, publicKey } = await generateKey('ES256');
    const signed = await sign({
      headerText: '{"alg":"ES256","typ":"JWT"}',
      payloadText: `{"sub":"user-42","exp":${TEST_NOW + 900}}`,
      key: privateKey,
    });
    if (!signed.ok) throw new Error('sign failed');
    const [pub, priv] = [await exportPem(publicKey!), await exportPem(privateKey)];
    setup({ token: signed.token, keyText: pub, signKeyText: priv });
    await settled('valid');
    expect(await screen.findByTestId('signature-random')).toHaveTextContent(
      'ES256 signatures are randomised',
    );
    expect(screen.getAllByTestId('key-description')[0]).toHaveTextContent(
      'PEM public key (SPKI), EC P-256, 256 bits (public key).',
    );
    expect(screen.getAllByTestId('key-description')[1]).toHaveTextContent(
      'PEM private key (PKCS#8), EC P-256, 256 bits (private key).',
    );
    await waitFor(() => expect(screen.getByTestId('resign')).toBeEnabled());
  });

  it('refuses an algorithm the policy does not allow', async () => {
    const user = userEvent.setup();
    const ex = example('default');
    setup({ token: ex.token, keyText: ex.keyText!, keyFormat: ex.keyFormat ?? 'auto' });
    await settled('valid');
    await user.click(screen.getByTestId('policy-key-decides'));
    await user.click(screen.getByRole('checkbox', { name: 'HS256' }));
    await settled('invalid', 'policy-status');
    expect(screen.getByTestId('policy-status')).toHaveTextContent('HS256 is not allowed');
    await settled('unchecked');
  });

  it('checks the expected audience as part of the policy', async () => {
    const ex = example('default');
    setup({ token: ex.token, keyText: ex.keyText!, keyFormat: ex.keyFormat ?? 'auto' });
    await settled('valid');
    fireEvent.change(screen.getByLabelText('Expected audience (aud)'), {
      target: { value: 'api' },
    });
    await settled('invalid', 'policy-status');
    expect(screen.getByTestId('policy-status')).toHaveTextContent('wrong audience');
    expect(screen.getByTestId('claims-status')).toHaveAttribute('data-status', 'invalid');
  });

  it('reports an unsecured token and no key as their own statuses', async () => {
    const { dispatch } = setup({ token: example('none').token });
    await settled('unsecured');
    expect(sigStatus()).not.toHaveTextContent('Verified');
    dispatch({ type: 'load', token: example('default').token });
    await settled('unchecked');
    expect(sigStatus()).toHaveTextContent('No key yet');
  });

  it('generates a key and token on demand and loads them', async () => {
    const user = userEvent.setup();
    setup({ token: example('none').token });
    await user.click(screen.getByText('Generate a fresh key and token'));
    const button = await screen.findByTestId('gen-button');
    await user.click(button);
    await settled('valid');
    const token = screen.getByTestId('token-probe').textContent!;
    const insp = inspect(token);
    expect(insp.alg).toBe('HS256');
    expect(insp.payload?.json?.value).toMatchObject({
      role: 'user',
      iat: TEST_NOW,
      exp: TEST_NOW + 900,
    });
    expect(screen.getByTestId('key-input')).not.toHaveValue('');
    expect(screen.getByText(/Shared secret, base64url/)).toBeInTheDocument();
  });

  it('renders Korean labels with lang ko', async () => {
    const ex = example('default');
    setup({ token: ex.token, keyText: ex.keyText!, keyFormat: ex.keyFormat ?? 'auto' }, 'ko');
    expect(screen.getByRole('heading', { name: '서명과 검증' })).toBeInTheDocument();
    await settled('valid');
    expect(within(sigStatus()).getByText(/검증됨/)).toBeInTheDocument();
    expect(screen.getByText('검증할 비밀 키 또는 공개 키')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '이 키로 다시 서명' })).toBeInTheDocument();
  });
});
