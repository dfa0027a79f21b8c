import { lazy, Suspense, useId, useState } from 'react';
import { usePlayground } from '../model/context';
import { useT } from '../i18n/i18n';
import type { Mode } from '../model/state';
import './Toolbar.css';

const MODES: Mode[] = ['verify', 'sign'];

// The share box loads when it is first opened.
const SharePanel = lazy(() => import('./SharePanel'));

/** The two modes, always visible, and the share link. */
export function Toolbar() {
  const { state, dispatch } = usePlayground();
  const t = useT();
  const name = useId();
  const [shareOpen, setShareOpen] = useState(false);

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
        <button type="button" aria-expanded={shareOpen} onClick={() => setShareOpen(!shareOpen)}>
          {t('share.button')}
        </button>
        {shareOpen && (
          <Suspense fallback={null}>
            <SharePanel onClose={() => setShareOpen(false)} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
