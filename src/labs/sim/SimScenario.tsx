/**
 * One scenario: the recorded steps of a run, revealed one at a time (Step / Back / Run / Reset), with
 * the diagram, the HTTP messages, the explanation, the counters and charts, and a question at the end.
 */
import { useEffect, useState } from 'react';
import { usePlayground } from '../../model/context';
import { useStrings, type Params } from '../../i18n/i18n';
import { simsStrings } from '../../i18n/strings/sims';
import { routeHref } from '../../model/route';
import { formatHttp, REASONS } from './engine/http';
import type { Rng } from './engine/rng';
import type { Step } from './engine/recorder';
import { runScenario, SIM_IDS, type SimId, type SimRun } from './engine/scenarios';
import { displayHttp, formatSize, NBSP } from './format';
import { BytesChart, GrowthChart } from './SimChart';
import { SimDiagram } from './SimDiagram';
import { SimQuestion } from './SimQuestion';
import { isSimTextKey, useSimText } from './useSimText';
import { TryToken } from './TryToken';

const RUN_DELAY = 900;

/** Big numbers grouped, and sizes in KB/MB, for the explanations. */
function readable(params: Params): Params {
  const out: Params = { ...params };
  if (typeof params.users === 'number') out.users = params.users.toLocaleString('en');
  if (typeof params.bytes === 'number') out.size = formatSize(params.bytes);
  if (typeof params.cookie === 'number') out.cookie = params.cookie.toLocaleString('en');
  return out;
}

function StatusBadge({ status }: { status: number }) {
  const ok = status < 300;
  const cls = ok ? 'badge-ok' : status === 403 ? 'badge-warn' : 'badge-bad';
  return (
    <span className={`badge ${cls}`} data-testid="sim-status" data-status={status}>
      {ok ? '✓' : '✗'} {status} {REASONS[status] ?? ''}
    </span>
  );
}

/** The code an attacker got to run: in app.example's page (XSS) or on their own site (CSRF). */
function Script({ step }: { step: Step }) {
  const t = useStrings(simsStrings);
  if (!step.script) return null;
  const evil = step.exchange?.initiator === 'evil';
  return (
    <div className="sim-script">
      <h4>{t(evil ? 'sims.script.evil' : 'sims.script.xss')}</h4>
      <pre className="sim-http mono" data-testid="sim-script">
        {step.script}
      </pre>
    </div>
  );
}

function Messages({ step }: { step: Step }) {
  const t = useStrings(simsStrings);
  const x = step.exchange;
  if (!x)
    return step.script ? (
      <div className="sim-messages">
        <Script step={step} />
      </div>
    ) : (
      <p className="sim-muted">{t('sims.no-message')}</p>
    );
  const server = step.memory[x.server]?.name ?? '';
  const requestTitle =
    x.client === 'attacker'
      ? t('sims.request.attacker', { server })
      : x.initiator === 'xss'
        ? t('sims.request.xss', { server })
        : x.initiator === 'evil'
          ? t('sims.request.evil', { server })
          : t('sims.request', { server });
  return (
    <div className="sim-messages">
      <Script step={step} />
      <div className="sim-message">
        <h4>{requestTitle}</h4>
        <pre className="sim-http mono" data-testid="sim-request">
          {displayHttp(formatHttp(x.request))}
        </pre>
      </div>
      <div className="sim-message">
        <h4>
          {t(x.client === 'attacker' ? 'sims.response.attacker' : 'sims.response', { server })}{' '}
          <StatusBadge status={x.response.status} />
        </h4>
        <pre className="sim-http mono" data-testid="sim-response">
          {displayHttp(formatHttp(x.response))}
        </pre>
        {x.refusedCookies.length > 0 && (
          <p className="sim-refused" role="note" data-testid="sim-refused">
            {t('sims.refused', { names: x.refusedCookies.join(', ') })}
          </p>
        )}
      </div>
    </div>
  );
}

function Counters({ step }: { step: Step }) {
  const t = useStrings(simsStrings);
  const c = step.counters;
  const x = step.exchange;
  return (
    <section className="sim-counters" aria-labelledby="sim-counters-title">
      <h3 id="sim-counters-title">{t('sims.counters')}</h3>
      <dl data-testid="sim-counters">
        <div>
          <dt>{t('sims.c.requests')}</dt>
          <dd data-counter="requests">{c.requests}</dd>
        </div>
        <div>
          <dt>{t('sims.c.lookups')}</dt>
          <dd data-counter="lookups">{c.storeLookups}</dd>
        </div>
        <div>
          <dt>{t('sims.c.checks')}</dt>
          <dd data-counter="checks">{c.signatureChecks}</dd>
        </div>
        <div>
          <dt>{t('sims.c.bytes')}</dt>
          <dd data-counter="bytes">{`${c.bytesSent}${NBSP}B`}</dd>
        </div>
        <div>
          <dt>{t('sims.c.store')}</dt>
          <dd data-counter="store">
            {t('sims.c.store-value', { bytes: c.storeBytes, entries: c.storeEntries })}
          </dd>
        </div>
      </dl>
      {x && (
        <p className="sim-muted">
          {t('sims.c.this', {
            lookups: x.lookups,
            checks: x.signatureChecks,
            bytes: x.requestBytes,
          })}
        </p>
      )}
    </section>
  );
}

