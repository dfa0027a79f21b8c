import { createContext, useContext } from 'react';
import type { LessonSpec, Snapshot, Step } from './model';

/** What the MDX components of one lesson page share. */
export interface LessonRuntime {
  spec: LessonSpec;
  /** The live playground as goals see it; null until the lesson's start state is loaded. */
  snapshot: Snapshot | null;
  setAnswer(goal: string, value: string): void;
  choices: Record<string, number>;
  choose(quiz: string, answer: number): void;
  /** This attempt's seed for the order of quiz answers. */
  seed: number;
  /** Narrow screens: the text's <Playground/> shows the playground in place. */
  inlinePlayground: boolean;
  apply(steps: Step[]): void;
  loadScene(name: string | null): Promise<void>;
}

export const LessonContext = createContext<LessonRuntime | null>(null);

export function useLesson(): LessonRuntime {
  const l = useContext(LessonContext);
  if (!l) throw new Error('useLesson outside a lesson');
  return l;
}
