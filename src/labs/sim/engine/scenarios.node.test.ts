import { describe, expect, it } from 'vitest';
import { byteLength, formatHttp, header, headers, httpDate } from './http';
import { APP_ORIGIN, Browser, EVIL_ORIGIN, HOST, parseSetCookie, refusal } from './browser';
import type { Exchange } from './world';
import { seededRng } from './rng';
import { payloadText, replacePayload, resignToken, withRole } from './jwt';
import type { Step } from './recorder';
import { runScenario, SIM_IDS, transcript, type SimId } from './scenarios';
import { sendAsStudent } from './scenarios/authn-authz';

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
    if (!right.ok) throw new Error(right.finding?.code ?? 'no finding');
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

  it('refuses to re-sign something that is not a token, with the finding that says why', async () => {
    const r = await resignToken('nope', 'secret');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.finding?.code).toBe('segment-count');
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

/** Every exchange of every scenario, with its step. */
async function everyExchange(): Promise<{ id: SimId; step: Step; x: Exchange }[]> {
  const out: { id: SimId; step: Step; x: Exchange }[] = [];
  for (const id of SIM_IDS) {
    for (const s of (await run(id, 3)).steps)
      if (s.exchange) out.push({ id, step: s, x: s.exchange });
  }
  return out;
}

// RFC 9110 §5.6.2 token, §11.2 token68, §5.6.4 quoted-string.
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const QUOTED = '"(?:[^"\\\\]|\\\\.)*"';
const AUTH_PARAM = `${TOKEN}\\s*=\\s*(?:${TOKEN}|${QUOTED})`;
const CHALLENGE = new RegExp(
  `^(${TOKEN})(?: +(?:[A-Za-z0-9._~+/-]+=*|${AUTH_PARAM}(?:\\s*,\\s*${AUTH_PARAM})*))?$`,
);

/** The auth-params of a challenge, unquoted. */
function authParams(challenge: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of challenge.matchAll(new RegExp(`(${TOKEN})\\s*=\\s*(${TOKEN}|${QUOTED})`, 'g')))
    out.set(m[1]!.toLowerCase(), m[2]!.replace(/^"|"$/g, ''));
  return out;
}

