/**
 * JSON with positions, through jsonc-parser (the well-kept parser behind VS Code's JSON support,
 * small enough for the first load), in strict mode: no comments, no trailing commas. On top of it:
 * the member list with spans for highlighting, and duplicate names compared after unescaping
 * (RFC 7515 §4).
 */
import {
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
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

const spanOf = (node: Node): Span => ({ start: node.offset, end: node.offset + node.length });

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
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
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
  const members: JsonMember[] = [];
  const duplicates: JsonDuplicate[] = [];
  const walk = (node: Node, path: JsonPath, depth: number): void => {
    if (node.type === 'object') {
      const seen = new Map<string, Span>();
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || !value) continue;
        const name = String(key.value);
        const nameSpan = spanOf(key);
        const prior = seen.get(name);
        if (prior) duplicates.push({ name, path, span: nameSpan, firstSpan: prior });
        else seen.set(name, nameSpan);
        const childPath = [...path, name];
        if (members.length < MAX_MEMBERS) {
          const valueSpan = spanOf(value);
          members.push({
            name,
            path: childPath,
            value: getNodeValue(value),
            nameSpan,
            valueSpan,
            span: { start: nameSpan.start, end: valueSpan.end },
            depth,
          });
        }
        walk(value, childPath, depth + 1);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((e, i) => walk(e, [...path, i], depth + 1));
    }
  };
  walk(root, [], 0);
  return { ok: true, value: getNodeValue(root), members, duplicates };
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
