/**
 * npm run fuzz: the long property run. `inspect` and `check` on generated and mutated inputs
 * (100,000 each by default, FUZZ_RUNS to change): nothing throws, nothing hangs, and every result has
 * the documented shape. The everyday test suite runs the same properties with a smaller count.
 */
import fc from 'fast-check';
import { check, inspect, parseKey } from '../src/jwt/index';
import { mutatedTokenArb } from '../src/jwt/testing/arbitraries';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100_000);
const VERDICTS = new Set(['valid', 'invalid-signature', 'warning', 'error']);
const SIGNATURES = new Set(['valid', 'invalid', 'unsecured', 'not-performed']);
const key = await parseKey({
  type: 'secret',
  text: '8iQvW5h9_T5VxRSflZ8n4tXH7YF_fk1fXBFnDhqPlps',
  encoding: 'base64url',
});

const inputs = fc.oneof(
  { weight: 3, arbitrary: mutatedTokenArb },
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
      return VERDICTS.has(r.verdict) && SIGNATURES.has(r.signature) && Array.isArray(r.diagnostics);
    }),
    { numRuns: RUNS },
  ),
);
console.log(`slowest check: ${slowest.toFixed(1)} ms`);
console.log(`${2 * RUNS} passed, 0 failed`);
