/**
 * Lab progress: only the ids of solved labs and of labs whose defence was seen, in localStorage under
 * 'jwt-playground:progress:labs'. Never a token, key or secret. An external store, read with
 * useSyncExternalStore.
 */
export const LAB_PROGRESS_KEY = 'jwt-playground:progress:labs';

export interface LabProgress {
  /** Labs whose careless server accepted a forged admin token. */
  solved: string[];
  /** Labs where the safe server then refused the same token. */
  defended: string[];
}

const EMPTY: LabProgress = { solved: [], defended: [] };

function ids(v: unknown): string[] {
  return Array.isArray(v)
    ? v.filter((x): x is string => typeof x === 'string' && /^[a-z0-9-]{1,64}$/.test(x))
    : [];
}

export function parseLabProgress(text: string | null): LabProgress {
  if (!text) return EMPTY;
  try {
    const v = JSON.parse(text) as Record<string, unknown>;
    return { solved: ids(v.solved), defended: ids(v.defended) };
  } catch {
    return EMPTY;
  }
}

export interface LabProgressStore {
  subscribe(listener: () => void): () => void;
  get(): LabProgress;
  mark(kind: keyof LabProgress, id: string): void;
  reset(): void;
}

export function createLabProgressStore(storage: Storage | undefined): LabProgressStore {
  let current = EMPTY;
  try {
    current = parseLabProgress(storage?.getItem(LAB_PROGRESS_KEY) ?? null);
  } catch {
    // Storage disabled: progress lasts for this page only.
  }
  const listeners = new Set<() => void>();
  const commit = (next: LabProgress): void => {
    current = next;
    try {
      if (next.solved.length === 0 && next.defended.length === 0)
        storage?.removeItem(LAB_PROGRESS_KEY);
      else storage?.setItem(LAB_PROGRESS_KEY, JSON.stringify(next));
    } catch {
      // Full or disabled storage: keep the in-memory copy.
    }
    for (const l of listeners) l();
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => current,
    mark(kind, id) {
      if (current[kind].includes(id)) return;
      commit({ ...current, [kind]: [...current[kind], id] });
    },
    reset: () => commit(EMPTY),
  };
}

let shared: LabProgressStore | null = null;

/** The page's store over localStorage (one per page, so every view sees the same progress). */
export function labProgressStore(): LabProgressStore {
  shared ??= createLabProgressStore(globalThis.localStorage);
  return shared;
}
