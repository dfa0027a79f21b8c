import { act, renderHook, waitFor } from '@testing-library/react';
import { createHmac } from 'node:crypto';
import { useMemo, useReducer } from 'react';
import { describe, expect, it } from 'vitest';
import { inspect, type Inspection } from '../jwt/index';
import { resign, type ResignResult } from './signing';
import { initialState, reducer, type State } from './state';
import { useAutoSign } from './useAutoSign';

const b64 = (s: string): string => Buffer.from(s).toString('base64url');
const INPUT = `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64('{"sub":"a"}')}`;
const macOf = (secret: string): string =>
  createHmac('sha256', Buffer.from(secret, 'utf8')).update(INPUT).digest('base64url');

/**
 * Sign mode with a deliberately slow signer: the real one (WebCrypto), held back until the test
 * releases each signature, in any order, as a busy machine might finish them.
 */
function slowSigner() {
  const held: { key: string; release: () => void }[] = [];
  const signer = (state: State, inspection: Inspection): Promise<ResignResult> =>
    resign(state, inspection).then(
      (r) =>
        new Promise<ResignResult>((done) =>
          held.push({ key: state.keyText, release: () => done(r) }),
        ),
    );
  const release = async (key: string): Promise<void> => {
    await waitFor(() => expect(held.some((h) => h.key === key)).toBe(true));
    await act(async () => {
      const i = held.findIndex((h) => h.key === key);
      held.splice(i, 1)[0]!.release();
      await Promise.resolve();
    });
  };
  return { signer, release };
}

function setup(signer: ReturnType<typeof slowSigner>['signer']) {
  return renderHook(() => {
    const [state, dispatch] = useReducer(
      reducer,
      initialState({
        token: `${INPUT}.${macOf('start')}`,
        keyText: 'start',
        keyFormat: 'utf8',
        mode: 'sign',
      }),
    );
    const inspection = useMemo(() => inspect(state.token), [state.token]);
    const auto = useAutoSign(state, inspection, dispatch, true, signer);
    return { state, dispatch, auto };
  });
}

describe('Sign mode while signing is slow', () => {
  it('keeps the signature of the last key typed when an older one finishes last', async () => {
    const { signer, release } = slowSigner();
    const { result } = setup(signer);
    // The student types the secret's last two characters while the first signature is still coming.
    act(() => result.current.dispatch({ type: 'set-key', text: 'secret-of-the-teacher-1' }));
    act(() => result.current.dispatch({ type: 'set-key', text: 'secret-of-the-teacher-12' }));
    expect(result.current.auto.signing).toBe(true);
    // The newer signature lands first, then the older one (made with the key minus its last character).
    await release('secret-of-the-teacher-12');
    await waitFor(() =>
      expect(result.current.state.token).toBe(`${INPUT}.${macOf('secret-of-the-teacher-12')}`),
    );
    await release('secret-of-the-teacher-1');
    expect(result.current.state.token).toBe(`${INPUT}.${macOf('secret-of-the-teacher-12')}`);
    expect(result.current.auto.signing).toBe(false);
  });

  it('drops an older signature that finishes first, and is not done until the current one is in', async () => {
    const { signer, release } = slowSigner();
    const { result } = setup(signer);
    act(() => result.current.dispatch({ type: 'set-key', text: 'secret-of-the-teacher-1' }));
    act(() => result.current.dispatch({ type: 'set-key', text: 'secret-of-the-teacher-12' }));
    await release('secret-of-the-teacher-1');
    // The stale one did not land, and the page still says a signature is coming.
    expect(result.current.state.token).toBe(`${INPUT}.${macOf('start')}`);
    expect(result.current.auto.signing).toBe(true);
    await release('secret-of-the-teacher-12');
    await waitFor(() =>
      expect(result.current.state.token).toBe(`${INPUT}.${macOf('secret-of-the-teacher-12')}`),
    );
    expect(result.current.auto.signing).toBe(false);
  });

  it('drops a signature made before the key format changed', async () => {
    const { signer, release } = slowSigner();
    const { result } = setup(signer);
    act(() => result.current.dispatch({ type: 'set-key', text: 'c2VjcmV0LW9mLXRoZS10ZWFjaGVy' }));
    act(() => result.current.dispatch({ type: 'set-key-format', format: 'base64url' }));
    await release('c2VjcmV0LW9mLXRoZS10ZWFjaGVy');
    await release('c2VjcmV0LW9mLXRoZS10ZWFjaGVy');
    // Only the signature with the bytes the key now stands for (base64url-decoded) is kept.
    const bytes = Buffer.from('c2VjcmV0LW9mLXRoZS10ZWFjaGVy', 'base64url');
    const expected = createHmac('sha256', bytes).update(INPUT).digest('base64url');
    await waitFor(() => expect(result.current.state.token).toBe(`${INPUT}.${expected}`));
  });
});
