/**
 * The overlay technique shared by the token editor and the JSON editors: a transparent textarea over
 * a mirror that renders the same text in styled runs. The mirror must never add or drop a character,
 * or the colours would drift from the text the caret is in.
 */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type ClipboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { Highlight } from '../model/state';
import { jsonSpanToInput, type Inspection, type Severity, type Span } from '../jwt/index';
import './paint.css';

export interface PaintRange {
  start: number;
  end: number;
  cls: string;
  /** Rendered as data-m on the run, to find a member under the pointer. */
  member?: number;
}

interface Run {
  start: number;
  end: number;
  classes: string[];
  member: number | undefined;
}

/** Splits text into runs at every range boundary; each run carries the classes of the ranges over it. */
export function paintRuns(length: number, ranges: PaintRange[]): Run[] {
  const rs = ranges
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const cuts = new Set<number>([0, length]);
  for (const r of rs) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  let active: PaintRange[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    active = active.filter((r) => r.end > a);
    while (next < rs.length && rs[next]!.start <= a) {
      if (rs[next]!.end > a) active.push(rs[next]!);
      next++;
    }
    const member = active.find((r) => r.member !== undefined)?.member;
    runs.push({ start: a, end: b, classes: active.map((r) => r.cls), member });
  }
  return runs;
}

/** The mirror's children. A trailing newline needs one more character to take up its line. */
export function renderRuns(text: string, ranges: PaintRange[]): ReactNode[] {
  const nodes: ReactNode[] = paintRuns(text.length, ranges).map((run) => {
    const chunk = text.slice(run.start, run.end);
    const cls = run.classes.filter((c) => c !== 'hl').join(' ') || undefined;
    const props = { className: cls, 'data-m': run.member };
    return run.classes.includes('hl') ? (
      <mark key={run.start} {...props}>
        {chunk}
      </mark>
    ) : (
      <span key={run.start} {...props}>
        {chunk}
      </span>
    );
  });
  if (text.endsWith('\n') || text.length === 0) nodes.push(<span key="end"> </span>);
  return nodes;
}

/** A diagnostic's mark: at least one character wide so an error at the very end still shows. */
export function diagRange(span: Span, severity: Severity, length: number): PaintRange | null {
  if (severity === 'info' || length === 0) return null;
  let { start, end } = span;
  if (end <= start) {
    end = Math.min(length, start + 1);
    start = Math.max(0, end - 1);
  }
  return { start, end, cls: `diag diag-${severity}` };
}

/**
 * A textarea turns CR LF into LF (HTML's value normalisation), which would silently rewrite signed
 * text such as RFC 7515 A.1's header. Editors show each CR as this sign instead: one character for
 * one, so offsets stay the same, and the student sees that it is there.
 */
export const CR_SIGN = '\u240d';
export const showCR = (text: string): string => text.replace(/\r/g, CR_SIGN);
export const restoreCR = (text: string): string => text.replace(/\u240d/g, '\r');

/** Display-only JSON colouring. It tolerates broken JSON: parsing is the core's job, not this one's. */
export function jsonTokens(text: string): PaintRange[] {
  const out: PaintRange[] = [];
  const re =
    /"(?:[^"\\\n]|\\.)*"?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\btrue\b|\bfalse\b|\bnull\b|[{}[\]:,]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const s = m[0];
    const start = m.index;
    const end = start + s.length;
    let cls: string;
    if (s[0] === '"') cls = /^\s*:/.test(text.slice(end, end + 40)) ? 'j-key' : 'j-str';
    else if (/^[{}[\]:,]$/.test(s)) cls = 'j-punct';
    else if (s === 'true' || s === 'false' || s === 'null') cls = 'j-lit';
    else cls = 'j-num';
    out.push({ start, end, cls });
  }
  for (let i = text.indexOf(CR_SIGN); i >= 0; i = text.indexOf(CR_SIGN, i + 1)) {
    out.push({ start: i, end: i + 1, cls: 'j-cr' });
  }
  return out;
}

export function hex(bytes: Uint8Array, start = 0, end = bytes.length): string {
  const parts: string[] = [];
  for (let i = start; i < end; i++)
    parts.push(bytes[i]!.toString(16).padStart(2, '0').toUpperCase());
  return parts.join(' ');
}

/** The class that colours a token part (a JWE's five parts each have their own). */
export function partClass(insp: Inspection, name: string): string | undefined {
  if (insp.kind === 'jwe') return `part-${name}`;
  if (insp.kind === 'jws') return `part-${name}`;
  return undefined;
}

/** The token characters to highlight: the selection, or what a hovered JSON member encodes. */
export function highlightedInput(insp: Inspection, h: Highlight): Span | null {
  if (!h) return null;
  if (h.from === 'token') return h.span;
  return jsonSpanToInput(insp, h.part, h.span);
}

/** Characters beyond which a textarea overflows its height limit at any width. */
const HUGE_TEXT = 20_000;

/**
 * Characters beyond which an editor shows the text's ends instead of the text (see HugeText): laying
 * out ten million characters holds Chromium for seconds. A megabyte token (1.4 M characters) still
 * opens in the editor.
 */
export const COLLAPSE_AT = 1_500_000;

/**
 * Characters beyond which a decoded part is folded the same way: laid out under a megabyte token,
 * its textarea alone would hold the page for a quarter of a second more. One click opens it.
 */
export const COLLAPSE_PART_AT = 250_000;

/**
 * Line breaks beyond which an editor folds its text however short it is: every line is laid out on
 * its own, and a textarea of 100,000 short lines holds Chromium for seconds.
 */
export const COLLAPSE_LINES = 2_000;

