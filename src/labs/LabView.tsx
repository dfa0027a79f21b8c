/**
 * One attack lab: the goal and the careless setting, progressive hints, the student's toolbox, the
 * real playground panes, and the simulated server with its careless / safe switch.
 */
import { useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { usePlayground } from '../model/context';
import { useDiagnosticMessage, useStrings } from '../i18n/i18n';
import { labsStrings } from '../i18n/strings/labs';
import { routeHref } from '../model/route';
import { PlaygroundView } from '../ui/PlaygroundView';
import { CrackPanel, type CrackWorker } from './CrackPanel';
import { LABS, type LabDef, type LabId } from './engine/labs';
import { jsonText, type LabResponse, type ServerMode } from './engine/server';
import { formatHttp } from './sim/engine/http';
import { labProgressStore, type LabProgressStore } from './progress';

type Part = 'title' | 'careless' | 'goal' | 'story' | 'why' | 'defence' | 'sources';
const text = <P extends Part>(id: LabId, part: P) => `lab.${id}.${part}` as const;
const HINTS = ['hint1', 'hint2', 'hint3'] as const;

export interface LabViewProps {
  lab: LabDef;
  store?: LabProgressStore;
  createWorker?: () => CrackWorker;
}

export function LabView({ lab, store = labProgressStore(), createWorker }: LabViewProps) {
  const { state, dispatch, now } = usePlayground();
  const t = useStrings(labsStrings);
  const progress = useSyncExternalStore(store.subscribe, store.get);
  const modeName = useId();
  const [hints, setHints] = useState(0);
  const [mode, setMode] = useState<ServerMode>('careless');
  const [pending, setPending] = useState(false);
  const [response, setResponse] = useState<{ token: string; r: LabResponse } | null>(null);
  // The last forged token the careless server let in (kept in memory only, never stored).
  const [acceptedToken, setAcceptedToken] = useState<string | null>(null);
  const [peek, setPeek] = useState(false);
  // The setting changed after a reply: that reply was the other server's, so it is taken away.
  const [cleared, setCleared] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const restart = (): void =>
    dispatch({
      type: 'load',
      token: lab.start.token,
      keyText: lab.start.keyText ?? '',
      keyFormat: lab.start.keyFormat ?? 'auto',
      mode: lab.start.mode ?? 'verify',
    });
  // Entering a lab puts its token into the shared playground.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(restart, [lab.id]);
  // A lab opens at its title and goal, with focus on the title (not where the last one was left).
  useEffect(() => {
    const h = heading.current;
    h?.scrollIntoView?.({ block: 'start' });
    h?.focus({ preventScroll: true });
  }, [lab.id]);

  const changeMode = (m: ServerMode): void => {
    setMode(m);
    if (response) setCleared(true);
    setResponse(null);
  };

  const send = async (): Promise<void> => {
    const token = state.token;
    setPending(true);
    const r = await lab.server.send(token, mode, now);
    setPending(false);
    setCleared(false);
    setResponse({ token, r });
    if (mode === 'careless' && r.status === 200) {
      setAcceptedToken(token);
      store.mark('solved', lab.id);
    }
    if (mode === 'safe' && r.status === 401 && token === acceptedToken) {
      store.mark('defended', lab.id);
    }
  };

  const solved = progress.solved.includes(lab.id);
  const index = LABS.findIndex((l) => l.id === lab.id);
  const prev = LABS[index - 1];
  const next = LABS[index + 1];
  const last = response?.r;

  return (
    <article className="lab" data-testid="lab" data-lab={lab.id}>
      <p className="lab-nav-top">
        <a href={routeHref({ page: 'labs' })}>{t('labs.back')}</a>
      </p>
      <header className="lab-head">
        <p className="lab-number">{t('labs.number', { n: index + 1 })}</p>
        <h2 ref={heading} tabIndex={-1} data-testid="lab-title">
          {t(text(lab.id, 'title'))}
        </h2>
        <p className="lab-badges">
          <span
            className={`badge ${solved ? 'badge-ok' : 'badge-info'}`}
            data-testid="lab-status"
            data-solved={solved}
          >
            {solved ? t('labs.solved') : t('labs.todo')}
          </span>
          {progress.defended.includes(lab.id) && (
            <span className="badge badge-ok">{t('labs.defended')}</span>
          )}
        </p>
      </header>

      <section className="panel lab-brief">
        <dl>
          <dt>{t('lab.goal')}</dt>
          <dd>{t(text(lab.id, 'goal'))}</dd>
          <dt>{t('lab.careless')}</dt>
          <dd className="mono">{t(text(lab.id, 'careless'))}</dd>
        </dl>
        <p>{t(text(lab.id, 'story'))}</p>
        <button type="button" onClick={restart}>
          {t('lab.restart')}
        </button>
      </section>

      {lab.resources.length > 0 && (
        <section className="panel lab-toolbox" aria-labelledby={`${lab.id}-toolbox`}>
          <h3 id={`${lab.id}-toolbox`}>{t('lab.toolbox')}</h3>
          <ul>
            {lab.resources.map((res) => (
              <li key={res.id}>
                <p className="lab-res-label">{t(`lab.res.${res.id}`)}</p>
                <pre className="mono lab-res-text" tabIndex={0} data-testid={`res-${res.id}`}>
                  {res.text}
                </pre>
                {res.use === 'key' && (
                  <button
                    type="button"
                    onClick={() => {
                      dispatch({ type: 'set-key', text: res.text });
                      dispatch({ type: 'set-key-format', format: res.format ?? 'auto' });
                    }}
                  >
                    {t('lab.toolbox.useKey')}
                  </button>
                )}
                {res.use === 'token' && (
                  <button
                    type="button"
                    onClick={() => dispatch({ type: 'set-token', token: res.text })}
                  >
                    {t('lab.toolbox.loadToken')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="panel lab-hints" aria-labelledby={`${lab.id}-hints`}>
        <h3 id={`${lab.id}-hints`}>{t('lab.hints')}</h3>
        <ol>
          {HINTS.slice(0, hints).map((h, i) => (
            <li key={h} data-testid="lab-hint">
              <span className="visually-hidden">
                {t('lab.hint.label', { n: i + 1, total: HINTS.length })}:{' '}
              </span>
              {t(`lab.${lab.id}.${h}`)}
            </li>
          ))}
        </ol>
        {hints < HINTS.length && (
          <button type="button" onClick={() => setHints(hints + 1)}>
            {hints === 0 ? t('lab.hint.show') : t('lab.hint.next')}
          </button>
        )}
      </section>

      {lab.id === 'weak-secret' && <CrackPanel {...(createWorker ? { createWorker } : {})} />}

      <section className="lab-playground" aria-label={t('lab.playground')}>
        <PlaygroundView
          beside={
            <section className="panel lab-server" aria-labelledby={`${lab.id}-server`}>
              <h3 id={`${lab.id}-server`}>{t('lab.server')}</h3>
              <fieldset className="lab-mode" data-testid="server-mode" data-mode={mode}>
                <legend>{t('lab.server.mode')}</legend>
                {(['careless', 'safe'] as const).map((m) => (
                  <label key={m} className={mode === m ? 'selected' : undefined}>
                    <input
                      type="radio"
                      name={modeName}
                      value={m}
                      checked={mode === m}
                      onChange={() => changeMode(m)}
                    />
                    <span>
                      {m === 'careless'
                        ? t('lab.server.careless', { setting: t(text(lab.id, 'careless')) })
                        : t('lab.server.safe')}
                    </span>
                  </label>
                ))}
              </fieldset>
              <button
                type="button"
                className="lab-send"
                onClick={() => void send()}
                disabled={pending}
                data-testid="lab-send"
              >
                {pending ? t('lab.sending') : t('lab.send')}
              </button>
              {cleared && !response && (
                <p className="lab-cleared" data-testid="lab-cleared">
                  {t('lab.response.cleared')}
                </p>
              )}
              {response && last && <Exchange r={last} />}
              <div aria-live="polite" data-testid="lab-outcome">
                {last?.mode === 'careless' && last.status === 200 && (
                  <>
                    <p className="lab-ok">{t('lab.goalMet')}</p>
                    <p>{t('lab.tryFix')}</p>
                  </>
                )}
                {last?.mode === 'careless' && last.status !== 200 && <p>{t('lab.goalNotYet')}</p>}
                {last?.mode === 'safe' &&
                  last.status === 401 &&
                  response?.token === acceptedToken && (
                    <p className="lab-ok">{t('lab.defended')}</p>
                  )}
                {last?.mode === 'safe' && last.status !== 401 && <p>{t('lab.safeAccepted')}</p>}
              </div>
            </section>
          }
        />
      </section>

      <section className="panel lab-explain">
        {solved || peek ? (
          <>
            <h3>{t('lab.why')}</h3>
            <p>{t(text(lab.id, 'why'))}</p>
            <h3>{t('lab.defence')}</h3>
            <p>{t(text(lab.id, 'defence'))}</p>
            <h3>{t('lab.sources')}</h3>
            <p data-testid="lab-sources">{t(text(lab.id, 'sources'))}</p>
            {(lab.cves.length > 0 || lab.portswigger) && (
              <ul>
                {lab.cves.length > 0 && (
                  <li>
                    {t('lab.ref.cve', { cves: '' })}
                    {lab.cves.map((c, i) => (
                      <span key={c}>
                        {i > 0 && ', '}
                        <a
                          href={`https://www.cve.org/CVERecord?id=${c}`}
                          target="_blank"
                          rel="noreferrer"
                        >
                          {c}
                        </a>
                      </span>
                    ))}
                  </li>
                )}
                {lab.portswigger && <li>{t('lab.ref.portswigger', { name: lab.portswigger })}</li>}
              </ul>
            )}
          </>
        ) : (
          <p>
            {t('lab.explain.locked')}{' '}
            <button type="button" onClick={() => setPeek(true)}>
              {t('lab.explain.peek')}
            </button>
          </p>
        )}
      </section>

      <nav className="lab-pager" aria-label={t('labs.title')}>
        {prev && <a href={routeHref({ page: 'lab', id: prev.id })}>{t('labs.prev')}</a>}
        {next && <a href={routeHref({ page: 'lab', id: next.id })}>{t('labs.next')}</a>}
      </nav>
    </article>
  );
}

/** The request and the server's full HTTP reply, with the reason for a refusal in words. */
function Exchange({ r }: { r: LabResponse }) {
  const t = useStrings(labsStrings);
  const message = useDiagnosticMessage(r.refusal?.kind === 'diagnostic');
  const statusText = t(`lab.status.${r.status}`);
  let reason: ReactNode = null;
  if (r.refusal?.kind === 'diagnostic') {
    const d = r.refusal.diagnostic;
    reason = (
      <p className="lab-reason" data-testid="lab-reason" data-code={d.code}>
        <strong>{t('lab.reason')}:</strong> {message(d)}{' '}
        <span className="mono">
          ({t('lab.reason.code')}: {d.code}, {d.rfc})
        </span>
      </p>
    );
  } else if (r.refusal?.kind === 'careless') {
    reason = (
      <p className="lab-reason" data-testid="lab-reason" data-code={r.refusal.reason}>
        <strong>{t('lab.reason')}:</strong>{' '}
        {t(`lab.careless.${r.refusal.reason}`, r.refusal.params)}
      </p>
    );
  }
  const summary =
    r.status === 200
      ? t('lab.body.admin')
      : r.status === 403
        ? t('lab.body.forbidden', { sub: jsonText(r.claims?.sub ?? '?') })
        : t('lab.body.unauthorized');
  // Shown with plain line ends; on the wire every line ends in CRLF (RFC 9112 §2.1).
  const wire = (m: Parameters<typeof formatHttp>[0]) => formatHttp(m).replace(/\r\n/g, '\n');
  return (
    <div className="lab-exchange" data-testid="lab-response" data-status={r.status}>
      <h4>{t('lab.request')}</h4>
      <pre className="mono lab-http" data-testid="lab-request">
        {wire(r.request)}
      </pre>
      <h4>{t('lab.response')}</h4>
      <p
        className={`lab-status badge ${r.status === 200 ? 'badge-ok' : 'badge-bad'}`}
        data-testid="lab-status-line"
      >
        {r.status === 200 ? '✓' : '✗'} HTTP/1.1 {statusText}
      </p>
      <p className="lab-body">{summary}</p>
      {reason}
      <pre
        className="mono lab-http lab-http-reply"
        data-testid="lab-http-response"
        aria-label={t('lab.response.raw')}
        tabIndex={0}
      >
        {wire(r.http)}
      </pre>
      <details className="lab-log">
        <summary>{t('lab.log')}</summary>
        <pre className="mono">{r.log.join('\n')}</pre>
      </details>
    </div>
  );
}
