import { describe, expect, it } from 'vitest';
import { formatHttp, header, headers } from './http';
import { parseSetCookie } from './browser';
import { seededRng } from './rng';
import { payloadText, replacePayload, resignToken, withRole } from './jwt';
import {
  runScenario,
  sendAsStudent,
  SIM_IDS,
  transcript,
  type SimId,
  type Step,
} from './scenarios';

const run = (id: SimId, seed = 42) => runScenario(id, seededRng(seed));

function step(steps: Step[], key: string): Step {
  const s = steps.find((x) => x.explain === key);
  if (!s) throw new Error(`no step ${key}`);
  return s;
}

function status(steps: Step[], key: string): number | undefined {
  return step(steps, key).exchange?.response.status;
}

describe('formatHttp', () => {
  it('renders the exact HTTP/1.1 text with CRLF line ends', () => {
    expect(
      formatHttp({
        kind: 'request',
        method: 'GET',
        path: '/profile',
        headers: [
          ['Host', 'app.example'],
          ['Cookie', 'sid=abc'],
        ],
      }),
    ).toBe('GET /profile HTTP/1.1\r\nHost: app.example\r\nCookie: sid=abc\r\n\r\n');
    expect(
      formatHttp({ kind: 'response', status: 403, headers: [['Content-Length', '2']], body: '{}' }),
    ).toBe('HTTP/1.1 403 Forbidden\r\nContent-Length: 2\r\n\r\n{}');
  });
});

describe('cookie jar', () => {
  it.each([
    ['sid=1; Path=/; HttpOnly', { path: '/', httpOnly: true, expires: null }],
    ['sid=1; Max-Age=60; Path=/api', { path: '/api', httpOnly: false, expires: 160 }],
    ['sid=; Max-Age=0', { expires: 100 }],
  ])('reads %s', (value, expected) => {
    expect(parseSetCookie(value, 100)).toMatchObject(expected);
  });
  it('ignores a value without a name', () => {
    expect(parseSetCookie('=x; Path=/', 0)).toBeNull();
  });
});

describe('session login', () => {
  it('sets an HttpOnly session cookie that later requests carry and the server looks up', async () => {
    const { steps } = await run('session-login');
    expect(status(steps, 'sim.session-login.anonymous')).toBe(401);
    const login = step(steps, 'sim.session-login.login').exchange!;
    const setCookie = header(login.response, 'Set-Cookie')!;
    expect(setCookie).toMatch(/^sid=[A-Za-z0-9_-]{22}; Path=\/; Max-Age=1800; HttpOnly/);
    const sid = setCookie.split(';')[0]!;
    for (const key of ['sim.session-login.profile', 'sim.session-login.again']) {
      const x = step(steps, key).exchange!;
      expect(header(x.request, 'Cookie')).toBe(sid);
      expect(header(x.request, 'Authorization')).toBeUndefined();
      expect(x.response.status).toBe(200);
      expect(x.lookups).toBe(1);
      expect(x.signatureChecks).toBe(0);
    }
    expect(step(steps, 'sim.session-login.login').browser.cookies[0]).toMatchObject({
      name: 'sid',
      httpOnly: true,
    });
  });

  it('measures store memory growing with the users', async () => {
    const growth = step((await run('session-login')).steps, 'sim.session-login.growth').growth!;
    expect(growth.map((g) => g.users)).toEqual([10, 100, 1000, 10000]);
    for (let i = 1; i < growth.length; i++)
      expect(growth[i]!.sessionBytes).toBeGreaterThan(growth[i - 1]!.sessionBytes * 9);
    expect(growth.every((g) => g.jwtBytes === 0)).toBe(true);
  });
});

