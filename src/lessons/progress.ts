/**
 * Lesson progress: only ids of met goals ('lesson/goal'), right quiz answers ('lesson/quiz') and
 * finished lessons, in localStorage under 'jwt-playground:progress:lessons'. Never a token, key or
 * answer text.
 */
import { createIdListStore, parseIdLists, type IdListStore, type IdLists } from '../model/progress';

export const PROGRESS_KEY = 'jwt-playground:progress:lessons';

const KINDS = ['goals', 'quiz', 'lessons'] as const;

export type Progress = IdLists<(typeof KINDS)[number]>;
export type ProgressStore = IdListStore<(typeof KINDS)[number]>;

export function parseProgress(text: string | null): Progress {
  return parseIdLists(KINDS, text);
}

export function createProgressStore(storage: Storage | undefined): ProgressStore {
  return createIdListStore(PROGRESS_KEY, KINDS, storage);
}

/** The page's store, over localStorage when there is one. */
export const lessonProgress = createProgressStore(
  typeof localStorage === 'undefined' ? undefined : localStorage,
);
