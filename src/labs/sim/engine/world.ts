/**
 * The simulated web: a browser, a load balancer, 1…N app servers and their session store(s), under a
 * simulated clock and an injected random generator. Nothing here touches the network or real time.
 */
import { Browser, type Cookie, type Initiator, type RequestOptions } from './browser';
import { header, messageBytes, type HttpRequest, type HttpResponse } from './http';
import { randomId } from './jwt';
import type { Rng } from './rng';
import type { Outcome } from './outcome';
import { AppServer, TOKEN_TTL, type AuthMode, type SameSite, type TokenIn } from './server';
import { RefreshStore, SessionStore } from './store';

export type BalancerMode = 'round-robin' | 'sticky';
export type StoreMode = 'memory' | 'shared';

export interface Topology {
  servers: number;
  balancer: BalancerMode;
  store: StoreMode;
  auth: AuthMode;
  denyList: boolean;
  /** JWT mode: the token in the login response's body (then a Bearer header) or in a cookie. */
  tokenIn: TokenIn;
  sameSite: SameSite;
  /** JWT mode: refresh tokens with rotation. */
  refresh: boolean;
  /** Lifetime of access tokens, in seconds. */
  accessTtl: number;
}

/** A box in the diagram. */
export type NodeId =
  | 'browser'
  | 'attacker'
  | 'balancer'
  | `server-${number}`
  | `store-${number}`
  | 'store-shared'
  | 'deny-list'
  | 'refresh-store';

/** Who sent a request: the victim's browser, or the attacker's own machine. */
export type Client = 'browser' | 'attacker';

export interface Counters {
  requests: number;
  storeLookups: number;
  signatureChecks: number;
  /** Bytes of every request the browser sent, on the wire. */
  bytesSent: number;
  /** Bytes of data held right now by the stores the set-up uses (those the diagram draws). */
  storeBytes: number;
  storeEntries: number;
}

export interface Exchange {
  request: HttpRequest;
  response: HttpResponse;
  /** Index of the server that answered. */
  server: number;
  client: Client;
  /** In the victim's browser: who started the request. */
  initiator: Initiator;
  /** Cookies the browser refused to store from this response (RFC 6265bis §5.6). */
  refusedCookies: string[];
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

export interface RefreshStats extends StoreStats {
  used: number;
  revokedFamilies: number;
}

export interface SendOptions extends RequestOptions {
  client?: Client;
}

/** Tokens a JSON response hands over (RFC 6749 §5.1 names). */
function tokensIn(response: HttpResponse): [string, string][] {
  if (response.status !== 200 || !response.body) return [];
  if (header(response, 'Content-Type') !== 'application/json') return [];
  const body = JSON.parse(response.body) as Record<string, unknown>;
  return (['access_token', 'refresh_token'] as const).flatMap((k) => {
    const v = body[k];
    return typeof v === 'string' ? [[k, v] as [string, string]] : [];
  });
}

export const START_TIME = 1767225600; // 2026-01-01T00:00:00Z
export const STICKY_COOKIE = 'lb';

export class World {
  readonly browser = new Browser();
  readonly shared = new SessionStore('shared');
  readonly denyList = new SessionStore('shared');
  readonly refreshStore = new RefreshStore();
  /** The attacker's machine: a command-line tool with no cookie jar of its own to speak of. */
  readonly attackerTool = new Browser(false);
  /** What the attacker holds, by name; null until an attacker appears in the scenario. */
  loot: Map<string, string> | null = null;
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
      tokenIn: 'body',
      sameSite: 'Lax',
      refresh: false,
      accessTtl: TOKEN_TTL,
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
      s.tokenIn = t.tokenIn;
      s.sameSite = t.sameSite;
      s.accessTtl = t.accessTtl;
      s.refresh = t.auth === 'jwt' && t.refresh ? this.refreshStore : null;
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

  /** The attacker now holds this (a copied cookie, a token read by an injected script). */
  steal(name: string, value: string): void {
    this.loot ??= new Map();
    this.loot.set(name, value);
  }

  /** An attacker appears in the scenario, holding nothing yet. */
  meetAttacker(): void {
    this.loot ??= new Map();
  }

