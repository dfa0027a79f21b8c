/**
 * The weak-secret lab's dictionary attack: a worker tries the word list against the playground's
 * token while this panel shows a progress bar, guesses per second and a stop button.
 */
import { useEffect, useRef, useState } from 'react';
import { usePlayground } from '../model/context';
import { useStrings } from '../i18n/i18n';
import { labsStrings } from '../i18n/strings/labs';
import type { CrackOutcome, CrackProgress } from './engine/crack';

/** The part of a Worker the panel uses (a fake one in component tests). */
export interface CrackWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((e: MessageEvent) => void) | null;
}

export type CrackMessage =
  /** `workers`: how many workers share the list (one per logical core). */
  | ({ type: 'progress'; workers?: number } & CrackProgress)
  | { type: 'done'; outcome: CrackOutcome }
  | { type: 'error'; detail: string };

function defaultWorker(): CrackWorker {
  return new Worker(new URL('./crack.worker.ts', import.meta.url), { type: 'module' });
}

type Run =
  | { phase: 'idle' }
  | { phase: 'running'; progress: CrackProgress | null }
  | { phase: 'done'; outcome: CrackOutcome }
  | { phase: 'failed'; detail: string };

export function CrackPanel({
  total,
  createWorker = defaultWorker,
}: {
  /** How many candidates the list holds. */
  total: number;
  createWorker?: () => CrackWorker;
}) {
  const { state, dispatch } = usePlayground();
  const t = useStrings(labsStrings);
  const [run, setRun] = useState<Run>({ phase: 'idle' });
  const [workers, setWorkers] = useState<number | null>(null);
  const worker = useRef<CrackWorker | null>(null);

  useEffect(() => () => worker.current?.terminate(), []);

  const start = (): void => {
    worker.current?.terminate();
    const w = createWorker();
    worker.current = w;
    w.onmessage = (e: MessageEvent) => {
      const m = e.data as CrackMessage;
      if (m.type === 'progress') {
        setRun({ phase: 'running', progress: m });
        if (m.workers) setWorkers(m.workers);
      } else if (m.type === 'done') setRun({ phase: 'done', outcome: m.outcome });
      else setRun({ phase: 'failed', detail: m.detail });
      if (m.type !== 'progress') {
        w.terminate();
        if (worker.current === w) worker.current = null;
      }
    };
    setRun({ phase: 'running', progress: null });
    w.postMessage({ type: 'start', token: state.token });
  };
  const stop = (): void => worker.current?.postMessage({ type: 'stop' });

  const applySecret = (secret: string): void => {
    dispatch({ type: 'set-key', text: secret });
    dispatch({ type: 'set-key-format', format: 'utf8' });
    dispatch({ type: 'set-mode', mode: 'sign' });
  };

  const progress =
    run.phase === 'running'
      ? run.progress
      : run.phase === 'done' && run.outcome.status !== 'not-hmac'
        ? run.outcome
        : null;
  const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

  return (
    <section className="panel crack" aria-labelledby="crack-title" data-testid="crack-panel">
      <h3 id="crack-title">{t('crack.title')}</h3>
      <p>{t('crack.intro', { count: fmt(total) })}</p>
      <div className="crack-actions">
        <button
          type="button"
          onClick={start}
          disabled={run.phase === 'running'}
          data-testid="crack-start"
        >
          {t('crack.start')}
        </button>
        <button
          type="button"
          onClick={stop}
          disabled={run.phase !== 'running'}
          data-testid="crack-stop"
        >
          {t('crack.stop')}
        </button>
      </div>
      {progress && (
        <div className="crack-progress">
          <progress
            max={progress.total}
            value={progress.tried}
            aria-label={t('crack.progress', {
              tried: fmt(progress.tried),
              total: fmt(progress.total),
            })}
          />
          <p className="mono" aria-live="off">
            <span data-testid="crack-tried">
              {t('crack.progress', { tried: fmt(progress.tried), total: fmt(progress.total) })}
            </span>
            {' · '}
            <span data-testid="crack-rate" data-rate={Math.round(progress.rate)}>
              {t('crack.rate', { rate: fmt(progress.rate) })}
            </span>
          </p>
          {/* What one guess is, so the rate can be set against raw HMAC-SHA256 signing. */}
          <p className="crack-note">
            {t('crack.rateNote')} {workers !== null && t('crack.workers', { workers })}
          </p>
        </div>
      )}
      <div aria-live="polite" data-testid="crack-result">
        {run.phase === 'done' && run.outcome.status === 'found' && (
          <p className="lab-ok">
            {t('crack.found', {
              secret: run.outcome.secret,
              tried: fmt(run.outcome.tried),
              seconds: (run.outcome.elapsedMs / 1000).toFixed(2),
            })}{' '}
            <button
              type="button"
              onClick={() => applySecret((run.outcome as { secret: string }).secret)}
            >
              {t('crack.useSecret')}
            </button>
          </p>
        )}
        {run.phase === 'done' && run.outcome.status === 'exhausted' && (
          <p>{t('crack.exhausted', { tried: fmt(run.outcome.tried) })}</p>
        )}
        {run.phase === 'done' && run.outcome.status === 'stopped' && (
          <p>{t('crack.stopped', { tried: fmt(run.outcome.tried) })}</p>
        )}
        {run.phase === 'done' && run.outcome.status === 'not-hmac' && (
          <p>{t('crack.notHmac', { alg: run.outcome.alg ?? '?' })}</p>
        )}
        {run.phase === 'failed' && <p>{t('crack.failed', { detail: run.detail })}</p>}
      </div>
    </section>
  );
}