/**
 * Dot-separated parts beyond which the token editor folds its text (over HUGE_TEXT characters): a
 * token has three parts, an encrypted one five, and 200 KB made of dots holds the page for a quarter
 * of a second in a bare textarea. Such text is not a token: its ends and its part count say so.
 */
export const COLLAPSE_PARTS = 1_000;

/** What makes an editor fold its text: a length, and for the token editor a number of parts. */
export interface FoldLimits {
  chars: number;
  parts?: number;
}

/** Whether `text` has more than `limit` occurrences of `ch`; stops counting once it does. */
function moreThan(text: string, ch: string, limit: number): boolean {
  return occurrences(text, ch, limit + 1) > limit;
}

/**
 * How many times `ch` occurs in `text`, counting up to `upTo` at most; without the strings that
 * `split` would make (200,000 of them for 200 KB of dots).
 */
export function occurrences(text: string, ch: string, upTo = Infinity): number {
  let n = 0;
  for (let at = text.indexOf(ch); at !== -1 && n < upTo; at = text.indexOf(ch, at + 1)) n++;
  return n;
}

/** Why an editor folds its text: its length, its lines, or its parts. */
export type FoldReason = 'chars' | 'lines' | 'parts';

/**
 * Why an editor shows `text` folded (see HugeText) rather than laying it out, or null when it does
 * not: longer than `limits.chars`, or, beyond HUGE_TEXT characters, made of more than COLLAPSE_LINES
 * lines or `limits.parts` parts. The text itself is never changed.
 */
export function folds(text: string, limits: FoldLimits): FoldReason | null {
  if (text.length > limits.chars) return 'chars';
  if (text.length <= HUGE_TEXT) return null;
  if (moreThan(text, '\n', COLLAPSE_LINES - 1)) return 'lines';
  if (limits.parts !== undefined && moreThan(text, '.', limits.parts - 1)) return 'parts';
  return null;
}

/**
 * A paste that would leave a textarea with text it folds (see `folds`): the whole new text, with the
 * browser's own insertion cancelled (inserted first, ten million characters or a hundred thousand
 * lines would be laid out before the page could fold them away); null for a paste the textarea takes
 * itself.
 */
export function hugePaste(
  e: ClipboardEvent<HTMLTextAreaElement>,
  limits: FoldLimits = { chars: COLLAPSE_AT },
): string | null {
  const pasted = e.clipboardData.getData('text/plain');
  const ta = e.currentTarget;
  const next = ta.value.slice(0, ta.selectionStart) + pasted + ta.value.slice(ta.selectionEnd);
  if (folds(next, limits) === null) return null;
  e.preventDefault();
  return next;
}

/**
 * Why an editor shows `text` folded (null when it does not), the way to open it in full, and the way
 * to fold it again. Opening holds until the text no longer folds, so typing in a huge text does not
 * fold it back at every keystroke; a paste that brings such a text folds it again.
 */
export function useCollapsed(
  text: string,
  limits: FoldLimits = { chars: COLLAPSE_AT },
): [folded: FoldReason | null, expand: () => void, fold: () => void] {
  const { chars, parts } = limits;
  // Counted once per text, not at every render (the clock renders the page each second).
  const reason = useMemo(() => folds(text, { chars, parts }), [text, chars, parts]);
  const [full, setFull] = useState(false);
  if (reason === null && full) setFull(false);
  return [full ? null : reason, () => setFull(true), () => setFull(false)];
}

/** How many items a per-part list shows before it says how many more there are. */
export const PART_LIST_CAP = 8;

/**
 * Grows a textarea with its text (`text`, the value React gave it) up to a limit, then lets it
 * scroll; the mirror follows the scroll. Returns the scroll handler for the textarea.
 */
export function useAutoGrow(
  inputRef: RefObject<HTMLTextAreaElement | null>,
  mirrorRef: RefObject<HTMLDivElement | null>,
  text: string,
  mirrorContent: unknown,
  maxHeight = 420,
): () => void {
  const sync = useCallback((): void => {
    if (inputRef.current && mirrorRef.current)
      mirrorRef.current.scrollTop = inputRef.current.scrollTop;
  }, [inputRef, mirrorRef]);
  const huge = text.length > HUGE_TEXT;
  useLayoutEffect(() => {
    const ta = inputRef.current;
    if (!ta) return;
    // Measuring forces a layout of all the text, twice (at height:auto, then at the new height).
    // Text this long overflows the limit at any width, so it gets the full height unmeasured: a
    // pasted megabyte costs no forced layout at all, then or on any later keystroke.
    // The length from React's value: the textarea's own textLength would serialise its text again.
    if (huge) {
      // Reading scrollTop would force the layout too: the scroll handler keeps the mirror in step.
      ta.style.height = `${maxHeight}px`;
      return;
    }
    if (!(ta.style.height === `${maxHeight}px` && ta.scrollHeight > maxHeight)) {
      ta.style.height = 'auto';
      ta.style.height = `${Math.min(ta.scrollHeight + 2, maxHeight)}px`;
    }
    sync();
  }, [text, huge, inputRef, maxHeight, sync]);
  // A new mirror over the same text (new marks, a finding underlined) keeps the textarea's height;
  // it only has to follow the scroll. Read in the next frame, where the layout is made anyway: read
  // now, it would force a layout of the whole page the render just changed (another pane's paste
  // of a hundred thousand members made that 70 ms in the paste's task).
  useEffect(() => {
    if (huge) return;
    const frame = requestAnimationFrame(sync);
    return () => cancelAnimationFrame(frame);
  }, [mirrorContent, huge, sync]);
  return sync;
}
