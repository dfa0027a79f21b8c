import { claimsOf, LAB_KEY, LAB_SECRET, signJson } from '../../engine';
import type { LessonSpec } from '../../model';

// A freshly generated-looking secret for "rotating" the server key (lessons only).
const NEW_SECRET = 'r7GQ2mYk4VfN9wXcT1pL8sHe3JdA6uZbK0oEiWnRqMg';

export const lesson: LessonSpec = {
  id: 'expiry-revocation',
  start: async (now) => ({
    token: await signJson(
      { alg: 'HS256', typ: 'JWT' },
      { sub: 'user-42', role: 'user', iat: now, exp: now + 120, jti: 'r-7f3a9c' },
      LAB_KEY,
    ),
    keyText: LAB_SECRET,
    keyFormat: 'base64url',
  }),
  expect: {
    kind: 'jws',
    alg: 'HS256',
    claims: { sub: 'user-42', jti: 'r-7f3a9c' },
    claimTests: { exp: (v, now) => typeof v === 'number' && v - now > 100 && v - now <= 120 },
    signature: 'valid',
  },
  focus: { testid: 'claims-status' },
  goals: [
    {
      id: 'expired',
      task: {
        en: 'This token lives two minutes. Wait, or travel in time in the Claims pane, until it has expired.',
        ko: '이 토큰의 수명은 2분입니다. 기다리거나 클레임 패널의 시간 여행 기능으로 만료될 때까지 시간을 보내 보세요.',
      },
      done: {
        en: 'Expired. Until that moment, a stolen copy would have worked, and nothing on the server could stop it.',
        ko: '만료되었습니다. 그 순간까지는 탈취된 사본도 통했을 것이고, 서버는 막을 방법이 없었습니다.',
      },
      check: (p) => p.claimDiagnostics.some((d) => d.code === 'expired'),
      solution: (p) => {
        const exp = claimsOf(p)?.exp;
        const at = typeof exp === 'number' ? exp + 5 : p.now + 3600;
        return [{ type: 'set-clock', clock: { live: false, at } }];
      },
    },
    {
      id: 'rotate',
      task: {
        en: 'The blunt way to revoke: rotate the server key and drop the old one. Replace the key with a new secret and watch the signature fail.',
        ko: '가장 단순하고 거친 폐기 방법은 서버 키를 교체하고 옛 키를 버리는 것입니다. 키를 새 비밀 키로 바꾸고 서명이 실패하는 것을 확인하세요.',
      },
      done: {
        en: 'Revoked, but for everyone at once: every token signed with the old key just stopped working.',
        ko: '폐기되었습니다. 하지만 모두에게 한꺼번에 적용됩니다. 옛 키로 서명한 모든 토큰이 한 번에 무효가 되었습니다.',
      },
      check: (p) =>
        p.state.keyText.trim() !== '' &&
        p.state.keyText.trim() !== LAB_SECRET &&
        p.verification?.signature === 'invalid',
      solution: () => [{ type: 'set-key', text: NEW_SECRET }],
    },
  ],
  quiz: [
    {
      id: 'stolen',
      question: {
        en: 'A JWT that expires in one hour is stolen. With no extra machinery, how long can the thief use it?',
        ko: '한 시간 뒤 만료되는 JWT가 탈취되었습니다. 별도 장치가 없다면 공격자는 얼마나 쓸 수 있을까요?',
      },
      answers: [
        {
          text: { en: 'Until exp, up to an hour.', ko: 'exp까지, 최대 한 시간.' },
          correct: true,
          why: {
            en: 'The server checks only signature and times. That is why access tokens should be short-lived.',
            ko: '서버는 서명과 시각만 확인합니다. 그래서 액세스 토큰은 수명을 짧게 잡아야 합니다.',
          },
        },
        {
          text: { en: 'Until the user logs out.', ko: '사용자가 로그아웃할 때까지.' },
          why: {
            en: "Logging out deletes the user's copy, not the thief's. Unlike a session, nothing is deleted on the server.",
            ko: '로그아웃은 사용자 쪽 사본만 지웁니다. 세션과 달리 서버에서 지워지는 것이 없습니다.',
          },
        },
        {
          text: {
            en: 'Until the server restarts and forgets it.',
            ko: '서버가 재시작해서 토큰을 잊을 때까지.',
          },
          why: {
            en: 'The server kept nothing about the token to forget. After a restart it verifies it just the same; a bearer token works for whoever holds it (RFC 6750 §1.2).',
            ko: '서버는 애초에 토큰에 대해 기억하는 것이 없습니다. 재시작한 후에도 똑같이 검증합니다. Bearer 토큰은 가진 사람이 누구든 통합니다(RFC 6750 §1.2).',
          },
        },
      ],
    },
    {
      id: 'refresh',
      question: {
        en: 'What is a refresh token for?',
        ko: '리프레시 토큰은 무엇에 쓰일까요?',
      },
      answers: [
        {
          text: {
            en: 'To get new short-lived access tokens from the authorization server.',
            ko: '인가 서버에서 수명이 짧은 새 액세스 토큰을 받기 위해.',
          },
          correct: true,
          why: {
            en: 'It goes only to the authorization server, which can refuse it, and that check is where revocation happens (RFC 6749 §1.5).',
            ko: '리프레시 토큰은 인가 서버에만 보내고, 인가 서버는 거절할 수 있습니다. 폐기가 실제로 일어나는 곳이 바로 여기입니다(RFC 6749 §1.5).',
          },
        },
        {
          text: {
            en: 'To send with every API request instead of the access token.',
            ko: '액세스 토큰 대신 모든 API 요청에 함께 보내기 위해.',
          },
          why: {
            en: 'The access token goes to APIs; the refresh token stays away from them.',
            ko: 'API에는 액세스 토큰을 보냅니다. 리프레시 토큰은 API에 보내지 않습니다.',
          },
        },
        {
          text: {
            en: 'To change "exp" inside the old token so it lives longer.',
            ko: '기존 토큰 안의 "exp"를 고쳐 수명을 늘리기 위해.',
          },
          why: {
            en: 'Changing a signed token breaks its signature; a new token is issued instead.',
            ko: '서명된 토큰을 고치면 서명이 깨집니다. 대신 새 토큰을 발급합니다.',
          },
        },
      ],
    },
    {
      id: 'denylist',
      question: {
        en: 'You keep a deny list of revoked tokens. What should it be keyed by?',
        ko: '폐기된 토큰의 거부 목록(deny list)을 만든다면, 무엇을 기준으로 삼아야 할까요?',
      },
      answers: [
        {
          text: { en: '"jti" (with "iss").', ko: '"jti"(와 "iss").' },
          correct: true,
          why: {
            en: "The token's id claim names it however it is written (OWASP JWT Cheat Sheet).",
            ko: '토큰 ID 클레임은 토큰이 어떻게 쓰여 있든 같은 토큰을 가리킵니다(OWASP JWT 치트 시트).',
          },
        },
        {
          text: { en: 'The raw token string.', ko: '토큰 문자열 그대로.' },
          why: {
            en: 'The same signature can be written as different strings, so a string list can be bypassed.',
            ko: '같은 서명을 다른 문자열로 쓸 수 있어서 문자열 목록은 우회될 수 있습니다.',
          },
        },
        {
          text: { en: 'The user id ("sub").', ko: '사용자 ID("sub").' },
          why: {
            en: 'That blocks every token of that user: logging them out everywhere, not revoking one token.',
            ko: '그러면 그 사용자의 모든 토큰이 막힙니다. 토큰 하나를 폐기하는 것이 아니라 모든 기기에서 로그아웃시키는 것입니다.',
          },
        },
      ],
    },
  ],
};
