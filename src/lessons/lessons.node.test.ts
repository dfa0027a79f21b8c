import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialState, reducer } from '../model/state';
import { applySteps, claimsOf, snapshotOf, startActions } from './engine';
import type { LessonSpec, Snapshot, StartState } from './model';
import { lessonStrings } from '../i18n/strings/lessons';
import { GLOSSARY, HAEYO, koreanWordingProblems } from './glossary';
import { answerOrder } from './quizOrder';
import { LESSONS } from './registry';

// A fixed "now" (2026-01-01T00:00:00Z), as the shared vectors use.
const NOW = 1767225600;

async function started(lesson: LessonSpec, start?: StartState): Promise<Snapshot> {
  const s = start ?? (await lesson.start(NOW));
  const state = startActions(s).reduce(reducer, initialState());
  return snapshotOf(state, NOW, {}, s);
}

describe('the lesson registry', () => {
  it('has at least the eleven lessons of the syllabus, with unique ids', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(11);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
  });
});

const CONTENT = join(import.meta.dirname, 'content');

function folderOf(entry: (typeof LESSONS)[number]): string {
  const folder = readdirSync(CONTENT).find((f) => entry.load.toString().includes(f));
  if (!folder) throw new Error(`no content folder for ${entry.id}`);
  return folder;
}

function textOf(entry: (typeof LESSONS)[number], lang: 'en' | 'ko'): string {
  return readFileSync(join(CONTENT, folderOf(entry), `${lang}.mdx`), 'utf8');
}

/**
 * The outline of a lesson text: its components, RFC citations, headings, code blocks, list items
 * and paragraphs, in order. English and Korean must have the same one.
 */
function outline(src: string): string[] {
  const body = src.replace(/^---\n[\s\S]*?\n---\n/, '');
  const marks = [
    ...body.matchAll(
      /<(?:Goal|Quiz|TryIt|Playground)\b[^>]*\/>|<Rfc n="\d+"(?: s="[^"]*")? \/>|^#{1,6} |^```|^- /gm,
    ),
  ].map((m) => m[0].trim());
  const paragraphs = body.split(/\n\s*\n/).filter((b) => b.trim() !== '').length;
  return [...marks, `paragraphs: ${paragraphs}`];
}

/** Every Korean text a lesson shows: its MDX prose, goals and quiz. */
async function koreanOf(entry: (typeof LESSONS)[number]): Promise<string[]> {
  const { lesson } = await entry.load();
  const prose = textOf(entry, 'ko')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/\[[^\]]*\]\([^)]*\)/g, '');
  return [
    prose,
    ...lesson.goals.flatMap((g) => [g.task.ko, g.done.ko, g.answer?.ko ?? '']),
    ...lesson.quiz.flatMap((q) => [
      q.question.ko,
      ...q.answers.flatMap((a) => [a.text.ko, a.why.ko]),
    ]),
  ];
}

describe('Korean wording', () => {
  const shared = [
    ...Object.values(lessonStrings.ko),
    ...GLOSSARY.flatMap((g) => [g.term.ko, g.means.ko]),
  ];

  it.each(LESSONS.map((e) => [e.id, e] as const))(
    '%s uses none of the rejected variants',
    async (_id, entry) => {
      for (const text of await koreanOf(entry)) {
        expect(koreanWordingProblems(text), text.slice(0, 120)).toEqual([]);
      }
    },
  );

  it.each(LESSONS.map((e) => [e.id, e] as const))(
    '%s speaks 합니다체: no 해요체 statements, no "죠"',
    async (_id, entry) => {
      for (const text of await koreanOf(entry)) {
        // Instructions (…하세요) and questions (…일까요?) are fine; statements end in …니다.
        const m = HAEYO.exec(text);
        expect(
          m,
          `${m?.[0] ?? ''} in: ${text.slice(Math.max(0, (m?.index ?? 0) - 60), (m?.index ?? 0) + 5)}`,
        ).toBeNull();
      }
    },
  );

  it('the lesson UI strings and the glossary use none of the rejected variants', () => {
    for (const text of shared) {
      expect(koreanWordingProblems(text), text).toEqual([]);
      expect(HAEYO.test(text), text).toBe(false);
    }
  });

  it('has unique glossary terms in both languages', () => {
    expect(new Set(GLOSSARY.map((g) => g.id)).size).toBe(GLOSSARY.length);
    expect(new Set(GLOSSARY.map((g) => g.term.ko)).size).toBe(GLOSSARY.length);
    expect(new Set(GLOSSARY.map((g) => g.term.en)).size).toBe(GLOSSARY.length);
  });
});

