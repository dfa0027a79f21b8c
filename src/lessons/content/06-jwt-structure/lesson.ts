import { answerOf } from '../../engine';
import type { LessonSpec } from '../../model';
import { RFC7515_A1_SECRET, RFC7515_A1_TOKEN } from '../../tokens';

// Characters of standard base64 that base64url leaves out (RFC 7515 §2, App. C).
const NOT_BASE64URL = new Set(['b64-standard-alphabet', 'b64-padding', 'b64-invalid-char']);

export const lesson: LessonSpec = {
  id: 'jwt-structure',
  start: () => ({ token: RFC7515_A1_TOKEN, keyText: RFC7515_A1_SECRET, keyFormat: 'base64url' }),
  expect: {
    kind: 'jws',
    alg: 'HS256',
    claims: { iss: 'joe', exp: 1300819380, 'http://example.com/is_root': true },
    signature: 'valid',
  },
  focus: { testid: 'header-json', part: 'header', member: 'alg' },
  goals: [
    {
      id: 'alg',
      task: {
        en: 'Which signature algorithm does the header name? Type the value of "alg".',
        ko: '헤더에 적힌 서명 알고리즘은 무엇일까요? "alg" 값을 입력하세요.',
      },
      answer: { en: 'The algorithm (alg)', ko: '알고리즘(alg) 값' },
      done: {
        en: 'Right: HS256, HMAC with SHA-256. The header tells the verifier how the signature was made.',
        ko: '맞습니다. HS256, 즉 SHA-256을 쓰는 HMAC입니다. 헤더는 서명을 어떻게 만들었는지 검증하는 쪽에 알려 줍니다.',
      },
      check: (p) => answerOf(p, 'alg') === p.inspection.alg,
      solution: (p) => [{ type: 'answer', goal: 'alg', value: p.inspection.alg ?? '' }],
    },
    {
      id: 'not-base64url',
      task: {
        en: 'In the encoded token, put a "+" or "/" inside a part, or "=" at its end: characters of plain base64 that base64url does not allow.',
        ko: '인코딩된 토큰의 한 부분 안에 "+"나 "/"를, 또는 끝에 "="를 넣어 보세요. 일반 base64에는 있지만 base64url에서는 허용되지 않는 문자입니다.',
      },
      done: {
        en: 'The playground rejects it: a JWT uses base64url, with "-" and "_" instead of "+" and "/", and no "=" padding.',
        ko: '놀이터가 거부합니다. JWT는 "+"와 "/" 대신 "-"와 "_"를 쓰고 "=" 패딩이 없는 base64url을 씁니다.',
      },
      check: (p) => p.inspection.diagnostics.some((d) => NOT_BASE64URL.has(d.code)),
      solution: (p) => {
        const t = p.state.token;
        const at = t.indexOf('.') + 3;
        return [{ type: 'set-token', token: `${t.slice(0, at)}+${t.slice(at + 1)}` }];
      },
    },
  ],
  quiz: [
    {
      id: 'dots',
      question: {
        en: 'How many dots does a signed JWT (compact JWS) have?',
        ko: '서명된 JWT(압축 직렬화한 JWS)에는 마침표가 몇 개 있을까요?',
      },
      answers: [
        {
          text: { en: 'Two', ko: '2개' },
          correct: true,
          why: {
            en: 'Header.payload.signature, three parts (RFC 7515 §7.1).',
            ko: 'header.payload.signature, 세 부분입니다(RFC 7515 §7.1).',
          },
        },
        {
          text: { en: 'Three', ko: '3개' },
          why: {
            en: 'Three is the number of parts, separated by two dots.',
            ko: '3은 부분의 개수이고, 마침표는 그 사이의 2개입니다.',
          },
        },
        {
          text: { en: 'Four', ko: '4개' },
          why: {
            en: 'Four dots (five parts) is an encrypted JWT, a JWE (RFC 7516 §7.1).',
            ko: '마침표 4개(다섯 부분)는 암호화된 JWT, 즉 JWE입니다(RFC 7516 §7.1).',
          },
        },
      ],
    },
    {
      id: 'covers',
      question: {
        en: 'What exactly is the signature computed over?',
        ko: '서명의 입력, 즉 서명이 보호하는 것은 정확히 무엇일까요?',
      },
      answers: [
        {
          text: {
            en: 'The characters of the first two parts, with the dot between them.',
            ko: '앞의 두 부분의 문자열과 그 사이의 마침표.',
          },
          correct: true,
          why: {
            en: 'The signing input is ASCII(header part "." payload part) (RFC 7515 §5.1). That is why the CRLF in this token matters.',
            ko: '서명 입력은 ASCII(헤더 부분 "." 페이로드 부분)입니다(RFC 7515 §5.1). 그래서 이 토큰 안의 줄바꿈(CRLF)도 중요합니다.',
          },
        },
        {
          text: {
            en: 'The JSON objects, re-serialised by the verifier.',
            ko: '검증하는 쪽이 다시 직렬화한 JSON 객체.',
          },
          why: {
            en: 'Re-serialising would change spaces and order. The exact encoded text is signed.',
            ko: '다시 직렬화하면 공백과 순서가 달라집니다. 인코딩된 문자열 그대로가 서명됩니다.',
          },
        },
        {
          text: {
            en: 'Only the payload, since the header just describes the token.',
            ko: '페이로드만. 헤더는 토큰을 설명할 뿐이다.',
          },
          why: {
            en: 'The header is signed too, so "alg" or "kid" cannot be swapped unnoticed.',
            ko: '헤더도 서명 입력에 들어가므로 "alg"나 "kid"를 몰래 바꿀 수 없습니다.',
          },
        },
      ],
    },
  ],
};
