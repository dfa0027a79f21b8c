/**
 * The scenarios: each a short script over a fresh World, recorded as steps. A step holds the HTTP
 * exchange (or the change to the set-up), the key of its explanation, and snapshots of the counters,
 * the browser and the topology, so the page can step back and forth without running anything again.
 */
import { formatHttp } from './http';
import { payloadText, replacePayload, signPayload, withRole } from './jwt';
import type { Rng } from './rng';
import { USERS } from './server';
import {
  measureGrowth,
  World,
  type BrowserView,
  type Counters,
  type Exchange,
  type NodeId,
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
  action: 'configure' | 'restart' | 'wait' | 'leak' | 'growth' | null;
  topology: Topology;
  /** The simulated time after the step. */
  now: number;
  counters: Counters;
  browser: BrowserView;
  memory: { name: string; entries: number; bytes: number; restarts: number }[];
  stores: { shared: StoreStats; denyList: StoreStats };
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
    options: { body?: string; bearer?: string; cookie?: string } = {},
    params: Params = {},
  ): Promise<Exchange> {
    const x = await this.world.send(method, path, options);
    this.record(explain, x, params);
    return x;
  }

  /** Records an exchange that has happened. */
  record(explain: string, x: Exchange, params: Params = {}): void {
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
    );
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
      const sid = r.world.browser.cookies(r.world.now).find((c) => c.name === 'sid');
      await r.send('sim.logout.profile', 'GET', '/profile');
      await r.send('sim.logout.logout', 'POST', '/logout');
      await r.send('sim.logout.replay', 'GET', '/profile', {
        cookie: `sid=${sid?.value ?? ''}`,
      });
      r.configure('sim.logout.jwt', { auth: 'jwt' });
      await r.send('sim.logout.jwt-login', 'POST', '/login', { body: LOGIN });
      const stolen = r.world.token ?? '';
      await r.sendBearer('sim.logout.jwt-profile', 'GET', '/profile');
      await r.sendBearer('sim.logout.jwt-logout', 'POST', '/logout');
      await r.send('sim.logout.jwt-replay', 'GET', '/profile', { bearer: stolen });
      r.wait('sim.logout.wait', 15 * 60);
      await r.send('sim.logout.jwt-expired', 'GET', '/profile', { bearer: stolen });
      r.configure('sim.logout.deny', { denyList: true });
      await r.send('sim.logout.deny-login', 'POST', '/login', { body: LOGIN });
      const copy = r.world.token ?? '';
      await r.sendBearer('sim.logout.deny-logout', 'POST', '/logout');
      await r.send('sim.logout.deny-replay', 'GET', '/profile', { bearer: copy });
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
