import { useId } from 'react';
import { usePlayground } from '../../model/context';
import { parsedKeyFor } from '../../model/derive';
import { KeySummary } from './KeySummary';
import { useSigText } from './text';

/** The private key that signs with a key pair; shown when the token or the key is asymmetric. */
export function SignKeyField() {
  const { state, dispatch, inspection, derived } = usePlayground();
  const t = useSigText();
  const id = useId();
  const main = parsedKeyFor(derived, 'key', state.keyText, state.keyFormat);
  const signer = parsedKeyFor(derived, 'signKey', state.signKeyText, 'auto');
  const asymmetricToken =
    inspection.algInfo !== null && !['oct', null].includes(inspection.algInfo.kty);
  const show =
    state.signKeyText !== '' ||
    asymmetricToken ||
    (main?.keys.some((k) => k.kind !== 'secret') ?? false);
  if (!show) return null;
  const publicOnly =
    signer !== null && signer.keys.length > 0 && signer.keys.every((k) => k.kind === 'public');
  return (
    <section className="sig-section sign-key" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('key.title')}</h3>
      <label htmlFor={`${id}-sign`} className="field-label">
        <span aria-hidden="true">🔒 </span>
        {t('key.sign.label')}
      </label>
      <p className="key-hint" id={`${id}-sign-help`}>
        {t('key.sign.help')}
      </p>
      <p className="key-private-warning" id={`${id}-sign-warn`} role="note">
        <span aria-hidden="true">⚠ </span>
        {t('key.sign.warning')}
      </p>
      <textarea
        id={`${id}-sign`}
        className="key-input mono"
        data-testid="sign-key-input"
        rows={3}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-describedby={`${id}-sign-help ${id}-sign-warn ${id}-sign-about`}
        value={state.signKeyText}
        onChange={(e) => dispatch({ type: 'set-sign-key', text: e.target.value })}
      />
      {state.signKeyText && (
        <KeySummary
          id={`${id}-sign-about`}
          p={signer}
          pending={derived.pending}
          text={state.signKeyText}
          format="auto"
          weakCommon={false}
        />
      )}
      {publicOnly && (
        <p className="key-error">
          <span aria-hidden="true">✗ </span>
          {t('key.sign.public')}
        </p>
      )}
    </section>
  );
}
