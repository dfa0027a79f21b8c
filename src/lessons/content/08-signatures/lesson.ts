import { claimsOf, LAB_SECRET, resignSteps, signJson, startActions } from '../../engine';
import { ATTACKER_RSA_PRIVATE, SERVER_RSA_PRIVATE, SERVER_RSA_PUBLIC } from '../../keys';
import type { LessonSpec, StartState } from '../../model';
import { BASELINE_TOKEN } from '../../tokens';
import { reducer } from '../../../model/state';

/** An RS256 token from the lab server; the verifier holds the public key, you the attacker's pair. */
async function rsaScene(now: number): Promise<StartState> {
  return {
    token: await signJson(
      { alg: 'RS256', typ: 'JWT', kid: 'server-rsa-1' },
      { sub: 'user-42', role: 'user', iat: now, exp: now + 3600 },
      { type: 'text', text: SERVER_RSA_PRIVATE },
    ),
    keyText: SERVER_RSA_PUBLIC,
    signKeyText: ATTACKER_RSA_PRIVATE,
  };
}

export const lesson: LessonSpec = {
  id: 'signatures',
  start: () => ({ token: BASELINE_TOKEN, keyText: LAB_SECRET, keyFormat: 'base64url' }),
  scenes: { rsa: rsaScene },
  expect: { kind: 'jws', alg: 'HS256', claims: { role: 'user' }, signature: 'valid' },
  focus: { testid: 'mode-toggle' },
  goals: [
    {
      id: 'hmac-mint',
      task: {
        en: 'You are a service that verifies HS256 tokens, so you hold the shared secret. Switch to Sign mode and make "role" "admin": does it still verify?',
        ko: '여러분은 HS256 토큰을 검증하는 서비스라서 공유 비밀 키를 갖고 있습니다. 서명(Sign) 모드로 바꾸고 "role"을 "admin"으로 바꿔 보세요. 여전히 검증을 통과할까요?',
      },
      done: {
        en: 'It verifies. With HMAC, whoever can verify can also sign: every holder of the secret can mint tokens.',
        ko: '통과합니다. HMAC에서는 검증할 수 있는 쪽이 서명도 할 수 있습니다. 비밀 키를 가진 모두가 토큰을 만들 수 있다는 뜻입니다.',
      },
      check: (p) =>
        p.inspection.alg === 'HS256' &&
        claimsOf(p)?.role === 'admin' &&
        p.verification?.signature === 'valid',
      solution: (p) => resignSteps(p.state, (c) => ({ ...c, role: 'admin' })),
    },
    {
      id: 'rsa-forge',
      task: {
        en: 'Load the RS256 example (the button above). The verifier has only the server\'s public key; the sign key field holds your own private key. In Sign mode, make "role" "admin" again.',
        ko: '위 버튼으로 RS256 예제를 불러오세요. 검증하는 쪽은 서버의 공개 키만 갖고 있고, 서명 키 입력란에는 여러분 자신의 개인 키가 있습니다. 서명(Sign) 모드에서 다시 "role"을 "admin"으로 바꿔 보세요.',
      },
      done: {
        en: "The signature fails: only the holder of the server's private key can sign, while anyone with the public key can verify.",
        ko: '서명이 실패합니다. 서명은 서버의 개인 키를 가진 쪽만 할 수 있고, 검증은 공개 키만 있으면 누구나 할 수 있습니다.',
      },
      check: (p) =>
        p.inspection.alg === 'RS256' &&
        claimsOf(p)?.role === 'admin' &&
        p.state.mode === 'sign' &&
        p.verification?.signature === 'invalid',
      solution: async (p) => {
        const load = startActions(await rsaScene(p.now));
        const steps = await resignSteps(load.reduce(reducer, p.state), (c) => ({
          ...c,
          role: 'admin',
        }));
        return [...load, ...steps];
      },
    },
  ],
  quiz: [
    {
      id: 'hmac-who',
      question: {
        en: 'With HS256, who can create tokens that verify?',
        ko: 'HS256에서 검증을 통과하는 토큰을 만들 수 있는 것은 누구일까요?',
      },
      answers: [
        {
          text: {
            en: 'Everyone who holds the shared secret, verifiers included.',
            ko: '공유 비밀 키를 가진 모두(검증하는 쪽 포함).',
          },
          correct: true,
          why: {
            en: 'One secret both signs and verifies. Use a different secret per issuer and audience (OWASP JWT Cheat Sheet).',
            ko: '하나의 비밀 키로 서명도 하고 검증도 합니다. 발급자와 수신자 조합마다 다른 비밀 키를 쓰세요(OWASP JWT 치트 시트).',
          },
        },
        {
          text: {
            en: 'Only the issuer, because it created the secret.',
            ko: '비밀 키를 만든 발급자만.',
          },
          why: {
            en: 'That is true of key pairs (RS256, ES256, EdDSA), not of a shared secret.',
            ko: '그것은 키 쌍(RS256, ES256, EdDSA)의 경우이고, 공유 비밀 키는 다릅니다.',
          },
        },
        {
          text: {
            en: "Anyone who has the issuer's public key.",
            ko: '발급자의 공개 키를 가진 누구나.',
          },
          why: {
            en: 'HMAC has no public key, and a public key never signs.',
            ko: 'HMAC에는 공개 키가 없고, 공개 키로는 절대 서명할 수 없습니다.',
          },
        },
      ],
    },
    {
      id: 'verifier-needs',
      question: {
        en: 'An API verifies ES256 tokens. Which key does it need?',
        ko: 'ES256 토큰을 검증하는 API에 필요한 키는?',
      },
      answers: [
        {
          text: { en: "The issuer's public key.", ko: '발급자의 공개 키.' },
          correct: true,
          why: {
            en: 'The private key stays with the issuer; verifiers get the public key (often from a JWK Set).',
            ko: '개인 키는 발급자만 갖고, 검증하는 쪽은 공개 키를 받습니다(보통 JWK Set으로).',
          },
        },
        {
          text: { en: "The issuer's private key.", ko: '발급자의 개인 키.' },
          why: {
            en: 'Giving verifiers the private key would let each of them sign.',
            ko: '검증하는 쪽에 개인 키를 주면 그쪽도 서명할 수 있게 됩니다.',
          },
        },
        {
          text: { en: 'A shared secret.', ko: '공유 비밀 키.' },
          why: {
            en: 'Shared secrets belong to HMAC (HS256). ES256 is ECDSA, a key pair.',
            ko: '공유 비밀 키는 HMAC(HS256)용입니다. ES256은 ECDSA, 즉 키 쌍을 씁니다.',
          },
        },
      ],
    },
    {
      id: 'hmac-length',
      question: {
        en: 'How long must an HS256 secret be?',
        ko: 'HS256 비밀 키는 얼마나 길어야 할까요?',
      },
      answers: [
        {
          text: {
            en: 'At least 256 bits (32 random bytes).',
            ko: '최소 256비트(무작위 32바이트).',
          },
          correct: true,
          why: {
            en: 'RFC 7518 §3.2 requires a key at least as long as the hash output, and it should be random.',
            ko: 'RFC 7518 §3.2는 해시 출력 길이 이상의 키를 요구합니다. 무작위로 만들어야 합니다.',
          },
        },
        {
          text: { en: 'Any memorable password.', ko: '기억하기 쉬운 아무 비밀번호.' },
          why: {
            en: 'A guessable secret can be cracked offline from a single token (see the attack labs).',
            ko: '추측 가능한 비밀 키는 토큰 하나만으로 오프라인에서 깨질 수 있습니다(공격 실습 참고).',
          },
        },
        {
          text: {
            en: '32 characters typed by a person, such as a passphrase.',
            ko: '사람이 입력한 32글자, 예를 들어 긴 문장.',
          },
          why: {
            en: 'Typed text has far less randomness than its 256 bits of bytes; the key must be random (RFC 7518 §3.2).',
            ko: '사람이 입력한 글자는 바이트로 256비트여도 무작위성은 훨씬 적습니다. 키는 무작위여야 합니다(RFC 7518 §3.2).',
          },
        },
      ],
    },
  ],
};
