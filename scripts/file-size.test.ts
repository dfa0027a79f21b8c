import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED, isTestCode, lineCount, sizeViolations } from './file-size';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'file-size-'));
  for (const [path, code] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), code);
  }
  return root;
}

const lines = (n: number): string => 'export const x = 1;\n'.repeat(n);

describe('the size rule', () => {
  it('counts lines as wc -l does, and a last line without its newline', () => {
    expect([lineCount(''), lineCount('a\n'), lineCount('a\nb'), lineCount('a\n\n')]).toEqual([
      0, 1, 2, 2,
    ]);
  });

  it('tells tests and test helpers from code', () => {
    expect(isTestCode('ui/a.test.tsx', '')).toBe(true);
    expect(isTestCode('ui/testing.tsx', "import { render } from '@testing-library/react';")).toBe(
      true,
    );
    expect(isTestCode('test-setup.ts', "import { afterEach } from 'vitest';")).toBe(true);
    expect(isTestCode('ui/a.tsx', "import { useState } from 'react';")).toBe(false);
  });

  it('refuses a code file over the limit, not one at it, nor tests or other files', () => {
    const root = tree({
      'jwt/at.ts': lines(10),
      'labs/over.tsx': lines(11),
      'labs/over.test.ts': lines(50),
      'ui/helper.tsx': `import { render } from '@testing-library/react';\n${lines(50)}`,
      'styles.css': 'a {}\n'.repeat(50),
    });
    expect(sizeViolations(root, {}, 10)).toEqual([
      'labs/over.tsx has 11 lines (over 10): split it along its concepts',
    ]);
  });

  it('lets an allowed file pass, and reports an entry that is no longer needed', () => {
    const root = tree({ 'i18n/table.ts': lines(11), 'i18n/small.ts': lines(3) });
    const allowed = { 'i18n/table.ts': 'string table', 'i18n/small.ts': 'string table' };
    expect(sizeViolations(root, allowed, 10)).toEqual([
      'i18n/small.ts is allowed over 10 lines but has 3: take it off the list',
    ]);
    expect(sizeViolations(root, { ...allowed, 'gone.ts': 'string table' }, 10)).toContain(
      'gone.ts is allowed over 10 lines but does not exist',
    );
  });

  it('gives a reason for every allowed file', () => {
    for (const reason of Object.values(ALLOWED)) expect(reason).toMatch(/^(string table|lesson)/);
  });
});
