import { answerOf, claimsOf, resignSteps } from '../../engine';
import type { LessonSpec } from '../../model';
import { JWTIO_SECRET, JWTIO_TOKEN } from '../../tokens';

export const lesson: LessonSpec = {
  id: 'authn-vs-authz',
  start: () => ({ token: JWTIO_TOKEN, keyText: JWTIO_SECRET, keyFormat: 'utf8' }),
  expect: {
    kind: 'jws',
    alg: 'HS256',
    claims: { sub: '1234567890', name: 'John Doe', admin: true },
    signature: 'valid',
  },
  focus: { testid: 'payload-json', part: 'payload', member: 'sub' },
  goals: [
    {
      id: 'who',
      task: {
        en: 'Authentication answers "who is this?". Which user does this token identify? Type the value of "sub".',
        ko: '인증은 "누구인가?"에 답합니다. 이 토큰은 어떤 사용자를 가리킬까요? "sub" 값을 입력해 보세요.',
      },
      answer: { en: 'The subject (sub)', ko: '주체(sub) 값' },
      done: {
        en: 'Right: the token says who the caller is. That is the authentication part.',
        ko: '맞습니다. 토큰이 요청한 사람이 누구인지 알려 줍니다. 이것이 인증에 해당하는 부분입니다.',
      },
      check: (p) => answerOf(p, 'who') !== '' && answerOf(p, 'who') === claimsOf(p)?.sub,
      solution: (p) => [{ type: 'answer', goal: 'who', value: String(claimsOf(p)?.sub ?? '') }],
    },
    {
      id: 'not-admin',
      task: {
        en: 'Act as the issuer: in Sign mode, change "admin" to false. The token must still verify.',
        ko: '발급자가 되어 봅시다. 서명(Sign) 모드에서 "admin"을 false로 바꾸세요. 토큰은 여전히 검증을 통과해야 합니다.',
      },
      done: {
        en: 'Done. Same user, fewer rights: what "admin": false allows is decided by the application, not by the signature.',
        ko: '완료! 같은 사용자지만 권한이 줄었습니다. "admin": false로 무엇을 할 수 있는지는 서명이 아니라 애플리케이션이 정합니다.',
      },
      check: (p) => claimsOf(p)?.admin === false && p.verification?.signature === 'valid',
      solution: (p) => resignSteps(p.state, (c) => ({ ...c, admin: false })),
    },
  ],
  quiz: [
    {
      id: 'status',
      question: {
        en: "Alice is logged in and asks for Bob's invoice. The server knows it is Alice and refuses. Which status code fits?",
        ko: '로그인한 Alice가 Bob의 청구서를 요청했습니다. 서버는 Alice임을 알고 거절합니다. 알맞은 상태 코드는?',
      },
      answers: [
        {
          text: { en: '401 Unauthorized', ko: '401 Unauthorized' },
          why: {
            en: '401 means the credentials are missing or invalid (authentication failed). Here the server knows who Alice is.',
            ko: '401은 자격 증명이 없거나 잘못됐다는 뜻, 즉 인증 실패입니다. 여기서는 서버가 Alice임을 이미 알고 있습니다.',
          },
        },
        {
          text: { en: '403 Forbidden', ko: '403 Forbidden' },
          correct: true,
          why: {
            en: 'Authenticated, but not allowed. 403 is an authorization failure (RFC 9110 §15.5.4).',
            ko: '인증은 됐지만 권한이 없습니다. 403은 인가 실패입니다(RFC 9110 §15.5.4).',
          },
        },
        {
          text: { en: '400 Bad Request', ko: '400 Bad Request' },
          why: {
            en: 'The request itself is well formed; the server understood it and refuses it. 400 is for requests the server cannot process (RFC 9110 §15.5.1).',
            ko: '요청 자체는 올바르고, 서버는 요청을 이해한 뒤 거절했습니다. 400은 서버가 처리할 수 없는 잘못된 요청에 씁니다(RFC 9110 §15.5.1).',
          },
        },
      ],
    },
    {
      id: 'proves',
      question: {
        en: "A JWT's signature verifies. What does that prove?",
        ko: 'JWT의 서명 검증이 성공했습니다. 이것이 증명하는 것은?',
      },
      answers: [
        {
          text: {
            en: 'The claims come from the key holder and were not changed.',
            ko: '클레임을 키를 가진 쪽이 만들었고, 중간에 바뀌지 않았다.',
          },
          correct: true,
          why: {
            en: 'The signature is computed over the header and payload, so it shows who issued them and that they are unchanged, nothing more.',
            ko: '서명은 헤더와 페이로드를 입력으로 계산하므로, 누가 발급했고 바뀌지 않았는지를 보여 줍니다. 딱 거기까지입니다.',
          },
        },
        {
          text: {
            en: 'The user may do whatever the claims suggest.',
            ko: '사용자는 클레임이 암시하는 일을 무엇이든 해도 된다.',
          },
          why: {
            en: 'Deciding what a claim such as "admin" allows is authorization, and the application does it on every request.',
            ko: '"admin" 같은 클레임으로 무엇을 허용할지는 인가의 문제이고, 애플리케이션이 요청마다 판단합니다.',
          },
        },
        {
          text: {
            en: 'Nobody without the key can read the claims inside it.',
            ko: '키가 없는 사람은 토큰 안의 클레임을 읽을 수 없다.',
          },
          why: {
            en: 'A signed token is readable by anyone who holds it. Signing is not encryption.',
            ko: '서명된 토큰은 가진 사람 누구나 읽을 수 있습니다. 서명은 암호화가 아닙니다.',
          },
        },
      ],
    },
  ],
};
