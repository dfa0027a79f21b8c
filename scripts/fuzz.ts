/**
 * npm run fuzz: the long property run. `inspect` and `check` on generated and mutated inputs
 * (100,000 each by default, FUZZ_RUNS to change): nothing throws, nothing hangs, and every result has
 * the documented shape. The everyday test suite runs the same properties with a smaller count.
 */
import fc from 'fast-check';
import { check, encodeBase64urlText, inspect, parseKey } from '../src/jwt/index';
import {
  anyTypedClaimsArb,
  anyTypedHeaderArb,
  mutatedTokenArb,
} from '../src/jwt/testing/arbitraries';
import {
  saneDiagnostic,
  wrongTypedClaims,
  wrongTypedHeaderParams,
} from '../src/jwt/testing/sanity';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100_000);
const VERDICTS = new Set(['valid', 'invalid-signature', 'warning', 'error']);
const SIGNATURES = new Set(['valid', 'invalid', 'unsecured', 'not-performed']);
const key = await parseKey({
  type: 'secret',
  text: '8iQvW5h9_T5VxRSflZ8n4tXH7YF_fk1fXBFnDhqPlps',
  encoding: 'base64url',
});

// Tokens whose header parameters and registered claims have any JSON type (issue 11).
const typedTokenArb = fc
  .tuple(anyTypedHeaderArb, anyTypedClaimsArb)
  .map(([h, c]) => `${encodeBase64urlText(h.text)}.${encodeBase64urlText(c.text)}.c2ln`);

const inputs = fc.oneof(
  { weight: 3, arbitrary: mutatedTokenArb },
  { weight: 2, arbitrary: typedTokenArb },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 300 }) },
);

function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  return fn().then((r) => {
    console.log(`${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return r;
  });
}

let slowest = 0;
await timed(`inspect × ${RUNS}`, async () =>
  fc.assert(
    fc.property(inputs, (input) => {
      const t0 = performance.now();
      const r = inspect(input);
      slowest = Math.max(slowest, performance.now() - t0);
      const insane = r.diagnostics.map((d) => saneDiagnostic(d, input)).find((x) => x !== '');
      if (insane) throw new Error(insane);
      return (
        r.input === input &&
        Array.isArray(r.diagnostics) &&
        ['jws', 'jwe', 'invalid'].includes(r.kind)
      );
    }),
    { numRuns: RUNS },
  ),
);
console.log(`slowest inspect: ${slowest.toFixed(1)} ms`);

slowest = 0;
await timed(`check × ${RUNS}`, async () =>
  fc.assert(
    fc.asyncProperty(inputs, async (input) => {
      const t0 = performance.now();
      const r = await check(input, { key, now: 1767225600 });
      slowest = Math.max(slowest, performance.now() - t0);
      const insane = r.diagnostics.map((d) => saneDiagnostic(d, input)).find((x) => x !== '');
      if (insane) throw new Error(insane);
      return VERDICTS.has(r.verdict) && SIGNATURES.has(r.signature) && Array.isArray(r.diagnostics);
    }),
    { numRuns: RUNS },
  ),
);
console.log(`slowest check: ${slowest.toFixed(1)} ms`);

// Every wrongly typed header parameter and registered claim is named by a finding.
const TYPED_RUNS = Math.max(1, Math.round(RUNS / 10));
await timed(`typed header and claims × ${TYPED_RUNS}`, async () =>
  fc.assert(
    fc.asyncProperty(anyTypedHeaderArb, anyTypedClaimsArb, async (h, c) => {
      const headerInput = `${encodeBase64urlText(h.text)}.${encodeBase64urlText('{}')}.c2ln`;
      const named = new Set(inspect(headerInput).diagnostics.map((d) => d.params.name ?? 'crit'));
      const claimsInput = `${encodeBase64urlText('{"alg":"HS256"}')}.${encodeBase64urlText(c.text)}.c2ln`;
      const claimed = new Set(
        (await check(claimsInput, { key, now: 1767225600 })).diagnostics.map(
          (d) => d.params.claim ?? 'aud',
        ),
      );
      return (
        wrongTypedHeaderParams(h.value).every((n) => named.has(n)) &&
        wrongTypedClaims(c.value).every((n) => claimed.has(n))
      );
    }),
    { numRuns: TYPED_RUNS },
  ),
);
console.log(`${2 * RUNS + TYPED_RUNS} passed, 0 failed`);
