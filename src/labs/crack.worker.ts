/**
 * The dictionary attack off the main thread: the page stays responsive while tens of thousands of
 * HMAC guesses are tried. Messages from the page: in {type:'start', token, words?} | {type:'stop'}
 * (words: the student's own list; without it, the built-in one);
 * out {type:'progress', …CrackProgress} | {type:'done', outcome} | {type:'error', detail}.
 *
 * The worker the page starts only coordinates: it starts helper workers (this same script), one
 * per logical core as `navigator.hardwareConcurrency` counts them (at most 8), and splits the list
 * among them: candidate i goes to share i mod n, which keeps the list's order overall. In Chromium
 * a small WebCrypto call runs on the thread that makes it, so n helpers really are n times the
 * hashing. The coordinator keeps its own event loop free, because a worker busy with a chain of
 * WebCrypto calls hears messages late (measured: tens of milliseconds, sometimes not until its
 * share is done), and it must hear the helpers' counts and the page's stop at once.
 *
 * A helper gets {type:'share', token, index, count}, builds its share and answers {type:'ready'};
 * on {type:'go'} it cracks it, reporting progress every 5 ms and then done. All shares start
 * together; the first to find the secret ends the others, which are terminated rather than asked
 * (they would hear a stop late), so their guesses count as last reported: the total errs low, never
 * high. The figures sent to the page add up every share's guesses over the wall-clock time since
 * 'go', so guesses per second is the whole attack's rate. A share whose helper cannot start is
 * tried here.
 */
import { crack, hmacTarget, wordlist, type CrackOutcome, type CrackProgress } from './engine/crack';
import { scriptURL } from '../model/scriptUrl';

export type CrackRequest =
  | { type: 'start'; token: string; words?: string[] }
  | { type: 'share'; token: string; index: number; count: number; words?: string[] }
  | { type: 'go' }
  | { type: 'stop' };

type Reply =
  | ({ type: 'progress'; workers?: number } & CrackProgress)
  | { type: 'done'; outcome: CrackOutcome }
  | { type: 'error'; detail: string }
  | { type: 'ready' };

const MAX_WORKERS = 8;
const signal = { aborted: false };
let helpers: Worker[] = [];

const reply = (m: Reply): void => self.postMessage(m);

function shareOf(list: readonly string[], index: number, count: number): string[] {
  return count === 1 ? [...list] : list.filter((_, i) => i % count === index);
}

/** How long the helpers may take to start before this worker goes on without them. */
const READY_TIMEOUT_MS = 1500;

/** A helper's share, ready to be cracked when 'go' arrives. */
let pending: (() => void) | null = null;

/** A helper: build its share, say so, crack it on 'go'. Frequent progress keeps the total fresh. */
function prepareShare(token: string, index: number, count: number, own?: string[]): void {
  const words = own ?? shareOf(wordlist(), index, count);
  pending = () =>
    void crack(token, words, {
      signal,
      progressEveryMs: 5,
      onProgress: (p) => reply({ type: 'progress', ...p }),
    }).then(
      (outcome) => reply({ type: 'done', outcome }),
      (err: unknown) => reply({ type: 'error', detail: String(err) }),
    );
  reply({ type: 'ready' });
}

interface Share {
  /** Guesses this share has finished, as last reported. */
  tried: number;
  outcome: CrackOutcome | null;
  /** Its helper could not run it: this worker tries it after its own. */
  orphan: boolean;
}

/** How the running attack is stopped from outside (the page's stop message). */
let stopRunning: (() => void) | null = null;

