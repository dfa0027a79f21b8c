/**
 * A lesson is a folder: en.mdx and ko.mdx (the text, with front matter) and lesson.ts (the machine
 * part: the playground's start state, what to point at, goals checked against the live playground,
 * and quiz items). This file holds the shapes they share; nothing here touches React.
 */
import type { CheckResult, Diagnostic, Inspection } from '../jwt/index';
import type { Action, KeyFormatChoice, Mode, State } from '../model/state';
import type { TestId } from '../model/testIds';

export interface Localized {
  en: string;
  ko: string;
}

/** What a lesson loads into the playground. */
export interface StartState {
  token: string;
  keyText?: string;
  keyFormat?: KeyFormatChoice;
  signKeyText?: string;
  mode?: Mode;
}

/** Everything a goal may look at: the playground's inputs and what is derived from them. */
export interface Snapshot {
  state: State;
  inspection: Inspection;
  /** The latest finished check for the current inputs, or null while one runs. */
  verification: CheckResult | null;
  now: number;
  claimDiagnostics: Diagnostic[];
  /** Typed answers, by goal id. */
  answers: Record<string, string>;
  /** The state the lesson started from, once loaded. */
  start: StartState | null;
}

/** A step of a solution: a playground action, or an answer typed into a goal's field. */
export type Step = Action | { type: 'answer'; goal: string; value: string };

/** Where a lesson points: a pane (by data-testid) and optionally a member of a decoded part. */
export interface Focus {
  testid: Extract<
    TestId,
    | 'token-input'
    | 'header-json'
    | 'payload-json'
    | 'key-input'
    | 'signature-status'
    | 'claims-status'
    | 'mode-toggle'
  >;
  part?: 'header' | 'payload';
  member?: string;
}

export interface Goal {
  id: string;
  /** The task, as the student reads it. */
  task: Localized;
  /** Shown when the goal is met. */
  done: Localized;
  /** Present when the goal is met by typing an answer (the field's label). */
  answer?: Localized;
  check(p: Snapshot): boolean;
  /** Steps that meet the goal from the state the lesson starts in. */
  solution(p: Snapshot): Step[] | Promise<Step[]>;
}

export interface QuizAnswer {
  text: Localized;
  correct?: true;
  /** Why this answer is right or wrong. */
  why: Localized;
}

export interface QuizItem {
  id: string;
  question: Localized;
  answers: QuizAnswer[];
}

/** What the lesson's start token is, for the test that keeps text and token in step. */
export interface Expectation {
  kind: 'jws' | 'jwe' | 'invalid';
  alg?: string;
  /** Payload members and their values, or a test of the value (for values relative to `now`). */
  claims?: Record<string, unknown>;
  /** Tests of values that depend on the time the lesson started. */
  claimTests?: Record<string, (value: unknown, now: number) => boolean>;
  signature: 'valid' | 'invalid' | 'unsecured' | 'not-performed';
}

export interface LessonSpec {
  id: string;
  start(now: number): StartState | Promise<StartState>;
  /** Further start states a <TryIt scene="…"/> loads. */
  scenes?: Record<string, (now: number) => StartState | Promise<StartState>>;
  expect: Expectation;
  focus?: Focus;
  goals: Goal[];
  quiz: QuizItem[];
}
