/**
 * Pages live in the URL fragment (`#/lessons/jwt-structure`), so the static build works on any host
 * and under any sub-path without server rewrites. A fragment that is not a path (`#token=…`) is a
 * share link and opens the playground. Takes the fragment as a parameter, so it is testable.
 */
export type Route =
  | { page: 'playground' }
  | { page: 'lessons' }
  | { page: 'lesson'; id: string }
  | { page: 'labs' }
  | { page: 'lab'; id: string }
  | { page: 'sims' }
  | { page: 'sim'; id: string };

const ID = /^[a-z0-9-]{1,64}$/;

export function parseRoute(hash: string): Route {
  const h = hash.replace(/^#/, '');
  if (!h.startsWith('/')) return { page: 'playground' };
  const [path = ''] = h.split('?');
  const [section, id] = path.split('/').filter(Boolean);
  const withId = (list: 'lessons' | 'labs' | 'sims', one: 'lesson' | 'lab' | 'sim'): Route =>
    id && ID.test(id) ? ({ page: one, id } as Route) : { page: list };
  switch (section) {
    case 'lessons':
      return withId('lessons', 'lesson');
    case 'labs':
      return withId('labs', 'lab');
    case 'sims':
      return withId('sims', 'sim');
    default:
      return { page: 'playground' };
  }
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'playground':
      return '#/';
    case 'lessons':
    case 'labs':
    case 'sims':
      return `#/${route.page}`;
    case 'lesson':
      return `#/lessons/${route.id}`;
    case 'lab':
      return `#/labs/${route.id}`;
    case 'sim':
      return `#/sims/${route.id}`;
  }
}
