/**
 * Makes a fresh key and a token signed with it, then loads both into the playground. Loaded on demand
 * (React.lazy) because key generation is rarely used and pulls in nothing else the first page needs.
 */
import { useEffect, useId, useState } from 'react';
import { usePlayground } from '../../model/context';
import { useDiagnosticMessage, useStrings } from '../../i18n/i18n';
import { signatureStrings } from '../../i18n/strings/signature';
import {
  encodeBase64url,
  exportPem,
  generateKey,
  sign,
  SIGNING_ALGS,
  supportsEd25519,
  type Diagnostic,
  type JwsAlg,
} from '../../jwt/index';

type Template = 'user' | 'admin';

/** The claims of a template, issued `now` and valid for 15 minutes (a typical access token). */
export function templateClaims(template: Template, now: number): Record<string, unknown> {
  return template === 'admin'
    ? { sub: 'admin-1', name: 'Admin', role: 'admin', iat: now, exp: now + 900 }
    : { sub: 'user-42', name: 'Student', role: 'user', iat: now, exp: now + 900 };
}

const ED = new Set<JwsAlg>(['EdDSA', 'Ed25519']);

interface Made {
  alg: JwsAlg;
  publicText: string | null;
  privateText: string;
}

export default function GeneratePanel() {
  const { dispatch, now } = usePlayground();
  const t = useStrings(signatureStrings);
  const id = useId();
  const [template, setTemplate] = useState<Template>('user');
  const [alg, setAlg] = useState<JwsAlg>('HS256');
  const [ed, setEd] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  // Why signing failed, as the core's finding: rendered in the student's language.
  const [failure, setFailure] = useState<Diagnostic | null>(null);
  const sentence = useDiagnosticMessage(failure !== null);
  const [made, setMade] = useState<Made | null>(null);

  useEffect(() => {
    let live = true;
    void supportsEd25519().then((ok) => {
      if (live) setEd(ok);
    });
    return () => {
      live = false;
    };
  }, []);

  const algs = SIGNING_ALGS.filter((a) => !ED.has(a) || ed === true);

  const generate = async (): Promise<void> => {
    setBusy(true);
    setMessage('');
    setFailure(null);
    try {
      const { privateKey, publicKey } = await generateKey(alg);
      const headerText = JSON.stringify({ alg, typ: 'JWT' });
      // Compact JSON, as most issuers write it.
      const payloadText = JSON.stringify(templateClaims(template, now));
      const signed = await sign({ headerText, payloadText, key: privateKey });
      if (!signed.ok) {
        const why = signed.diagnostics[0];
        if (!why) throw new Error('sign failed');
        setFailure(why);
        return;
      }
      if (publicKey) {
        const [pub, priv] = await Promise.all([exportPem(publicKey), exportPem(privateKey)]);
        dispatch({
          type: 'load',
          token: signed.token,
          keyText: pub,
          keyFormat: 'auto',
          signKeyText: priv,
        });
        setMade({ alg, publicText: pub, privateText: priv });
      } else {
        const secret = encodeBase64url(privateKey.secret ?? new Uint8Array());
        dispatch({ type: 'load', token: signed.token, keyText: secret, keyFormat: 'base64url' });
        setMade({ alg, publicText: null, privateText: secret });
      }
      setMessage(t('gen.done', { alg }));
    } catch (e) {
      setMessage(t('gen.failed', { detail: (e as Error).message || String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="generate-panel">
      <p className="muted">{t('gen.note')}</p>
      <div className="generate-form">
        <label>
          <span>{t('gen.template')}</span>
          <select
            data-testid="gen-template"
            value={template}
            onChange={(e) => setTemplate(e.target.value as Template)}
          >
            <option value="user">{t('gen.template.user')}</option>
            <option value="admin">{t('gen.template.admin')}</option>
          </select>
        </label>
        <label>
          <span>{t('gen.alg')}</span>
          <select
            data-testid="gen-alg"
            value={alg}
            onChange={(e) => setAlg(e.target.value as JwsAlg)}
          >
            {algs.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          data-testid="gen-button"
          disabled={busy}
          onClick={() => void generate()}
        >
          {busy ? t('gen.working') : t('gen.button')}
        </button>
      </div>
      {ed === false && <p className="muted">{t('gen.ed25519')}</p>}
      <p aria-live="polite" className="generate-status">
        {failure ? t('gen.failed', { detail: sentence(failure) }) : message}
      </p>
      {made && (
        <div className="generate-keys">
          {made.publicText !== null && (
            <label htmlFor={`${id}-pub`} className="field-label">
              <span aria-hidden="true">🔓 </span>
              {t('gen.public')}
            </label>
          )}
          {made.publicText !== null && (
            <textarea
              id={`${id}-pub`}
              className="key-input mono"
              readOnly
              rows={4}
              value={made.publicText}
            />
          )}
          <label htmlFor={`${id}-priv`} className="field-label">
            <span aria-hidden="true">🔒 </span>
            {made.publicText !== null ? t('gen.private') : t('gen.secret')}
          </label>
          <textarea
            id={`${id}-priv`}
            className="key-input mono"
            readOnly
            rows={4}
            value={made.privateText}
          />
          <p className="key-private-warning">
            <span aria-hidden="true">⚠ </span>
            {t('key.sign.warning')}
          </p>
        </div>
      )}
    </div>
  );
}
