/**
 * The components lesson texts use: <Goal id/>, <Quiz id/>, <TryIt scene?/>, <Rfc n s?/>, and
 * <Playground/> (where the playground goes on a phone).
 */
import {
  useEffect,
  useId,
  useMemo,
  useState,
  useSyncExternalStore,
  type ComponentProps,
} from 'react';
import type { MDXComponents } from 'mdx/types';
import { usePlayground } from '../model/context';
import { useLang, useStrings } from '../i18n/i18n';
import { lessonStrings } from '../i18n/strings/lessons';
import { memberSpan } from './engine';
import { useLesson } from './LessonContext';
import { LessonPlaygroundSection } from './LessonPlayground';
import { lessonProgress } from './progress';
import { answerOrder } from './quizOrder';

function safeCheck(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

export function Goal({ id }: { id: string }) {
  const { spec, snapshot, setAnswer, apply } = useLesson();
  const lang = useLang();
  const t = useStrings(lessonStrings);
  const inputId = useId();
  const progress = useSyncExternalStore(lessonProgress.subscribe, lessonProgress.get);
  const goal = spec.goals.find((g) => g.id === id);
  const met = goal && snapshot ? safeCheck(() => goal.check(snapshot)) : false;
  const key = `${spec.id}/${id}`;
  useEffect(() => {
    if (met) lessonProgress.mark('goals', key);
  }, [met, key]);
  if (!goal) return null;
  const earlier = !met && progress.goals.includes(key);
  const status = !snapshot
    ? t('lessons.goal.loading')
    : met
      ? `${t('lessons.goal.met')}: ${goal.done[lang]}`
      : earlier
        ? t('lessons.goal.earlier')
        : t('lessons.goal.pending');
  const showSolution = async (): Promise<void> => {
    if (!snapshot) return;
    apply(await goal.solution(snapshot));
  };
  return (
    <section className={`lesson-goal${met ? ' is-met' : ''}`} aria-label={t('lessons.goal')}>
      <p className="lesson-goal-task">
        <strong>{t('lessons.goal')}:</strong> {goal.task[lang]}
      </p>
      {goal.answer && (
        <p className="lesson-goal-answer">
          <label htmlFor={inputId}>{goal.answer[lang]}</label>
          <input
            id={inputId}
            className="mono"
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={snapshot?.answers[id] ?? ''}
            onChange={(e) => setAnswer(id, e.target.value)}
          />
        </p>
      )}
      <p
        role="status"
        aria-live="polite"
        className={`lesson-goal-status ${met ? 'badge badge-ok' : 'badge badge-info'}`}
        data-goal={id}
        data-met={met ? 'true' : 'false'}
      >
        {status}
      </p>
      <button
        type="button"
        className="lesson-solution"
        disabled={!snapshot}
        onClick={() => void showSolution()}
      >
        {t('lessons.showMe')}
      </button>
    </section>
  );
}

export function Quiz({ id }: { id: string }) {
  const { spec, choices, choose, seed } = useLesson();
  const lang = useLang();
  const t = useStrings(lessonStrings);
  const name = useId();
  const item = spec.quiz.find((q) => q.id === id);
  const order = useMemo(() => answerOrder(item?.answers.length ?? 0, seed, id), [item, seed, id]);
  const chosen = choices[id];
  const picked = chosen === undefined ? undefined : item?.answers[chosen];
  const key = `${spec.id}/${id}`;
  const right = picked?.correct === true;
  useEffect(() => {
    if (right) lessonProgress.mark('quiz', key);
  }, [right, key]);
  if (!item) return null;
  return (
    <fieldset className="lesson-quiz">
      <legend>
        <span className="visually-hidden">{t('lessons.quiz.question')}: </span>
        {item.question[lang]}
      </legend>
      <div className="lesson-quiz-answers">
        {order.map((i) => {
          const a = item.answers[i];
          if (!a) return null;
          return (
            <div key={i} className={`lesson-quiz-answer${chosen === i ? ' chosen' : ''}`}>
              <label>
                <input
                  type="radio"
                  name={name}
                  checked={chosen === i}
                  onChange={() => choose(id, i)}
                />{' '}
                {a.text[lang]}
              </label>
              {right && chosen !== i && (
                <p className="lesson-quiz-why">
                  <span className="visually-hidden">
                    {a.correct ? t('lessons.quiz.rightAnswer') : t('lessons.quiz.otherAnswer')}
                    :{' '}
                  </span>
                  <span aria-hidden="true">{a.correct ? '✓ ' : '✗ '}</span>
                  {a.why[lang]}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <p
        role="status"
        aria-live="polite"
        className={
          picked
            ? `lesson-quiz-feedback badge ${right ? 'badge-ok' : 'badge-bad'}`
            : 'lesson-quiz-feedback'
        }
      >
        {picked &&
          `${right ? t('lessons.quiz.right') : t('lessons.quiz.wrong')} ${picked.why[lang]}`}
      </p>
    </fieldset>
  );
}

/**
 * Where the playground sits in the text on narrow screens (right after the goals, so the task and
 * the panes it needs are adjacent); on wide screens the playground is a sticky column instead.
 */
export function Playground() {
  const { inlinePlayground } = useLesson();
  return inlinePlayground ? <LessonPlaygroundSection /> : null;
}

/** Points at the lesson's focus in the playground (or loads a scene first). */
export function TryIt({ scene }: { scene?: string }) {
  const { spec, loadScene } = useLesson();
  const { inspection, dispatch } = usePlayground();
  const t = useStrings(lessonStrings);
  const [busy, setBusy] = useState(false);
  const focus = spec.focus;
  const go = async (): Promise<void> => {
    setBusy(true);
    try {
      if (scene) await loadScene(scene);
      if (!focus) return;
      if (focus.part && focus.member && !scene) {
        const span = memberSpan(inspection, focus.part, focus.member);
        if (span)
          dispatch({ type: 'highlight', highlight: { from: 'json', part: focus.part, span } });
      }
      const el = document.querySelector<HTMLElement>(`[data-testid="${focus.testid}"]`);
      // In the sticky column only that column needs to scroll; the page stays where the text is.
      const sticky = el?.closest('.lesson-playground.is-sticky');
      el?.scrollIntoView?.({ block: sticky ? 'nearest' : 'center', behavior: 'smooth' });
      el?.focus({ preventScroll: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <p className="lesson-tryit">
      <button type="button" disabled={busy} onClick={() => void go()}>
        {scene ? t('lessons.loadScene') : t('lessons.tryIt')}
      </button>
    </p>
  );
}

export function Rfc({ n, s }: { n: string; s?: string }) {
  const href = `https://www.rfc-editor.org/rfc/rfc${n}${s ? `#section-${s}` : ''}`;
  return (
    <a href={href} target="_blank" rel="noreferrer noopener" className="rfc-link">
      RFC {n}
      {s ? ` §${s}` : ''}
    </a>
  );
}

function Link(props: ComponentProps<'a'>) {
  const external = props.href?.startsWith('http');
  return <a {...props} {...(external ? { target: '_blank', rel: 'noreferrer noopener' } : {})} />;
}

// A code block scrolls sideways on a narrow screen, so it must take keyboard focus to be scrolled.
function Pre(props: ComponentProps<'pre'>) {
  return <pre tabIndex={0} {...props} />;
}

export const mdxComponents: MDXComponents = {
  Goal,
  Quiz,
  TryIt,
  Rfc,
  Playground,
  a: Link,
  pre: Pre,
};
