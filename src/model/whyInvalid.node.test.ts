import { describe, expect, it } from 'vitest';
import { readKey } from './keys';
import { checkOptions } from './policy';
import { initialPolicy, replacePart, type KeyFormatChoice, type Policy } from './state';
import { check, encodeBase64urlText, sign, parseKey } from '../jwt/index';
import { EXAMPLES } from './examples';
import {
  countDifferences,
  diffMask,
  runsOf,
  secretShortfall,
  signatureVerdict,
} from './signatureModel';
import { summarize } from './summary';
import { explainFailure, needsExplanation, REBUILD_MAX, type WhyRequest } from './whyInvalid';

const NOW = 1767225600;
const example = (id: string) => EXAMPLES.find((e) => e.id === id)!;
const DEFAULT = example('lab-secret');

async function explain(
  token: string,
  keyText: string,
  keyFormat: KeyFormatChoice,
  extra: { originalToken?: string; policy?: Policy; claimErrors?: string[] } = {},
) {
  const req: WhyRequest = {
    token,
    originalToken: extra.originalToken ?? null,
    keyText,
    keyFormat,
    policy: extra.policy ?? initialPolicy,
    now: NOW,
  };
  const key = await readKey(keyText, keyFormat);
  const result = await check(token, { ...checkOptions(req.policy, NOW), key });
  const claimErrors = result.diagnostics
    .filter((d) => d.part === 'claims' && d.severity === 'error')
    .map((d) => d.code);
  return { result, answer: await explainFailure(req, result, claimErrors), claimErrors };
}

describe('explainFailure', () => {
  it('blames the token inside, not the key, when only a nested signature fails', async () => {
    const secret = 'a-string-secret-at-least-256-bits-long';
    const key = (await readKey(secret, 'utf8')).keys[0]!;
    const make = async (header: string, payload: string) => {
      const r = await sign({ headerText: header, payloadText: payload, key });
      if (!r.ok) throw new Error('sign');
      return r.token;
    };
    const inner = await make('{"alg":"HS256"}', '{"sub":"a"}');
    const broken = inner.slice(0, -3) + (inner.endsWith('AAA') ? 'BBB' : 'AAA');
    const outer = await make('{"alg":"HS256","cty":"JWT"}', broken);
    const { result, answer } = await explain(outer, secret, 'utf8');
    expect(result.signature).toBe('invalid');
    expect(answer.causes).toEqual([{ kind: 'nested-invalid' }]);
    // With a key that fits neither, it is the key again.
    const other = await explain(outer, 'another-secret-of-at-least-32-bytes!!', 'utf8');
    expect(other.answer.causes).toEqual([{ kind: 'wrong-key' }]);
  });

  it('names the encoding in which the same secret text verifies', async () => {
    const { result, answer } = await explain(DEFAULT.token, DEFAULT.keyText!, 'utf8');
    expect(result.signature).toBe('invalid');
    expect(answer.causes).toEqual([{ kind: 'encoding', encoding: 'base64url' }]);
    expect(answer.tried[0]).toEqual({ kind: 'encodings', encodings: ['base64url'] });
  });

  it('finds base64 given as hex text', async () => {
    const hex = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
    const bytes = Uint8Array.from(hex.match(/../g)!, (h) => parseInt(h, 16));
    const key = (await parseKey({ type: 'bytes', bytes })).keys[0]!;
    const signed = await sign({ headerText: '{"alg":"HS256"}', payloadText: '{"sub":"a"}', key });
    if (!signed.ok) throw new Error('sign');
    const { answer } = await explain(signed.token, hex, 'auto');
    expect(answer.causes).toEqual([{ kind: 'encoding', encoding: 'hex' }]);
  });

  it('says the payload was edited after signing when the original verifies', async () => {
    const edited = replacePart(DEFAULT.token, 'payload', '{"sub":"user-42","role":"admin"}');
    const { answer } = await explain(edited, DEFAULT.keyText!, 'base64url', {
      originalToken: DEFAULT.token,
    });
    expect(answer.causes.map((c) => c.kind)).toEqual(['edited']);
    expect(answer.tried.map((t) => t.kind)).toContain('original');
  });

  it('notices JSON that was pretty-printed after signing', async () => {
    const value = inspectPayload(DEFAULT.token);
    const pretty = replacePart(DEFAULT.token, 'payload', JSON.stringify(value, null, 2));
    const { answer } = await explain(pretty, DEFAULT.keyText!, 'base64url');
    expect(answer.causes).toEqual([{ kind: 'reformatted', part: 'payload', style: 'compact' }]);
  });

  it('does not rebuild a token over REBUILD_MAX to try its JSON in other white space', async () => {
    const key = (await readKey(DEFAULT.keyText!, 'base64url')).keys[0]!;
    const big = { sub: 'a', blob: 'x'.repeat(REBUILD_MAX) };
    const r = await sign({
      headerText: '{"alg":"HS256"}',
      payloadText: JSON.stringify(big),
      key,
    });
    if (!r.ok) throw new Error('sign');
    const pretty = replacePart(r.token, 'payload', JSON.stringify(big, null, 2));
    expect(pretty.length).toBeGreaterThan(REBUILD_MAX);
    const { answer } = await explain(pretty, DEFAULT.keyText!, 'base64url');
    expect(answer.causes).toEqual([{ kind: 'wrong-key' }]);
    expect(answer.tried.map((t) => t.kind)).not.toContain('reformat');
  });

  it('reports an algorithm and key that do not match without further trials', async () => {
    const a2 = example('rfc7515-a2');
    const { answer } = await explain(DEFAULT.token, a2.keyText!, 'auto');
    expect(answer.causes).toEqual([{ kind: 'alg-mismatch', alg: 'HS256' }]);
    expect(answer.tried).toEqual([]);
  });

  it('explains a valid signature on an expired token by its claims', async () => {
    const ex = example('expired');
    const { result, answer, claimErrors } = await explain(ex.token, ex.keyText!, 'base64url');
    expect(result.signature).toBe('valid');
    expect(needsExplanation(result, claimErrors as never)).toBe(true);
    expect(answer.causes).toEqual([{ kind: 'claims', codes: ['expired'] }]);
  });

  it('falls back to "wrong key" when nothing else makes it verify', async () => {
    const { answer } = await explain(example('tampered').token, DEFAULT.keyText!, 'base64url');
    expect(answer.causes).toEqual([{ kind: 'wrong-key' }]);
  });

  it('reports an unreadable key, and the encoding that reads it', async () => {
    // base64url text chosen as standard base64: "-" and "_" are not base64 characters.
    const { answer } = await explain(DEFAULT.token, DEFAULT.keyText!, 'base64');
    expect(answer.causes.map((c) => c.kind)).toEqual(['key-unreadable', 'encoding']);
  });

  it('needs no explanation for a valid token', async () => {
    const { result } = await explain(DEFAULT.token, DEFAULT.keyText!, 'base64url');
    expect(needsExplanation(result, [])).toBe(false);
  });
});

