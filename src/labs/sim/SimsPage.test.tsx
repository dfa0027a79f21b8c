import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LangProvider } from '../../i18n/i18n';
import { renderWithPlayground } from '../../ui/testing';
import { seededRng } from './engine/rng';
import { SimScenario } from './SimScenario';
import SimsPage from './SimsPage';

const seeded = () => seededRng(11);

async function ready(): Promise<void> {
  // A run signs its tokens with WebCrypto first; on a busy machine that takes a moment.
  await screen.findByTestId('sim-progress', {}, { timeout: 5000 });
}

describe('SimsPage', () => {
  it('lists every scenario with a link of its own', () => {
    render(
      <LangProvider lang="en">
        <SimsPage route={{ page: 'sims' }} />
      </LangProvider>,
    );
    const links = within(screen.getByTestId('sims-list')).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#/sims/session-login',
      '#/sims/scale-out',
      '#/sims/restart',
      '#/sims/jwt-login',
      '#/sims/logout',
      '#/sims/authn-authz',
      '#/sims/authn-authz-cookie',
      '#/sims/refresh-rotation',
      '#/sims/token-storage',
    ]);
  });

  it('speaks Korean', () => {
    render(
      <LangProvider lang="ko">
        <SimsPage route={{ page: 'sims' }} />
      </LangProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('시뮬레이션');
    expect(screen.getByRole('link', { name: '인증과 인가' })).toBeInTheDocument();
  });

  it('says so for an unknown scenario', () => {
    render(
      <LangProvider lang="en">
        <SimsPage route={{ page: 'sim', id: 'nope' }} />
      </LangProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('“nope”');
  });
});

describe('stepping through scale-out', () => {
  it('shows each step: the lost session on app-2, then back and reset', async () => {
    const user = userEvent.setup();
    renderWithPlayground({}, { ui: <SimScenario id="scale-out" rng={seeded} /> });
    await ready();
    expect(screen.getByTestId('sim-progress')).toHaveTextContent('Step 0 of 12');
    const step = screen.getByRole('button', { name: 'Step ▶' });
    await user.click(step);
    expect(screen.getByTestId('sim-explanation')).toHaveTextContent('3 servers');
    expect(screen.getByText('No HTTP message in this step.')).toBeInTheDocument();
    await user.click(step);
    expect(screen.getByTestId('sim-request')).toHaveTextContent('POST /login HTTP/1.1');
    expect(screen.getByTestId('sim-response')).toHaveTextContent(
      /Set-Cookie: sid=\S+; Path=\/; Max-Age=1800; HttpOnly/,
    );
    expect(screen.getByTestId('sim-diagram')).toHaveTextContent(
      'HttpOnly: page scripts cannot read it',
    );

    // Keyboard: the controls are buttons; Enter on the focused one steps.
    step.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('sim-progress')).toHaveTextContent('Step 3 of 12');
    expect(screen.getByTestId('sim-status')).toHaveAttribute('data-status', '401');
    expect(screen.getByTestId('sim-status')).toHaveTextContent('✗ 401 Unauthorized');
    expect(screen.getByTestId('sim-request')).toHaveTextContent(/Cookie: sid=/);
    expect(screen.getByTestId('sim-explanation')).toHaveTextContent('app-2 has never seen this id');
    const app2 = screen.getByTestId('sim-diagram').querySelector('[data-node="server-1"]')!;
    expect(app2).toHaveAttribute('data-active', 'true');
    expect(app2).toHaveTextContent('● active');
    expect(screen.getByTestId('sim-hop')).toHaveTextContent(
      'This step: Browser → Load balancer → app-2 → app-2 memory',
    );
    expect(
      within(screen.getByTestId('sim-counters')).getByText('1', {
        selector: '[data-counter="lookups"]',
      }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('sim-bytes-chart')).toHaveTextContent('#3 GET /profile → 401');

    await user.click(screen.getByRole('button', { name: '◀ Back' }));
    expect(screen.getByTestId('sim-progress')).toHaveTextContent('Step 2 of 12');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    await ready();
    expect(screen.getByTestId('sim-progress')).toHaveTextContent('Step 0 of 12');
  });

  it('runs to the end, draws the memory chart and asks the question', async () => {
    const user = userEvent.setup();
    renderWithPlayground({}, { ui: <SimScenario id="scale-out" rng={seeded} delay={5} /> });
    await ready();
    await user.click(screen.getByRole('button', { name: 'Run to the end' }));
    await waitFor(() =>
      expect(screen.getByTestId('sim-progress')).toHaveTextContent('Step 12 of 12'),
    );
    expect(screen.getByTestId('sim-growth-chart')).toHaveTextContent('10,000 users · sessions:');
    expect(screen.getByTestId('sim-growth-chart')).toHaveTextContent('JWT: 0 B');
    expect(screen.getByTestId('sim-explanation')).toHaveTextContent(
      /10,000 users take \d+\.\d KB of session data/,
    );
    expect(screen.getByRole('button', { name: 'Step ▶' })).toBeDisabled();

    const q = screen.getByTestId('sim-question');
    await user.click(within(q).getByLabelText('The session had expired'));
    await user.click(within(q).getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByTestId('sim-feedback')).toHaveAttribute('data-correct', 'false');
    expect(screen.getByTestId('sim-feedback')).toHaveTextContent('✗ Not quite.');
    await user.click(
      within(q).getByLabelText(
        'The session lived only in the memory of the server that created it',
      ),
    );
    await user.click(within(q).getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByTestId('sim-feedback')).toHaveTextContent('✓ Right.');
    expect(screen.getByRole('link', { name: /Next scenario: Server restart/ })).toHaveAttribute(
      'href',
      '#/sims/restart',
    );
  });
});

