/**
 * The scenarios, one file each: a short script over a fresh World, recorded as steps (recorder.ts)
 * so the page can step back and forth without running anything again.
 */
import { formatHttp } from '../http';
import type { Rng } from '../rng';
import { Recorder, type Scenario, type Step } from '../recorder';
import { World } from '../world';
import { authnAuthz } from './authn-authz';
import { authnAuthzCookie } from './authn-authz-cookie';
import { jwtLogin } from './jwt-login';
import { logout } from './logout';
import { refreshRotation } from './refresh-rotation';
import { restart } from './restart';
import { scaleOut } from './scale-out';
import { sessionLogin } from './session-login';
import { tokenStorage } from './token-storage';

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

export interface SimRun {
  id: SimId;
  steps: Step[];
  world: World;
  /** Keeps recording: the page appends the student's own requests. */
  recorder: Recorder;
  /** Steps from this index on are the student's turn in the page (scenario 6); the tests run them all. */
  interactiveFrom: number | null;
}

const SCENARIOS: Record<SimId, Scenario> = {
  'session-login': sessionLogin,
  'scale-out': scaleOut,
  restart: restart,
  'jwt-login': jwtLogin,
  logout: logout,
  'authn-authz': authnAuthz,
  'authn-authz-cookie': authnAuthzCookie,
  'refresh-rotation': refreshRotation,
  'token-storage': tokenStorage,
};

/**
 * Runs a scenario from the start on a fresh world. With `interactive`, a scenario that hands over to
 * the student stops there (the page then records the student's requests with `recorder`).
 */
export async function runScenario(
  id: SimId,
  rng: Rng,
  options: { interactive?: boolean; start?: number } = {},
): Promise<SimRun> {
  const def = SCENARIOS[id];
  const world = new World(rng, def.topology, options.start);
  const r = new Recorder(world, options.interactive ?? false);
  await def.script(r);
  return { id, steps: r.steps, world, recorder: r, interactiveFrom: def.interactiveFrom ?? null };
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