  /**
   * A request through the balancer, sent by the victim's browser (its own page, an injected script,
   * or another site's page) or by the attacker's tool. The app's own script keeps returned tokens.
   */
  async send(
    method: HttpRequest['method'],
    path: string,
    options: SendOptions = {},
  ): Promise<Exchange> {
    this.advance(1);
    const client = options.client ?? 'browser';
    const initiator = options.initiator ?? 'page';
    const from = client === 'attacker' ? this.attackerTool : this.browser;
    const request = from.request(method, path, this.now, options);
    const { server, route } = this.choose(request);
    const app = this.servers[server]!;
    const store = app.store;
    const lookupsBefore = this.lookups();
    const handled = await app.handle(request, { now: this.now, rng: this.rng });
    const response = handled.response;
    if (route === 'sticky-new') {
      response.headers.push([
        'Set-Cookie',
        `${STICKY_COOKIE}=${app.name}; Path=/; HttpOnly; Secure`,
      ]);
    }
    let refusedCookies: string[] = [];
    if (client === 'attacker') this.attackerScript(response);
    else {
      refusedCookies = this.browser.receive(response, this.now);
      if (initiator === 'page') this.pageScript(request, response);
    }

    const requestBytes = messageBytes(request);
    this.requests++;
    if (client === 'browser') this.bytesSent += requestBytes;
    const hops: NodeId[] =
      client === 'attacker'
        ? ['attacker', 'balancer', `server-${server}`]
        : initiator === 'page'
          ? ['browser', 'balancer', `server-${server}`]
          : ['attacker', 'browser', 'balancer', `server-${server}`];
    if (handled.storeUsed === 'session')
      hops.push(store.kind === 'shared' ? 'store-shared' : `store-${server}`);
    if (handled.storeUsed === 'deny-list') hops.push('deny-list');
    if (handled.storeUsed === 'refresh') hops.push('refresh-store');
    return {
      request,
      response,
      server,
      client,
      initiator,
      refusedCookies,
      route,
      outcome: handled.outcome,
      requestBytes,
      responseBytes: messageBytes(response),
      lookups: this.lookups() - lookupsBefore,
      signatureChecks: handled.signatureChecks,
      hops,
    };
  }

  /** What the single-page app's JavaScript does with responses: keep tokens, drop them at logout. */
  private pageScript(request: HttpRequest, response: HttpResponse): void {
    // A refused refresh (RFC 6749 §5.2) ends the login: the page forgets its tokens.
    const refused = request.path === '/token' && response.status === 400;
    if (request.path === '/logout' || refused) {
      this.browser.localStorage.delete('access_token');
      this.browser.localStorage.delete('refresh_token');
    }
    for (const [name, value] of tokensIn(response)) this.browser.localStorage.set(name, value);
  }

  /** The attacker keeps whatever tokens the app hands them. */
  private attackerScript(response: HttpResponse): void {
    for (const [name, value] of tokensIn(response)) this.steal(name, value);
  }

  /** The token the page's script attaches as "Authorization: Bearer", if it holds one. */
  get token(): string | undefined {
    return this.browser.localStorage.get('access_token');
  }

  /** The refresh token the page's script holds, if any. */
  get refreshToken(): string | undefined {
    return this.browser.localStorage.get('refresh_token');
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

  private stores(): (SessionStore | RefreshStore)[] {
    return [...new Set([...this.serverStores, this.shared, this.denyList]), this.refreshStore];
  }

  /**
   * The stores the current set-up uses: the ones the diagram draws. Sessions left in a server's
   * memory from an earlier set-up are not counted once the servers no longer read it.
   */
  private storesInUse(): (SessionStore | RefreshStore)[] {
    const t = this.topology;
    const out: (SessionStore | RefreshStore)[] = [];
    if (t.auth === 'session')
      out.push(...(t.store === 'shared' ? [this.shared] : this.serverStores));
    if (t.auth === 'jwt' && t.denyList) out.push(this.denyList);
    if (t.auth === 'jwt' && t.refresh) out.push(this.refreshStore);
    return out;
  }

  private lookups(): number {
    return this.stores().reduce((n, s) => n + s.lookups, 0);
  }

  counters(): Counters {
    const inUse = this.storesInUse();
    return {
      requests: this.requests,
      storeLookups: this.lookups(),
      signatureChecks: this.servers.reduce((n, s) => n + s.signatureChecks, 0),
      bytesSent: this.bytesSent,
      storeBytes: inUse.reduce((n, s) => n + s.bytes, 0),
      storeEntries: inUse.reduce((n, s) => n + s.size, 0),
    };
  }

  browserView(): BrowserView {
    return {
      cookies: this.browser.cookies(this.now).map((c) => ({ ...c })),
      localStorage: [...this.browser.localStorage],
    };
  }

  /** The shared store, the deny list and the refresh-token store, for the diagram. */
  storeView(): { shared: StoreStats; denyList: StoreStats; refresh: RefreshStats } {
    const r = this.refreshStore;
    return {
      shared: { entries: this.shared.size, bytes: this.shared.bytes },
      denyList: { entries: this.denyList.size, bytes: this.denyList.bytes },
      refresh: {
        entries: r.size,
        bytes: r.bytes,
        used: r.usedCount,
        revokedFamilies: r.revokedFamilies,
      },
    };
  }

  /** What the attacker holds, for the diagram; null while there is no attacker. */
  attackerView(): [string, string][] | null {
    return this.loot ? [...this.loot] : null;
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