/** The worker the page talks to: start the helpers, give out the shares, add everything up. */
function coordinate(token: string, own?: string[]): void {
  if (!hmacTarget(token).ok) {
    void crack(token, []).then((outcome) => reply({ type: 'done', outcome }));
    return;
  }
  const count = Math.max(1, Math.min(MAX_WORKERS, navigator.hardwareConcurrency || 1));
  const shares: Share[] = Array.from({ length: count }, () => ({
    tried: 0,
    outcome: null,
    orphan: false,
  }));
  let words: string[] = [];
  let start = 0;
  let lastReport = 0;
  let secret: string | null = null;
  let stopping = false;
  let finished = false;
  /** The share being cracked in this worker, if any. */
  let localIndex = -1;

  const stats = (): CrackProgress => {
    const elapsedMs = performance.now() - start;
    const tried = shares.reduce((n, s) => n + s.tried, 0);
    const rate = elapsedMs > 0 ? (tried * 1000) / elapsedMs : 0;
    return { tried, total: words.length, elapsedMs, rate };
  };
  const progress = (): void => {
    const now = performance.now();
    if (finished || now - lastReport < 100) return;
    lastReport = now;
    reply({ type: 'progress', workers: count, ...stats() });
  };

  // Over once every share is: the figures then count every guess made, up to the last one.
  const settle = (): void => {
    if (finished || shares.some((s) => !s.outcome)) return;
    finished = true;
    stopRunning = null;
    for (const h of helpers) h.terminate();
    helpers = [];
    const s = stats();
    if (secret !== null || !stopping) reply({ type: 'progress', workers: count, ...s });
    reply({
      type: 'done',
      outcome:
        secret !== null
          ? { status: 'found', secret, ...s }
          : { status: stopping ? 'stopped' : 'exhausted', ...s },
    });
  };
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    signal.aborted = true;
    // Helpers are cut off, not asked (see above): their guesses count as last reported. A share
    // running here stops at its next guess.
    for (const h of helpers) h.terminate();
    helpers = [];
    shares.forEach((share, index) => {
      if (index !== localIndex)
        share.outcome ??= { status: 'stopped', ...stats(), tried: share.tried };
    });
    settle();
  };
  stopRunning = stop;
  const done = (index: number, outcome: CrackOutcome): void => {
    const share = shares[index]!;
    if (share.outcome) return;
    share.outcome = outcome;
    if (outcome.status !== 'not-hmac') share.tried = outcome.tried;
    if (outcome.status === 'found' && secret === null) {
      secret = outcome.secret;
      stop();
    }
    settle();
  };

  /** Cracks here, one after the other, the shares no helper could take. */
  const local = (index: number): void => {
    localIndex = index;
    void crack(token, shareOf(words, index, count), {
      signal,
      onProgress: (p) => {
        shares[index]!.tried = p.tried;
        progress();
      },
    }).then(
      (outcome) => {
        localIndex = -1;
        done(index, outcome);
        const next = shares.findIndex((s) => s.orphan && !s.outcome);
        if (next >= 0 && !stopping) {
          shares[next]!.orphan = false;
          local(next);
        }
      },
      (err: unknown) => {
        finished = true;
        reply({ type: 'error', detail: String(err) });
      },
    );
  };
  const orphan = (index: number): void => {
    const share = shares[index]!;
    if (share.outcome || share.orphan) return;
    if (stopping) {
      share.outcome = { status: 'stopped', ...stats(), tried: share.tried };
      return settle();
    }
    // Its count so far is dropped with it: its share is tried again from the start.
    share.tried = 0;
    share.orphan = true;
    if (localIndex < 0 && start > 0) {
      share.orphan = false;
      local(index);
    }
  };

  // Every share starts at once ('go') when all helpers have built their lists: the clock runs from
  // the first guess to the last, so starting the workers and making the list are not counted.
  const ready = new Set<number>();
  let waiting: (() => void) | null = null;
  const check = (): void => {
    if (waiting && shares.every((s, i) => s.orphan || ready.has(i))) waiting();
  };
  const started = new Map<number, Worker>();
  for (let index = 0; index < count; index++) {
    let h: Worker;
    try {
      // This worker's own CSP (its script's response header) requires Trusted Types as the page's does.
      h = new Worker(scriptURL(self.location.href), import.meta.env.DEV ? { type: 'module' } : {});
    } catch {
      shares[index]!.orphan = true;
      continue;
    }
    started.set(index, h);
    h.onmessage = (e: MessageEvent<Reply>) => {
      const m = e.data;
      if (m.type === 'ready') {
        ready.add(index);
        check();
      } else if (m.type === 'progress') {
        shares[index]!.tried = m.tried;
        progress();
      } else if (m.type === 'done') done(index, m.outcome);
      else orphan(index);
    };
    h.onerror = (e) => {
      e.preventDefault();
      orphan(index);
      check();
    };
    h.postMessage({
      type: 'share',
      token,
      index,
      count,
      ...(own ? { words: shareOf(own, index, count) } : {}),
    } satisfies CrackRequest);
  }
  helpers = [...started.values()];
  words = own ?? wordlist();
  void new Promise<void>((resolve) => {
    waiting = resolve;
    check();
    setTimeout(resolve, READY_TIMEOUT_MS);
  }).then(() => {
    waiting = null;
    if (finished) return;
    // A helper not ready by now is left out: its share is tried here.
    for (const [index, h] of started) {
      if (ready.has(index)) continue;
      h.terminate();
      started.delete(index);
      shares[index]!.orphan = true;
    }
    helpers = [...started.values()];
    start = performance.now();
    lastReport = start;
    for (const h of helpers) h.postMessage({ type: 'go' } satisfies CrackRequest);
    const first = shares.findIndex((s) => s.orphan);
    if (first >= 0) {
      shares[first]!.orphan = false;
      local(first);
    }
  });
}

self.onmessage = (e: MessageEvent<CrackRequest>) => {
  const m = e.data;
  if (m.type === 'stop') {
    signal.aborted = true;
    stopRunning?.();
    return;
  }
  if (m.type === 'go') return pending?.();
  signal.aborted = false;
  if (m.type === 'share') prepareShare(m.token, m.index, m.count, m.words);
  else coordinate(m.token, m.words);
};