describe('authentication vs authorization, the student’s turn', () => {
  it('edits the role claim (401), gets the leaked secret, re-signs and reaches /admin (200)', async () => {
    const user = userEvent.setup();
    renderWithPlayground({}, { ui: <SimScenario id="authn-authz" rng={seeded} delay={5} /> });
    await ready();
    await user.click(screen.getByRole('button', { name: 'Run to the end' }));
    await screen.findByTestId('sim-try', {}, { timeout: 3000 });
    expect(screen.getByTestId('sim-status')).toHaveAttribute('data-status', '403');

    // The real decoded pane holds alice's token.
    const payload = await screen.findByTestId('payload-json');
    await waitFor(() => expect((payload as HTMLTextAreaElement).value).toMatch(/"role": ?"user"/));
    expect(screen.queryByTestId('sim-leak')).not.toBeInTheDocument();
    const value = (payload as HTMLTextAreaElement).value;
    fireEvent.change(payload, { target: { value: value.replace('"user"', '"admin"') } });
    await user.click(screen.getByRole('button', { name: 'Send GET /admin with this token' }));
    await waitFor(() =>
      expect(screen.getByTestId('sim-status')).toHaveAttribute('data-status', '401'),
    );
    expect(screen.getByTestId('sim-explanation')).toHaveTextContent(
      'the signature no longer matches',
    );
    expect(screen.getByTestId('sim-progress')).toHaveTextContent('Step 5 of 6');
    await user.click(screen.getByRole('button', { name: 'Step ▶' }));
    expect(screen.getByTestId('sim-explanation')).toHaveTextContent('A leak');
    const leak = screen.getByTestId('sim-leak');
    const secret = within(leak).getByLabelText('Secret to sign with');
    expect(secret).not.toHaveValue('');

    await user.click(
      within(leak).getByRole('button', { name: 'Re-sign the token with this secret' }),
    );
    await within(leak).findByText('Signed with the secret you gave. Send it again.');
    expect((screen.getByTestId('payload-json') as HTMLTextAreaElement).value).toMatch(
      /"role": ?"admin"/,
    );
    await user.click(screen.getByRole('button', { name: 'Send GET /admin with this token' }));
    await waitFor(() =>
      expect(screen.getByTestId('sim-status')).toHaveAttribute('data-status', '200'),
    );
    expect(screen.getByText('✓ You got 200 from /admin with a forged role.')).toBeInTheDocument();
    expect(screen.getByTestId('sim-response')).toHaveTextContent('"page":"admin"');
  });

  it('refuses a token re-signed with a wrong secret', async () => {
    const user = userEvent.setup();
    renderWithPlayground({}, { ui: <SimScenario id="authn-authz" rng={seeded} delay={5} /> });
    await ready();
    await user.click(screen.getByRole('button', { name: 'Run to the end' }));
    const payload = await screen.findByTestId('payload-json', {}, { timeout: 3000 });
    await waitFor(() => expect((payload as HTMLTextAreaElement).value).toMatch(/"role": ?"user"/));
    fireEvent.change(payload, {
      target: { value: (payload as HTMLTextAreaElement).value.replace('"user"', '"admin"') },
    });
    await user.click(screen.getByRole('button', { name: 'Send GET /admin with this token' }));
    const leak = await screen.findByTestId('sim-leak');
    const secret = within(leak).getByLabelText('Secret to sign with');
    await user.clear(secret);
    await user.paste('a-guess-that-is-long-enough-for-hs256-keys!');
    await user.click(
      within(leak).getByRole('button', { name: 'Re-sign the token with this secret' }),
    );
    await within(leak).findByText('Signed with the secret you gave. Send it again.');
    await user.click(screen.getByRole('button', { name: 'Send GET /admin with this token' }));
    await waitFor(() =>
      expect(screen.getByTestId('sim-progress')).toHaveTextContent('Step 7 of 7'),
    );
    expect(screen.getByTestId('sim-status')).toHaveAttribute('data-status', '401');
  });
});

