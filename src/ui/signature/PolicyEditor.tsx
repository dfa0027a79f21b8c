import { useId } from 'react';
import { ALG_NAMES } from '../../jwt/index';
import { usePlayground } from '../../model/context';
import { useSigText } from './text';
import { useKeyAlgorithms } from './Verdicts';

export function PolicyEditor() {
  const keyAlgs = useKeyAlgorithms();
  const { state, dispatch, inspection } = usePlayground();
  const t = useSigText();
  const id = useId();
  const policy = state.policy;
  const set = (p: Partial<typeof policy>) => dispatch({ type: 'set-policy', policy: p });
  const fallback =
    keyAlgs.length > 0
      ? keyAlgs
      : inspection.alg && inspection.alg !== 'none'
        ? [inspection.alg]
        : ['HS256'];
  const list = policy.algorithms;
  return (
    <section className="sig-section policy" aria-labelledby={id}>
      <h3 id={id}>{t('policy.title')}</h3>
      <fieldset>
        <legend>{t('policy.algs')}</legend>
        <label className="check">
          <input
            type="checkbox"
            data-testid="policy-key-decides"
            checked={list === null}
            onChange={(e) => set({ algorithms: e.target.checked ? null : fallback })}
          />
          {t('policy.algs.key')}
        </label>
        {list === null ? (
          <p className="muted">{t('policy.algs.keyNow', { algs: keyAlgs.join(', ') || '—' })}</p>
        ) : (
          <div className="alg-grid" role="group" aria-label={t('policy.algs.list')}>
            {ALG_NAMES.map((a) => (
              <label key={a} className="check mono">
                <input
                  type="checkbox"
                  checked={list.includes(a)}
                  onChange={(e) =>
                    set({
                      algorithms: e.target.checked ? [...list, a] : list.filter((x) => x !== a),
                    })
                  }
                />
                {a}
              </label>
            ))}
          </div>
        )}
        {list?.includes('none') && (
          <p className="key-weak">
            <span aria-hidden="true">⚠ </span>
            {t('policy.algs.none')}
          </p>
        )}
      </fieldset>
      <div className="policy-fields">
        <label>
          <span>{t('policy.audience')}</span>
          <input
            type="text"
            value={policy.audience}
            placeholder={t('policy.empty')}
            onChange={(e) => set({ audience: e.target.value })}
          />
        </label>
        <label>
          <span>{t('policy.issuer')}</span>
          <input
            type="text"
            value={policy.issuer}
            placeholder={t('policy.empty')}
            onChange={(e) => set({ issuer: e.target.value })}
          />
        </label>
        <label>
          <span>{t('policy.leeway')}</span>
          <input
            type="number"
            min={0}
            step={1}
            value={policy.leeway}
            onChange={(e) => set({ leeway: Math.max(0, Math.floor(Number(e.target.value) || 0)) })}
          />
        </label>
      </div>
    </section>
  );
}
