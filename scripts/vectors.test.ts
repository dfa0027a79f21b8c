import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runVectorFile, type VectorOutcome } from './vectors-lib';

const bundled = (name: string): string =>
  fileURLToPath(new URL(`../test-data/vectors/${name}`, import.meta.url));

const describeFailures = (outcomes: VectorOutcome[]): string =>
  outcomes.map((o) => `${o.id}: expected ${o.expected}, got ${o.actual}`).join('\n');

describe.each(['valid.json', 'tricky.json'])('bundled vectors: %s', (file) => {
  const path = bundled(file);
  const ids = (JSON.parse(readFileSync(path, 'utf8')) as { id: string }[]).map((v) => v.id);
  const outcomes = runVectorFile(path);

  it('runs every vector in the file', async () => {
    expect((await outcomes).map((o) => o.id)).toEqual(ids);
  });

  it('passes every vector', async () => {
    const failures = (await outcomes).filter((o) => !o.ok);
    expect(failures, `failing vectors:\n${describeFailures(failures)}`).toEqual([]);
  });
});