describe('where to keep a token, stepped in the page', () => {
  it('draws the attacker with what the injected script read, and the script itself', async () => {
    const user = userEvent.setup();
    renderWithPlayground({}, { ui: <SimScenario id="token-storage" rng={seeded} /> });
    await ready();
    const step = screen.getByRole('button', { name: 'Step ▶' });
    await user.click(step);
    const attacker = () =>
      screen.getByTestId('sim-diagram').querySelector('[data-node="attacker"]')!;
    expect(attacker()).toHaveTextContent('(nothing yet)');
    await user.click(step);
    await user.click(step);
    expect(screen.getByTestId('sim-script')).toHaveTextContent(
      "localStorage.getItem('access_token')",
    );
    expect(screen.getByTestId('sim-attacker-loot')).toHaveTextContent('access_token = eyJ');
    expect(attacker()).toHaveAttribute('data-active', 'true');
    await user.click(step);
    expect(
      screen.getByRole('heading', { name: 'Request: the attacker’s machine → app-1' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('sim-status')).toHaveAttribute('data-status', '200');
  });

  it('says when the browser refuses a cookie over 4096 bytes', async () => {
    const user = userEvent.setup();
    renderWithPlayground({}, { ui: <SimScenario id="token-storage" rng={seeded} /> });
    await ready();
    const total = Number(/of (\d+)/.exec(screen.getByTestId('sim-progress').textContent!)![1]);
    for (let i = 1; i < total; i++)
      await user.click(screen.getByRole('button', { name: 'Step ▶' }));
    expect(screen.getByTestId('sim-refused')).toHaveTextContent(
      'The browser ignored this Set-Cookie and stored nothing: __Host-token',
    );
    expect(screen.getByTestId('sim-explanation')).toHaveTextContent(/come to 4,\d{3} bytes/);
    const browser = screen.getByTestId('sim-diagram').querySelector('[data-node="browser"]')!;
    expect(browser).toHaveTextContent(/Cookie jar\s*\(empty\)/);
  });
});
