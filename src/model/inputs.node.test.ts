import { describe, expect, it } from 'vitest';
import { pickInputs, sameInputs, type DeriveInputs } from './inputs';
import { initialState } from './state';

const base: DeriveInputs = pickInputs(initialState({ token: 'a.b.c', keyText: 'k' }));

describe('sameInputs: when the background work would derive the same', () => {
  it('holds for the same inputs, and for equal texts and an equal policy built anew', () => {
    expect(sameInputs(base, base)).toBe(true);
    const copy: DeriveInputs = {
      ...base,
      token: [...base.token].join(''),
      policy: JSON.parse(JSON.stringify(base.policy)) as DeriveInputs['policy'],
    };
    expect(sameInputs(base, copy)).toBe(true);
  });

  it('fails when any one input differs', () => {
    const changes: Partial<DeriveInputs>[] = [
      { token: `${base.token}x` },
      { originalToken: base.originalToken === null ? 'x' : null },
      { keyText: `${base.keyText}x` },
      { keyFormat: base.keyFormat === 'utf8' ? 'hex' : 'utf8' },
      { signKeyText: `${base.signKeyText}x` },
      { mode: base.mode === 'sign' ? 'verify' : 'sign' },
      { policy: { ...base.policy, leeway: base.policy.leeway + 1 } },
    ];
    for (const change of changes) {
      expect(sameInputs(base, { ...base, ...change }), JSON.stringify(change)).toBe(false);
      expect(sameInputs({ ...base, ...change }, base), JSON.stringify(change)).toBe(false);
    }
  });
});
