import { answerOf, claimsOf, LAB_SECRET } from '../../engine';
import type { LessonSpec } from '../../model';
import { BASELINE_TOKEN } from '../../tokens';

export const lesson: LessonSpec = {
  id: 'stateless-http',
  start: () => ({ token: BASELINE_TOKEN, keyText: LAB_SECRET, keyFormat: 'base64url' }),
  expect: {
    kind: 'jws',
    alg: 'HS256',
    claims: { sub: 'user-42', role: 'user', exp: 4102444800 },
    signature: 'valid',
  },
  focus: { testid: 'token-input' },
  goals: [
    {
      id: 'who',
      task: {
        en: 'Pretend this token arrived with a request. The server remembers nothing: who sent it? Type the "sub".',
        ko: '이 토큰이 요청에 실려 왔다고 생각해 봅시다. 서버는 아무것도 기억하지 않습니다. 누가 보낸 요청일까요? "sub" 값을 입력하세요.',
      },
      answer: { en: 'The subject (sub)', ko: '주체(sub) 값' },
      done: {
        en: 'Everything the server needs to recognise the caller travels with the request.',
        ko: '맞습니다. 서버가 요청자를 알아보는 데 필요한 정보가 모두 요청과 함께 옵니다.',
      },
      check: (p) => answerOf(p, 'who') !== '' && answerOf(p, 'who') === claimsOf(p)?.sub,
      solution: (p) => [{ type: 'answer', goal: 'who', value: String(claimsOf(p)?.sub ?? '') }],
    },
    {
      id: 'no-key',
      task: {
        en: 'Now empty the key field. Without its key, can the server still trust what the request says?',
        ko: '이제 키 입력란을 비워 보세요. 키가 없어도 서버가 요청 내용을 믿을 수 있을까요?',
      },
      done: {
        en: "The signature can no longer be checked: anyone could have written this. The request carries the data; the server's key makes it trustworthy.",
        ko: '서명을 확인할 수 없게 되었습니다. 누구든 이 내용을 쓸 수 있었습니다. 데이터는 요청이 싣고 오지만, 믿을 수 있게 해 주는 것은 서버의 키입니다.',
      },
      check: (p) => p.state.keyText.trim() === '' && p.verification?.signature === 'not-performed',
      solution: () => [{ type: 'set-key', text: '' }],
    },
  ],
  quiz: [
    {
      id: 'meaning',
      question: {
        en: 'What does "HTTP is stateless" mean?',
        ko: '"HTTP는 무상태(stateless)다"의 뜻은?',
      },
      answers: [
        {
          text: {
            en: 'The server does not remember earlier requests.',
            ko: '서버가 이전 요청을 기억하지 않는다.',
          },
          correct: true,
          why: {
            en: 'So each request must carry what is needed; that is why cookies, sessions and tokens exist (RFC 9110 §1).',
            ko: '그래서 요청마다 필요한 정보를 담아 보내야 하고, 쿠키, 세션, 토큰 같은 기술이 필요합니다(RFC 9110 §1).',
          },
        },
        {
          text: {
            en: 'The connection is closed after every response.',
            ko: '응답할 때마다 연결을 끊는다.',
          },
          why: {
            en: 'That is "connectionless", and it stopped being the default with HTTP/1.1: connections are persistent and carry many requests (RFC 9112 §9.3). Stateless is about memory, not connections.',
            ko: '그것은 "무연결"에 대한 설명이고, HTTP/1.1부터는 기본 동작이 아닙니다. 연결은 유지되며 여러 요청을 실어 나릅니다(RFC 9112 §9.3). 무상태는 연결이 아니라 기억에 관한 이야기입니다.',
          },
        },
        {
          text: {
            en: 'The server may not store any data, not even in a database.',
            ko: '서버는 데이터베이스를 포함해 어떤 데이터도 저장할 수 없다.',
          },
          why: {
            en: 'Servers keep databases as usual. Stateless means the protocol does not tie one request to the next; the request must say who is asking.',
            ko: '서버는 평소처럼 데이터베이스를 씁니다. 무상태란 프로토콜이 한 요청을 다음 요청과 이어 주지 않는다는 뜻이고, 그래서 요청이 누가 보냈는지 밝혀야 합니다.',
          },
        },
      ],
    },
    {
      id: 'scale',
      question: {
        en: 'Why does statelessness make it easier to add servers?',
        ko: '무상태성이 서버를 늘리기(확장) 쉽게 만드는 이유는?',
      },
      answers: [
        {
          text: {
            en: 'Any server behind the load balancer can answer any request.',
            ko: '로드 밸런서 뒤의 어느 서버든 어떤 요청에나 응답할 수 있다.',
          },
          correct: true,
          why: {
            en: "No server holds the user's state, so a user's next request need not reach the same server.",
            ko: '어느 서버도 사용자의 상태를 갖고 있지 않으므로, 한 사용자의 다음 요청이 같은 서버로 갈 필요가 없습니다.',
          },
        },
        {
          text: {
            en: "Every server keeps a copy of every user's state, so any of them can answer.",
            ko: '모든 서버가 모든 사용자의 상태를 복사해 두므로 어느 서버든 응답할 수 있다.',
          },
          why: {
            en: 'That is server state, which must be copied and kept in step between servers: the very cost statelessness avoids.',
            ko: '그것은 서버 상태이고, 서버끼리 복사하고 맞춰 두어야 합니다. 무상태성이 피하는 바로 그 비용입니다.',
          },
        },
        {
          text: {
            en: 'The load balancer remembers which server each user talked to.',
            ko: '로드 밸런서가 사용자마다 어느 서버와 통신했는지 기억한다.',
          },
          why: {
            en: 'That is a sticky session, a workaround for servers that do keep state. A stateless design does not need it.',
            ko: '그것은 고정 세션(sticky session)으로, 상태를 가진 서버를 위한 우회책입니다. 무상태 설계에는 필요 없습니다.',
          },
        },
      ],
    },
  ],
};
