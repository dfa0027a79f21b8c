/**
 * The size rule, run with the layers by `npm run layers`: no code file in `src` is longer than
 * MAX_LINES, so each holds one concept a reader can keep in mind. Tests and test helpers are
 * exempt (their length is their cases), and so is every file on ALLOWED, whose length is text, not
 * logic. An entry on ALLOWED that no longer needs to be there is reported too, so the list stays
 * true.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const MAX_LINES = 400;

/**
 * The files under `src` allowed past MAX_LINES, each with the reason. Only string tables and lesson
 * content belong here: a file that holds logic is split along its concepts instead.
 */
export const ALLOWED: Readonly<Record<string, string>> = {
  'i18n/strings/labs.ts':
    "string table: every lab's goal, hints, explanations and sources, in English and Korean",
  'labs/sim/text.ts':
    "string table: the explanation of every simulation step, in English and Korean (the page's hook is useSimText.ts)",
};

/** Lines as `wc -l` counts them, plus a last line without its newline. */
export function lineCount(text: string): number {
  const newlines = text.split('\n').length - 1;
  return text.length > 0 && !text.endsWith('\n') ? newlines + 1 : newlines;
}

/** A test, or a helper only tests use (it imports the test runner or Testing Library). */
export function isTestCode(path: string, text: string): boolean {
  return (
    /\.test\.tsx?$/.test(path) || /from\s+['"](vitest|@testing-library\/[^'"]+)['"]/.test(text)
  );
}

function codeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return codeFiles(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

/** Every breach of the rule under `root`, as a sentence naming the file (relative to `root`). */
export function sizeViolations(
  root: string,
  allowed: Readonly<Record<string, string>> = ALLOWED,
  max = MAX_LINES,
): string[] {
  const out: string[] = [];
  const lengths = new Map<string, number>();
  for (const file of codeFiles(root)) {
    const text = readFileSync(file, 'utf8');
    if (isTestCode(file, text)) continue;
    const name = relative(root, file).split(/[\\/]/).join('/');
    lengths.set(name, lineCount(text));
  }
  for (const [name, lines] of lengths) {
    if (lines > max && !Object.hasOwn(allowed, name)) {
      out.push(`${name} has ${lines} lines (over ${max}): split it along its concepts`);
    }
  }
  for (const name of Object.keys(allowed)) {
    const lines = lengths.get(name);
    if (lines === undefined) out.push(`${name} is allowed over ${max} lines but does not exist`);
    else if (lines <= max) {
      out.push(`${name} is allowed over ${max} lines but has ${lines}: take it off the list`);
    }
  }
  return out;
}