describe('scale out', () => {
  it('loses the session on the next server with per-server memory and round robin', async () => {
    const { steps } = await run('scale-out');
    const login = step(steps, 'sim.scale-out.login').exchange!;
    const lost = step(steps, 'sim.scale-out.lost').exchange!;
    expect(login.server).toBe(0);
    expect(lost.server).toBe(1);
    expect(header(lost.request, 'Cookie')).toMatch(/^sid=/);
    expect(lost.response.status).toBe(401);
    expect(lost.outcome).toBe('session-unknown');
  });

  it('keeps the session with sticky routing, on one server', async () => {
    const { steps } = await run('scale-out');
    const login = step(steps, 'sim.scale-out.sticky-login').exchange!;
    expect(headers(login.response, 'Set-Cookie').some((c) => c.startsWith('lb=app-'))).toBe(true);
    const a = step(steps, 'sim.scale-out.sticky-profile').exchange!;
    const b = step(steps, 'sim.scale-out.sticky-again').exchange!;
    expect([a.response.status, b.response.status]).toEqual([200, 200]);
    expect(a.server).toBe(login.server);
    expect(b.server).toBe(login.server);
    expect(a.route).toBe('sticky');
  });

  it('answers 200 from every server with a shared store, at one lookup per request', async () => {
    const { steps } = await run('scale-out');
    const a = step(steps, 'sim.scale-out.shared-profile').exchange!;
    const b = step(steps, 'sim.scale-out.shared-again').exchange!;
    expect([a.response.status, b.response.status]).toEqual([200, 200]);
    expect(a.server).not.toBe(b.server);
    expect([a.lookups, b.lookups]).toEqual([1, 1]);
    expect(a.hops).toContain('store-shared');
  });
});

describe('restart', () => {
  it('drops in-memory sessions and keeps JWTs working', async () => {
    const { steps } = await run('restart');
    expect(status(steps, 'sim.restart.profile')).toBe(200);
    expect(status(steps, 'sim.restart.lost')).toBe(401);
    expect(step(steps, 'sim.restart.lost').exchange!.outcome).toBe('session-unknown');
    expect(step(steps, 'sim.restart.restart').memory[0]).toMatchObject({ entries: 0, restarts: 1 });
    expect(status(steps, 'sim.restart.jwt-profile')).toBe(200);
    expect(status(steps, 'sim.restart.jwt-survives')).toBe(200);
  });
});

describe('JWT login', () => {
  it('returns a token that any server verifies with no store lookup', async () => {
    const { steps } = await run('jwt-login');
    const login = step(steps, 'sim.jwt-login.login');
    const body = JSON.parse(login.exchange!.response.body!) as { access_token: string };
    expect(body.access_token.split('.')).toHaveLength(3);
    expect(header(login.exchange!.response, 'Set-Cookie')).toBeUndefined();
    expect(login.browser.localStorage).toEqual([['access_token', body.access_token]]);
    const servers = new Set<number>();
    for (const key of ['sim.jwt-login.profile', 'sim.jwt-login.again', 'sim.jwt-login.third']) {
      const x = step(steps, key).exchange!;
      expect(header(x.request, 'Authorization')).toBe(`Bearer ${body.access_token}`);
      expect(x.response.status).toBe(200);
      expect(x.lookups).toBe(0);
      expect(x.signatureChecks).toBe(1);
      servers.add(x.server);
    }
    expect(servers.size).toBe(3);
    const last = steps[steps.length - 1]!;
    expect(last.counters.storeLookups).toBe(0);
    expect(last.counters.signatureChecks).toBe(3);
    expect(last.counters.storeBytes).toBe(0);
  });
});

describe('logout and revocation', () => {
  it('revokes a session at once, but a JWT only at exp or with a deny list', async () => {
    const { steps } = await run('logout');
    const out = step(steps, 'sim.logout.logout').exchange!;
    expect(header(out.response, 'Set-Cookie')).toMatch(/^sid=; Path=\/; Max-Age=0/);
    expect(step(steps, 'sim.logout.logout').browser.cookies).toEqual([]);
    expect(status(steps, 'sim.logout.replay')).toBe(401);
    expect(status(steps, 'sim.logout.jwt-logout')).toBe(204);
    expect(step(steps, 'sim.logout.jwt-logout').browser.localStorage).toEqual([]);
    expect(status(steps, 'sim.logout.jwt-replay')).toBe(200);
    expect(step(steps, 'sim.logout.jwt-expired').exchange!.outcome).toBe('token-expired');
    const replay = step(steps, 'sim.logout.deny-replay').exchange!;
    expect(replay.response.status).toBe(401);
    expect(replay.outcome).toBe('revoked');
    expect(header(replay.response, 'WWW-Authenticate')).toContain('error="invalid_token"');
    expect(replay.lookups).toBe(1);
    expect(replay.signatureChecks).toBe(1);
  });
});