export function SimScenario({
  id,
  rng,
  delay = RUN_DELAY,
}: {
  id: SimId;
  /** Makes the random generator for a run: crypto in the page, seeded in tests. */
  rng: () => Rng;
  /** Milliseconds between steps when running. */
  delay?: number;
}) {
  const t = useStrings(simsStrings);
  const st = useSimText();
  const [run, setRun] = useState<SimRun | null>(null);
  const [steps, setSteps] = useState<Step[]>([]);
  const [shown, setShown] = useState(0);
  const [running, setRunning] = useState(false);
  const [nonce, setNonce] = useState(0);
  // The simulated clock starts at the playground's "now", so the embedded pane judges exp alike.
  const { now } = usePlayground();
  const [start, setStart] = useState(now);

  useEffect(() => {
    let live = true;
    void runScenario(id, rng(), { interactive: true, start }).then((r) => {
      if (!live) return;
      setRun(r);
      setSteps([...r.steps]);
    });
    return () => {
      live = false;
    };
  }, [id, rng, nonce, start]);

  const total = steps.length;
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => {
      setShown(Math.min(shown + 1, total));
      if (shown + 1 >= total) setRunning(false);
    }, delay);
    return () => clearTimeout(timer);
  }, [running, shown, total, delay]);

  const n = SIM_IDS.indexOf(id);
  const next = SIM_IDS[n + 1];
  const current = shown > 0 ? steps[shown - 1] : undefined;
  const atEnd = run !== null && shown >= total && total > 0;
  const interactive = run?.interactiveFrom ?? null;
  const handOver = interactive !== null ? steps[interactive - 1] : undefined;
  const startToken = handOver?.browser.localStorage.find(([k]) => k === 'access_token')?.[1];
  // Scenario 6 hands over to the student: from then on the editor and the question stay.
  const handedOver = interactive !== null && shown >= interactive;
  const growth = steps
    .slice(0, shown)
    .reverse()
    .find((s) => s.growth)?.growth;

  const reset = (): void => {
    setRunning(false);
    setShown(0);
    setRun(null);
    setSteps([]);
    setStart(now);
    setNonce((v) => v + 1);
  };

  return (
    <article className="sim" data-testid="sim-scenario" data-sim={id}>
      <p>
        <a href={routeHref({ page: 'sims' })}>{t('sims.back')}</a>
      </p>
      <p className="sim-kicker">{t('sims.scenario-n', { n: n + 1 })}</p>
      <h2>{st(`sim.${id}.title` as const)}</h2>
      <p>{st(`sim.${id}.intro` as const)}</p>

      {!run ? (
        <p role="status">{t('sims.preparing')}</p>
      ) : (
        <>
          <div className="sim-controls" role="group" aria-label={t('sims.controls')}>
            <button
              type="button"
              onClick={() => {
                setRunning(false);
                setShown(Math.max(0, shown - 1));
              }}
              disabled={shown === 0}
            >
              {t('sims.prev')}
            </button>
            <button
              type="button"
              onClick={() => {
                setRunning(false);
                setShown(Math.min(total, shown + 1));
              }}
              disabled={atEnd}
            >
              {t('sims.step')}
            </button>
            <button
              type="button"
              onClick={() => setRunning(!running)}
              disabled={atEnd}
              aria-pressed={running}
            >
              {running ? t('sims.pause') : t('sims.run')}
            </button>
            <button type="button" onClick={reset}>
              {t('sims.reset')}
            </button>
            <span className="sim-progress" role="status" data-testid="sim-progress">
              {t('sims.progress', { n: shown, total })}
            </span>
          </div>

          {current ? (
            <div className="sim-stage">
              <SimDiagram step={current} />
              <section className="sim-explain" aria-labelledby="sim-explain-title">
                <h3 id="sim-explain-title">{t('sims.explain')}</h3>
                <p aria-live="polite" data-testid="sim-explanation">
                  {isSimTextKey(current.explain)
                    ? st(current.explain, readable(current.params))
                    : current.explain}
                </p>
              </section>
              <Messages step={current} />
              <Counters step={current} />
              <div className="sim-charts">
                <BytesChart steps={steps.slice(0, shown)} />
                {growth && <GrowthChart rows={growth} />}
              </div>
            </div>
          ) : (
            <p className="sim-muted" data-testid="sim-explanation">
              {t('sims.start')}
            </p>
          )}

          {handedOver && startToken && (
            <TryToken
              key={startToken}
              run={run}
              startToken={startToken}
              onSent={() => {
                const all = [...run.recorder.steps];
                setSteps(all);
                // Show the student's exchange; a leak that followed it is the next step.
                setShown(all.findLastIndex((s) => s.exchange !== null) + 1);
              }}
            />
          )}
          {(atEnd || handedOver) && <SimQuestion id={id} />}
          {(atEnd || handedOver) && next && (
            <p>
              <a href={routeHref({ page: 'sim', id: next })}>
                {t('sims.next', { title: st(`sim.${next}.title` as const) })}
              </a>
            </p>
          )}
        </>
      )}
    </article>
  );
}
