import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useReducer, useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { PlaygroundContext } from '../model/context';
import { LangProvider, type Lang } from '../i18n/i18n';
import { parseRoute, type Route } from '../model/route';
import { initialState, reducer } from '../model/state';
import { useNow } from '../model/useClock';
import { usePlaygroundModel } from '../model/usePlaygroundModel';
import LessonsPage from './LessonsPage';
import { lessonProgress, PROGRESS_KEY } from './progress';
import { LESSONS } from './registry';
import { JWTIO_TOKEN } from './tokens';

beforeEach(() => {
  lessonProgress.reset();
  localStorage.clear();
  history.replaceState(null, '', '#/lessons');
});

/** The app's playground wiring and its fragment routing, around the lessons page alone. */
function Harness({ lang }: { lang: Lang }) {
  const [state, dispatch] = useReducer(reducer, initialState({ token: 'x' }));
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = (): void => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const now = useNow(state.clock);
  const playground = usePlaygroundModel(state, dispatch, now);
  return (
    <LangProvider lang={lang}>
      <PlaygroundContext.Provider value={playground}>
        <LessonsPage route={route} />
      </PlaygroundContext.Provider>
    </LangProvider>
  );
}

// The first visit of a lesson compiles its MDX and lesson file: allow for that.
const LOAD = { timeout: 8000 };

