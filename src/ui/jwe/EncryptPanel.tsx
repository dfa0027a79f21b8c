/**
 * Sign mode's "Encrypt" choice: the same claims (or the whole signed token, nested) encrypted for a
 * recipient, shown beside the signed token: one readable by anyone, the other by the key holder only.
 */
import { useEffect, useId, useState } from 'react';
import { usePlayground } from '../../model/context';
import { useStrings } from '../../i18n/i18n';
import { keyInputFrom } from '../../model/keyInput';
import {
  encrypt,
  generateJweKey,
  JWE_ALG_NAMES,
  JWE_ENC_NAMES,
  type Diagnostic,
} from '../../jwt/index';
import { LazyDiagnosticList as DiagnosticList } from '../LazyDiagnosticList';
import { jweStrings } from './strings';
import './jwe.css';

type What = 'claims' | 'nested';

export function EncryptPanel() {
  const { state, inspection, dispatch } = usePlayground();
  const t = useStrings(jweStrings);
  const id = useId();
  const [what, setWhat] = useState<What>('claims');
  const [alg, setAlg] = useState('RSA-OAEP-256');
  const [enc, setEnc] = useState('A256GCM');
  const [keys, setKeys] = useState<{ for: string; encryptKey: string; decryptKey: string } | null>(
    null,
  );
  const [made, setMade] = useState<{ token: string | null; diagnostics: Diagnostic[] } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);

  // A fresh key whenever the algorithm pair changes, so the panel is ready to encrypt.
  const pair = `${alg} ${enc}`;
  useEffect(() => {
    let live = true;
    void generateJweKey(alg, enc).then(
      (k) => live && setKeys({ for: pair, ...k }),
      () => live && setKeys(null),
    );
    return () => {
      live = false;
    };
  }, [alg, enc, pair]);

  const plaintext = what === 'nested' ? state.token.trim() : (inspection.payload?.text ?? null);
  const encryptKey = keys?.for === pair ? keys.encryptKey : '';

  const run = async (): Promise<void> => {
    if (plaintext === null) return;
    const key = keyInputFrom(encryptKey, 'auto');
    if (!key) return;
    setBusy(true);
    const r = await encrypt({
      plaintext,
      alg,
      enc,
      key,
      ...(what === 'nested' ? { header: { cty: 'JWT' } } : {}),
    });
    setMade(r);
    setBusy(false);
  };

  const open = (withKey: boolean): void => {
    if (!made?.token) return;
    dispatch({
      type: 'load',
      token: made.token,
      keyText: withKey ? (keys?.decryptKey ?? '') : '',
      mode: 'verify',
    });
  };

  return (
    <section
      className="panel jwe-encrypt"
      aria-labelledby={`${id}-title`}
      data-testid="jwe-encrypt"
    >
      <h2 id={`${id}-title`} className="panel-title">
        {t('jwe.encrypt.title')}
      </h2>
      <p className="hint">{t('jwe.encrypt.intro')}</p>
      <fieldset>
        <legend>{t('jwe.encrypt.what')}</legend>
        {(['claims', 'nested'] as const).map((w) => (
          <label key={w} className="radio">
            <input
              type="radio"
              name={`${id}-what`}
              value={w}
              checked={what === w}
              onChange={() => setWhat(w)}
            />{' '}
            {t(w === 'claims' ? 'jwe.encrypt.claims' : 'jwe.encrypt.nested')}
          </label>
        ))}
      </fieldset>
      <div className="jwe-encrypt-row">
        <label>
          {t('jwe.encrypt.alg')}
          <select value={alg} onChange={(e) => setAlg(e.target.value)} data-testid="jwe-alg">
            {JWE_ALG_NAMES.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
        <label>
          {t('jwe.encrypt.enc')}
          <select value={enc} onChange={(e) => setEnc(e.target.value)} data-testid="jwe-enc">
            {JWE_ENC_NAMES.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
      </div>
      <label htmlFor={`${id}-key`} className="dec-label">
        {t('jwe.encrypt.key')}
      </label>
      <textarea
        id={`${id}-key`}
        data-testid="jwe-encrypt-key"
        rows={4}
        value={encryptKey}
        spellCheck={false}
        onChange={(e) =>
          setKeys({ for: pair, encryptKey: e.target.value, decryptKey: e.target.value })
        }
      />
      <div className="jwe-encrypt-row">
        <button
          type="button"
          onClick={() => void generateJweKey(alg, enc).then((k) => setKeys({ for: pair, ...k }))}
        >
          {t('jwe.encrypt.generate')}
        </button>
        <button
          type="button"
          className="primary"
          data-testid="jwe-encrypt-button"
          disabled={busy || plaintext === null || encryptKey === ''}
          onClick={() => void run()}
        >
          {busy ? t('jwe.encrypt.busy') : t('jwe.encrypt.button')}
        </button>
      </div>
      {plaintext === null && <p className="hint">{t('jwe.encrypt.nothing')}</p>}
      {made && made.diagnostics.length > 0 && <DiagnosticList diagnostics={made.diagnostics} />}
      {made?.token && (
        <>
          <div className="jwe-compare">
            <div>
              <h3>{t('jwe.encrypt.signed')}</h3>
              <pre className="mono" tabIndex={0}>
                {state.token}
              </pre>
            </div>
            <div>
              <h3>{t('jwe.encrypt.encrypted')}</h3>
              <pre className="mono" tabIndex={0} data-testid="jwe-output">
                {made.token}
              </pre>
            </div>
          </div>
          {keys && keys.decryptKey !== keys.encryptKey && (
            <>
              <label htmlFor={`${id}-dkey`} className="dec-label">
                {t('jwe.encrypt.decryptKey')}
              </label>
              <textarea
                id={`${id}-dkey`}
                data-testid="jwe-decrypt-key"
                rows={4}
                readOnly
                value={keys.decryptKey}
              />
            </>
          )}
          <div className="jwe-encrypt-row">
            <button type="button" data-testid="jwe-open-with-key" onClick={() => open(true)}>
              {t('jwe.encrypt.open')}
            </button>
            <button type="button" data-testid="jwe-open-without-key" onClick={() => open(false)}>
              {t('jwe.encrypt.openNoKey')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
