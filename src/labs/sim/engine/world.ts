/**
 * The simulated web: a browser, a load balancer, 1…N app servers and their session store(s), under a
 * simulated clock and an injected random generator. Nothing here touches the network or real time.
 */
import { Browser, type Cookie } from './browser';
import { header, messageBytes, type HttpRequest, type HttpResponse } from './http';
import { randomId } from './jwt';
import type { Rng } from './rng';
import { AppServer, type AuthMode, type Outcome } from './server';
import { SessionStore } from './store';

export type BalancerMode = 'round-robin' | 'sticky';
export type StoreMode = 'memory' | 'shared';

export interface Topology {
  servers: number;
  balancer: BalancerMode;
  store: StoreMode;
  auth: AuthMode;
  denyList: boolean;
}

/** A box in the diagram. */
export type NodeId =
  'browser' | 'balancer' | `server-${number}` | `store-${number}` | 'store-shared' | 'deny-list';

export interface Counters {
  requests: number;
  storeLookups: number;
  signatureChecks: number;
  /** Bytes of every request the browser sent, on the wire. */
  bytesSent: number;
  /** Bytes of data held in every session store and deny list right now. */
  storeBytes: number;
  storeEntries: number;
}

export interface Exchange {
  request: HttpRequest;
  response: HttpResponse;
  /** Index of the server that answered. */
  server: number;
  /** Why the balancer chose that server. */
  route: 'round-robin' | 'sticky-new' | 'sticky';
  outcome: Outcome;
  requestBytes: number;
  responseBytes: number;
  lookups: number;
  signatureChecks: number;
  /** The boxes the request passed through, in order. */
  hops: NodeId[];
}

export interface StoreStats {
  entries: number;
  bytes: number;
}

export interface BrowserView {
  cookies: Cookie[];
  localStorage: [string, string][];
}

export const START_TIME = 1767225600; // 2026-01-01T00:00:00Z
export const STICKY_COOKIE = 'lb';

export class World {
  readonly browser = new Browser();
  readonly shared = new SessionStore('shared');
  readonly denyList = new SessionStore('shared');
  servers: AppServer[] = [];
  topology: Topology;
  now = START_TIME;
  /** The HS256 secret every server is configured with. */
  readonly secret: string;
  private serverStores: SessionStore[] = [];
  private next = 0;
  private requests = 0;
  private bytesSent = 0;

  constructor(
    readonly rng: Rng,
    topology: Partial<Topology> = {},
    /** NumericDate the simulated clock starts at. */
    start = START_TIME,
  ) {
    this.now = start;
    this.secret = randomId(rng, 32);
    this.topology = {
      servers: 1,
      balancer: 'round-robin',
      store: 'memory',
      auth: 'session',
      denyList: false,
    };
    this.configure(topology);
  }

  /** Changes the set-up; servers that stay keep their memory. */
  configure(change: Partial<Topology>): void {
    this.topology = { ...this.topology, ...change };
    const t = this.topology;
    while (this.servers.length < t.servers) {
      const i = this.servers.length;
      this.servers.push(
        new AppServer(`app-${i + 1}`, t.auth, new SessionStore('memory'), null, this.secret),
      );
    }
    this.servers.length = t.servers;
    this.serverStores = this.servers.map((s, i) => this.serverStores[i] ?? s.store);
    this.servers.forEach((s, i) => {
      s.mode = t.auth;
      s.store = t.store === 'shared' ? this.shared : this.serverStores[i]!;
      s.denyList = t.auth === 'jwt' && t.denyList ? this.denyList : null;
    });
    if (this.next >= t.servers) this.next = 0;
  }

  /** Moves the simulated clock forward. */
  advance(seconds: number): void {
    this.now += seconds;
  }

  restart(server: number): void {
    this.servers[server]?.restart();
  }

