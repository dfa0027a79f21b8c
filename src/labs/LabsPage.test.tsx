import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Route } from '../model/route';
import { renderWithPlayground } from '../ui/testing';
import { CrackPanel, type CrackWorker } from './CrackPanel';
import { measureHmacSpeed } from './engine/crack';
import { LABS } from './engine/labs';
import { TOKEN_HS256, TOKEN_WEAK } from './engine/tokens';
import LabsPage from './LabsPage';
import { createLabProgressStore, LAB_PROGRESS_KEY } from './progress';

const tokenInput = () => screen.getByTestId('token-input') as HTMLTextAreaElement;
const headerJson = () => screen.getByTestId('header-json') as HTMLTextAreaElement;
const payloadJson = () => screen.getByTestId('payload-json') as HTMLTextAreaElement;
const probe = () =>
  JSON.parse(screen.getByTestId('state-probe').textContent ?? '{}') as {
    mode: string;
    keyText: string;
    keyFormat: string;
  };

// Many clicks and pastes per test over the real reducer and core: slow on a busy machine, not stuck.
vi.setConfig({ testTimeout: 20_000 });
configure({ asyncUtilTimeout: 8_000 });

let storage: Storage;
beforeEach(() => {
  localStorage.clear();
  storage = localStorage;
});

function renderLab(id: string | null, lang: 'en' | 'ko' = 'en', createWorker?: () => CrackWorker) {
  const store = createLabProgressStore(storage);
  const route = id ? ({ page: 'lab', id } as const) : ({ page: 'labs' } as const);
  const view = renderWithPlayground(
    { token: 'not-the-lab-token' },
    {
      lang,
      ui: <LabsPage route={route} store={store} {...(createWorker ? { createWorker } : {})} />,
    },
  );
  return { store, ...view };
}

describe('LabsPage: the list', () => {
  it('links every lab by its fragment and counts solved labs', () => {
    const { store } = renderLab(null);
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(LABS.length);
    for (const lab of LABS) {
      const item = screen.getByTestId(`lab-item-${lab.id}`);
      expect(within(item).getByRole('link')).toHaveAttribute('href', `#/labs/${lab.id}`);
    }
    expect(screen.getByTestId('labs-progress')).toHaveTextContent(
      `0 of ${LABS.length} labs solved`,
    );
    act(() => store.mark('solved', 'alg-none'));
    expect(screen.getByTestId('labs-progress')).toHaveTextContent(
      `1 of ${LABS.length} labs solved`,
    );
    expect(within(screen.getByTestId('lab-item-alg-none')).getByText('✓ Solved')).toBeVisible();
  });

  it('resets progress', async () => {
    const user = userEvent.setup();
    const { store } = renderLab(null);
    act(() => store.mark('solved', 'alg-none'));
    await user.click(screen.getByRole('button', { name: 'Reset lab progress' }));
    expect(store.get().solved).toEqual([]);
    expect(storage.getItem(LAB_PROGRESS_KEY)).toBeNull();
  });

  it('is written in Korean too', () => {
    renderLab(null, 'ko');
    expect(screen.getByRole('heading', { name: '공격 실습' })).toBeVisible();
    expect(screen.getByText('대소문자를 가리는 필터를 지나가는 "alg": "none"')).toBeVisible();
    expect(screen.getByText('서명 떼어 내기: 보낸 만큼만 비교하는 MAC')).toBeVisible();
    // Internal curriculum labels are not shown to students.
    expect(document.body.textContent).not.toMatch(/커리큘럼|Curriculum/);
  });

  it('says so for an unknown lab', () => {
    renderLab('no-such-lab');
    expect(screen.getByRole('alert')).toHaveTextContent('There is no lab called "no-such-lab".');
  });
});

