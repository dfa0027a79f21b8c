/**
 * The lesson engine without React: building a snapshot of the playground, applying a solution's
 * steps to the reducer, and small helpers lesson files use to make real tokens.
 */
import {
  checkClaims,
  encodeBase64url,
  inspect,
  parseKey,
  sign,
  type Inspection,
  type KeyInput,
  type Span,
} from '../jwt/index';
import { keysOf, resign } from '../model/signing';
import { reducer, type Action, type State } from '../model/state';
import { derive } from '../model/derive';
import { claimOptionsOf } from '../model/policy';
import type { Localized, Snapshot, StartState, Step } from './model';

/** Picks the text for a language. */
export function pick(text: Localized, lang: 'en' | 'ko'): string {
  return text[lang];
}

/** The actions that put the playground into a lesson's start state. */
export function startActions(start: StartState): Action[] {
  return [
    { type: 'set-clock', clock: { live: true } },
    { type: 'set-policy', policy: { algorithms: null, audience: '', issuer: '', leeway: 0 } },
    {
      type: 'load',
      token: start.token,
      keyText: start.keyText ?? '',
      keyFormat: start.keyFormat ?? 'auto',
      signKeyText: start.signKeyText ?? '',
      mode: start.mode ?? 'verify',
    },
  ];
}

/**
 * What the playground derives from its state, as the goals see it (the check runs to the end).
 * `wallClock` is the real time; a time-travelled clock in the state wins, as in the app.
 */
export async function snapshotOf(
  state: State,
  wallClock: number,
  answers: Record<string, string> = {},
  start: StartState | null = null,
): Promise<Snapshot> {
  const now = state.clock.live ? wallClock : state.clock.at;
  const inspection = inspect(state.token);
  // The playground's own derivation, so a goal sees exactly what the panes show.
  const verification = (await derive(state, now)).result;
  const json = inspection.payload?.json;
  const claimDiagnostics = json
    ? checkClaims(json, claimOptionsOf(state.policy, now), inspection.segments[1]?.span ?? null)
    : [];
  return { state, inspection, verification, now, claimDiagnostics, answers, start };
}

/** Applies a solution's steps: actions go through the reducer, answers into the answer map. */
export function applySteps(
  state: State,
  answers: Record<string, string>,
  steps: Step[],
): { state: State; answers: Record<string, string> } {
  let s = state;
  let a = answers;
  for (const step of steps) {
    if (step.type === 'answer') a = { ...a, [step.goal]: step.value };
    else s = reducer(s, step);
  }
  return { state: s, answers: a };
}

/** The payload's claims as an object, or null when it is not a JSON object. */
export function claimsOf(p: { inspection: Inspection }): Record<string, unknown> | null {
  const v = p.inspection.payload?.json?.value;
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** The span of a top-level member of a decoded part, in that part's text. */
export function memberSpan(
  inspection: Inspection,
  part: 'header' | 'payload',
  name: string,
): Span | null {
  const json = part === 'header' ? inspection.header : inspection.payload?.json;
  const m = json?.members.find((x) => x.depth === 0 && x.name === name);
  return m ? m.span : null;
}

/** Signs compact JSON texts with a key; for lessons that make tokens relative to `now`. */
export async function signJson(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  key: KeyInput | null,
): Promise<string> {
  const parsed = key ? await parseKey(key) : null;
  const entry = parsed?.keys.find((k) => k.kind !== 'public') ?? null;
  const r = await sign({
    headerText: JSON.stringify(header),
    payloadText: JSON.stringify(payload),
    key: entry,
  });
  if (!r.ok) throw new Error(`lesson token did not sign: ${r.diagnostics[0]?.code ?? '?'}`);
  return r.token;
}

/**
 * Steps that switch to Sign mode, replace the payload with new claims and re-sign: the same as a
 * student editing the payload pane in Sign mode (where the playground re-signs by itself).
 */
export async function resignSteps(
  state: State,
  edit: (claims: Record<string, unknown>) => Record<string, unknown>,
): Promise<Action[]> {
  const claims = claimsOf({ inspection: inspect(state.token) }) ?? {};
  const actions: Action[] = [
    { type: 'set-mode', mode: 'sign' },
    { type: 'edit-part', part: 'payload', text: JSON.stringify(edit({ ...claims })) },
  ];
  const s = actions.reduce(reducer, state);
  const r = await resign(s, inspect(s.token));
  if (!r.ok) throw new Error(`re-signing failed: ${r.diagnostics[0]?.code ?? '?'}`);
  return [...actions, { type: 'signed', from: s.token, keys: keysOf(s), token: r.token }];
}

/** A random-looking id for jti and session ids (lessons only; not a security boundary). */
export function randomId(bytes = 16): string {
  return encodeBase64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** A typed answer without surrounding space or quotes. */
export function answerOf(p: Snapshot, goal: string): string {
  return (p.answers[goal] ?? '')
    .trim()
    .replace(/^["'](.*)["']$/, '$1')
    .trim();
}

/** The lab server's throw-away HMAC secret (vectors/lab-keys.json server_hs256), base64url. */
export const LAB_SECRET = '8iQvW5h9_T5VxRSflZ8n4tXH7YF_fk1fXBFnDhqPlps';
export const LAB_KEY: KeyInput = { type: 'secret', text: LAB_SECRET, encoding: 'base64url' };
