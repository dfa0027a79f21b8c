import { useState } from 'react';
import { usePlayground } from '../model/context';
import { useStrings } from '../i18n/i18n';
import { shareUrl } from '../model/shareLink';
import { shareStrings } from '../i18n/strings/share';

/**
 * The share box: a link with the token in the fragment; the key only when the user ticks the box,
 * with a warning. Loaded when the box is first opened.
 */
export default function SharePanel({ onClose }: { onClose: () => void }) {
  const { state } = usePlayground();
  const t = useStrings(shareStrings);
  const [includeKey, setIncludeKey] = useState(false);
  const [status, setStatus] = useState('');
  const url = shareUrl(location, {
    token: state.token,
    mode: state.mode,
    ...(includeKey ? { key: state.keyText, keyFormat: state.keyFormat } : {}),
  });

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('share.copied'));
    } catch {
      setStatus(t('share.copyFailed'));
    }
  };

  return (
    <div className="share-box panel">
      <label className="share-key">
        <input
          type="checkbox"
          checked={includeKey}
          onChange={(e) => {
            setIncludeKey(e.target.checked);
            setStatus('');
          }}
        />
        {t('share.includeKey')}
      </label>
      {includeKey && (
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
        <button type="button" onClick={onClose}>
          {t('share.close')}
        </button>
      </div>
      <p aria-live="polite" className="share-status">
        {status}
      </p>
    </div>
  );
}