describe('every HTTP message in every scenario', () => {
  it('has Host first, and a Content-Length that counts the body in bytes', async () => {
    for (const { id, step, x } of await everyExchange()) {
      const where = `${id} ${step.explain}`;
      expect(x.request.headers[0], where).toEqual(['Host', HOST]);
      for (const m of [x.request, x.response]) {
        if (m.body === undefined) expect(header(m, 'Content-Length'), where).toBeUndefined();
        else expect(header(m, 'Content-Length'), where).toBe(String(byteLength(m.body)));
      }
      expect(header(x.response, 'Date'), where).toBe(httpDate(step.now));
      if (x.response.status === 204) expect(x.response.body, where).toBeUndefined();
      if (x.response.body !== undefined)
        expect(header(x.response, 'Content-Type'), where).toBe('application/json');
    }
  });

  it('sends Origin on a browser’s POST only, naming the site that started it', async () => {
    for (const { id, step, x } of await everyExchange()) {
      const where = `${id} ${step.explain}`;
      const origin = header(x.request, 'Origin');
      if (x.client === 'attacker' || x.request.method === 'GET')
        expect(origin, where).toBeUndefined();
      else expect(origin, where).toBe(x.initiator === 'evil' ? EVIL_ORIGIN : APP_ORIGIN);
    }
  });

  it('answers every 401 with a WWW-Authenticate challenge (RFC 9110 §11.6.1)', async () => {
    const all = await everyExchange();
    const unauthorized = all.filter(({ x }) => x.response.status === 401);
    expect(unauthorized.length).toBeGreaterThan(15);
    const schemes = new Set<string>();
    for (const { id, step, x } of unauthorized) {
      const where = `${id} ${step.explain}`;
      const challenge = header(x.response, 'WWW-Authenticate');
      expect(challenge, where).toBeDefined();
      const m = CHALLENGE.exec(challenge!);
      expect(m, `${where}: ${challenge}`).not.toBeNull();
      const params = authParams(challenge!);
      expect(params.get('realm'), where).toBe('app');
      schemes.add(m![1]!);
      if (m![1] === 'Bearer') {
        // RFC 6750 §3: the error codes it defines; no error code when no credential came (§3.1).
        const error = params.get('error');
        if (x.outcome === 'no-credentials') expect(error, where).toBeUndefined();
        else expect(error, where).toBe('invalid_token');
        const description = params.get('error_description');
        if (description !== undefined)
          expect(description, where).toMatch(/^[\x20\x21\x23-\x5b\x5d-\x7e]+$/);
      } else {
        expect(m![1], where).toBe('Cookie');
        expect(params.get('form-action'), where).toBe('/login');
        expect(['sid', '__Host-token'], where).toContain(params.get('cookie-name'));
      }
    }
    expect([...schemes].sort()).toEqual(['Bearer', 'Cookie']);
  });

  it('sends no challenge with a 403: the server knows who is asking', async () => {
    const forbidden = (await everyExchange()).filter(({ x }) => x.response.status === 403);
    expect(forbidden.length).toBeGreaterThan(1);
    for (const { x } of forbidden) expect(header(x.response, 'WWW-Authenticate')).toBeUndefined();
  });

  it('sets cookies as RFC 6265bis allows, all Secure, auth cookies HttpOnly', async () => {
    let seen = 0;
    for (const { id, step, x } of await everyExchange()) {
      for (const value of headers(x.response, 'Set-Cookie')) {
        const where = `${id} ${step.explain}: ${value.slice(0, 60)}`;
        seen++;
        const [pair, ...attrs] = value.split('; ');
        expect(pair, where).toMatch(
          new RegExp(`^${TOKEN}=[\\x21\\x23-\\x2b\\x2d-\\x3a\\x3c-\\x5b\\x5d-\\x7e]*$`),
        );
        const names = attrs.map((a) => a.split('=')[0]!);
        for (const a of attrs)
          expect(a, where).toMatch(
            /^(Path=\/\S*|Max-Age=-?\d+|HttpOnly|Secure|SameSite=(Strict|Lax|None))$/,
          );
        expect(new Set(names).size, where).toBe(names.length);
        expect(names, where).toContain('Secure');
        expect(names, where).toContain('HttpOnly');
        if (pair!.startsWith('__Host-')) expect(attrs, where).toContain('Path=/');
      }
    }
    expect(seen).toBeGreaterThan(12);
  });

  it('marks every response that carries a token, or refuses one, Cache-Control: no-store', async () => {
    for (const { id, step, x } of await everyExchange()) {
      const body = x.response.body ?? '';
      if (/"(access|refresh)_token"|"invalid_grant"/.test(body) || x.request.path === '/token')
        expect(header(x.response, 'Cache-Control'), `${id} ${step.explain}`).toBe('no-store');
    }
  });
});

describe('the counters agree with the diagram', () => {
  it.each(SIM_IDS)('%s: entries held are the entries drawn', async (id) => {
    for (const s of (await run(id, 3)).steps) {
      const t = s.topology;
      let drawn = 0;
      if (t.auth === 'session')
        drawn +=
          t.store === 'shared'
            ? s.stores.shared.entries
            : s.memory.reduce((n, m) => n + m.entries, 0);
      if (t.auth === 'jwt' && t.denyList) drawn += s.stores.denyList.entries;
      if (t.auth === 'jwt' && t.refresh) drawn += s.stores.refresh.entries;
      expect(s.counters.storeEntries, s.explain).toBe(drawn);
    }
  });

  it('scale-out: with a shared store, one login is one entry, as the store shows', async () => {
    const s = step((await run('scale-out')).steps, 'sim.scale-out.shared-again');
    expect(s.stores.shared.entries).toBe(1);
    expect(s.counters.storeEntries).toBe(1);
    expect(s.counters.storeBytes).toBe(s.stores.shared.bytes);
  });
});

describe('the attacker in the logout scenario', () => {
  it('replays from the attacker’s machine what the attacker holds, while alice holds nothing', async () => {
    const { steps } = await run('logout');
    for (const key of ['sim.logout.replay', 'sim.logout.jwt-replay', 'sim.logout.deny-replay']) {
      const s = step(steps, key);
      const x = s.exchange!;
      expect(x.client).toBe('attacker');
      expect(x.hops[0]).toBe('attacker');
      expect(s.browser.cookies).toEqual([]);
      expect(s.browser.localStorage).toEqual([]);
      const sent = header(x.request, 'Cookie')?.replace(/^sid=/, '') ?? bearerOf(x);
      expect(s.attacker!.map(([, v]) => v)).toContain(sent);
    }
    expect(step(steps, 'sim.logout.login').attacker).toBeNull();
  });
});

