/**
 * The readable view of a decoded part: one member per line, made from the exact text by changing white
 * space only (member order, duplicates and number literals stay as written), and the way back: the
 * compact form the token gets, and offsets between the two texts. A small scanner rather than a
 * general formatter, because it paints with the first screen.
 */

const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\n' || c === '\r' || c === '\t';

const STRUCTURAL = '{}[],:';

/** The text with one member per line and a 2-space indent; only white space outside strings changes. */
export function prettyJson(text: string): string {
  let out = '';
  let depth = 0;
  // Whether white space was skipped since the last character written, and what that character was:
  // two words of broken JSON (`tru e`) keep one space between them, so the text never changes meaning.
  let skipped = false;
  let last = '';
  const newline = (): string => `\n${'  '.repeat(Math.max(0, depth))}`;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (isSpace(c)) {
      skipped = true;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (skipped && last !== '' && !STRUCTURAL.includes(last)) out += ' ';
      out += text.slice(i, j + 1);
      i = j;
      last = '"';
    } else if (c === '{' || c === '[') {
      let k = i + 1;
      while (isSpace(text[k])) k++;
      const close = c === '{' ? '}' : ']';
      if (text[k] === close) {
        out += c + close;
        i = k;
        last = close;
      } else {
        depth++;
        out += c + newline();
        last = c;
      }
    } else if (c === '}' || c === ']') {
      depth--;
      out += newline() + c;
      last = c;
    } else if (c === ',') {
      out += `,${newline()}`;
      last = c;
    } else if (c === ':') {
      out += ': ';
      last = c;
    } else {
      if (skipped && last !== '' && !STRUCTURAL.includes(last)) out += ' ';
      out += c;
      last = c;
    }
    skipped = false;
  }
  return out;
}

/** The text without white space outside strings (RFC 8259 §2 allows it only between tokens). */
export function compactJson(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (!isSpace(c)) {
      out += c;
      if (c === '"') inString = true;
    }
  }
  return out;
}

/** Whether the text is one strict JSON value (duplicates allowed, as RFC 8259 §4 leaves them). */
export function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Offsets of `from` in `to`, when the two differ only in white space between tokens: `map[i]` is where
 * the character at `i` (or the gap before it) lands; `map[from.length]` is `to.length`. Null when the
 * texts differ in anything else.
 */
export function offsetMap(from: string, to: string): Int32Array | null {
  const map = new Int32Array(from.length + 1);
  let i = 0;
  let j = 0;
  while (i < from.length) {
    if (from[i] === to[j]) {
      map[i++] = j++;
    } else if (isSpace(from[i])) {
      map[i++] = j;
    } else if (isSpace(to[j])) {
      j++;
    } else {
      return null;
    }
  }
  while (j < to.length && isSpace(to[j])) j++;
  if (j !== to.length) return null;
  map[from.length] = j;
  return map;
}