describe('LabsPage: one lab', () => {
  it('loads the lab token into the playground and names the careless setting', () => {
    renderLab('unverified-signature');
    expect(tokenInput().value).toBe(TOKEN_HS256);
    expect(screen.getByText('jwt.decode() instead of jwt.verify()')).toBeVisible();
  });

  it('gives hints one at a time', async () => {
    const user = userEvent.setup();
    renderLab('alg-none');
    expect(screen.queryAllByTestId('lab-hint')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Show a hint' }));
    expect(screen.getAllByTestId('lab-hint')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Show the next hint' }));
    await user.click(screen.getByRole('button', { name: 'Show the next hint' }));
    expect(screen.getAllByTestId('lab-hint')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /hint/ })).toBeNull();
  });

  it('walks the alg:none lab: forge in the panes, get in, switch to safe, get refused', async () => {
    const user = userEvent.setup();
    const { store } = renderLab('alg-none');
    expect(screen.getByText('Solve the lab to read why it works and how to defend.')).toBeVisible();

    // (Only paths without WebCrypto here: jsdom's cross-realm buffers break it; the node tests and
    // the e2e cover the signature paths.)
    await user.clear(headerJson());
    await user.paste('{"alg":"nOnE","typ":"JWT"}');
    await user.clear(payloadJson());
    await user.paste('{"sub":"user-42","role":"admin"}');
    await user.click(screen.getByTestId('lab-send'));
    await waitFor(() =>
      expect(screen.getByTestId('lab-response')).toHaveAttribute('data-status', '200'),
    );
    expect(screen.getByTestId('lab-status-line')).toHaveTextContent('✓ HTTP/1.1 200 OK');
    const ok = screen.getByTestId('lab-http-response').textContent ?? '';
    expect(ok).toMatch(/^HTTP\/1\.1 200 OK\nDate: .+ GMT\n/);
    expect(ok).toContain('Content-Type: application/json');
    expect(ok).toMatch(/\n\n\{"page":"admin",/);
    expect(screen.getByTestId('lab-outcome')).toHaveTextContent('Goal met');
    expect(screen.getByTestId('lab-status')).toHaveAttribute('data-solved', 'true');
    expect(store.get().solved).toEqual(['alg-none']);
    // Only ids are stored, never the token.
    expect(storage.getItem(LAB_PROGRESS_KEY)).toBe('{"solved":["alg-none"],"defended":[]}');
    expect(screen.getByRole('heading', { name: 'Why it works' })).toBeVisible();
    expect(screen.getByTestId('lab-sources')).toHaveTextContent(
      'RFC 7515 §4.1.1: "alg" values are case-sensitive',
    );
    expect(document.body.textContent).not.toMatch(/Curriculum B/);
    expect(screen.getByRole('link', { name: 'CVE-2015-2951' })).toBeVisible();

    await user.click(screen.getByRole('radio', { name: 'Safe: the strict verifier' }));
    await user.click(screen.getByTestId('lab-send'));
    await waitFor(() =>
      expect(screen.getByTestId('lab-response')).toHaveAttribute('data-status', '401'),
    );
    const reason = screen.getByTestId('lab-reason');
    expect(reason).toHaveAttribute('data-code', 'alg-none-case');
    const refused = screen.getByTestId('lab-http-response').textContent ?? '';
    expect(refused).toMatch(/^HTTP\/1\.1 401 Unauthorized\n/);
    expect(refused).toMatch(
      /\nWWW-Authenticate: Bearer realm="api\.example\.com", error="invalid_token", error_description="alg-none-case: [^"]+"\n/,
    );
    expect(refused).toMatch(/\n\n\{"error":"invalid_token","error_description":"alg-none-case: /);
    expect(reason).toHaveTextContent('algorithm names are case-sensitive');
    expect(screen.getByTestId('lab-outcome')).toHaveTextContent(
      'The safe server refused the same token',
    );
    expect(store.get().defended).toEqual(['alg-none']);
  });

  it('shows the careless server’s own reason and its log', async () => {
    const user = userEvent.setup();
    renderLab('kid-path-traversal');
    await user.clear(headerJson());
    await user.paste('{"alg":"HS256","kid":"../../etc/shadow"}');
    await user.click(screen.getByTestId('lab-send'));
    await waitFor(() =>
      expect(screen.getByTestId('lab-reason')).toHaveAttribute('data-code', 'file-not-found'),
    );
    expect(screen.getByTestId('lab-reason')).toHaveTextContent('No such file: /etc/shadow.');
    expect(screen.getByText(/readFile\("\/srv\/keys\/..\/..\/etc\/shadow"\)/)).toBeInTheDocument();
    expect(screen.getByTestId('lab-outcome')).toHaveTextContent('Goal not met yet');
  });

  it('puts a toolbox key into the key field and a found token into the token field', async () => {
    const user = userEvent.setup();
    renderLab('missing-claims');
    await user.click(screen.getAllByRole('button', { name: 'Load this token' })[0]!);
    expect(tokenInput().value).toBe(
      LABS.find((l) => l.id === 'missing-claims')!.resources[0]!.text,
    );
  });

  it('keeps the alg-confusion PEM exact when it goes into the key field', async () => {
    const user = userEvent.setup();
    renderLab('alg-confusion');
    await user.click(screen.getByRole('button', { name: 'Put into the key field' }));
    expect(probe().keyText.endsWith('-----END PUBLIC KEY-----\n')).toBe(true);
    expect(probe().keyFormat).toBe('utf8');
  });
});

describe('LabsPage: the reply and the page around it', () => {
  it('clears the reply when the server setting changes', async () => {
    const user = userEvent.setup();
    renderLab('unverified-signature');
    await user.clear(payloadJson());
    await user.paste('{"sub":"user-42","role":"admin"}');
    await user.click(screen.getByTestId('lab-send'));
    await waitFor(() =>
      expect(screen.getByTestId('lab-response')).toHaveAttribute('data-status', '200'),
    );
    await user.click(screen.getByRole('radio', { name: 'Safe: the strict verifier' }));
    expect(screen.queryByTestId('lab-response')).toBeNull();
    expect(screen.getByTestId('lab-outcome')).toBeEmptyDOMElement();
    expect(screen.getByTestId('lab-cleared')).toHaveTextContent('send again');
  });

  it('shows an object "sub" as JSON instead of blanking the page', async () => {
    const user = userEvent.setup();
    renderLab('unverified-signature');
    await user.clear(payloadJson());
    await user.paste('{"sub":{"__proto__":null,"id":7},"role":"user"}');
    await user.click(screen.getByTestId('lab-send'));
    await waitFor(() =>
      expect(screen.getByTestId('lab-response')).toHaveAttribute('data-status', '403'),
    );
    expect(screen.getByTestId('lab-response')).toHaveTextContent(
      'Signed in as {"__proto__":null,"id":7}, but this page is for administrators only.',
    );
  });

  it('puts Send and the reply right after the payload editor', () => {
    renderLab('alg-none');
    const payload = payloadJson();
    const send = screen.getByTestId('lab-send');
    // The claims table (or its placeholder while it loads) comes after them.
    const claims = document.querySelector('.claims-region');
    expect(claims).not.toBeNull();
    expect(payload.compareDocumentPosition(send) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(send.compareDocumentPosition(claims!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('opens a lab with focus on its title', () => {
    renderLab('kid-sql-injection');
    expect(screen.getByTestId('lab-title')).toHaveFocus();
  });

  it.each([
    ['to another page', null],
    ['to the lab list', { page: 'labs' } as const],
  ])('leaves no lab key or key format behind when leaving %s', async (_, leaveTo) => {
    const store = createLabProgressStore(storage);
    function Switch() {
      const [route, setRoute] = useState<Route | null>({ page: 'lab', id: 'alg-confusion' });
      return (
        <>
          <button type="button" onClick={() => setRoute(leaveTo)}>
            leave
          </button>
          {route ? <LabsPage route={route} store={store} /> : <p>elsewhere</p>}
        </>
      );
    }
    const user = userEvent.setup();
    renderWithPlayground(
      { token: 'mine', keyText: 'my-key', keyFormat: 'hex', mode: 'sign' },
      { ui: <Switch /> },
    );
    expect(probe()).toEqual({
      mode: 'verify',
      keyText: expect.stringContaining('PUBLIC KEY'),
      keyFormat: 'auto',
    });
    await user.click(screen.getByRole('button', { name: 'Put into the key field' }));
    expect(probe().keyFormat).toBe('utf8');
    await user.click(screen.getByRole('button', { name: 'leave' }));
    expect(probe()).toEqual({ mode: 'sign', keyText: 'my-key', keyFormat: 'hex' });
  });
});

class FakeWorker implements CrackWorker {
  static last: FakeWorker | null = null;
  sent: unknown[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(m: unknown): void {
    this.sent.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: unknown): void {
    act(() => this.onmessage?.({ data } as MessageEvent));
  }
}

describe('the weak-secret lab’s dictionary attack', () => {
  it('sends the playground token to the worker, shows progress, stops, and uses the found secret', async () => {
    const user = userEvent.setup();
    renderLab('weak-secret', 'en', () => new FakeWorker());
    expect(tokenInput().value).toBe(TOKEN_WEAK);
    await user.click(screen.getByTestId('crack-start'));
    const w = FakeWorker.last!;
    expect(w.sent).toEqual([{ type: 'start', token: TOKEN_WEAK }]);
    expect(screen.getByTestId('crack-start')).toBeDisabled();

    w.reply({ type: 'progress', tried: 12000, total: 45000, rate: 60000, elapsedMs: 200 });
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '12000');
    expect(screen.getByTestId('crack-rate')).toHaveTextContent('60,000 guesses per second');
    await user.click(screen.getByTestId('crack-stop'));
    expect(w.sent).toContainEqual({ type: 'stop' });

    w.reply({
      type: 'done',
      outcome: {
        status: 'found',
        secret: 'secret1',
        tried: 20001,
        total: 45000,
        elapsedMs: 400,
        rate: 50000,
      },
    });
    expect(w.terminated).toBe(true);
    expect(screen.getByTestId('crack-result')).toHaveTextContent('Found the secret: “secret1”');
    await user.click(screen.getByRole('button', { name: 'Use it to sign (Sign mode)' }));
    expect(probe()).toEqual({ mode: 'sign', keyText: 'secret1', keyFormat: 'utf8' });
  });

  it('shows the built-in list, takes a pasted list, and sends it to the worker', async () => {
    const user = userEvent.setup();
    renderLab('weak-secret', 'en', () => new FakeWorker());
    expect(screen.getByTestId('crack-list-active')).toHaveTextContent(
      'Using the built-in list: 152,308 candidates.',
    );
    await user.click(screen.getByText('See the built-in list'));
    expect(screen.getByTestId('crack-base-words')).toHaveTextContent(/\bsecret\b/);
    expect(screen.getByTestId('crack-preview').textContent!.split('\n')).toHaveLength(200);

    await user.click(screen.getByText('Use your own list'));
    await user.click(screen.getByTestId('crack-own'));
    await user.paste('hunter2\r\nsecret1\n\nhunter2\n');
    await user.click(screen.getByRole('button', { name: 'Use this list (2 candidates)' }));
    expect(screen.getByTestId('crack-list-active')).toHaveTextContent(
      'Using your list: 2 candidates.',
    );
    await user.click(screen.getByTestId('crack-start'));
    expect(FakeWorker.last!.sent).toEqual([
      { type: 'start', token: TOKEN_WEAK, words: ['hunter2', 'secret1'] },
    ]);
  });

  it('reads a word list file in the page', async () => {
    const user = userEvent.setup();
    renderLab('weak-secret', 'en', () => new FakeWorker());
    await user.click(screen.getByText('Use your own list'));
    const file = new File(['alpha\nbeta\ngamma\n'], 'words.txt', { type: 'text/plain' });
    await user.upload(screen.getByTestId('crack-file'), file);
    await waitFor(() =>
      expect(screen.getByTestId('crack-own')).toHaveValue('alpha\nbeta\ngamma\n'),
    );
    expect(screen.getByRole('button', { name: 'Use this list (3 candidates)' })).toBeEnabled();
  });

  it('refuses an empty list', async () => {
    const user = userEvent.setup();
    renderLab('weak-secret', 'en', () => new FakeWorker());
    await user.click(screen.getByText('Use your own list'));
    await user.click(screen.getByRole('button', { name: 'Use this list (0 candidates)' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The list has no candidates');
    expect(screen.getByTestId('crack-list-active')).toHaveTextContent('built-in list');
  });

  it('sets the attack rate against raw WebCrypto signing measured in the page', async () => {
    const user = userEvent.setup();
    renderWithPlayground(
      { token: TOKEN_WEAK },
      {
        ui: (
          <CrackPanel
            createWorker={() => new FakeWorker()}
            measureRaw={async () => (await measureHmacSpeed(30)).perSecond}
          />
        ),
      },
    );
    await user.click(screen.getByTestId('crack-start'));
    FakeWorker.last!.reply({
      type: 'done',
      outcome: { status: 'exhausted', tried: 100, total: 100, elapsedMs: 10, rate: 10000 },
    });
    await waitFor(
      () =>
        expect(screen.getByTestId('crack-raw')).toHaveTextContent(/[\d,]+ signatures per second/),
      { timeout: 5000 },
    );
    const raw = Number(
      /([\d,]+) signatures/
        .exec(screen.getByTestId('crack-raw').textContent!)![1]!
        .replace(/,/g, ''),
    );
    expect(raw).toBeGreaterThan(0);
    expect(screen.getByTestId('crack-raw')).toHaveTextContent(
      `The attack ran at ${(10000 / raw).toFixed(2)}× that rate.`,
    );
  });

  it('reports a token that is not HMAC-signed', async () => {
    const user = userEvent.setup();
    renderLab('weak-secret', 'en', () => new FakeWorker());
    await user.click(screen.getByTestId('crack-start'));
    FakeWorker.last!.reply({ type: 'done', outcome: { status: 'not-hmac', alg: 'RS256' } });
    expect(screen.getByTestId('crack-result')).toHaveTextContent('not HMAC-signed (RS256)');
  });
});
