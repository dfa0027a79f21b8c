/**
 * The token's inspection, made once and shared: the panes' (memoised in usePlaygroundModel), the
 * background check's and the reducer's edits of a part all read the same token, and reading a
 * megabyte again costs as much as the first time. An inspection is never changed by its readers.
 */
import { inspect, inspectSteps, type Inspection } from '../jwt/index';

let last: Inspection | null = null;

/** inspect(token), the last one made when it was of this token. */
export function inspectToken(token: string): Inspection {
  if (last?.input !== token) last = inspect(token);
  return last;
}

/**
 * Reads a token in tasks of its own, ahead of the render that shows it (which then finds it read):
 * a pasted token of a hundred thousand members takes about 200 ms to read, which would otherwise
 * share one task with the paste or the render. Its payload is read in a task of its own
 * (`inspectSteps`), after its splitting and other parts.
 */
export function inspectAhead(token: string): Promise<void> {
  if (last?.input === token) return Promise.resolve();
  const steps = inspectSteps(token);
  return new Promise((done) => {
    const step = (): void => {
      const next = steps.next();
      if (!next.done) {
        setTimeout(step, 0);
        return;
      }
      last = next.value;
      done();
    };
    setTimeout(step, 0);
  });
}
