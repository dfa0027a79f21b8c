/**
 * The payload pane of an encrypted token: the plaintext only when the key opened the token and its tag
 * matched (the decryption verdict is in the verdict strip, beside the signature's). Loaded with the
 * first JWE, so signed tokens never pay for it.
 */
import { usePlayground } from '../../model/context';
import { useStrings } from '../../i18n/i18n';
import { hex } from '../paint';
import { LazyDiagnosticList as DiagnosticList } from '../LazyDiagnosticList';
import { jweStrings } from './strings';
import './jwe.css';

export function JwePayload() {
  const { derived, dispatch } = usePlayground();
  const t = useStrings(jweStrings);
  // Only the derivation for the current token and key: a changed token or key must not keep an old
  // plaintext on screen, not even for a moment.
  const result = derived.value?.decryption ?? null;
  const status = result?.status ?? null;
  const payload = status === 'decrypted' ? result!.payload : null;
  // The inspection's own findings are listed by the token pane; these are the decryption's.
  const findings = result
    ? result.diagnostics.filter((d) => !result.inspection.diagnostics.includes(d))
    : [];
  const text = payload && payload.kind !== 'binary' ? (payload.text ?? '') : null;
  const nested = result?.nested ?? null;

  return (
    <div className="jwe-payload">
      {text !== null ? (
        <>
          <label htmlFor="payload-json" className="dec-label">
            {t('jwe.payload.label')}
          </label>
          <p className="hint" id="payload-json-hint">
            {t('jwe.payload.hint')}
          </p>
          <textarea
            id="payload-json"
            data-testid="payload-json"
            className="jwe-plaintext mono"
            value={text}
            readOnly
            spellCheck={false}
            aria-describedby="payload-json-hint"
            rows={Math.min(16, Math.max(3, Math.ceil(text.length / 60) + text.split('\n').length))}
          />
          {nested && payload?.kind === 'jwt' && (
            <p className="hint" data-testid="jwe-nested">
              {t('jwe.nested.signature', { status: t(`jwe.nested.${nested.signature}`) })}{' '}
              <button type="button" onClick={() => dispatch({ type: 'set-token', token: text })}>
                {t('dec.openInner')}
              </button>
            </p>
          )}
        </>
      ) : payload?.bytes ? (
        <>
          <p>{t('jwe.payload.binary', { count: payload.bytes.length })}</p>
          <pre className="dec-hex mono" data-testid="payload-hex">
            {hex(payload.bytes, 0, Math.min(payload.bytes.length, 4096))}
          </pre>
        </>
      ) : (
        <p className="dec-message" data-testid="payload-message">
          {status === 'failed' || status === 'unsupported'
            ? t('jwe.payload.failed')
            : `${t('dec.jwe.payload')} ${t('jwe.payload.locked')}`}
        </p>
      )}
      {findings.length > 0 && (
        <div data-testid="decryption-diagnostics">
          <h3 className="dec-subtitle">{t('jwe.findings')}</h3>
          <DiagnosticList diagnostics={findings} />
        </div>
      )}
    </div>
  );
}
