/**
 * Korean words for the typed params findings carry: any value as text, JSON type names, and JSON
 * syntax errors, shared by the diagnostic sentences and the key reasons.
 */
import type { DiagnosticParams } from '../../jwt/index';

/** A param as text; an absent one as nothing. */
export const s = (p: DiagnosticParams, k: string): string => String(p[k] ?? '');

/** JSON type names (the core's JsonTypeName, and "string-array" for x5c) in Korean. */
const TYPES: Record<string, string> = {
  string: '문자열',
  number: '숫자',
  boolean: '불리언(true/false)',
  null: 'null',
  array: '배열',
  object: '객체',
  'string-array': '문자열 배열',
};
export const typeOf = (p: DiagnosticParams, k: string): string => TYPES[s(p, k)] ?? s(p, k);

const JSON_SYNTAX: Record<string, string> = {
  'unexpected-text': '예상하지 못한 글자',
  'number-format': 'JSON 형식에 맞지 않는 숫자',
  'name-expected': '큰따옴표로 감싼 이름이 와야 합니다(마지막 쉼표는 허용되지 않음)',
  'value-expected': '값이 와야 합니다',
  'colon-expected': '이름 다음에 ":"가 와야 합니다',
  'comma-expected': '멤버 사이에 ","가 와야 합니다',
  'close-brace-expected': '닫는 "}"가 와야 합니다',
  'close-bracket-expected': '닫는 "]"가 와야 합니다',
  'end-expected': '여기서 텍스트가 끝나야 합니다',
  comment: 'JSON에는 주석을 쓸 수 없습니다',
  'string-unclosed': '문자열이 큰따옴표로 닫히지 않았습니다',
  'number-cut': '숫자가 도중에 끝났습니다',
  'unicode-escape': '\\u 이스케이프에는 16진수 네 자리가 필요합니다',
  'escape-unknown': 'JSON에 없는 역슬래시 이스케이프입니다',
  'control-character': '문자열 안의 제어 문자(탭이나 줄바꿈)는 이스케이프해야 합니다',
  'not-json': 'JSON이 아닙니다',
};

/** A JSON syntax error from its typed params (reason, at, ended). */
export function koJsonSyntax(p: DiagnosticParams, reasonKey = 'reason'): string {
  const reason = s(p, reasonKey);
  if (reason === 'too-deep') {
    return `배열과 객체가 256단계보다 깊게 중첩되어 있습니다(${s(p, 'at')}번째 문자). 이 놀이터는 거기서 멈춥니다(RFC 8259 §9).`;
  }
  if (reason === 'nul') {
    return 'UTF-16 텍스트처럼 NUL 문자가 들어 있습니다. JOSE는 UTF-8을 요구합니다(RFC 8725 §3.7).';
  }
  if (reason === 'single-quote') return 'JSON에서 문자열과 이름은 큰따옴표(")로 감싸야 합니다.';
  const what = JSON_SYNTAX[reason] ?? JSON_SYNTAX['not-json']!;
  return p.ended ? `텍스트가 도중에 끝났습니다(${what}).` : `${s(p, 'at')}번째 문자: ${what}.`;
}
