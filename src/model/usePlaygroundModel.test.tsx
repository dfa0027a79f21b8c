import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_START } from './defaultExample';
import { derive } from './derive';
import { pickInputs } from './inputs';
import { initialState } from './state';
import { usePlaygroundModel } from './usePlaygroundModel';

const start = initialState({ token: DEFAULT_START.token, keyText: DEFAULT_START.keyText });

describe('a derivation made before the first render', () => {
  it('is shown from the first render for the inputs it was made from', async () => {
    const first = await derive(pickInputs(start), Date.now());
    expect(first.result.signature).toBe('valid');
    const renders: { pending: boolean; status: string | undefined }[] = [];
    renderHook(() => {
      const p = usePlaygroundModel(start, () => {}, Date.now(), true, first);
      renders.push({
        pending: p.verification.pending,
        status: p.verification.result?.signature,
      });
      return p;
    });
    expect(renders[0]).toEqual({ pending: false, status: 'valid' });
  });

  it('is not taken for other inputs: they are derived as usual', async () => {
    const first = await derive(pickInputs(start), Date.now());
    const other = { ...start, keyText: 'another-secret-that-is-long-enough-for-hs256' };
    const { result } = renderHook(() =>
      usePlaygroundModel(other, () => {}, Date.now(), true, first),
    );
    expect(result.current.verification.pending).toBe(true);
    expect(result.current.derived.value).toBeNull();
  });

  it('without one, the first render is still checking', () => {
    const { result } = renderHook(() => usePlaygroundModel(start, () => {}, Date.now()));
    expect(result.current.verification.pending).toBe(true);
  });
});
