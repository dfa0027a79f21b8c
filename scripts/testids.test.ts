import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTestId, TEST_IDS } from '../src/model/testIds';

/** Every file under `dir` whose name passes `keep`. */
function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path, keep);
    return keep(name) ? [path] : [];
  });
}

const isTest = (name: string): boolean => /\.(test|spec)\.tsx?$/.test(name);
const TEST_FILES = [
  ...files('e2e', (n) => n.endsWith('.ts')),
  ...files('src', isTest),
  ...files('scripts', (n) => n.endsWith('.ts') && !isTest(n)),
];
// getByTestId('x') and its siblings, and [data-testid="x"] in selectors.
const USE =
  /(?:ByTestId|AllByTestId)\(\s*['"`]([^'"`$]+)['"`]|data-testid=\\?["']([^"'$\\]+)\\?["']/g;

function usesIn(path: string): string[] {
  return [...readFileSync(path, 'utf8').matchAll(USE)].map((m) => (m[1] ?? m[2])!);
}

describe('the test ids dictionary (src/model/testIds.ts)', () => {
  it('knows every test id a test looks for', () => {
    const unknown: string[] = [];
    let count = 0;
    for (const f of TEST_FILES) {
      for (const id of usesIn(f)) {
        count++;
        if (!isTestId(id)) unknown.push(`${f}: ${id}`);
      }
    }
    // The scan finds the tests' ids at all (a broken pattern would pass everything).
    expect(count).toBeGreaterThan(300);
    expect(unknown).toEqual([]);
  });

  it('lists no id the pages no longer carry', () => {
    const source = files('src', (n) => /\.tsx?$/.test(n) && !isTest(n))
      .filter((f) => !f.endsWith('testIds.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // Probes a component test renders itself carry their id as an attribute there.
    const probes = files('src', (n) => n.endsWith('.test.tsx'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const dead = TEST_IDS.filter(
      (id) =>
        !source.includes(`"${id}"`) &&
        !source.includes(`'${id}'`) &&
        !probes.includes(`data-testid="${id}"`),
    );
    expect(dead).toEqual([]);
  });

  it('says no to a near miss', () => {
    expect(isTestId('token-input')).toBe(true);
    expect(isTestId('payload-json')).toBe(true);
    expect(isTestId('token_input')).toBe(false);
    expect(isTestId('claims-json')).toBe(false);
  });
});
