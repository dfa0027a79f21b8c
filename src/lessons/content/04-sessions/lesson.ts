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
        ko: '이제 토큰이 필요한 정보를 스스로 담고 있습니다. 서버는 토큰에서 누구인지, 무슨 권한인지 읽고 서명만 확인하면 됩니다. 토큰이 길어진 것도 확인해 보세요.',
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
            en: "Delete all of the user's sessions from the session store.",
            ko: '세션 저장소에서 그 사용자의 세션을 모두 삭제한다.',
          },
          correct: true,
          why: {
            en: "Every device's session id now finds nothing. This control is what sessions buy with their memory and lookups.",
            ko: '이제 어느 기기의 세션 ID로도 아무것도 찾을 수 없습니다. 서버가 메모리와 조회 비용을 들여 얻는 것이 바로 이 통제력입니다.',
          },
        },
        {
          text: {
            en: 'Wait until the session cookie expires in every browser.',
            ko: '모든 브라우저에서 세션 쿠키가 만료될 때까지 기다린다.',
          },
          why: {
            en: 'That is neither "now" nor under the server\'s control; a stolen copy may keep its own cookie.',
            ko: '"즉시"도 아니고 서버가 통제할 수도 없습니다. 탈취된 쿠키는 공격자가 계속 갖고 있을 수 있습니다.',
          },
        },
        {
          text: {
            en: 'Answer with "Set-Cookie: sid=; Max-Age=0".',
            ko: '"Set-Cookie: sid=; Max-Age=0"으로 응답한다.',
          },
          why: {
            en: 'That clears the cookie in the browser that receives the answer. Other devices, a stolen copy and the sessions on the server stay.',
            ko: '그 응답을 받은 브라우저의 쿠키만 지웁니다. 다른 기기의 쿠키, 탈취된 사본, 서버의 세션은 그대로 남습니다.',
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
            en: 'That server finds no session: the user looks logged out.',
            ko: '그 서버에는 세션이 없어서 로그아웃된 것처럼 보인다.',
          },
          correct: true,
          why: {
            en: 'This is the scaling burden of sessions. Fixes are sticky sessions or a shared store (Redis, a database), each with a cost.',
            ko: '세션 방식의 확장성 부담입니다. 고정 세션이나 Redis, 데이터베이스 같은 공유 저장소로 해결하지만, 각각 비용이 듭니다.',
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
            en: 'The load balancer copies the session over to the new server.',
            ko: '로드 밸런서가 세션을 새 서버로 복사해 준다.',
          },
          why: {
            en: 'A load balancer routes requests; it knows nothing of application sessions. Keeping them in step takes a shared store or sticky routing.',
            ko: '로드 밸런서는 요청을 나눠 보낼 뿐, 애플리케이션의 세션은 모릅니다. 세션을 맞추려면 공유 저장소나 고정 세션이 필요합니다.',
          },
        },
      ],
    },
  ],
};
