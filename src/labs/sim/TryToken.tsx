/**
 * Scenario 6, the student's turn: alice's token is loaded into the playground state and edited in the
 * real decoded pane; the student sends it, sees the 401, gets the leaked secret, re-signs and sends
 * again. Requests go through the same simulated world, so the steps, counters and chart keep counting.
 */
import { useEffect, useState } from 'react';
import { usePlayground } from '../../model/context';
import { useDiagnosticMessage, useStrings } from '../../i18n/i18n';
import type { Diagnostic } from '../../jwt/index';
import { simsStrings } from '../../i18n/strings/sims';
import { routeHref } from '../../model/route';
import { DecodedRegion } from '../../ui/DecodedRegion';
import { resignToken } from './engine/jwt';
import type { SimRun } from './engine/scenarios';
import { sendAsStudent } from './engine/scenarios/authn-authz';

export function TryToken({
  run,
  startToken,
  onSent,
}: {
  run: SimRun;
  /** The token alice holds when the student takes over. */
  startToken: string;
  onSent: () => void;
}) {
  const t = useStrings(simsStrings);
  const { state, dispatch } = usePlayground();
  const [busy, setBusy] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  // After re-signing: done, or why not (the core's finding, rendered in the student's language).
  const [note, setNote] = useState<'resigned' | { failed: Diagnostic | null } | null>(null);
  const failed = note !== null && note !== 'resigned' ? note.failed : null;
  const sentence = useDiagnosticMessage(failed !== null);
  const [won, setWon] = useState(false);
  const leaked = run.recorder.leaked;

  // The playground's state is the editor's: put alice's token there, unsigned-edit mode (verify).
  useEffect(() => {
    dispatch({ type: 'load', token: startToken, keyText: '', keyFormat: 'utf8', mode: 'verify' });
  }, [dispatch, startToken]);

  const send = async (path: '/admin' | '/profile'): Promise<void> => {
    setBusy(true);
    const x = await sendAsStudent(run.recorder, path, state.token);
    if (path === '/admin' && x.response.status === 200) setWon(true);
    setBusy(false);
    setNote(null);
    onSent();
  };

  const resign = async (): Promise<void> => {
    const r = await resignToken(state.token, secret ?? leaked ?? '');
    if (r.ok) {
      dispatch({ type: 'set-token', token: r.token });
      setNote('resigned');
    } else {
      setNote({ failed: r.finding });
    }
  };

  return (
    <section className="sim-try panel" aria-labelledby="sim-try-title" data-testid="sim-try">
      <h3 id="sim-try-title">{t('sims.try.title')}</h3>
      <p>{t('sims.try.intro')}</p>
      <DecodedRegion />
      <p className="sim-try-token">
        <strong>{t('sims.try.current')}</strong>
        <code className="mono" data-testid="sim-try-token">
          {state.token}
        </code>
      </p>
      <div className="sim-buttons">
        <button type="button" disabled={busy} onClick={() => void send('/admin')}>
          {t('sims.try.send-admin')}
        </button>
        <button type="button" disabled={busy} onClick={() => void send('/profile')}>
          {t('sims.try.send-profile')}
        </button>
        {busy && <span role="status">{t('sims.try.sending')}</span>}
      </div>
      {won && (
        <p className="badge badge-ok" role="status">
          {t('sims.try.done')}
        </p>
      )}
      {leaked && (
        <div className="sim-leak" data-testid="sim-leak" role="alert">
          <h4>{t('sims.try.leak-title')}</h4>
          <p>{t('sims.try.leak')}</p>
          <code className="mono sim-secret">{leaked}</code>
          <label className="sim-secret-field">
            <span>{t('sims.try.secret')}</span>
            <input
              className="mono"
              value={secret ?? leaked}
              onChange={(e) => setSecret(e.target.value)}
              spellCheck={false}
              autoComplete="off"
            />
          </label>
          <div className="sim-buttons">
            <button type="button" onClick={() => void resign()}>
              {t('sims.try.resign')}
            </button>
            <a
              href={routeHref({ page: 'playground' })}
              onClick={() =>
                dispatch({
                  type: 'load',
                  token: state.token,
                  keyText: secret ?? leaked,
                  keyFormat: 'utf8',
                  mode: 'verify',
                })
              }
            >
              {t('sims.try.playground')}
            </a>
          </div>
          {note && (
            <p role="status">
              {note === 'resigned'
                ? t('sims.try.resigned')
                : t('sims.try.sign-failed', { detail: failed ? sentence(failed) : '' })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
