import { claimsOf, LAB_KEY, LAB_SECRET, resignSteps, signJson } from '../../engine';
import type { LessonSpec } from '../../model';

// A fixed, random-looking session id: the token carries a reference, the data stays on the server.
const SID = 'Xq3vJ9mR2kT8wLp4sN6yBa';

export const lesson: LessonSpec = {
  id: 'sessions',
  start: async () => ({
    token: await signJson({ alg: 'HS256', typ: 'JWT' }, { sid: SID }, LAB_KEY),
    keyText: LAB_SECRET,
    keyFormat: 'base64url',
  }),
  expect: { kind: 'jws', alg: 'HS256', claims: { sid: SID }, signature: 'valid' },
  focus: { testid: 'payload-json', part: 'payload', member: 'sid' },
  goals: [
    {
      id: 'self-contained',
      task: {
        en: 'This token is only a session id: the server must look up who "sid" belongs to. In Sign mode, add "sub" and "role" (strings) so no lookup is needed.',
        ko: '이 토큰에는 세션 ID만 들어 있어서, 서버가 "sid"의 주인을 세션 저장소에서 찾아야 합니다. 서명(Sign) 모드에서 "sub"와 "role"(문자열)을 추가해 조회가 필요 없게 만들어 보세요.',
      },
      done: {
        en: 'Now the token is self-contained: the server reads who and what from the token and only checks the signature. Notice it also got longer.',
        ko: '이제 토큰이 자체적으로 정보를 담고 있습니다. 서버는 토큰에서 누구인지, 무슨 권한인지 읽고 서명만 확인하면 됩니다. 토큰이 길어진 것도 확인해 보세요.',
      },
      check: (p) => {
        const c = claimsOf(p);
        return (
          typeof c?.sub === 'string' &&
          typeof c.role === 'string' &&
          p.verification?.signature === 'valid'
        );
      },
      solution: (p) => resignSteps(p.state, (c) => ({ ...c, sub: 'user-42', role: 'user' })),
    },
  ],
  quiz: [
    {
      id: 'logout',
      question: {
        en: 'With server sessions, how do you log a user out everywhere, right now?',
        ko: '서버 세션 방식에서 사용자를 모든 곳에서 즉시 로그아웃시키려면?',
      },
      answers: [
        {
          text: {
            en: 'Delete the session from the session store.',
            ko: '세션 저장소에서 해당 세션을 삭제한다.',
          },
          correct: true,
          why: {
            en: "The next request's session id finds nothing. This control is what sessions buy with their memory and lookups.",
            ko: '다음 요청의 세션 ID로는 아무것도 찾을 수 없습니다. 서버가 메모리와 조회 비용을 들여 얻는 것이 바로 이 통제력입니다.',
          },
        },
        {
          text: { en: 'Wait until the cookie expires.', ko: '쿠키가 만료될 때까지 기다린다.' },
          why: {
            en: 'That is neither "now" nor under the server\'s control; a stolen copy may keep its own cookie.',
            ko: '"즉시"도 아니고 서버가 통제할 수도 없습니다. 탈취된 쿠키는 공격자가 계속 갖고 있을 수 있습니다.',
          },
        },
        {
          text: { en: "Change the cookie's Path.", ko: '쿠키의 Path를 바꾼다.' },
          why: {
            en: 'Path only limits which URLs the browser sends the cookie to.',
            ko: 'Path는 브라우저가 어느 URL에 쿠키를 보낼지만 정합니다.',
          },
        },
      ],
    },
    {
      id: 'scale',
      question: {
        en: "Ten servers keep sessions in their own memory. A user's next request lands on another server. What happens?",
        ko: '서버 10대가 각자 메모리에 세션을 저장합니다. 사용자의 다음 요청이 다른 서버로 갔습니다. 어떻게 될까요?',
      },
      answers: [
        {
          text: {
            en: 'That server finds no session: the user looks logged out, unless sessions are sticky or shared.',
            ko: '그 서버에는 세션이 없어서 로그아웃된 것처럼 보인다. 고정 세션(sticky)이나 공유 저장소가 필요하다.',
          },
          correct: true,
          why: {
            en: 'The scaling burden from the course notes. Fixes are sticky sessions or a shared store (Redis, a database), each with a cost.',
            ko: '강의 노트에서 말한 확장성 부담입니다. 고정 세션이나 Redis·DB 같은 공유 저장소로 해결하지만, 각각 비용이 듭니다.',
          },
        },
        {
          text: {
            en: 'It works: the cookie carries the session data.',
            ko: '문제없다. 쿠키가 세션 데이터를 싣고 다닌다.',
          },
          why: {
            en: 'The cookie carries only the session id; the data is on the first server.',
            ko: '쿠키에는 세션 ID만 있고, 데이터는 첫 번째 서버에 있습니다.',
          },
        },
        {
          text: {
            en: 'The browser sends the password again.',
            ko: '브라우저가 비밀번호를 다시 보낸다.',
          },
          why: {
            en: 'Browsers do not resend passwords by themselves; the user would have to log in again.',
            ko: '브라우저가 알아서 비밀번호를 다시 보내지는 않습니다. 사용자가 다시 로그인해야 합니다.',
          },
        },
      ],
    },
  ],
};