// Lessons load with React's use(): resolving them inside an async act lets React retry the render.
async function go(hash: string): Promise<void> {
  await act(async () => {
    history.pushState(null, '', hash);
    dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

async function show(lang: Lang): Promise<void> {
  await act(async () => {
    render(<Harness lang={lang} />);
  });
}

describe('the lesson index', () => {
  it('lists every lesson as a link with a text status', async () => {
    await show('en');
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(LESSONS.length);
    const first = within(items[0]!);
    expect(first.getByRole('link')).toHaveAttribute('href', '#/lessons/authn-vs-authz');
    expect(first.getByText('Not started')).toBeInTheDocument();
  });

  it('shows finished lessons with a tick and text, and resets progress', async () => {
    lessonProgress.mark('lessons', 'cookies');
    lessonProgress.mark('goals', 'sessions/self-contained');
    await show('en');
    const item = (id: string) =>
      screen.getAllByRole('listitem').find((li) => li.querySelector(`a[href$="/${id}"]`))!;
    expect(within(item('cookies')).getByText('✓ Completed')).toBeInTheDocument();
    expect(within(item('sessions')).getByText('◐ Started')).toBeInTheDocument();
    expect(localStorage.getItem(PROGRESS_KEY)).toContain('cookies');

    await userEvent.click(screen.getByRole('button', { name: 'Reset progress' }));
    expect(within(item('cookies')).getByText('Not started')).toBeInTheDocument();
    expect(within(item('sessions')).getByText('Not started')).toBeInTheDocument();
    expect(screen.getByText('Progress cleared.')).toBeInTheDocument();
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('speaks Korean', async () => {
    await show('ko');
    expect(screen.getByRole('heading', { name: '강의' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /인증과 인가/ })).toBeInTheDocument();
  });

  it('offers the glossary, each term with its name in the other language', async () => {
    await show('ko');
    const glossary = screen.getByRole('region', { name: '용어집' });
    expect(within(glossary).getByText('클레임 집합')).toBeInTheDocument();
    expect(within(glossary).getByText('claims set')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '용어집 보기' })).toHaveAttribute('href', '#glossary');
  });
});

describe('a lesson page', { timeout: 20_000 }, () => {
  it('loads its start state into the playground and moves between lessons', async () => {
    await go('#/lessons/authn-vs-authz');
    await show('en');
    expect(
      await screen.findByRole('heading', { name: 'Authentication vs authorization' }, LOAD),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('token-input')).toHaveValue(JWTIO_TOKEN));
    expect(screen.queryByRole('link', { name: /Previous/ })).toBeNull();

    const next = screen.getByRole('link', { name: /Next: Client, server and stateless HTTP/ });
    expect(next).toHaveAttribute('href', '#/lessons/stateless-http');
    await go('#/lessons/stateless-http');
    expect(
      await screen.findByRole('heading', { name: 'Client, server and stateless HTTP' }, LOAD),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Previous: Authentication/ })).toHaveAttribute(
      'href',
      '#/lessons/authn-vs-authz',
    );
    // Back in history returns to the first lesson.
    await go('#/lessons/authn-vs-authz');
    expect(
      await screen.findByRole('heading', { name: 'Authentication vs authorization' }, LOAD),
    ).toBeInTheDocument();
  });

  it('explains a wrong quiz answer and records a right one', async () => {
    await go('#/lessons/authn-vs-authz');
    await show('en');
    const quiz = await screen.findByRole('group', { name: /Bob's invoice/ }, LOAD);
    await userEvent.click(within(quiz).getByRole('radio', { name: '401 Unauthorized' }));
    expect(within(quiz).getByRole('status')).toHaveTextContent(
      /✗ Not quite\. 401 means the credentials are missing/,
    );
    expect(lessonProgress.get().quiz).not.toContain('authn-vs-authz/status');
    await userEvent.click(within(quiz).getByRole('radio', { name: '403 Forbidden' }));
    expect(within(quiz).getByRole('status')).toHaveTextContent(
      /✓ Right\. Authenticated, but not allowed/,
    );
    expect(lessonProgress.get().quiz).toContain('authn-vs-authz/status');
    expect(localStorage.getItem(PROGRESS_KEY)).toContain('authn-vs-authz/status');
    // Once answered right, every other answer shows why it is wrong.
    expect(within(quiz).getByText(/401 means the credentials are missing/)).toBeInTheDocument();
    expect(within(quiz).getByText(/The request itself is well formed/)).toBeInTheDocument();
  });

  it("shows the lesson's summary from its front matter", async () => {
    await go('#/lessons/authn-vs-authz');
    await show('ko');
    expect(
      await screen.findByText('누구인지와 무엇을 할 수 있는지는 서로 다른 질문입니다.', {}, LOAD),
    ).toHaveClass('lesson-summary');
  });

  it('checks a goal against the live playground and reports it in a live region', async () => {
    await go('#/lessons/authn-vs-authz');
    await show('en');
    const status = await screen
      .findByText('○ Not met yet', {}, { timeout: 3000 })
      .catch(() =>
        screen.getAllByRole('status').find((s) => s.getAttribute('data-goal') === 'who')!,
      );
    const goal = status.closest('section')!;
    await waitFor(() =>
      expect(within(goal).getByRole('status')).toHaveTextContent('○ Not met yet'),
    );
    await userEvent.type(within(goal).getByRole('textbox'), '999');
    expect(within(goal).getByRole('status')).toHaveTextContent('○ Not met yet');
    await userEvent.clear(within(goal).getByRole('textbox'));
    await userEvent.type(within(goal).getByRole('textbox'), '1234567890');
    expect(within(goal).getByRole('status')).toHaveTextContent(/✓ Goal met/);
    expect(within(goal).getByRole('status')).toHaveAttribute('aria-live', 'polite');
    expect(lessonProgress.get().goals).toContain('authn-vs-authz/who');
  });

  it('meets a signature goal with its solution, through the real check', async () => {
    await go('#/lessons/encoded-not-encrypted');
    await show('en');
    const tamper = await screen.findByText(
      /In Verify mode, change any character of the payload/,
      {},
      LOAD,
    );
    const goal = tamper.closest('section')!;
    await waitFor(() =>
      expect(within(goal).getByRole('status')).toHaveTextContent('○ Not met yet'),
    );
    await userEvent.click(within(goal).getByRole('button', { name: 'Show me the solution' }));
    await waitFor(
      () => expect(within(goal).getByRole('status')).toHaveTextContent(/✓ Goal met/),
      LOAD,
    );
    expect(screen.getByTestId('signature-status')).toHaveAttribute('data-status', 'invalid');
  });

  it('shows the Korean text and quiz', async () => {
    await go('#/lessons/jwt-structure');
    await show('ko');
    expect(
      await screen.findByRole('heading', { name: '헤더, 페이로드, 서명' }, LOAD),
    ).toBeInTheDocument();
    const quiz = await screen.findByRole('group', { name: /마침표가 몇 개/ }, LOAD);
    await userEvent.click(within(quiz).getByRole('radio', { name: '2개' }));
    expect(within(quiz).getByRole('status')).toHaveTextContent(/✓ 정답입니다\./);
  });

  it('says so when a lesson does not exist', async () => {
    await go('#/lessons/no-such-lesson');
    await show('en');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'There is no lesson called "no-such-lesson".',
    );
  });

  it('picks the Korean particle by how the missing id ends', async () => {
    await go('#/lessons/jwt');
    await show('ko');
    // "JWT" ends in 티, a vowel: 라는.
    expect(screen.getByRole('alert')).toHaveTextContent('"jwt"라는 강의는 없습니다.');
    // "…lesson" ends in 엔, a consonant: 이라는.
    await go('#/lessons/no-such-lesson');
    expect(screen.getByRole('alert')).toHaveTextContent('"no-such-lesson"이라는 강의는 없습니다.');
  });
});
