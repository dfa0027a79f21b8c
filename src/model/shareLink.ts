/**
 * Making a share link (share.ts reads them): the token in the fragment, never in the query; a key
 * only when the user asks. Loaded with the share box, not with the first paint.
 */
import type { Shared } from './share';

// Text that is not well-formed UTF-16 travels as hex code units (`token16=`): URL encoding goes
// through UTF-8, which would turn a lone surrogate into U+FFFD.
const isWellFormed = (s: string): boolean =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
const toUnits = (s: string): string =>
  Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16).padStart(4, '0')).join(
    '',
  );

export function buildFragment(shared: Shared): string {
  const params = new URLSearchParams();
  if (shared.token) {
    if (isWellFormed(shared.token)) params.set('token', shared.token);
    else params.set('token16', toUnits(shared.token));
  }
  if (shared.key) {
    params.set('key', shared.key);
    if (shared.keyFormat && shared.keyFormat !== 'auto') params.set('fmt', shared.keyFormat);
  }
  if (shared.mode === 'sign') params.set('mode', 'sign');
  return '#' + params.toString();
}

/** A share URL for the current page: origin and path kept, query dropped, state in the fragment. */
export function shareUrl(location: { origin: string; pathname: string }, shared: Shared): string {
  return location.origin + location.pathname + buildFragment(shared);
}
