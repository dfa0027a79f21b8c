/** Finding the token in what was pasted: white space, quotes and "Bearer " are shown and left out. */
import { diagnose, type Diagnostic } from './diagnostics';

const BEARER = /^(authorization\s*:\s*)?bearer\s+/i;
const PASTED_WRAPPER = /^(["'`])(.*)\1$/s;

interface Unwrapped {
  start: number;
  end: number;
  diagnostics: Diagnostic[];
}

/** Finds the token inside what was pasted: surrounding white space, quotes and "Bearer " are shown and left out. */
export function unwrap(input: string): Unwrapped {
  const diagnostics: Diagnostic[] = [];
  let start = 0;
  let end = input.length;
  const trimWhitespace = (): void => {
    const s0 = start;
    const e0 = end;
    while (start < end && /\s/.test(input[start]!)) start++;
    while (end > start && /\s/.test(input[end - 1]!)) end--;
    if (start > s0)
      diagnostics.push(diagnose('surrounding-whitespace', 'input', { start: s0, end: start }));
    if (end < e0)
      diagnostics.push(diagnose('surrounding-whitespace', 'input', { start: end, end: e0 }));
  };
  trimWhitespace();
  const quoted = PASTED_WRAPPER.exec(input.slice(start, end));
  if (quoted && end - start >= 2) {
    diagnostics.push(diagnose('surrounding-quotes', 'input', { start, end: start + 1 }));
    start++;
    end--;
    trimWhitespace();
  }
  const bearer = BEARER.exec(input.slice(start, end));
  if (bearer) {
    const prefix = bearer[0];
    diagnostics.push(
      diagnose(
        'bearer-prefix',
        'input',
        { start, end: start + prefix.length },
        { prefix: prefix.trim() },
      ),
    );
    start += prefix.length;
  }
  return { start, end, diagnostics };
}