function inspectPayload(token: string): unknown {
  const seg = token.split('.')[1]!;
  return JSON.parse(Buffer.from(seg, 'base64url').toString('utf8'));
}

describe('signature model', () => {
  it.each([
    ['valid', 'valid'],
    ['invalid', 'invalid'],
    ['unsecured', 'unsecured'],
    ['not-performed', 'unchecked'],
  ] as const)('maps the signature outcome %s to the verdict %s', (sig, verdict) => {
    expect(signatureVerdict(sig)).toBe(verdict);
  });

  it('marks differing positions and counts them over the longer input', () => {
    expect(diffMask('abcd', 'abXd')).toEqual([false, false, true, false]);
    expect(diffMask('abcd', 'ab')).toEqual([false, false, true, true]);
    expect(countDifferences(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 9))).toBe(2);
    expect(runsOf([false, false, true, true, false])).toEqual([
      { start: 0, end: 2, diff: false },
      { start: 2, end: 4, diff: true },
      { start: 4, end: 5, diff: false },
    ]);
  });

  it('finds a secret shorter than its hash', async () => {
    const key = (await parseKey({ type: 'secret', text: 'your-256-bit-secret', encoding: 'utf8' }))
      .keys[0]!;
    expect(secretShortfall(key, null)).toEqual({ bits: 152, required: 256, alg: 'HS256' });
  });

  it('breaks the policy for a disallowed algorithm and a wrong audience', async () => {
    const token = `${encodeBase64urlText('{"alg":"HS256"}')}.${encodeBase64urlText('{"aud":"x"}')}.c2ln`;
    const refused = await check(token, { key: null, now: NOW, algorithms: ['RS256'] });
    expect(summarize(refused, false, [], true).policy.status).toBe('invalid');
    // Without a key nothing is trusted yet: the policy is not green.
    const unkeyed = await check(token, { key: null, now: NOW });
    expect(summarize(unkeyed, false, [], true).policy).toMatchObject({
      status: 'untrusted',
      tone: 'info',
    });
    const aud = await check(token, { key: null, now: NOW, audience: 'api' });
    const claims = aud.diagnostics.filter((d) => d.part === 'claims');
    expect(summarize(aud, false, claims, true).policy.status).toBe('invalid');
  });
});
