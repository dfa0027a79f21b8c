/**
 * The English building blocks of the code tables: JSON type names, JSON syntax errors, "crit"
 * reasons and what a suspicious kid looks like, each rendered from typed params.
 */
import type { DiagnosticParams } from './diagnostics';
import type { SuspiciousKid } from './header-checks';
import { MAX_DEPTH, type JsonSyntaxReason, type JsonTypeName } from './json';

/** A param as text (a missing one is empty). */
export const s = (p: DiagnosticParams, k: string): string => String(p[k] ?? '');

/** A JSON type with its English article, as the sentences say it ("an object", "null"). */
export const A_JSON_TYPE: Record<JsonTypeName, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  null: 'null',
  array: 'an array',
  object: 'an object',
};

// What each kind of JSON syntax error means, in a student's words.
const JSON_SYNTAX_EN: Record<JsonSyntaxReason, string> = {
  'unexpected-text': 'unexpected text',
  'number-format': 'this number is not written the JSON way',
  'name-expected': 'a member name in double quotes is expected (no trailing comma)',
  'value-expected': 'a value is expected',
  'colon-expected': 'a ":" is expected after the member name',
  'comma-expected': 'a "," is expected between members',
  'close-brace-expected': 'a closing "}" is expected',
  'close-bracket-expected': 'a closing "]" is expected',
  'end-expected': 'the text should end here',
  comment: 'comments are not allowed in JSON',
  'string-unclosed': 'a string is not closed with a double quote',
  'number-cut': 'a number ends too early',
  'unicode-escape': 'a \\u escape needs four hex digits',
  'escape-unknown': 'this backslash escape does not exist in JSON',
  'control-character':
    'a raw control character (a tab or line break) inside a string must be escaped',
  'not-json': 'this is not JSON',
  'too-deep': 'arrays and objects nest too deep',
  nul: 'NUL characters',
  'single-quote': 'single quotes',
};

/** A JSON syntax error from its params: reason, at (1-based character), ended (1 when cut short). */
export function jsonSyntaxEn(p: DiagnosticParams): string {
  const reason = p.reason as JsonSyntaxReason;
  if (reason === 'too-deep') {
    return `it nests arrays and objects more than ${MAX_DEPTH} levels deep (at character ${s(p, 'at')}); this playground stops there (RFC 8259 §9).`;
  }
  if (reason === 'nul') {
    return 'it contains NUL characters, as UTF-16 text does; JOSE requires UTF-8 (RFC 8725 §3.7).';
  }
  if (reason === 'single-quote') return 'strings and names need double quotes (") in JSON.';
  const what = JSON_SYNTAX_EN[reason] ?? JSON_SYNTAX_EN['not-json'];
  return p.ended ? `the text ends too early (${what}).` : `${what} at character ${s(p, 'at')}.`;
}

/** What a header parameter must be; "string-array" is a non-empty array of strings (x5c, crit). */
export type ExpectedType = JsonTypeName | 'string-array';

const EXPECTED: Record<ExpectedType, string> = {
  ...A_JSON_TYPE,
  'string-array': 'an array of strings',
};

/** The English of a param that holds a JsonTypeName or ExpectedType. */
export const aType = (p: DiagnosticParams, k: string): string =>
  EXPECTED[s(p, k) as ExpectedType] ?? s(p, k);

/** Why "crit" is malformed (RFC 7515 §4.1.11). */
export type CritInvalidReason =
  'not-array' | 'empty' | 'not-string' | 'registered' | 'absent' | 'duplicate';

export const CRIT_INVALID: Record<CritInvalidReason, (p: DiagnosticParams) => string> = {
  'not-array': (p) =>
    `it must be a non-empty array of header parameter names; here it is ${aType(p, 'actual')}.`,
  empty: () => 'the array is empty; leave "crit" out rather than list nothing (RFC 7515 §4.1.11).',
  'not-string': (p) =>
    `it must list header parameter names, which are strings; one entry is ${aType(p, 'actual')}.`,
  registered: (p) => `"${s(p, 'name')}" is defined by the JOSE RFCs and must not be listed.`,
  absent: (p) => `it lists "${s(p, 'name')}", which the header does not contain.`,
  duplicate: () => 'a name is listed twice.',
};

export const KID_LOOKS: Record<SuspiciousKid, string> = {
  path: 'a file path',
  sql: 'SQL',
  shell: 'a shell command',
  url: 'a URL',
};
