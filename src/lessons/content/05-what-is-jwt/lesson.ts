import { LAB_SECRET } from '../../engine';
import type { LessonSpec } from '../../model';
import { BASELINE_TOKEN } from '../../tokens';

export const lesson: LessonSpec = {
  id: 'what-is-jwt',
  // The key field starts empty: the student gives the server its key.
  start: () => ({ token: BASELINE_TOKEN, keyText: '', keyFormat: 'base64url' }),
  expect: {
    kind: 'jws',
    alg: 'HS256',
    claims: { sub: 'user-42', name: 'Student', role: 'user' },
    signature: 'not-performed',
  },
  focus: { testid: 'key-input' },
  goals: [
    {
      id: 'verify',
      task: {
        en: 'Give the server its key: paste the lab secret shown above into the key field (it is base64url). The signature must turn valid.',
        ko: '서버에 키를 건네주세요. 위에 있는 실습용 비밀 키(base64url)를 키 입력란에 붙여 넣으면 서명이 유효로 바뀌어야 합니다.',
      },
      done: {
        en: 'Verified with nothing but the token and the key: no database, no session lookup.',
        ko: '토큰과 키만으로 검증했습니다. 데이터베이스도, 세션 조회도 없었습니다.',
      },
      check: (p) => p.verification?.signature === 'valid',
      // A pasted key is read automatically: the format is chosen after it.
      solution: () => [
        { type: 'set-key', text: LAB_SECRET },
        { type: 'set-key-format', format: 'base64url' },
      ],
    },
  ],
  quiz: [
    {
      id: 'needs',
      question: {
        en: 'What does a server need to accept a JWT it issued earlier?',
        ko: '서버가 예전에 발급한 JWT를 받아들이려면 무엇이 필요할까요?',
      },
      answers: [
        {
          text: { en: 'Its key (and a clock).', ko: '자신의 키(그리고 시계).' },
          correct: true,
          why: {
            en: 'It verifies the signature and checks times like exp. The claims are in the token itself.',
            ko: '서명을 검증하고 exp 같은 시각을 확인하면 됩니다. 클레임은 토큰 안에 다 있습니다.',
          },
        },
        {
          text: { en: 'A row in its session table.', ko: '세션 테이블의 레코드.' },
          why: {
            en: 'That is the session model. A JWT carries its claims itself.',
            ko: '그것은 세션 방식입니다. JWT는 클레임을 토큰 안에 직접 담고 있습니다.',
          },
        },
        {
          text: { en: "The user's password.", ko: '사용자의 비밀번호.' },
          why: {
            en: 'The password is checked once, at login, when the token is issued.',
            ko: '비밀번호는 로그인할 때, 토큰을 발급할 때 한 번만 확인합니다.',
          },
        },
      ],
    },
    {
      id: 'why',
      question: {
        en: 'Why did JWTs become popular?',
        ko: 'JWT가 널리 쓰이게 된 이유는?',
      },
      answers: [
        {
          text: {
            en: 'Many servers or services can check a user without a shared session store.',
            ko: '여러 서버나 서비스가 공유 세션 저장소 없이 사용자를 확인할 수 있어서.',
          },
          correct: true,
          why: {
            en: 'Verification needs only the key and a clock, no lookup in a shared store, so adding servers and services is easy.',
            ko: '검증에는 키와 시계만 있으면 되고 공유 저장소를 조회할 필요가 없어서, 서버와 서비스를 늘리기 쉽습니다.',
          },
        },
        {
          text: {
            en: 'They encrypt user data so that only the server can read it.',
            ko: '사용자 데이터를 암호화해서 서버만 읽을 수 있게 하므로.',
          },
          why: {
            en: 'An ordinary JWT is signed, not encrypted; anyone can read it (lesson 7).',
            ko: '보통의 JWT는 서명만 되어 있고 암호화되지 않습니다. 누구나 읽을 수 있습니다(7강).',
          },
        },
        {
          text: {
            en: 'They replace HTTPS, since the token is already signed.',
            ko: '토큰이 이미 서명되어 있으니 HTTPS를 대신할 수 있어서.',
          },
          why: {
            en: 'A token sent without HTTPS can be stolen and replayed. JWTs need TLS like any credential.',
            ko: 'HTTPS 없이 보낸 토큰은 탈취되어 재사용될 수 있습니다. JWT도 다른 자격 증명처럼 TLS가 필요합니다.',
          },
        },
      ],
    },
  ],
};