describe('authentication vs authorization', () => {
  it('answers 401 without a token, 200 on /profile and 403 on /admin for a user', async () => {
    const { steps } = await run('authn-authz');
    const anon = step(steps, 'sim.authn-authz.anonymous').exchange!;
    expect(anon.response.status).toBe(401);
    expect(header(anon.response, 'WWW-Authenticate')).toBe('Bearer realm="app"');
    expect(status(steps, 'sim.authn-authz.profile')).toBe(200);
    expect(status(steps, 'sim.authn-authz.admin')).toBe(403);
  });

  it('rejects an edited role claim (signature) and accepts a token re-signed with the leaked secret', async () => {
    const { steps, world } = await run('authn-authz');
    const edited = step(steps, 'sim.authn-authz.edited').exchange!;
    expect(edited.response.status).toBe(401);
    expect(edited.outcome).toBe('signature-invalid');
    expect(step(steps, 'sim.authn-authz.edited').leakedSecret).toBeNull();
    expect(step(steps, 'sim.authn-authz.leak').leakedSecret).toBe(world.secret);
    expect(status(steps, 'sim.authn-authz.resigned')).toBe(200);
    expect(status(steps, 'sim.authn-authz.resigned-profile')).toBe(200);
    const profile = JSON.parse(
      step(steps, 'sim.authn-authz.resigned-profile').exchange!.response.body!,
    ) as { role: string };
    expect(profile.role).toBe('admin');
  });

  it('stops where the student takes over when interactive', async () => {
    const r = await runScenario('authn-authz', seededRng(1), { interactive: true });
    expect(r.steps).toHaveLength(r.interactiveFrom!);
    expect(r.steps.at(-1)!.exchange!.response.status).toBe(403);
  });
});

describe('the student’s turn in scenario 6', () => {
  it('leaks the secret after the first 401 and accepts the edit once re-signed', async () => {
    const r = await runScenario('authn-authz', seededRng(5), { interactive: true });
    const token = r.world.token!;
    const edited = replacePayload(token, withRole(payloadText(token)!, 'admin'));
    const first = await sendAsStudent(r.recorder, '/admin', edited);
    expect(first.response.status).toBe(401);
    expect(r.recorder.steps.at(-2)!.explain).toBe('sim.authn-authz.edited');
    expect(r.recorder.steps.at(-1)!.explain).toBe('sim.authn-authz.leak');
    expect(r.recorder.leaked).toBe(r.world.secret);

    const wrong = await resignToken(edited, 'not-the-secret-but-long-enough-to-sign-with');
    expect(
      wrong.ok && (await sendAsStudent(r.recorder, '/admin', wrong.token)).response.status,
    ).toBe(401);
    const right = await resignToken(edited, r.recorder.leaked!);
    if (!right.ok) throw new Error(right.detail);
    const admin = await sendAsStudent(r.recorder, '/admin', right.token);
    expect(admin.response.status).toBe(200);
    expect(r.recorder.steps.at(-1)!.explain).toBe('sim.authn-authz.resigned');
    // Only one leak step, however many 401s follow.
    expect(r.recorder.steps.filter((s) => s.action === 'leak')).toHaveLength(1);
  });

  it('explains an unedited token as a 403 and an unreadable one as malformed', async () => {
    const r = await runScenario('authn-authz', seededRng(5), { interactive: true });
    expect((await sendAsStudent(r.recorder, '/admin', r.world.token!)).response.status).toBe(403);
    expect(r.recorder.steps.at(-1)!.explain).toBe('sim.authn-authz.admin');
    await sendAsStudent(r.recorder, '/profile', 'not.a.token');
    expect(r.recorder.steps.some((s) => s.explain === 'sim.authn-authz.malformed')).toBe(true);
  });

  it('refuses to re-sign something that is not a token', async () => {
    expect((await resignToken('nope', 'secret')).ok).toBe(false);
  });
});

describe('determinism', () => {
  it.each(SIM_IDS)('%s: the same seed gives the same transcript', async (id) => {
    const a = transcript((await run(id, 7)).steps);
    const b = transcript((await run(id, 7)).steps);
    expect(a).toBe(b);
    expect(a.length).toBeGreaterThan(200);
  });

  it('a different seed gives different session ids', async () => {
    const a = transcript((await run('session-login', 1)).steps);
    const b = transcript((await run('session-login', 2)).steps);
    expect(a).not.toBe(b);
  });
});
