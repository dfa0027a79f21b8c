/**
 * JSON with positions, through jsonc-parser (the well-kept parser behind VS Code's JSON support,
 * small enough for the first load), in strict mode: no comments, no trailing commas. On top of it:
 * the member list with spans for highlighting, and duplicate names compared after unescaping
 * (RFC 7515 §4).
 */
import { printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import type { Span } from './diagnostics';

export type JsonPath = (string | number)[];

export interface JsonMember {
  /** The unescaped member name. */
  name: string;
  /** Path from the root to this member's value. */
  path: JsonPath;
  value: unknown;
  /** The quoted name, in the decoded text. */
  nameSpan: Span;
  /** The value, in the decoded text. */
  valueSpan: Span;
  /** Name through value. */
  span: Span;
  depth: number;
}

export interface JsonDuplicate {
  name: string;
  path: JsonPath;
  /** The later occurrence's name span. */
  span: Span;
  /** The earlier occurrence's name span. */
  firstSpan: Span;
}

export type JsonParse =
  | {
      ok: true;
      value: unknown;
      /** Members of every object, in document order; top-level ones have depth 0. */
      members: JsonMember[];
      duplicates: JsonDuplicate[];
    }
  | {
      ok: false;
      /** What is wrong, as a typed reason (sentences live with the codes, per language). */
      reason: JsonSyntaxReason;
      /** 1-based character where it goes wrong; `ended` when the text stops before it. */
      at: number;
      ended: boolean;
      span: Span;
    };

/** Why text is not JSON (RFC 8259), one reason per kind of parser error. */
export type JsonSyntaxReason =
  | 'unexpected-text'
  | 'number-format'
  | 'name-expected'
  | 'value-expected'
  | 'colon-expected'
  | 'comma-expected'
  | 'close-brace-expected'
  | 'close-bracket-expected'
  | 'end-expected'
  | 'comment'
  | 'string-unclosed'
  | 'number-cut'
  | 'unicode-escape'
  | 'escape-unknown'
  | 'control-character'
  | 'not-json'
  | 'too-deep'
  | 'nul'
  | 'single-quote';

const MAX_MEMBERS = 5000;

// Each parser error as a reason (RFC 8259 is the grammar).
const SYNTAX: Record<string, JsonSyntaxReason> = {
  InvalidSymbol: 'unexpected-text',
  InvalidNumberFormat: 'number-format',
  PropertyNameExpected: 'name-expected',
  ValueExpected: 'value-expected',
  ColonExpected: 'colon-expected',
  CommaExpected: 'comma-expected',
  CloseBraceExpected: 'close-brace-expected',
  CloseBracketExpected: 'close-bracket-expected',
  EndOfFileExpected: 'end-expected',
  InvalidCommentToken: 'comment',
  UnexpectedEndOfComment: 'comment',
  UnexpectedEndOfString: 'string-unclosed',
  UnexpectedEndOfNumber: 'number-cut',
  InvalidUnicode: 'unicode-escape',
  InvalidEscapeCharacter: 'escape-unknown',
  InvalidCharacter: 'control-character',
};

// RFC 8259 §9 lets a parser limit nesting depth; this one stops long before the call stack does.
export const MAX_DEPTH = 256;

/** The offset where nesting first goes deeper than MAX_DEPTH, or -1 (strings are skipped). */
function tooDeep(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return -1;
}

/** Parses JSON text; never throws. */
export function parseJson(text: string): JsonParse {
  const deep = tooDeep(text);
  if (deep >= 0) {
    return {
      ok: false,
      reason: 'too-deep',
      at: deep + 1,
      ended: false,
      span: { start: deep, end: deep + 1 },
    };
  }
  const { error: first, root, members, duplicates } = readJson(text);
  if (first || !root) {
    const offset = Math.min(first?.offset ?? 0, text.length);
    const length = Math.max(1, first?.length ?? 1);
    const what = (first && SYNTAX[printParseErrorCode(first.error)]) ?? 'not-json';
    const ended = offset >= text.length;
    // Two causes worth naming on their own: UTF-16 text (NUL bytes) and single quotes.
    const reason = text.includes('\u0000')
      ? 'nul'
      : !ended && text[offset] === "'"
        ? 'single-quote'
        : what;
    return {
      ok: false,
      reason,
      at: offset + 1,
      ended,
      span: { start: offset, end: Math.min(text.length, offset + length) },
    };
  }
  return { ok: true, value: root.value, members, duplicates };
}

/** An object or array being read, with what its next value needs. */
interface Frame {
  container: Record<string, unknown> | unknown[];
  array: boolean;
  path: JsonPath;
  /** The depth of the members of this container (an object's own members at the top are 0). */
  depth: number;
  /** Where an object starts (its `{`), in the text. */
  start: number;
  /**
   * An object's member names so far, with the span of each one's first occurrence: made only once
   * the object has a duplicate (until then the object itself says which names it has).
   */
  seen: Map<string, Span> | null;
  /** The current member's name (objects). */
  name: string;
  /** The current member, while it is one of the listed ones. */
  member: JsonMember | null;
  /** The listed member whose value this container is. */
  owner: JsonMember | null;
}

/**
 * One pass over the parser's events that builds the value (prototype-less objects, later duplicates
 * winning, as jsonc-parser's own tree would give), the first MAX_MEMBERS members in document order
 * and every duplicate name. No syntax tree: a payload of a hundred thousand members would make three
 * objects per member and walk them twice. No set of names per object either: the object being
 * built has each name already read, so only an object with a duplicate reads its names again (once)
 * to find where each first occurred. A hundred thousand members took 190 ms here with a map of
 * names and spans beside the object, 125 ms without.
 */
function readJson(text: string): {
  error: ParseError | null;
  root: { value: unknown } | null;
  members: JsonMember[];
  duplicates: JsonDuplicate[];
} {
  const members: JsonMember[] = [];
  const duplicates: JsonDuplicate[] = [];
  const stack: Frame[] = [];
  let root: { value: unknown } | null = null;
  let error: ParseError | null = null;
  const top = (): Frame | undefined => stack[stack.length - 1];
  // Where the next value goes: the root, the end of an array, or the current member of an object.
  const place = (value: unknown, offset: number): void => {
    const t = top();
    if (!t) root = { value };
    else if (t.array) (t.container as unknown[]).push(value);
    else {
      (t.container as Record<string, unknown>)[t.name] = value;
      if (t.member) {
        t.member.value = value;
        t.member.valueSpan.start = offset;
      }
    }
  };
  const end = (member: JsonMember | null, at: number): void => {
    if (!member) return;
    member.valueSpan.end = at;
    member.span.end = at;
  };
  const begin = (array: boolean, offset: number): void => {
    const t = top();
    const path: JsonPath = !t
      ? []
      : t.array
        ? [...t.path, (t.container as unknown[]).length]
        : [...t.path, t.name];
    const container = array ? [] : (Object.create(null) as Record<string, unknown>);
    const owner = t && !t.array ? t.member : null;
    place(container, offset);
    stack.push({
      container,
      array,
      path,
      depth: t ? t.depth + 1 : 0,
      start: offset,
      seen: null,
      name: '',
      member: null,
      owner,
    });
  };
  visit(
    text,
    {
      onObjectBegin: (offset) => begin(false, offset),
      onArrayBegin: (offset) => begin(true, offset),
      onObjectEnd: (offset, length) => end(stack.pop()?.owner ?? null, offset + length),
      onArrayEnd: (offset, length) => end(stack.pop()?.owner ?? null, offset + length),
      onObjectProperty: (name, offset, length) => {
        const t = top();
        if (!t || t.array) return;
        const nameSpan = { start: offset, end: offset + length };
        if (t.seen) {
          const prior = t.seen.get(name);
          if (prior) duplicates.push({ name, path: t.path, span: nameSpan, firstSpan: prior });
          else t.seen.set(name, nameSpan);
        } else if (name in t.container) {
          t.seen = namesOf(text, t.start, offset);
          duplicates.push({ name, path: t.path, span: nameSpan, firstSpan: t.seen.get(name)! });
        }
        t.name = name;
        t.member = null;
        if (members.length < MAX_MEMBERS) {
          t.member = {
            name,
            path: [...t.path, name],
            value: undefined,
            nameSpan,
            valueSpan: { start: offset + length, end: offset + length },
            span: { start: offset, end: offset + length },
            depth: t.depth,
          };
          members.push(t.member);
        }
      },
      onLiteralValue: (value: unknown, offset, length) => {
        place(value, offset);
        const t = top();
        if (t && !t.array) end(t.member, offset + length);
      },
      onError: (code, offset, length) => {
        error ??= { error: code, offset, length };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return { error, root, members, duplicates };
}

/**
 * The member names of the object that starts at `start`, up to `end`, each with the span of its
 * first occurrence (names of nested objects left out).
 */
function namesOf(text: string, start: number, end: number): Map<string, Span> {
  const names = new Map<string, Span>();
  let depth = 0;
  const down = (): void => void depth++;
  const up = (): void => void depth--;
  visit(text.slice(start, end), {
    onObjectBegin: down,
    onArrayBegin: down,
    onObjectEnd: up,
    onArrayEnd: up,
    onObjectProperty: (name, offset, length) => {
      if (depth === 1 && !names.has(name))
        names.set(name, { start: start + offset, end: start + offset + length });
    },
  });
  return names;
}

/** The six JSON types of RFC 8259 §3: what a value is, for findings that name a type. */
export type JsonTypeName = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

/**
 * The JSON type of a parsed value. Total over anything the parser makes, prototype-less objects
 * included (they have no toString, so they must never reach String()).
 */
export function jsonType(value: unknown): JsonTypeName {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'object';
  }
}
