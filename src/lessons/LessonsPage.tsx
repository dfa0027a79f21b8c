/**
 * Lessons: the index (with progress and a reset) and one lesson page (text beside or above the real
 * playground, goals checked live, quiz, previous/next). Loaded on demand by App; each lesson's
 * machine part and text load on demand too.
 */
import {
  Suspense,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { usePlayground } from '../model/context';
import { format, useLang, useStrings, type Lang } from '../i18n/i18n';
import { fillParticles } from '../i18n/strings/particles';
import { lessonStrings } from '../i18n/strings/lessons';
import { routeHref, type Route } from '../model/route';
import { mdxComponents } from './components';
import { startActions } from './engine';
import { GLOSSARY } from './glossary';
import { LessonPlaygroundSection } from './LessonPlayground';
import { LessonContext, type LessonRuntime } from './LessonContext';
import type { LessonSpec, Snapshot, StartState, Step } from './model';
import { lessonProgress, type Progress } from './progress';
import { newAttemptSeed } from './quizOrder';
import { LESSONS, lessonIndex, type LessonEntry, type LessonText } from './registry';
import './Lessons.css';

// Loaded modules are cached so `use()` sees the same promise on every render.
const specs = new Map<string, Promise<{ lesson: LessonSpec }>>();
const texts = new Map<string, Promise<LessonText>>();

function loadSpec(entry: LessonEntry): Promise<{ lesson: LessonSpec }> {
  let p = specs.get(entry.id);
  if (!p) specs.set(entry.id, (p = entry.load()));
  return p;
}

function loadText(entry: LessonEntry, lang: Lang): Promise<LessonText> {
  const key = `${entry.id}:${lang}`;
  let p = texts.get(key);
  if (!p) texts.set(key, (p = entry.text[lang]()));
  return p;
}

type Status = 'done' | 'started' | 'new';

function statusOf(id: string, progress: Progress): Status {
  if (progress.lessons.includes(id)) return 'done';
  const prefix = `${id}/`;
  return [...progress.goals, ...progress.quiz].some((k) => k.startsWith(prefix))
    ? 'started'
    : 'new';
}

function useProgress(): Progress {
  return useSyncExternalStore(lessonProgress.subscribe, lessonProgress.get);
}

// From this width the text and a sticky playground sit side by side (Lessons.css uses the same).
const WIDE = '(min-width: 1000px)';

function subscribeWide(onChange: () => void): () => void {
  const mq = globalThis.matchMedia?.(WIDE);
  mq?.addEventListener('change', onChange);
  return () => mq?.removeEventListener('change', onChange);
}

function useWide(): boolean {
  return useSyncExternalStore(
    subscribeWide,
    () => globalThis.matchMedia?.(WIDE).matches ?? false,
    () => false,
  );
}

function Glossary() {
  const t = useStrings(lessonStrings);
  const lang = useLang();
  const other = lang === 'en' ? 'ko' : 'en';
  return (
    <section className="lessons-glossary" aria-labelledby="glossary-title" id="glossary">
      <h3 id="glossary-title">{t('lessons.glossary')}</h3>
      <p>{t('lessons.glossary.intro')}</p>
      <dl>
        {GLOSSARY.map((g) => (
          <div key={g.id} className="lessons-glossary-entry">
            <dt>
              <span lang={lang}>{g.term[lang]}</span>
              {g.term[other] !== g.term[lang] && (
                <>
                  {' · '}
                  <span className="lessons-glossary-other" lang={other}>
                    {g.term[other]}
                  </span>
                </>
              )}
            </dt>
            <dd>{g.means[lang]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

// The fragment holds the route, so the glossary link scrolls instead of navigating.
function jumpToGlossary(e: { preventDefault(): void }): void {
  e.preventDefault();
  const el = document.getElementById('glossary');
  el?.scrollIntoView?.({ block: 'start' });
  el?.querySelector('h3')?.setAttribute('tabindex', '-1');
  el?.querySelector<HTMLElement>('h3')?.focus({ preventScroll: true });
}

function LessonIndex() {
  const t = useStrings(lessonStrings);
  const lang = useLang();
  const progress = useProgress();
  const [message, setMessage] = useState('');
  return (
    <section className="lessons-index" aria-labelledby="lessons-title">
      <h2 id="lessons-title">{t('lessons.title')}</h2>
      <p>{t('lessons.intro')}</p>
      <ol className="lessons-list">
        {LESSONS.map((l, i) => {
          const status = statusOf(l.id, progress);
          return (
            <li key={l.id} data-status={status}>
              <a href={routeHref({ page: 'lesson', id: l.id })}>
                <span className="lessons-number">{t('lessons.number', { n: i + 1 })}</span>{' '}
                {l.title[lang]}
              </a>{' '}
              <span
                className={`badge ${status === 'done' ? 'badge-ok' : status === 'started' ? 'badge-info' : ''}`}
              >
                {t(`lessons.status.${status}`)}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="lessons-reset">
        <button
          type="button"
          onClick={() => {
            lessonProgress.reset();
            setMessage(t('lessons.resetDone'));
          }}
        >
          {t('lessons.reset')}
        </button>{' '}
        <span role="status" aria-live="polite">
          {message}
        </span>
      </p>
      <p className="lessons-note">{t('lessons.storageNote')}</p>
      <p>
        <a href="#glossary" onClick={jumpToGlossary}>
          {t('lessons.glossary.link')}
        </a>
      </p>
      <Glossary />
    </section>
  );
}

function LessonText({ entry }: { entry: LessonEntry }) {
  const lang = useLang();
  const text = use(loadText(entry, lang));
  const Content = text.default;
  const summary = typeof text.frontmatter.summary === 'string' ? text.frontmatter.summary : '';
  return (
    <>
      {summary && <p className="lesson-summary">{summary}</p>}
      <Content components={mdxComponents} />
    </>
  );
}

function Pager({ index }: { index: number }) {
  const t = useStrings(lessonStrings);
  const lang = useLang();
  const prev = LESSONS[index - 1];
  const next = LESSONS[index + 1];
  return (
    <nav className="lesson-pager" aria-label={t('lessons.pager')}>
      {prev ? (
        <a rel="prev" href={routeHref({ page: 'lesson', id: prev.id })}>
          {t('lessons.prev', { title: prev.title[lang] })}
        </a>
      ) : (
        <span />
      )}
      <a href={routeHref({ page: 'lessons' })}>{t('lessons.all')}</a>
      {next ? (
        <a rel="next" href={routeHref({ page: 'lesson', id: next.id })}>
          {t('lessons.next', { title: next.title[lang] })}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}

function LessonView({ entry, index }: { entry: LessonEntry; index: number }) {
  const { lesson: spec } = use(loadSpec(entry));
  const t = useStrings(lessonStrings);
  const lang = useLang();
  const { state, dispatch, inspection, verification, now, claimDiagnostics } = usePlayground();
  const progress = useProgress();
  const [start, setStart] = useState<StartState | null>(null);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [choices, setChoices] = useState<Record<string, number>>({});
  // Each visit is a new attempt: the quiz answers come in a new order.
  const [seed] = useState(newAttemptSeed);
  const wide = useWide();
  const nowRef = useRef(now);
  useEffect(() => {
    nowRef.current = now;
  });

  // A start state signs its token first; one that arrives after the student has left the lesson (or
  // asked for another scene) must not land in the shared playground.
  const attempt = useRef(0);
  const load = useCallback(
    async (make: (now: number) => StartState | Promise<StartState>) => {
      const mine = ++attempt.current;
      const s = await make(nowRef.current);
      if (mine !== attempt.current) return;
      for (const a of startActions(s)) dispatch(a);
      setStart(s);
    },
    [dispatch],
  );

  // Opening a lesson loads its start state into the shared playground.
  useEffect(() => {
    const attempts = attempt;
    void load((n) => spec.start(n));
    return () => {
      attempts.current++;
    };
  }, [spec, load]);

  const snapshot: Snapshot | null = useMemo(
    () =>
      start
        ? {
            state,
            inspection,
            verification: verification.pending ? null : verification.result,
            now,
            claimDiagnostics,
            answers,
            start,
          }
        : null,
    [start, state, inspection, verification, now, claimDiagnostics, answers],
  );

  const runtime: LessonRuntime = {
    spec,
    snapshot,
    setAnswer: (goal, value) => setAnswers((a) => ({ ...a, [goal]: value })),
    choices,
    choose: (quiz, answer) => setChoices((c) => ({ ...c, [quiz]: answer })),
    seed,
    inlinePlayground: !wide,
    apply: (steps: Step[]) => {
      for (const s of steps) {
        if (s.type === 'answer') setAnswers((a) => ({ ...a, [s.goal]: s.value }));
        else dispatch(s);
      }
    },
    loadScene: (name) => load((n) => (name && spec.scenes?.[name]?.(n)) || spec.start(n)),
  };

  const steps = [
    ...spec.goals.map((g) => `${spec.id}/${g.id}`),
    ...spec.quiz.map((q) => `${spec.id}/${q.id}`),
  ];
  const done = steps.filter((k) => progress.goals.includes(k) || progress.quiz.includes(k)).length;
  const complete = done === steps.length;
  useEffect(() => {
    if (complete) lessonProgress.mark('lessons', spec.id);
  }, [complete, spec.id]);

  return (
    <LessonContext.Provider value={runtime}>
      <article className="lesson" aria-labelledby="lesson-title" data-lesson={spec.id}>
        <div className={`lesson-layout${wide ? ' is-wide' : ''}`}>
          <div className="lesson-text">
            <p className="lesson-kicker">
              <a href={routeHref({ page: 'lessons' })}>{t('lessons.all')}</a> ·{' '}
              {t('lessons.number', { n: index + 1 })}
            </p>
            <h2 id="lesson-title">{entry.title[lang]}</h2>
            <p className="lesson-progress">
              {complete ? `${t('lessons.status.done')} · ` : ''}
              {t('lessons.progress', { done, total: steps.length })}
            </p>
            <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
              <LessonText entry={entry} />
            </Suspense>
            <p>
              <button type="button" onClick={() => void load(spec.start)}>
                {t('lessons.restart')}
              </button>
            </p>
            <Pager index={index} />
          </div>
          {wide && <LessonPlaygroundSection sticky />}
        </div>
      </article>
    </LessonContext.Provider>
  );
}

export default function LessonsPage({ route }: { route: Route }) {
  const t = useStrings(lessonStrings);
  const lang = useLang();
  const id = route.page === 'lesson' ? route.id : null;
  const index = id ? lessonIndex(id) : -1;
  const entry = LESSONS[index];
  useEffect(() => {
    if (id) globalThis.scrollTo?.({ top: 0 });
  }, [id]);
  if (!id) return <LessonIndex />;
  if (!entry) {
    return (
      <section className="lessons-index">
        <p role="alert">
          {format(fillParticles(lessonStrings[lang]['lessons.notFound'], { id }), { id })}
        </p>
        <p>
          <a href={routeHref({ page: 'lessons' })}>{t('lessons.all')}</a>
        </p>
      </section>
    );
  }
  return (
    <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
      <LessonView key={entry.id} entry={entry} index={index} />
    </Suspense>
  );
}
