import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './route';
import { parseFragment } from './share';
import { buildFragment, shareUrl } from './shareLink';

describe('routes in the fragment', () => {
  it.each<[string, Route]>([
    ['', { page: 'playground' }],
    ['#/', { page: 'playground' }],
    ['#token=a.b.c', { page: 'playground' }],
    ['#/lessons', { page: 'lessons' }],
    ['#/lessons/06-structure', { page: 'lesson', id: '06-structure' }],
    ['#/labs/alg-none', { page: 'lab', id: 'alg-none' }],
    ['#/sims/scale-out', { page: 'sim', id: 'scale-out' }],
    ['#/lessons/<script>', { page: 'lessons' }],
    ['#/nowhere', { page: 'playground' }],
  ])('%s opens %o', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('builds the hrefs it parses', () => {
    for (const r of [
      { page: 'lesson', id: 'x' },
      { page: 'labs' },
      { page: 'sim', id: 'y-2' },
    ] as Route[]) {
      expect(parseRoute(routeHref(r))).toEqual(r);
    }
  });
});

describe('share links', () => {
  it('carry the token in the fragment, never in the query', () => {
    const url = shareUrl(
      { origin: 'http://localhost:4173', pathname: '/jwt/' },
      { token: 'a.b.c' },
    );
    expect(url).toBe('http://localhost:4173/jwt/#token=a.b.c');
    expect(new URL(url).search).toBe('');
  });

  it('leave the key out unless asked', () => {
    expect(buildFragment({ token: 'a.b.c' })).not.toContain('key=');
    const withKey = parseFragment(
      buildFragment({ token: 'a.b.c', key: 's3cr3t +/=', keyFormat: 'base64' }),
    );
    expect(withKey).toEqual({ token: 'a.b.c', key: 's3cr3t +/=', keyFormat: 'base64' });
  });

  it('ignore unknown formats and modes', () => {
    expect(parseFragment('#token=x&fmt=rot13&mode=admin')).toEqual({ token: 'x' });
  });
});
