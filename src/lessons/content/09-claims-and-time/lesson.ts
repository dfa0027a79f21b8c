import { answerOf, claimsOf, LAB_KEY, LAB_SECRET, resignSteps, signJson } from '../../engine';
import type { LessonSpec } from '../../model';

export const lesson: LessonSpec = {
  id: 'claims-and-time',
  start: async (now) => ({
    token: await signJson(
      { alg: 'HS256', typ: 'JWT' },
      {
        iss: 'https://auth.example.com',
        sub: 'user-42',
        aud: 'https://api.example.com',
        iat: now,
        nbf: now,
        exp: now + 120,
        jti: 'a3f9c2e1-5b7d-4e8a-9c1f-2d6b8e0a4c7f',
      },
      LAB_KEY,
    ),
    keyText: LAB_SECRET,
    keyFormat: 'base64url',
  }),
  expect: {
    kind: 'jws',
    alg: 'HS256',
    claims: { iss: 'https://auth.example.com', sub: 'user-42', aud: 'https://api.example.com' },
    claimTests: {
      exp: (v, now) => typeof v === 'number' && v - now > 100 && v - now <= 120,
      iat: (v, now) => typeof v === 'number' && Math.abs(v - now) <= 20,
    },
    signature: 'valid',
  },
  focus: { testid: 'payload-json', part: 'payload', member: 'exp' },
  goals: [
    {
      id: 'find-exp',
      task: {
        en: 'When does this token expire? Type its "exp" exactly as the token has it (a NumericDate, in seconds).',
        ko: '이 토큰은 언제 만료될까요? 토큰에 적힌 "exp" 값을 그대로 입력하세요(초 단위 NumericDate).',
      },
      answer: { en: 'exp (seconds since 1970)', ko: 'exp (1970년부터 센 초)' },
      done: {
        en: 'That number counts seconds since 1970-01-01 UTC; the Claims pane shows it as a date and how long is left.',
        ko: '맞습니다. 이 숫자는 1970-01-01 UTC부터 센 초입니다. 클레임 패널에서 날짜와 남은 시간으로도 볼 수 있습니다.',
      },
      check: (p) => {
        const exp = claimsOf(p)?.exp;
        const a = answerOf(p, 'find-exp');
        return typeof exp === 'number' && a !== '' && Number(a) === exp;
      },
      solution: (p) => [{ type: 'answer', goal: 'find-exp', value: String(claimsOf(p)?.exp) }],
    },
    {
      id: 'five-minutes',
      task: {
        en: 'Make a token that is valid for the next 5 minutes: in Sign mode set "exp" to now + 300 (the Claims pane shows "now"). The signature must stay valid.',
        ko: '앞으로 5분 동안 유효한 토큰을 만들어 보세요. 서명(Sign) 모드에서 "exp"를 현재 시각 + 300으로 바꾸면 됩니다(현재 시각은 클레임 패널에 있습니다). 서명은 유효해야 합니다.',
      },
      done: {
        en: 'About five minutes left. Seconds, not milliseconds: Date.now() would have been 1000 times too big.',
        ko: '약 5분 남았습니다. 밀리초가 아니라 초입니다. Date.now()를 그대로 넣었다면 1000배나 컸을 겁니다.',
      },
      check: (p) => {
        const c = claimsOf(p);
        const left = typeof c?.exp === 'number' ? c.exp - p.now : NaN;
        const notBefore = typeof c?.nbf === 'number' ? c.nbf <= p.now : true;
        return left >= 240 && left <= 360 && notBefore && p.verification?.signature === 'valid';
      },
      solution: (p) => resignSteps(p.state, (c) => ({ ...c, exp: Math.floor(p.now) + 300 })),
    },
  ],
  quiz: [
    {
      id: 'milliseconds',
      question: {
        en: 'A token has "exp": 1767225600000. What is wrong?',
        ko: '토큰에 "exp": 1767225600000이 들어 있습니다. 무엇이 문제일까요?',
      },
      answers: [
        {
          text: {
            en: 'It is in milliseconds, so the token practically never expires.',
            ko: '밀리초 단위라서 토큰이 사실상 만료되지 않는다.',
          },
          correct: true,
          why: {
            en: 'Read as seconds, 1767225600000 is in the year 57971. NumericDate counts seconds (RFC 7519 §2): divide Date.now() by 1000.',
            ko: '1767225600000을 초로 읽으면 57971년입니다. NumericDate는 초 단위이므로(RFC 7519 §2) Date.now()는 1000으로 나눠야 합니다.',
          },
        },
        {
          text: {
            en: 'Nothing: a NumericDate may be in seconds or milliseconds.',
            ko: '문제없다. NumericDate는 초나 밀리초 어느 쪽이든 된다.',
          },
          why: {
            en: 'A NumericDate counts seconds only (RFC 7519 §2); this value is 1000 times too large.',
            ko: 'NumericDate는 초만 셉니다(RFC 7519 §2). 이 값은 1000배나 큽니다.',
          },
        },
        {
          text: {
            en: 'It should be a date string such as "2026-01-01T00:00:00Z".',
            ko: '"2026-01-01T00:00:00Z" 같은 날짜 문자열이어야 한다.',
          },
          why: {
            en: 'A NumericDate is a JSON number of seconds; an "exp" that is a string is not valid (RFC 7519 §2).',
            ko: 'NumericDate는 초를 나타내는 JSON 숫자입니다. 문자열로 된 "exp"는 유효하지 않습니다(RFC 7519 §2).',
          },
        },
      ],
    },
    {
      id: 'leeway',
      question: {
        en: 'What is "leeway" for?',
        ko: '"leeway(허용 오차)"는 무엇을 위한 것일까요?',
      },
      answers: [
        {
          text: {
            en: 'A small allowance for clocks that differ between servers.',
            ko: '서버마다 조금씩 다른 시계를 감안한 작은 여유.',
          },
          correct: true,
          why: {
            en: 'RFC 7519 §4.1.4 allows "some small leeway, usually no more than a few minutes".',
            ko: 'RFC 7519 §4.1.4는 "보통 몇 분을 넘지 않는 작은 여유"를 허용합니다.',
          },
        },
        {
          text: {
            en: 'A way to keep expired tokens working for a day.',
            ko: '만료된 토큰을 하루 더 쓰게 해 주는 방법.',
          },
          why: {
            en: 'A day of leeway silently extends every token\'s life and defeats "exp".',
            ko: '하루짜리 여유는 모든 토큰의 수명을 몰래 늘려서 "exp"를 무의미하게 만듭니다.',
          },
        },
        {
          text: {
            en: 'A setting that skips the exp check for trusted clients.',
            ko: '믿을 만한 클라이언트에는 exp 확인을 건너뛰게 하는 설정.',
          },
          why: {
            en: 'Leeway never skips the check; it widens it by the same small amount for every token.',
            ko: '허용 오차는 확인을 건너뛰지 않습니다. 모든 토큰에 똑같이 작은 여유를 줄 뿐입니다.',
          },
        },
      ],
    },
    {
      id: 'audience',
      question: {
        en: 'billing.example.com receives a valid token whose "aud" is "https://api.example.com". It must…',
        ko: 'billing.example.com이 "aud"가 "https://api.example.com"인 유효한 토큰을 받았습니다. 어떻게 해야 할까요?',
      },
      answers: [
        {
          text: { en: 'Reject it.', ko: '거부한다.' },
          correct: true,
          why: {
            en: 'A recipient that does not find itself in "aud" MUST reject (RFC 7519 §4.1.3).',
            ko: '"aud"에 자신이 없으면 반드시 거부해야 합니다(RFC 7519 §4.1.3).',
          },
        },
        {
          text: { en: 'Accept it, the signature is valid.', ko: '서명이 유효하니 받아들인다.' },
          why: {
            en: 'That lets a token minted for one service be replayed at another.',
            ko: '그러면 한 서비스용으로 발급된 토큰을 다른 서비스에 재사용할 수 있게 됩니다.',
          },
        },
        {
          text: {
            en: 'Accept it if "iss" names an issuer it trusts.',
            ko: '"iss"가 믿을 수 있는 발급자라면 받아들인다.',
          },
          why: {
            en: 'The issuer is trusted, but it issued this token for another recipient; only "aud" says whom a token is for.',
            ko: '발급자는 믿을 수 있어도, 그 발급자는 이 토큰을 다른 수신자에게 발급했습니다. 토큰이 누구의 것인지는 "aud"만 알려 줍니다.',
          },
        },
      ],
    },
  ],
};