describe.each(LESSONS.map((e, i) => [i + 1, e.id, e] as const))(
  'lesson %i: %s',
  (_n, id, entry) => {
    it('has an English and a Korean text whose front matter matches the registry', async () => {
      for (const lang of ['en', 'ko'] as const) {
        const mod = await entry.text[lang]();
        expect(typeof mod.default).toBe('function');
        expect(mod.frontmatter.title).toBe(entry.title[lang]);
        expect(mod.frontmatter.lang).toBe(lang);
        expect(String(mod.frontmatter.summary ?? '')).not.toBe('');
      }
    });

    it('teaches the same in English and Korean: same outline, goals, quiz and citations', async () => {
      expect(outline(textOf(entry, 'ko'))).toEqual(outline(textOf(entry, 'en')));
      expect(textOf(entry, 'en')).toContain('<Playground />');
      expect(textOf(entry, 'en')).not.toMatch(/course notes/i);
      const { lesson } = await entry.load();
      for (const q of lesson.quiz) {
        // Same number of answers, the same one right, and RFC sections cited alike in both.
        for (const a of q.answers) {
          const cite = (t: string): string[] =>
            [...t.matchAll(/RFC \d+(?: §[\d.]+)?/g)].map((m) => m[0]);
          expect(cite(a.why.ko), `${q.id}: ${a.why.en}`).toEqual(cite(a.why.en));
        }
      }
    });

    it('places every goal and quiz item in both texts', async () => {
      const { lesson } = await entry.load();
      const dir = join(import.meta.dirname, 'content');
      const folder = readdirSync(dir).find((f) => entry.load.toString().includes(f));
      expect(folder, 'content folder').toBeDefined();
      for (const lang of ['en', 'ko']) {
        const src = readFileSync(join(dir, folder ?? '', `${lang}.mdx`), 'utf8');
        for (const g of lesson.goals)
          expect(src, `${lang} goal ${g.id}`).toContain(`<Goal id="${g.id}" />`);
        for (const q of lesson.quiz)
          expect(src, `${lang} quiz ${q.id}`).toContain(`<Quiz id="${q.id}" />`);
        for (const scene of Object.keys(lesson.scenes ?? {})) {
          expect(src, `${lang} scene ${scene}`).toContain(`<TryIt scene="${scene}" />`);
        }
      }
    });

    it('starts with the token the lesson describes', async () => {
      const { lesson } = await entry.load();
      expect(lesson.id).toBe(id);
      const p = await started(lesson);
      expect(p.inspection.kind).toBe(lesson.expect.kind);
      if (lesson.expect.alg) expect(p.inspection.alg).toBe(lesson.expect.alg);
      const claims = claimsOf(p) ?? {};
      for (const [name, value] of Object.entries(lesson.expect.claims ?? {})) {
        expect(claims[name], name).toEqual(value);
      }
      for (const [name, test] of Object.entries(lesson.expect.claimTests ?? {})) {
        expect(test(claims[name], NOW), name).toBe(true);
      }
      expect(p.verification?.signature).toBe(lesson.expect.signature);
    });

    it('has goals that are not met at the start and are met by their solutions', async () => {
      const { lesson } = await entry.load();
      expect(lesson.goals.length).toBeGreaterThan(0);
      expect(new Set(lesson.goals.map((g) => g.id)).size).toBe(lesson.goals.length);
      for (const goal of lesson.goals) {
        const before = await started(lesson);
        expect(goal.check(before), `${goal.id} before`).toBe(false);
        const steps = await goal.solution(before);
        const after = applySteps(before.state, before.answers, steps);
        const p = await snapshotOf(after.state, NOW, after.answers, before.start);
        expect(goal.check(p), `${goal.id} after`).toBe(true);
        for (const text of [goal.task, goal.done, ...(goal.answer ? [goal.answer] : [])]) {
          expect(text.en.trim()).not.toBe('');
          expect(text.ko.trim()).not.toBe('');
          expect(text.ko).toMatch(/[가-힣]/);
        }
      }
    });

    it('has 2 to 4 quiz questions, each with exactly one right answer and reasons in both languages', async () => {
      const { lesson } = await entry.load();
      expect(lesson.quiz.length).toBeGreaterThanOrEqual(2);
      expect(lesson.quiz.length).toBeLessThanOrEqual(4);
      for (const q of lesson.quiz) {
        expect(q.answers.filter((a) => a.correct).length, q.id).toBe(1);
        expect(q.answers.length).toBeGreaterThanOrEqual(2);
        for (const text of [q.question, ...q.answers.flatMap((a) => [a.text, a.why])]) {
          expect(text.en.trim()).not.toBe('');
          expect(text.ko.trim()).not.toBe('');
        }
        expect(q.question.ko).toMatch(/[가-힣]/);
      }
    });

    it('shuffles every quiz per attempt, so the right answer has no fixed place', async () => {
      const { lesson } = await entry.load();
      for (const q of lesson.quiz) {
        const n = q.answers.length;
        const right = q.answers.findIndex((a) => a.correct);
        const places = new Set<number>();
        const orders = new Set<string>();
        for (let seed = 0; seed < 200; seed++) {
          const order = answerOrder(n, seed, q.id);
          expect(
            [...order].sort((a, b) => a - b),
            `${q.id} is a permutation`,
          ).toEqual(Array.from({ length: n }, (_, i) => i));
          expect(answerOrder(n, seed, q.id), `${q.id} is stable within an attempt`).toEqual(order);
          places.add(order.indexOf(right));
          orders.add(order.join());
        }
        // Over many attempts the right answer turns up in every place, in many different orders.
        expect(places.size, `${q.id}: places of the right answer`).toBe(n);
        expect(orders.size, `${q.id}: distinct orders`).toBeGreaterThanOrEqual(Math.min(6, n * 2));
      }
    });

    it('loads every scene it offers', async () => {
      const { lesson } = await entry.load();
      for (const scene of Object.values(lesson.scenes ?? {})) {
        const p = await started(lesson, await scene(NOW));
        expect(p.inspection.kind).toBe('jws');
      }
    });
  },
);
