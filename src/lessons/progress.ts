/**
 * Lesson progress: only ids of met goals, right quiz answers and finished lessons, in localStorage
 * under 'jwt-playground:progress:lessons'. Never a token, key or answer text. An external store, so
 * components read it with useSyncExternalStore and effects may record into it.
 */
export const PROGRESS_KEY = 'jwt-playground:progress:lessons';

export interface Progress {
  /** 'lesson/goal' ids. */
  goals: string[];
  /** 'lesson/quiz' ids answered right. */
  quiz: string[];
  /** Lesson ids with every goal and quiz done. */
  lessons: string[];
}

const EMPTY: Progress = { goals: [], quiz: [], lessons: [] };

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function parseProgress(text: string | null): Progress {
  if (!text) return EMPTY;
  try {
    const v = JSON.parse(text) as Record<string, unknown>;
    return { goals: strings(v.goals), quiz: strings(v.quiz), lessons: strings(v.lessons) };
  } catch {
    return EMPTY;
  }
}

export interface ProgressStore {
  subscribe(listener: () => void): () => void;
  get(): Progress;
  mark(kind: keyof Progress, id: string): void;
  reset(): void;
}

export function createProgressStore(storage: Storage | undefined): ProgressStore {
  const read = (): string | null => {
    try {
      return storage?.getItem(PROGRESS_KEY) ?? null;
    } catch {
      return null;
    }
  };
  let current = parseProgress(read());
  const listeners = new Set<() => void>();
  const commit = (next: Progress): void => {
    current = next;
    try {
      if (next === EMPTY) storage?.removeItem(PROGRESS_KEY);
      else storage?.setItem(PROGRESS_KEY, JSON.stringify(next));
    } catch {
      // Storage full or blocked: progress lives on for this page only.
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

/** The page's store, over localStorage when there is one. */
export const lessonProgress = createProgressStore(
  typeof localStorage === 'undefined' ? undefined : localStorage,
);