function bearerOf(x: Exchange): string | undefined {
  return header(x.request, 'Authorization')?.replace(/^Bearer /, '');
}

describe('401 vs 403 with a cookie session', () => {
  it('answers 401 with a Cookie challenge, 403 to a user on /admin, 200 to an admin', async () => {
    const { steps } = await run('authn-authz-cookie');
    expect(steps.map((s) => s.exchange?.response.status)).toEqual([
      401, 401, 200, 200, 403, 401, 200, 200,
    ]);
    const anon = step(steps, 'sim.authn-authz-cookie.anonymous').exchange!;
    expect(header(anon.response, 'WWW-Authenticate')).toBe(
      'Cookie realm="app", form-action="/login", cookie-name="sid"',
    );
    expect(
      headers(step(steps, 'sim.authn-authz-cookie.bad-login').exchange!.response, 'Set-Cookie'),
    ).toEqual([]);
    const edited = step(steps, 'sim.authn-authz-cookie.edited');
    const sid = header(
      step(steps, 'sim.authn-authz-cookie.login').exchange!.response,
      'Set-Cookie',
    )!.split(';')[0]!;
    expect(header(edited.exchange!.request, 'Cookie')).not.toBe(sid);
    // The jar shows the edited value the browser sent.
    expect(`sid=${edited.browser.cookies[0]!.value}`).toBe(
      header(edited.exchange!.request, 'Cookie'),
    );
    expect(edited.exchange!.outcome).toBe('session-unknown');
  });
});

