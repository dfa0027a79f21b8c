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
        ko: '서명을 확인할 수 없게 되었습니다. 누구든 이 내용을 쓸 수 있었겠죠. 데이터는 요청이 싣고 오지만, 믿을 수 있게 해 주는 것은 서버의 키입니다.',
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
            en: 'The server keeps no memory of earlier requests; each request must carry what is needed.',
            ko: '서버가 이전 요청을 기억하지 않으므로, 요청마다 필요한 정보를 담아 보내야 한다.',
          },
          correct: true,
          why: {
            en: 'That is why cookies, sessions and tokens exist (RFC 9110, abstract).',
            ko: '그래서 쿠키, 세션, 토큰 같은 기술이 필요합니다(RFC 9110 개요).',
          },
        },
        {
          text: { en: 'HTTP cannot use cookies.', ko: 'HTTP에서는 쿠키를 쓸 수 없다.' },
          why: {
            en: 'Cookies are exactly the mechanism added on top of stateless HTTP (RFC 6265).',
            ko: '쿠키가 바로 무상태 HTTP 위에 상태를 얹기 위해 만든 장치입니다(RFC 6265).',
          },
        },
        {
          text: { en: 'The connection is encrypted.', ko: '연결이 암호화되어 있다.' },
          why: {
            en: 'Encryption is TLS (HTTPS). Statelessness is about memory, not secrecy.',
            ko: '암호화는 TLS(HTTPS)의 일입니다. 무상태는 기억에 관한 이야기지 비밀 유지와는 무관합니다.',
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
            en: "A user's next request need not reach the same server, as the course notes say.",
            ko: '강의 노트처럼, 한 사용자의 다음 요청이 꼭 같은 서버로 갈 필요가 없습니다.',
          },
        },
        {
          text: { en: 'Requests become smaller.', ko: '요청 크기가 작아진다.' },
          why: {
            en: 'If anything, requests carry more, because they must bring their own context.',
            ko: '오히려 요청이 스스로 맥락을 싣고 와야 하므로 더 커질 수 있습니다.',
          },
        },
        {
          text: {
            en: 'Servers no longer need to check anything.',
            ko: '서버가 더 이상 아무것도 확인하지 않아도 된다.',
          },
          why: {
            en: 'Every request must still be checked, as you saw when the key was missing.',
            ko: '키가 없을 때 본 것처럼, 요청마다 여전히 확인이 필요합니다.',
          },
        },
      ],
    },
  ],
};
