/**
 * Share links carry the token in the URL fragment (`#token=…`), which browsers never send to a
 * server, and never in the query. A key goes in only when the user asks, after a warning.
 * Functions take the fragment as a parameter so they are testable without a browser. Reading a link
 * is part of the first paint; making one (shareLink.ts) loads with the share box.
 */
import { KEY_FORMATS, type KeyFormatChoice, type Mode } from './state';

export interface Shared {
  token?: string;
  key?: string;
  keyFormat?: KeyFormatChoice;
  mode?: Mode;
}

/**
 * URL encoding goes through UTF-8, which turns a lone surrogate into U+FFFD. Text that is not
 * well-formed UTF-16 therefore travels as hex code units (`token16=`; shareLink.ts writes them), so a
 * link gives back exactly what was shared.
 */
function fromUnits(hex: string): string | null {
  if (!/^(?:[0-9a-f]{4})*$/i.test(hex)) return null;
  const parts: string[] = [];
  // In slices: spreading millions of arguments into one call would overflow the stack.
  for (let i = 0; i < hex.length; i += 4 * 8192) {
    const units = (hex.slice(i, i + 4 * 8192).match(/.{4}/g) ?? []).map((u) => parseInt(u, 16));
    parts.push(String.fromCharCode(...units));
  }
  return parts.join('');
}

export function parseFragment(hash: string): Shared {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const out: Shared = {};
  const token = params.get('token');
  if (token !== null) out.token = token;
  const units = params.get('token16');
  const exact = units !== null && units.length <= 4_000_000 ? fromUnits(units) : null;
  if (exact !== null) out.token = exact;
  const key = params.get('key');
  if (key !== null) out.key = key;
  const fmt = params.get('fmt');
  if (fmt !== null && (KEY_FORMATS as readonly string[]).includes(fmt))
    out.keyFormat = fmt as KeyFormatChoice;
  const mode = params.get('mode');
  if (mode === 'sign' || mode === 'verify') out.mode = mode;
  return out;
}

/** The fragment without the key: what the address bar keeps once a shared key is loaded. */
export function withoutKey(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.delete('key');
  params.delete('fmt');
  const rest = params.toString();
  return rest ? '#' + rest : '';
}
