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
  | { ok: false; detail: string; span: Span };

const MAX_MEMBERS = 5000;

const spanOf = (node: Node): Span => ({ start: node.offset, end: node.offset + node.length });

// What each parser error means, in a student's words (RFC 8259 is the grammar).
const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'unexpected text',
  InvalidNumberFormat: 'this number is not written the JSON way',
  PropertyNameExpected: 'a member name in double quotes is expected (no trailing comma)',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a ":" is expected after the member name',
  CommaExpected: 'a "," is expected between members',
  CloseBraceExpected: 'a closing "}" is expected',
  CloseBracketExpected: 'a closing "]" is expected',
  EndOfFileExpected: 'the text should end here',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed with a double quote',
  UnexpectedEndOfNumber: 'a number ends too early',
  InvalidUnicode: 'a \\u escape needs four hex digits',
  InvalidEscapeCharacter: 'this backslash escape does not exist in JSON',
  InvalidCharacter: 'a raw control character (a tab or line break) inside a string must be escaped',
};

// RFC 8259 §9 lets a parser limit nesting depth; this one stops long before the call stack does.
const MAX_DEPTH = 256;

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
      detail: `it nests arrays and objects more than ${MAX_DEPTH} levels deep (at character ${deep + 1}); this playground stops there (RFC 8259 §9).`,
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
    const what = (first && SYNTAX[printParseErrorCode(first.error)]) ?? 'this is not JSON';
    return {
      ok: false,
      detail: explainSyntax(what, text, offset),
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

function explainSyntax(detail: string, text: string, offset: number): string {
  if (offset >= text.length) return `the text ends too early (${detail}).`;
  const ch = text[offset];
  if (text.includes('\u0000')) {
    return 'it contains NUL characters, as UTF-16 text does; JOSE requires UTF-8 (RFC 8725 §3.7).';
  }
  if (ch === "'") return 'strings and names need double quotes (") in JSON.';
  return `${detail} at character ${offset + 1}.`;
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