describe('refresh-token rotation with reuse detection', () => {
  const body = (x: Exchange) => JSON.parse(x.response.body!) as Record<string, unknown>;

  it('rotates on refresh, then revokes the family when a used token comes back', async () => {
    const { steps } = await run('refresh-rotation');
    const login = body(step(steps, 'sim.refresh-rotation.login').exchange!);
    expect(login.expires_in).toBe(300);
    expect(login.refresh_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(step(steps, 'sim.refresh-rotation.expired').exchange!.outcome).toBe('token-expired');
    const refresh = step(steps, 'sim.refresh-rotation.refresh').exchange!;
    expect(refresh.request.body).toBe(
      `grant_type=refresh_token&refresh_token=${login.refresh_token as string}`,
    );
    expect(body(refresh).refresh_token).not.toBe(login.refresh_token);
    expect(status(steps, 'sim.refresh-rotation.profile-again')).toBe(200);

    const thief = step(steps, 'sim.refresh-rotation.thief-refresh');
    expect(thief.exchange!.client).toBe('attacker');
    expect(thief.exchange!.response.status).toBe(200);
    expect(new Map(thief.attacker!).get('refresh_token')).toBe(body(thief.exchange!).refresh_token);

    const reuse = step(steps, 'sim.refresh-rotation.reuse');
    expect(reuse.exchange!.client).toBe('browser');
    expect(reuse.exchange!.response.status).toBe(400);
    expect(body(reuse.exchange!).error).toBe('invalid_grant');
    expect(reuse.exchange!.outcome).toBe('refresh-reused');
    expect(reuse.stores.refresh.revokedFamilies).toBe(1);
    expect(reuse.browser.localStorage).toEqual([]);

    const again = step(steps, 'sim.refresh-rotation.thief-refresh-again').exchange!;
    expect([again.response.status, again.outcome]).toEqual([400, 'refresh-revoked']);
    expect(status(steps, 'sim.refresh-rotation.thief-still')).toBe(200);
    expect(step(steps, 'sim.refresh-rotation.thief-expired').exchange!.outcome).toBe(
      'token-expired',
    );
    const last = step(steps, 'sim.refresh-rotation.login-again');
    expect(last.exchange!.response.status).toBe(200);
    expect(last.stores.refresh.revokedFamilies).toBe(1);
    expect(last.stores.refresh.entries).toBe(4);
  });
});

describe('where to keep a token, under attack', () => {
  it('localStorage: XSS steals the token, CSRF gets nowhere', async () => {
    const { steps } = await run('token-storage');
    const read = step(steps, 'sim.token-storage.xss-read');
    const token = new Map(read.browser.localStorage).get('access_token');
    expect(new Map(read.attacker!).get('access_token')).toBe(token);
    expect(read.script).toContain("localStorage.getItem('access_token')");
    const thief = step(steps, 'sim.token-storage.thief').exchange!;
    expect([thief.client, thief.response.status, bearerOf(thief)]).toEqual([
      'attacker',
      200,
      token,
    ]);
    const csrf = step(steps, 'sim.token-storage.csrf-bearer').exchange!;
    expect(header(csrf.request, 'Authorization')).toBeUndefined();
    expect(header(csrf.request, 'Cookie')).toBeUndefined();
    expect(csrf.response.status).toBe(401);
  });

  it('HttpOnly cookie: XSS reads nothing but rides along; SameSite decides for CSRF', async () => {
    const { steps } = await run('token-storage');
    const login = step(steps, 'sim.token-storage.cookie-login');
    expect(header(login.exchange!.response, 'Set-Cookie')).toMatch(
      /^__Host-token=eyJ[\w.-]+; Path=\/; Max-Age=900; HttpOnly; Secure; SameSite=Lax$/,
    );
    expect(login.exchange!.response.body).not.toContain('access_token');
    expect(login.browser.localStorage).toEqual([]);
    expect(step(steps, 'sim.token-storage.xss-cookie').attacker).toEqual([]);

    const cookieSent = (key: string) =>
      header(step(steps, key).exchange!.request, 'Cookie')?.startsWith('__Host-token=') ?? false;
    const rows = [
      'sim.token-storage.cookie-profile',
      'sim.token-storage.xss-ride',
      'sim.token-storage.csrf-post',
      'sim.token-storage.csrf-img',
      'sim.token-storage.csrf-link',
      'sim.token-storage.strict-link',
    ].map((k) => [k, cookieSent(k), status(steps, k)]);
    expect(rows).toEqual([
      ['sim.token-storage.cookie-profile', true, 200],
      ['sim.token-storage.xss-ride', true, 200],
      ['sim.token-storage.csrf-post', false, 401],
      ['sim.token-storage.csrf-img', false, 401],
      ['sim.token-storage.csrf-link', true, 200],
      ['sim.token-storage.strict-link', false, 401],
    ]);
  });

  it('drops a cookie over 4096 bytes without a word, so the next request is anonymous', async () => {
    const { steps } = await run('token-storage');
    const big = step(steps, 'sim.token-storage.big-login');
    expect(big.exchange!.response.status).toBe(200);
    expect(big.params.cookie).toBeGreaterThan(4096);
    expect(big.exchange!.refusedCookies).toEqual(['__Host-token']);
    expect(big.browser.cookies).toEqual([]);
    expect(
      header(step(steps, 'sim.token-storage.big-profile').exchange!.request, 'Cookie'),
    ).toBeUndefined();
  });
});

describe('SameSite and the cookie limits in the browser', () => {
  const jar = (attrs: string) => {
    const b = new Browser();
    b.receive(
      { kind: 'response', status: 200, headers: [['Set-Cookie', `c=1; Path=/; Secure${attrs}`]] },
      0,
    );
    return b;
  };
  it.each([
    // attrs, same-site, cross-site link (GET), cross-site form POST, cross-site fetch GET
    ['; SameSite=Strict', [true, false, false, false]],
    ['; SameSite=Lax', [true, true, false, false]],
    ['', [true, true, false, false]],
    ['; SameSite=None', [true, true, true, true]],
  ] as const)('Set-Cookie c=1%s', (attrs, expected) => {
    const b = jar(attrs);
    const got = [
      b.cookiesFor('/', 1).length,
      b.cookiesFor('/', 1, { crossSite: true, navigation: true }).length,
      b.cookiesFor('/', 1, { crossSite: true, navigation: true, method: 'POST' }).length,
      b.cookiesFor('/', 1, { crossSite: true }).length,
    ].map((n) => n === 1);
    expect(got).toEqual(expected);
  });

  it.each([
    [`big=${'x'.repeat(4094)}`, 'too-big'],
    [`big=${'x'.repeat(4093)}`, null],
    ['__Host-a=1; Path=/', 'prefix'],
    ['__Host-a=1; Path=/api; Secure', 'prefix'],
    ['__Host-a=1; Path=/; Secure; Domain=app.example', 'prefix'],
    ['__Host-a=1; Path=/; Secure', null],
  ])('refuses or keeps a Set-Cookie (%#) as RFC 6265bis says', (value, expected) => {
    expect(refusal(value, parseSetCookie(value, 0)!)).toBe(expected);
  });
});
