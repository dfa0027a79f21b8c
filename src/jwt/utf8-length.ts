// Apart from utf8.ts, which the first paint loads: only the size panes count bytes.

/**
 * How many bytes `text` takes in UTF-8 (a lone surrogate as U+FFFD, 3 bytes, as TextEncoder writes
 * it), counted without encoding: a 10 MB token is measured without allocating 10 MB.
 */
// eslint-disable-next-line no-control-regex
const NOT_ASCII = /[^\x00-\x7f]/;

export function utf8Length(text: string): number {
  // ASCII (every token that is base64url) is one byte a character; the engine finds out fastest.
  if (!NOT_ASCII.test(text)) return text.length;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}
