import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useReducer } from 'react';
import { describe, expect, it } from 'vitest';
import { PlaygroundContext } from '../model/context';
import { LangProvider, type Lang } from '../i18n/i18n';
import { usePlaygroundModel } from '../model/usePlaygroundModel';
import { initialState, reducer, type State } from '../model/state';
import { useNow } from '../model/useClock';
import { encodeBase64urlText, inspect } from '../jwt/index';
import { ClaimsRegion } from './ClaimsRegion';
import { EXAMPLES } from '../model/examples';

/** 2026-01-01T00:00:00Z, the reference time of the shared test vectors. */
const TEST_NOW = 1767225600;
/** RFC 7515 App. A.1: "exp": 1300819380 (2011-03-22T18:43:00Z). */
const A1 = EXAMPLES.find((e) => e.id === 'rfc7515-a1')!.token;

const tokenWith = (payload: string) =>
  `${encodeBase64urlText('{"alg":"HS256"}')}.${encodeBase64urlText(payload)}.c2ln`;

/** The claims pane over the real reducer and the real clock hook; no crypto is needed here. */
function Harness({ initial, lang }: { initial: State; lang: Lang }) {
  const [state, dispatch] = useReducer(reducer, initial);
  const now = useNow(state.clock);
  const playground = usePlaygroundModel(state, dispatch, now, false);

  return (
    <LangProvider lang={lang}>
      <PlaygroundContext.Provider value={playground}>
        <ClaimsRegion />
        <output data-testid="highlight-probe" hidden>
          {JSON.stringify(state.highlight)}
        </output>
      </PlaygroundContext.Provider>
    </LangProvider>
  );
}

function setup(token: string, lang: Lang = 'en', at = TEST_NOW) {
  return render(
    <Harness initial={initialState({ token, clock: { live: false, at } })} lang={lang} />,
  );
}

const row = (claim: string) => document.querySelector<HTMLElement>(`tr[data-claim="${claim}"]`)!;
const badge = (claim: string, code: string) => row(claim).querySelector(`[data-code="${code}"]`);
const seconds = () => screen.getByTestId('clock-seconds') as HTMLInputElement;

