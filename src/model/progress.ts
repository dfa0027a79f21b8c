/**
 * Progress kept locally: lists of ids only (lessons met, quizzes answered, labs solved), never a token,
 * key, secret or answer text. One small external store per area, read with useSyncExternalStore.
 */
export type IdLists<K extends string> = Record<K, string[]>;

export interface IdListStore<K extends string> {
  subscribe(listener: () => void): () => void;
  get(): IdLists<K>;
  mark(kind: K, id: string): void;
  reset(): void;
}

// Ids are slugs or "lesson/goal" pairs; anything else found in storage is dropped.
const ID = /^[a-z0-9-]{1,64}(\/[a-z0-9-]{1,64})?$/;

/** Reads stored lists, keeping only well-formed ids; anything unreadable is an empty record. */
export function parseIdLists<K extends string>(
  kinds: readonly K[],
  text: string | null,
): IdLists<K> {
  let v: Record<string, unknown> = {};
  try {
    v = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    v = {};
  }
  const lists = {} as IdLists<K>;
  for (const k of kinds) {
    const list = v && typeof v === 'object' ? v[k] : undefined;
    lists[k] = Array.isArray(list)
      ? list.filter((x): x is string => typeof x === 'string' && ID.test(x))
      : [];
  }
  return lists;
}

/** A store of id lists under one storage key; storage that is full or blocked only loses persistence. */
export function createIdListStore<K extends string>(
  key: string,
  kinds: readonly K[],
  storage: Storage | undefined,
): IdListStore<K> {
  const empty = parseIdLists(kinds, null);
  let current = empty;
  try {
    current = parseIdLists(kinds, storage?.getItem(key) ?? null);
  } catch {
    // Storage disabled: progress lasts for this page only.
  }
  const listeners = new Set<() => void>();
  const commit = (next: IdLists<K>): void => {
    current = next;
    try {
      if (kinds.every((k) => next[k].length === 0)) storage?.removeItem(key);
      else storage?.setItem(key, JSON.stringify(next));
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
    reset: () => commit(empty),
  };
}
