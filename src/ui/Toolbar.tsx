import { useId, useState } from 'react';
import { usePlayground } from '../app/context';
import { useT } from '../app/i18n';
import { shareUrl } from '../app/share';
import type { Mode } from '../app/state';
import './Toolbar.css';

const MODES: Mode[] = ['verify', 'sign'];

/** The two modes, always visible, and the share link. */
export function Toolbar() {
  const { state, dispatch } = usePlayground();
  const t = useT();
  const name = useId();
  const [share, setShare] = useState<{ open: boolean; includeKey: boolean; status: string }>({
    open: false,
    includeKey: false,
    status: '',
  });
  const url = shareUrl(location, {
    token: state.token,
    mode: state.mode,
    ...(share.includeKey ? { key: state.keyText, keyFormat: state.keyFormat } : {}),
  });

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(url);
      setShare((s) => ({ ...s, status: t('share.copied') }));
    } catch {
      setShare((s) => ({ ...s, status: t('share.copyFailed') }));
    }
  };

  return (
    <div className="toolbar">
      <fieldset className="mode-toggle" data-testid="mode-toggle" data-mode={state.mode}>
        <legend>{t('mode.label')}</legend>
        {MODES.map((m) => (
          <label key={m} className={state.mode === m ? 'selected' : undefined}>
            <input
              type="radio"
              name={name}
              value={m}
              checked={state.mode === m}
              onChange={() => dispatch({ type: 'set-mode', mode: m })}
            />
            <span>{t(m === 'verify' ? 'mode.verify' : 'mode.sign')}</span>
          </label>
        ))}
      </fieldset>
      <p className="mode-help" aria-live="polite">
        {t(state.mode === 'verify' ? 'mode.verify.help' : 'mode.sign.help')}
      </p>
      <div className="share">
        <button
          type="button"
          aria-expanded={share.open}
          onClick={() => setShare((s) => ({ ...s, open: !s.open, status: '' }))}
        >
          {t('share.button')}
        </button>
        {share.open && (
          <div className="share-box panel">
            <label className="share-key">
              <input
                type="checkbox"
                checked={share.includeKey}
                onChange={(e) =>
                  setShare((s) => ({ ...s, includeKey: e.target.checked, status: '' }))
                }
              />
              {t('share.includeKey')}
            </label>
            {share.includeKey && (
              <p className="share-warning" role="alert">
                ⚠ {t('share.keyWarning')}
              </p>
            )}
            <label>
              <span className="visually-hidden">{t('share.linkLabel')}</span>
              <input
                type="text"
                readOnly
                value={url}
                data-testid="share-url"
                onFocus={(e) => e.target.select()}
              />
            </label>
            <div className="share-actions">
              <button type="button" onClick={() => void copy()}>
                {t('share.button')}
              </button>
              <button type="button" onClick={() => setShare((s) => ({ ...s, open: false }))}>
                {t('share.close')}
              </button>
            </div>
            <p aria-live="polite" className="share-status">
              {share.status}
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
