/**
 * Randomness is injected: tests pass a seeded generator so a transcript is the same on every run; the
 * page passes crypto.getRandomValues, as a real server would use.
 */
export interface Rng {
  bytes(n: number): Uint8Array;
}

/** mulberry32: tiny, fast and deterministic. Not for real secrets, only for repeatable tests. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return {
    bytes(n) {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) out[i] = next() & 0xff;
      return out;
    },
  };
}

/** The platform's cryptographically strong generator. */
export function cryptoRng(): Rng {
  return { bytes: (n) => crypto.getRandomValues(new Uint8Array(n)) };
}
