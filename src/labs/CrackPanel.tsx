/**
 * The weak-secret lab's dictionary attack: a worker tries the word list against the playground's
 * token while this panel shows a progress bar, guesses per second and a stop button.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { usePlayground } from '../model/context';
import { scriptURL } from '../model/scriptUrl';
import { useStrings } from '../i18n/i18n';
import { labsStrings } from '../i18n/strings/labs';
import {
  BASE_WORD_LIST,
  measureHmacSpeed,
  wordlist,
  type CrackOutcome,
  type CrackProgress,
} from './engine/crack';
// Vite bundles the worker and gives its URL; the literal `new Worker(new URL(…))` it also
// understands cannot pass the URL through the Trusted Types policy first.
import crackWorkerUrl from './crack.worker.ts?worker&url';

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
  // A module in dev; a classic script in the build (Vite's default worker format, iife), which is
  // how the worker starts its helpers too.
  return new Worker(scriptURL(crackWorkerUrl), import.meta.env.DEV ? { type: 'module' } : {});
}

/** How many candidates of the built-in list are shown. */
const PREVIEW = 200;
/** A larger file is refused: its candidates are copied to every worker. */
const MAX_FILE_MB = 50;

/** One candidate per line; Windows line ends and empty lines dropped, repeats kept once. */
export function parseWordList(text: string): string[] {
  return [...new Set(text.split(/\r?\n/).filter((w) => w.length > 0))];
}

/** Raw WebCrypto HMAC-SHA256 signatures per second in this page, one thread. */
async function defaultMeasure(): Promise<number> {
  return (await measureHmacSpeed(500)).perSecond;
}

let builtin: string[] | null = null;
function builtinList(): string[] {
  builtin ??= wordlist();
  return builtin;
}

type Run =
  | { phase: 'idle' }
  | { phase: 'running'; progress: CrackProgress | null }
  | { phase: 'done'; outcome: CrackOutcome }
  | { phase: 'failed'; detail: string };

export function CrackPanel({
  createWorker = defaultWorker,
  measureRaw = defaultMeasure,
}: {
  createWorker?: () => CrackWorker;
  /** Measures the raw rate the attack is set against (a shorter run in tests). */
  measureRaw?: () => Promise<number>;
}) {
  const { state, dispatch } = usePlayground();
  const t = useStrings(labsStrings);
  const ids = useId();
  const [run, setRun] = useState<Run>({ phase: 'idle' });
  const [workers, setWorkers] = useState<number | null>(null);
  // The student's own list (null: the built-in one), what they are typing, and why a file failed.
  const [own, setOwn] = useState<string[] | null>(null);
  const [draft, setDraft] = useState('');
  const [listError, setListError] = useState<string | null>(null);
  const [raw, setRaw] = useState<number | 'measuring' | null>(null);
  const worker = useRef<CrackWorker | null>(null);
  const total = own?.length ?? builtinList().length;
  const draftCount = useMemo(() => parseWordList(draft).length, [draft]);

  useEffect(() => () => worker.current?.terminate(), []);

  // Once an attack is over (workers gone), the same page measures bare WebCrypto signing, so the
  // guesses per second can be read against what the browser does at most.
  const finished = run.phase === 'done' && run.outcome.status !== 'not-hmac';
  useEffect(() => {
    if (!finished) return;
    let live = true;
    void measureRaw().then(
      (r) => live && setRaw(r),
      () => live && setRaw(null),
    );
    return () => {
      live = false;
    };
  }, [finished, measureRaw]);

  const loadFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    if (file.size > MAX_FILE_MB * 1024 * 1024) {
      setListError(t('crack.list.tooBig', { mb: MAX_FILE_MB }));
      return;
    }
    setListError(null);
    setDraft(await file.text());
  };
  const useOwn = (): void => {
    const words = parseWordList(draft);
    if (words.length === 0) {
      setListError(t('crack.list.empty'));
      return;
    }
    setListError(null);
    setOwn(words);
  };

  const start = (): void => {
    worker.current?.terminate();
    const w = createWorker();
    worker.current = w;
    w.onmessage = (e: MessageEvent) => {
      const m = e.data as CrackMessage;
      if (m.type === 'progress') {
        setRun({ phase: 'running', progress: m });
        if (m.workers) setWorkers(m.workers);
      } else if (m.type === 'done') {
        setRun({ phase: 'done', outcome: m.outcome });
        if (m.outcome.status !== 'not-hmac') setRaw('measuring');
      } else setRun({ phase: 'failed', detail: m.detail });
      if (m.type !== 'progress') {
        w.terminate();
        if (worker.current === w) worker.current = null;
      }
    };
    setRun({ phase: 'running', progress: null });
    setRaw(null);
    w.postMessage(
      own
        ? { type: 'start', token: state.token, words: own }
        : { type: 'start', token: state.token },
    );
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
      <p>{t('crack.intro')}</p>
      <p data-testid="crack-list-active">
        {own
          ? t('crack.list.active.own', { count: fmt(total) })
          : t('crack.list.active.builtin', { count: fmt(total) })}{' '}
        {own && (
          <button type="button" onClick={() => setOwn(null)} disabled={run.phase === 'running'}>
            {t('crack.list.builtinUse')}
          </button>
        )}
      </p>
      <details className="crack-list">
        <summary>{t('crack.list.show')}</summary>
        <p>
          {t('crack.list.builtin', {
            count: fmt(builtinList().length),
            words: fmt(BASE_WORD_LIST.length),
          })}
        </p>
        <p className="crack-list-label">
          {t('crack.list.words', { words: fmt(BASE_WORD_LIST.length) })}
        </p>
        <pre className="mono lab-res-text" tabIndex={0} data-testid="crack-base-words">
          {BASE_WORD_LIST.join(' ')}
        </pre>
        <p className="crack-list-label">{t('crack.list.preview', { shown: PREVIEW })}</p>
        <pre className="mono lab-res-text" tabIndex={0} data-testid="crack-preview">
          {builtinList().slice(0, PREVIEW).join('\n')}
        </pre>
      </details>
      <details className="crack-list">
        <summary>{t('crack.list.ownTitle')}</summary>
        <label htmlFor={`${ids}-own`} className="crack-list-label">
          {t('crack.list.own')}
        </label>
        <textarea
          id={`${ids}-own`}
          className="mono crack-own"
          rows={5}
          spellCheck={false}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          data-testid="crack-own"
        />
        <label htmlFor={`${ids}-file`} className="crack-list-label">
          {t('crack.list.file')}
        </label>
        <input
          id={`${ids}-file`}
          type="file"
          accept=".txt,.lst,.dic,text/plain"
          onChange={(e) => void loadFile(e.target.files?.[0])}
          data-testid="crack-file"
        />
        <p>
          <button
            type="button"
            onClick={useOwn}
            disabled={run.phase === 'running'}
            data-testid="crack-use-own"
          >
            {t('crack.list.use', { count: fmt(draftCount) })}
          </button>
        </p>
        {listError && (
          <p className="lab-reason" role="alert">
            {listError}
          </p>
        )}
      </details>
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
          {raw !== null && (
            <p className="crack-note" data-testid="crack-raw" aria-live="polite">
              {raw === 'measuring'
                ? t('crack.raw.measuring')
                : `${t('crack.raw', { rate: fmt(raw) })} ${t('crack.raw.ratio', {
                    ratio: (progress.rate / Math.max(1, raw)).toFixed(2),
                  })}`}
            </p>
          )}
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
