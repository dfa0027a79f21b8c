import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, cycles, importsOf, layerViolations } from './layers';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  for (const [path, code] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), code);
  }
  return root;
}

describe('the import graph of src', () => {
  it('reads static, dynamic and side-effect imports, not packages', () => {
    const code = `import a from './a';\nimport type { B } from "../b";\nimport './c.css';\nconst d = () => import('./d');\nimport React from 'react';`;
    expect(importsOf(code)).toEqual(['./a', '../b', './c.css', './d']);
    expect(importsOf(code, { types: false })).toEqual(['./a', './c.css', './d']);
  });

  it('finds an upward import and a cycle', () => {
    const root = tree({
      'model/state.ts': `import { paint } from '../ui/paint';\nexport const s = 1;`,
      'ui/paint.tsx': `import { s } from '../model/state';\nexport const paint = s;`,
      'jwt/index.ts': `export const x = 1;`,
    });
    const graph = buildGraph(root);
    expect(layerViolations(root, graph)).toEqual([
      'model/state.ts (model) imports ui/paint.tsx (ui)',
    ]);
    expect(cycles(graph).map((c) => c.length)).toEqual([2]);
  });

  it('accepts downward imports', () => {
    const root = tree({
      'ui/a.tsx': `import { s } from '../model/b';`,
      'model/b.ts': `import { x } from '../jwt/index';\nexport const s = x;`,
      'jwt/index.ts': `export const x = 1;`,
    });
    const graph = buildGraph(root);
    expect(layerViolations(root, graph)).toEqual([]);
    expect(cycles(graph)).toEqual([]);
  });
});
