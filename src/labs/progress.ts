/**
 * Lab progress: only the ids of solved labs and of labs whose defence was seen, in localStorage under
 * 'jwt-playground:progress:labs'. Never a token, key or secret.
 */
import { createIdListStore, parseIdLists, type IdListStore, type IdLists } from '../model/progress';

export const LAB_PROGRESS_KEY = 'jwt-playground:progress:labs';

/** solved: the careless server accepted a forged token; defended: the safe one then refused it. */
const KINDS = ['solved', 'defended'] as const;

export type LabProgress = IdLists<(typeof KINDS)[number]>;
export type LabProgressStore = IdListStore<(typeof KINDS)[number]>;

export function parseLabProgress(text: string | null): LabProgress {
  return parseIdLists(KINDS, text);
}

export function createLabProgressStore(storage: Storage | undefined): LabProgressStore {
  return createIdListStore(LAB_PROGRESS_KEY, KINDS, storage);
}

let shared: LabProgressStore | null = null;

/** The page's store over localStorage (one per page, so every view sees the same progress). */
export function labProgressStore(): LabProgressStore {
  shared ??= createLabProgressStore(globalThis.localStorage);
  return shared;
}
