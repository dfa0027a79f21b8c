/**
 * The token's inspection, made once and shared: the panes' (memoised in usePlaygroundModel), the
 * background check's and the reducer's edits of a part all read the same token, and reading a
 * megabyte again costs as much as the first time. The last two are kept (a lesson can show two
 * playgrounds); an inspection is never changed by those who read it.
 */
import { inspect, type Inspection } from '../jwt/index';

const KEPT = 2;
const recent: Inspection[] = [];

/** inspect(token), from the last ones made when it is one of them. */
export function inspectToken(token: string): Inspection {
  const kept = recent.find((i) => i.input === token);
  if (kept) return kept;
  const made = inspect(token);
  recent.unshift(made);
  recent.length = Math.min(recent.length, KEPT);
  return made;
}