describe('ClaimsRegion', () => {
  it('shows "expired" for RFC 7515 A.1 at 2026 and flips to valid when the clock travels to 2011', async () => {
    setup(A1);
    // The claim checks load just after the first paint.
    await waitFor(() => expect(badge('exp', 'expired')).toHaveTextContent('✗ expired'));
    expect(screen.getByTestId('relative-exp')).toHaveTextContent('expired 15 years ago');
    fireEvent.change(seconds(), { target: { value: '1300819000' } });
    expect(badge('exp', 'expired')).toBeNull();
    expect(badge('exp', 'ok-exp')).toHaveTextContent('✓ not expired');
    expect(screen.getByTestId('relative-exp')).toHaveTextContent('expires in 6 minutes');
    expect(screen.getByTestId('time-travel')).toHaveTextContent('Time travel: now is');
  });

  it('lays out the first hundred claims of a huge payload and counts the rest', () => {
    const many: Record<string, number> = {};
    for (let i = 0; i < 7000; i++) many[`k${i}`] = i;
    setup(tokenWith(JSON.stringify(many)));
    expect(document.querySelectorAll('tbody tr')).toHaveLength(100);
    expect(row('k99')).not.toBeNull();
    expect(row('k100')).toBeNull();
    // Past the parser's 5,000-member list the count still comes from the claims themselves.
    expect(screen.getByTestId('claims-more')).toHaveTextContent('… and 6900 more claims');
  });

  it('moves the shown time with the time-travel buttons and returns to live', async () => {
    const user = userEvent.setup();
    setup(A1);
    const before = screen.getByTestId('clock-now').textContent;
    await user.click(screen.getByRole('button', { name: /One hour forward/ }));
    expect(seconds().value).toBe(String(TEST_NOW + 3600));
    expect(screen.getByTestId('clock-now').textContent).not.toBe(before);
    expect(screen.getByTestId('clock-now')).toHaveAttribute('dateTime', '2026-01-01T01:00:00.000Z');
    await user.click(screen.getByRole('button', { name: /One minute back/ }));
    expect(seconds().value).toBe(String(TEST_NOW + 3540));
    await user.click(screen.getByRole('button', { name: /One day forward/ }));
    expect(seconds().value).toBe(String(TEST_NOW + 3540 + 86400));
    await user.click(screen.getByRole('button', { name: 'Back to live' }));
    expect(screen.queryByTestId('time-travel')).toBeNull();
    expect(screen.getByRole('button', { name: 'Back to live' })).toBeDisabled();
  });

  it('lets the slider travel across the token lifetime', () => {
    setup(A1);
    const range = screen.getByTestId('clock-range') as HTMLInputElement;
    expect(Number(range.max)).toBe(1300819380 + 86400);
    fireEvent.change(range, { target: { value: String(1300819380 - 600) } });
    expect(seconds().value).toBe(String(1300819380 - 600));
    expect(badge('exp', 'ok-exp')).not.toBeNull();
  });

  it('explains registered claims with a link to their RFC 7519 section, and lists custom ones', () => {
    setup(A1);
    const exp = row('exp');
    expect(exp).toHaveTextContent(
      'Expiration time: from this moment on, the token must be rejected.',
    );
    const link = within(exp).getByRole('link', { name: 'RFC 7519 §4.1.4' });
    expect(link).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4');
    expect(link).toHaveAttribute('rel', 'noreferrer');
    expect(row('iss')).toHaveTextContent('"joe"');
    const custom = row('http://example.com/is_root');
    expect(custom).toHaveTextContent('custom');
    expect(custom).toHaveTextContent('true');
    expect(within(exp).getByText('2011-03-22T18:43:00.000Z')).toBeInTheDocument();
  });

  it('flags nbf in the future, iat in the future and milliseconds', async () => {
    setup(tokenWith(`{"nbf":${TEST_NOW + 120},"iat":${TEST_NOW + 120},"exp":1767225600000}`));
    await waitFor(() => expect(badge('nbf', 'not-yet-valid')).toHaveTextContent('not yet valid'));
    expect(screen.getByTestId('relative-nbf')).toHaveTextContent('becomes valid in 2 minutes');
    expect(badge('iat', 'iat-future')).toHaveTextContent('issued in the future');
    expect(badge('exp', 'date-milliseconds')).toHaveTextContent('looks like milliseconds');
  });

  it('highlights a claim in the payload while its row is hovered or focused', () => {
    const token = tokenWith('{"sub":"user-42","exp":4102444800}');
    setup(token);
    const sub = inspect(token).payload!.json!.members.find((m) => m.name === 'sub')!;
    const probe = () => JSON.parse(screen.getByTestId('highlight-probe').textContent!);
    act(() => row('sub').focus());
    expect(probe()).toEqual({ from: 'json', part: 'payload', span: sub.span });
    expect(row('sub')).toHaveClass('hl-row');
    act(() => row('sub').blur());
    expect(probe()).toBeNull();
    fireEvent.mouseEnter(row('exp'));
    expect(probe().span.start).toBeGreaterThan(sub.span.end);
    fireEvent.mouseLeave(row('exp'));
    expect(probe()).toBeNull();
  });

  it('says there are no claims when the payload is not a JSON object', () => {
    setup(tokenWith('hello'));
    expect(screen.getByText(/has no claims to check/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('renders Korean labels and relative times with lang ko', () => {
    setup(A1, 'ko', 1300819000);
    expect(screen.getByRole('heading', { name: '클레임' })).toBeInTheDocument();
    expect(row('exp')).toHaveTextContent('만료 시각: 이 시각부터는 토큰을 거부해야 합니다.');
    expect(screen.getByTestId('relative-exp')).toHaveTextContent('6분 후 만료');
    expect(badge('exp', 'ok-exp')).toHaveTextContent('만료 전');
    expect(screen.getByTestId('time-travel')).toHaveTextContent('시간 여행 중: 지금은');
    expect(screen.getByRole('button', { name: /1시간 후로/ })).toBeInTheDocument();
  });
});
