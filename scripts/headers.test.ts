import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../vite.config';

/** `Name: value` lines, as `_headers` and the README's deployment section write them. */
function headerLines(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .map((line) => /^\s*([A-Za-z-]+): (.+)$/.exec(line))
      .filter((m) => m !== null)
      .map((m) => [m[1]!, m[2]!.trim()]),
  );
}

describe('the security headers, stated in three places', () => {
  it('public/_headers sends exactly what vite preview sends', () => {
    expect(headerLines(readFileSync('public/_headers', 'utf8'))).toEqual(securityHeaders);
  });

  it('the README tells hosts to send exactly those headers', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /## Deploying\n[\s\S]*?```\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    expect(headerLines(block![1]!)).toEqual(securityHeaders);
  });
});
