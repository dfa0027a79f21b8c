/**
 * Share links carry the token in the URL fragment (`#token=…`), which browsers never send to a
 * server, and never in the query. A key goes in only when the user asks, after a warning.
 * Functions take the fragment as a parameter so they are testable without a browser.
 */
import { KEY_FORMATS, type KeyFormatChoice, type Mode } from './state';

export interface Shared {
  token?: string;
  key?: string;
  keyFormat?: KeyFormatChoice;
  mode?: Mode;
}

export function parseFragment(hash: string): Shared {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const out: Shared = {};
  const token = params.get('token');
  if (token !== null) out.token = token;
  const key = params.get('key');
  if (key !== null) out.key = key;
  const fmt = params.get('fmt');
  if (fmt !== null && (KEY_FORMATS as readonly string[]).includes(fmt))
    out.keyFormat = fmt as KeyFormatChoice;
  const mode = params.get('mode');
  if (mode === 'sign' || mode === 'verify') out.mode = mode;
  return out;
}

export function buildFragment(shared: Shared): string {
  const params = new URLSearchParams();
  if (shared.token) params.set('token', shared.token);
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
