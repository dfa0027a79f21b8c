/**
 * The order a quiz shows its answers in: shuffled per attempt, so the right answer's place (or
 * length) gives nothing away, and the same for one attempt so answers do not jump while chosen.
 */

// FNV-1a over the text: a stable 32-bit number from a seed and a quiz id.
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// mulberry32: a small, good-enough generator for ordering answers (not for anything secret).
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A permutation of 0..n-1 for one attempt (`seed`) at one question (`quizId`): Fisher–Yates. */
export function answerOrder(n: number, seed: number, quizId: string): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const next = generator(hash(`${seed}:${quizId}`));
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/** A fresh seed for a new attempt. */
export function newAttemptSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}
