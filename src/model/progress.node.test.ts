import { describe, expect, it } from 'vitest';
import { createIdListStore, parseIdLists } from './progress';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe('progress kept locally', () => {
  it('stores ids only and drops anything else found in storage', () => {
    expect(
      parseIdLists(
        ['a', 'b'],
        '{"a":["ok","x/y","<script>","eyJhbGciOiJIUzI1NiJ9.e30.sig"],"b":3}',
      ),
    ).toEqual({ a: ['ok', 'x/y'], b: [] });
    expect(parseIdLists(['a'], 'not json')).toEqual({ a: [] });
  });

  it('marks once, notifies, persists, and a reset removes the key', () => {
    const storage = memoryStorage();
    const store = createIdListStore('k', ['done'] as const, storage);
    let calls = 0;
    store.subscribe(() => calls++);
    store.mark('done', 'lesson-1');
    store.mark('done', 'lesson-1');
    expect(calls).toBe(1);
    expect(storage.getItem('k')).toBe('{"done":["lesson-1"]}');
    expect(createIdListStore('k', ['done'] as const, storage).get().done).toEqual(['lesson-1']);
    store.reset();
    expect(storage.getItem('k')).toBeNull();
  });
});
