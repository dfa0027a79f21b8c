import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  readHeadersFile,
  securityHeaders,
} from '../vite.config';
import { inlineElements } from './first-load';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64');

describe('the security headers', () => {
  it('allow each inline element by the hash of its exact text, and nothing else inline', () => {
    const html = `<head><script>boot()</script><script type="module" src="/assets/a.js"></script>
      <style>:root { color: red }</style></head><body><p style="x">hi</p></body>`;
    const inline = inlineElements(html);
    expect(inline).toEqual({ scripts: ['boot()'], styles: [':root { color: red }'] });
    const csp = contentSecurityPolicy(inline);
    expect(csp).toContain(`script-src 'self' 'sha256-${sha256('boot()')}';`);
    expect(csp).toContain(`style-src 'self' 'sha256-${sha256(':root { color: red }')}';`);
    expect(csp).not.toMatch(/unsafe/);
    // A page with nothing inline allows its own files only.
    expect(contentSecurityPolicy(inlineElements('<p>hi</p>'))).toContain(
      "script-src 'self'; style-src 'self';",
    );
  });

  it('`_headers` reads back as the headers it was written from', () => {
    const headers = securityHeaders(contentSecurityPolicy({ scripts: ['a'], styles: ['b'] }));
    const text = headersFile(headers);
    expect(text).toMatch(/^#.*\n#.*\n\/\*\n {2}Content-Security-Policy: /);
    expect(readHeadersFile(text)).toEqual(headers);
    expect(headers['Content-Security-Policy']).toMatch(/; frame-ancestors 'none'$/);
  });

  it('the README tells hosts to send exactly those headers, with the build’s hashes', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /## Deploying\n[\s\S]*?```\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const headers = securityHeaders(contentSecurityPolicy({ scripts: ['a'], styles: ['b'] }));
    const placeholders = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k, v.replace(/'sha256-[^']+'/g, "'sha256-…'")]),
    );
    expect(readHeadersFile(block![1]!.replace(/^/gm, '  '))).toEqual(placeholders);
  });
});
