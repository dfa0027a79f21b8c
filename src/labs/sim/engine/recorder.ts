/**
 * The recorder: plays a scenario's script over a World and records each step, with the HTTP
 * exchange (or the change to the set-up), the key of its explanation, and snapshots of the
 * counters, the browser and the topology, so the page can step back and forth without running
 * anything again.
 */
import {
  measureGrowth,
  type BrowserView,
  type Counters,
  type Exchange,
  type NodeId,
  type RefreshStats,
  type SendOptions,
  type StoreStats,
  type Topology,
  type World,
} from './world';

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

/** A scenario: the set-up it starts from, and the script it plays over a recorder. */
export interface Scenario {
  topology: Partial<Topology>;
  script: (r: Recorder) => Promise<void>;
  /** The step from which the page hands over to the student, for a scenario that does. */
  interactiveFrom?: number;
}

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