  /** The browser sends a request through the balancer; the page's script stores a returned token. */
  async send(
    method: HttpRequest['method'],
    path: string,
    options: { body?: string; bearer?: string; cookie?: string } = {},
  ): Promise<Exchange> {
    this.advance(1);
    const request = this.browser.request(method, path, this.now, options);
    const { server, route } = this.choose(request);
    const app = this.servers[server]!;
    const store = app.store;
    const lookupsBefore = this.lookups();
    const handled = await app.handle(request, { now: this.now, rng: this.rng });
    const response = handled.response;
    if (route === 'sticky-new') {
      response.headers.push(['Set-Cookie', `${STICKY_COOKIE}=${app.name}; Path=/`]);
    }
    this.browser.receive(response, this.now);
    this.pageScript(request, response);

    const requestBytes = messageBytes(request);
    this.requests++;
    this.bytesSent += requestBytes;
    const hops: NodeId[] = ['browser', 'balancer', `server-${server}`];
    if (handled.storeUsed === 'session')
      hops.push(store.kind === 'shared' ? 'store-shared' : `store-${server}`);
    if (handled.storeUsed === 'deny-list') hops.push('deny-list');
    return {
      request,
      response,
      server,
      route,
      outcome: handled.outcome,
      requestBytes,
      responseBytes: messageBytes(response),
      lookups: this.lookups() - lookupsBefore,
      signatureChecks: handled.signatureChecks,
      hops,
    };
  }

  /** What the single-page app's JavaScript does with responses: keep a token, drop it at logout. */
  private pageScript(request: HttpRequest, response: HttpResponse): void {
    if (request.path === '/logout') this.browser.localStorage.delete('access_token');
    if (response.status !== 200 || !response.body) return;
    if (header(response, 'Content-Type') !== 'application/json') return;
    const body = JSON.parse(response.body) as { access_token?: unknown };
    if (typeof body.access_token === 'string')
      this.browser.localStorage.set('access_token', body.access_token);
  }

  /** The token the page's script attaches as "Authorization: Bearer", if it holds one. */
  get token(): string | undefined {
    return this.browser.localStorage.get('access_token');
  }

  private choose(request: HttpRequest): { server: number; route: Exchange['route'] } {
    const n = this.topology.servers;
    if (this.topology.balancer === 'sticky') {
      const cookie = header(request, 'Cookie') ?? '';
      const m = new RegExp(`(?:^|;\\s*)${STICKY_COOKIE}=app-(\\d+)`).exec(cookie);
      const pinned = m ? Number(m[1]) - 1 : -1;
      if (pinned >= 0 && pinned < n) return { server: pinned, route: 'sticky' };
      const server = this.next;
      this.next = (this.next + 1) % n;
      return { server, route: 'sticky-new' };
    }
    const server = this.next;
    this.next = (this.next + 1) % n;
    return { server, route: 'round-robin' };
  }

  private stores(): SessionStore[] {
    return [...new Set([...this.serverStores, this.shared, this.denyList])];
  }

  private lookups(): number {
    return this.stores().reduce((n, s) => n + s.lookups, 0);
  }

  counters(): Counters {
    const stores = this.stores();
    return {
      requests: this.requests,
      storeLookups: this.lookups(),
      signatureChecks: this.servers.reduce((n, s) => n + s.signatureChecks, 0),
      bytesSent: this.bytesSent,
      storeBytes: stores.reduce((n, s) => n + s.bytes, 0),
      storeEntries: stores.reduce((n, s) => n + s.size, 0),
    };
  }

  browserView(): BrowserView {
    return {
      cookies: this.browser.cookies(this.now).map((c) => ({ ...c })),
      localStorage: [...this.browser.localStorage],
    };
  }

  /** The shared store and the deny list, for the diagram. */
  storeView(): { shared: StoreStats; denyList: StoreStats } {
    return {
      shared: { entries: this.shared.size, bytes: this.shared.bytes },
      denyList: { entries: this.denyList.size, bytes: this.denyList.bytes },
    };
  }

  /** Per-server memory in use, for the diagram. */
  serverMemory(): { name: string; entries: number; bytes: number; restarts: number }[] {
    return this.servers.map((s, i) => {
      const own = this.serverStores[i]!;
      return { name: s.name, entries: own.size, bytes: own.bytes, restarts: s.restarts };
    });
  }
}

/** Memory a session store holds as users sign in, measured by filling a real store. */
export function measureGrowth(
  rng: Rng,
  userCounts: number[],
): { users: number; sessionBytes: number; jwtBytes: number }[] {
  const store = new SessionStore('shared');
  const rows = [];
  let made = 0;
  for (const users of userCounts) {
    for (; made < users; made++) {
      store.create(randomId(rng, 16), {
        sub: `user${made + 1}`,
        role: 'user',
        expires: START_TIME + 1800,
      });
    }
    rows.push({ users, sessionBytes: store.bytes, jwtBytes: 0 });
  }
  return rows;
}
