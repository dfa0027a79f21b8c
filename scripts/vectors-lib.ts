/**
 * Runs vector files in the shared format (test-data/vectors/README.md) through the core's `check`
 * and `inspect`. Used by `npm run vectors` and by the vector test.
 */
import { readFileSync } from 'node:fs';
import {
  check,
  getAlgorithm,
  inspect,
  parseKey,
  sentenceOf,
  sign,
  type CheckOptions,
  type KeyInput,
} from '../src/jwt/index';

export interface VectorOutcome {
  id: string;
  file: string;
  ok: boolean;
  /** What was expected and what came out, when they differ. */
  expected: string;
  actual: string;
}

type Json = Record<string, unknown>;

/** The shared format's key field as the core's key input. */
export function keyInputOf(key: unknown): KeyInput | null {
  if (key === null || key === undefined) return null;
  const k = key as Json;
  if (k.jwk !== undefined) return { type: 'jwk', jwk: k.jwk };
  if (typeof k.secret_b64url === 'string') {
    return { type: 'secret', text: k.secret_b64url, encoding: 'base64url' };
  }
  if (typeof k.secret_utf8 === 'string') {
    return { type: 'secret', text: k.secret_utf8, encoding: 'utf8' };
  }
  return { type: 'jwk', jwk: k };
}

function equalJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v as Json)
        .sort()
        .map((k) => [k, sortKeys((v as Json)[k])]),
    );
  }
  return v;
}

/** A tricky-format vector: the whole verdict and the raw signature outcome. */
async function runTricky(v: Json): Promise<{ ok: boolean; expected: string; actual: string }> {
  const validation = (v.validation ?? {}) as Json;
  const options: CheckOptions = {
    key: keyInputOf(v.key),
    now: Number(validation.now),
  };
  if (Array.isArray(validation.algorithms)) options.algorithms = validation.algorithms as string[];
  if (validation.audience !== undefined)
    options.audience = validation.audience as string | string[];
  if (validation.issuer !== undefined) options.issuer = validation.issuer as string | string[];
  if (typeof validation.leeway === 'number') options.leeway = validation.leeway;
  if (typeof validation.detached_payload === 'string')
    options.detachedPayload = validation.detached_payload;
  if (typeof validation.support_b64 === 'boolean') options.supportB64 = validation.support_b64;

  const result = await check(String(v.input), options);
  const verdicts = [v.expect, v.alt_expect].filter((x) => x !== undefined);
  const problems: string[] = [];
  if (!verdicts.includes(result.verdict)) problems.push('verdict');
  if (result.signature !== v.signature_check) problems.push('signature');
  if (v.expected_payload !== undefined) {
    const payload = result.claims?.value ?? result.inspection.payload?.text;
    const want = v.expected_payload;
    if (!(typeof want === 'string' ? payload === want : equalJson(payload, want)))
      problems.push('payload');
  }
  const codes = result.diagnostics
    .filter((d) => d.severity !== 'info')
    .map((d) => d.code)
    .join(',');
  return {
    ok: problems.length === 0,
    expected: `${verdicts.join('|')}/${String(v.signature_check)}`,
    actual: `${result.verdict}/${result.signature} [${codes}]${problems.length ? ` mismatch: ${problems.join(', ')}` : ''}`,
  };
}

/** A valid-format vector: signature outcome, decoded parts, and re-signing where deterministic. */
async function runValid(v: Json): Promise<{ ok: boolean; expected: string; actual: string }> {
  const alg = String(v.alg);
  const options: CheckOptions = {
    key: keyInputOf(v.key),
    now: 0,
    algorithms: [alg],
    // Published examples include RFC 7797 ("b64": false) ones; understanding b64 changes nothing else.
    supportB64: true,
  };
  if (typeof v.detached_payload === 'string') options.detachedPayload = v.detached_payload;
  const token = String(v.token);
  const result = await check(token, options);
  const problems: string[] = [];
  if (result.signature !== v.expected) problems.push(`signature ${result.signature}`);

  const insp = inspect(token, { supportB64: true });
  if (!equalJson(insp.header?.value, v.header)) problems.push('header');
  if (typeof v.header_text_exact === 'string' && insp.header?.text !== v.header_text_exact) {
    problems.push('header text');
  }
  const payloadText =
    v.payload_type === 'detached' ? String(v.detached_payload) : insp.payload?.text;
  if (v.payload_type === 'json') {
    if (!equalJson(insp.payload?.json?.value, v.payload)) problems.push('payload');
  } else if (payloadText !== v.payload) problems.push('payload text');
  if (typeof v.payload_text_exact === 'string' && insp.payload?.text !== v.payload_text_exact) {
    problems.push('payload text exact');
  }

  // Deterministic algorithms re-sign to the same bytes (HS*, RS*, Ed25519, and "none").
  const info = getAlgorithm(alg);
  // The signing key: a published private key, or the shared secret itself; public keys cannot sign.
  const key = v.key as Json | null;
  const isSecret =
    !!key && (key.jwk !== undefined || 'secret_b64url' in key || 'secret_utf8' in key);
  const signingKey = v.private_key ?? (isSecret ? key : null);
  const canSign = info?.alg === 'none' || signingKey !== null;
  if (
    info?.deterministic &&
    canSign &&
    insp.header &&
    payloadText !== undefined &&
    payloadText !== null
  ) {
    const parsed = info.alg === 'none' ? null : await parseKey(keyInputOf(signingKey)!);
    const signed = await sign({
      headerText: insp.header.text,
      payloadText,
      key: parsed?.keys[0] ?? null,
    });
    let expectedToken = token;
    if (v.payload_type === 'detached') {
      const [h, , s] = token.split('.');
      if (signed.ok) {
        // An unencoded payload may hold dots: the signature is the last segment.
        const segments = signed.token.split('.');
        if (`${segments[0]}..${segments.at(-1)}` !== `${h}..${s}`) problems.push('re-sign');
      } else problems.push('re-sign failed');
      expectedToken = '';
    }
    if (expectedToken && (!signed.ok || signed.token !== expectedToken)) {
      problems.push(
        signed.ok
          ? 're-sign differs'
          : `re-sign failed: ${signed.diagnostics.map(sentenceOf).join(' ')}`,
      );
    }
  }
  return {
    ok: problems.length === 0,
    expected: `signature ${String(v.expected)}`,
    actual: problems.length ? problems.join(', ') : `signature ${result.signature}`,
  };
}

/** Runs every vector of one file. */
export async function runVectorFile(path: string): Promise<VectorOutcome[]> {
  const vectors = JSON.parse(readFileSync(path, 'utf8')) as Json[];
  const outcomes: VectorOutcome[] = [];
  for (const v of vectors) {
    const run = 'input' in v ? runTricky : runValid;
    let r: { ok: boolean; expected: string; actual: string };
    try {
      r = await run(v);
    } catch (e) {
      // The core must never throw; a throw is a failure of the vector, with the reason.
      r = {
        ok: false,
        expected: 'no exception',
        actual: `threw ${(e as Error).stack ?? String(e)}`,
      };
    }
    outcomes.push({ id: String(v.id), file: path, ...r });
  }
  return outcomes;
}
