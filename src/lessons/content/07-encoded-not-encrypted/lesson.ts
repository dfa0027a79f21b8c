import { answerOf, claimsOf, LAB_KEY, LAB_SECRET, resignSteps, signJson } from '../../engine';
import type { LessonSpec } from '../../model';
import { reducer } from '../../../model/state';
import { encrypt, generateJweKey } from '../../../jwt/index';

export const lesson: LessonSpec = {
  id: 'encoded-not-encrypted',
  start: async (now) => ({
    token: await signJson(
      { alg: 'HS256', typ: 'JWT' },
      { sub: 'user-42', role: 'user', password: 'hunter2', iat: now, exp: now + 3600 },
      LAB_KEY,
    ),
    keyText: LAB_SECRET,
    keyFormat: 'base64url',
  }),
  expect: {
    kind: 'jws',
    alg: 'HS256',
    claims: { sub: 'user-42', role: 'user', password: 'hunter2' },
    signature: 'valid',
  },
  focus: { testid: 'payload-json', part: 'payload', member: 'password' },
  goals: [
    {
      id: 'read',
      task: {
        en: 'A careless server put a password into this token. You have no key for decrypting anything. Read the password and type it.',
        ko: '부주의한 서버가 이 토큰에 비밀번호를 넣었습니다. 복호화 키 같은 건 없습니다. 비밀번호를 읽어서 입력해 보세요.',
      },
      answer: { en: 'The password', ko: '비밀번호' },
      done: {
        en: 'No key needed: base64url is an encoding, and anyone holding the token can read it.',
        ko: '키가 필요 없었습니다. base64url은 인코딩일 뿐이라 토큰을 가진 사람은 누구나 읽을 수 있습니다.',
      },
      check: (p) => {
        const pw = claimsOf(p)?.password;
        return typeof pw === 'string' && answerOf(p, 'read') === pw;
      },
      solution: (p) => [{ type: 'answer', goal: 'read', value: String(claimsOf(p)?.password) }],
    },
    {
      id: 'tamper',
      task: {
        en: 'Reading is not forging. In Verify mode, change any character of the payload (say, "user" to "admin"): make the signature fail.',
        ko: '읽을 수 있다고 위조할 수 있는 건 아닙니다. 검증(Verify) 모드에서 페이로드의 아무 글자나 바꿔 보세요(예: "user"를 "admin"으로). 서명이 실패하게 만드세요.',
      },
      done: {
        en: 'The signature no longer matches: without the key, a changed payload is caught.',
        ko: '서명이 더 이상 맞지 않습니다. 키가 없으면 페이로드를 바꾼 사실이 바로 드러납니다.',
      },
      // The payload must be what changed: a different key would also fail, but teaches nothing here.
      check: (p) =>
        p.state.mode === 'verify' &&
        p.verification?.signature === 'invalid' &&
        p.start !== null &&
        p.state.keyText === p.start.keyText &&
        p.state.token.split('.')[1] !== p.start.token.split('.')[1],
      solution: (p) => {
        const c = claimsOf(p) ?? {};
        return [
          { type: 'set-mode', mode: 'verify' },
          { type: 'edit-part', part: 'payload', text: JSON.stringify({ ...c, role: 'admin' }) },
        ];
      },
    },
    {
      id: 'clean',
      task: {
        en: 'Now fix the issuer\'s mistake: in Sign mode, remove "password" from the payload.',
        ko: '이제 발급자의 실수를 바로잡아 봅시다. 서명(Sign) 모드에서 페이로드의 "password"를 지우세요.',
      },
      done: {
        en: 'Good: no secrets in the payload, and a fresh valid signature.',
        ko: '좋습니다. 페이로드에 비밀 정보가 없고, 서명도 새로 만들어져 유효합니다.',
      },
      check: (p) => {
        const c = claimsOf(p);
        return c !== null && !('password' in c) && p.verification?.signature === 'valid';
      },
      solution: async (p) => {
        // From the start state or after tampering: back to the issued token, then drop the claim.
        const reset = { type: 'set-token', token: p.start?.token ?? p.state.token } as const;
        const steps = await resignSteps(reducer(p.state, reset), (c) => {
          const out = { ...c };
          delete out.password;
          return out;
        });
        return [reset, ...steps];
      },
    },
    {
      id: 'seal',
      task: {
        en: 'Now the other way out: in Sign mode, use "Encrypt (JWE)" to encrypt these claims, then open the encrypted token without its key, as anyone who intercepts it would.',
        ko: '이번에는 다른 방법입니다. 서명(Sign) 모드의 "암호화(JWE)"로 이 클레임을 암호화한 다음, 토큰을 가로챈 사람처럼 키 없이 암호화된 토큰을 열어 보세요.',
      },
      done: {
        en: 'Five parts, and the payload is ciphertext: without the key nobody can read the password. Paste the key and it opens again.',
        ko: '다섯 부분으로 되어 있고 페이로드는 암호문입니다. 키가 없으면 누구도 비밀번호를 읽을 수 없습니다. 키를 붙여 넣으면 다시 열립니다.',
      },
      check: (p) => {
        const h =
          p.inspection.kind === 'jwe'
            ? (p.inspection.header?.value as Record<string, unknown> | undefined)
            : undefined;
        return typeof h?.enc === 'string' && p.state.keyText.trim() === '';
      },
      solution: async (p) => {
        const key = await generateJweKey('A256KW', 'A256GCM');
        const made = await encrypt({
          plaintext: p.inspection.payload?.text ?? '{}',
          alg: 'A256KW',
          enc: 'A256GCM',
          key: { type: 'text', text: key.encryptKey },
        });
        return [{ type: 'load', token: made.token ?? '', keyText: '', mode: 'verify' }];
      },
    },
  ],
  quiz: [
    {
      id: 'who-reads',
      question: {
        en: 'Who can read the payload of a signed JWT?',
        ko: '서명된 JWT의 페이로드는 누가 읽을 수 있을까요?',
      },
      answers: [
        {
          text: { en: 'Anyone who holds the token.', ko: '토큰을 가진 사람 누구나.' },
          correct: true,
          why: {
            en: 'Header and payload are only base64url-encoded. Keep secrets out (RFC 7519 §12).',
            ko: '헤더와 페이로드는 base64url로 인코딩만 되어 있습니다. 비밀 정보는 넣지 마세요(RFC 7519 §12).',
          },
        },
        {
          text: {
            en: 'Only the server that has the key.',
            ko: '키를 가진 서버만.',
          },
          why: {
            en: 'The key is needed to sign and verify, not to read.',
            ko: '키는 서명과 검증에 필요할 뿐, 읽는 데는 필요 없습니다.',
          },
        },
        {
          text: {
            en: 'Only the logged-in user, in their own browser.',
            ko: '로그인한 사용자만, 자기 브라우저에서.',
          },
          why: {
            en: 'Anyone who gets a copy (a log file, a proxy, an XSS script) can decode it.',
            ko: '로그 파일, 프록시, XSS 스크립트 등 사본을 얻은 누구나 디코딩할 수 있습니다.',
          },
        },
      ],
    },
    {
      id: 'confidential',
      question: {
        en: 'A claim must be readable only by the API. What do you do?',
        ko: 'API만 읽을 수 있어야 하는 값이 있습니다. 어떻게 할까요?',
      },
      answers: [
        {
          text: {
            en: 'Leave it out of the token, or encrypt the token as a JWE.',
            ko: '토큰에 넣지 않거나, 토큰을 JWE로 암호화한다.',
          },
          correct: true,
          why: {
            en: 'JWE (RFC 7516) encrypts; often the simplest answer is to keep the value on the server.',
            ko: 'JWE(RFC 7516)는 암호화를 합니다. 값은 서버에 두는 것이 가장 간단한 경우가 많습니다.',
          },
        },
        {
          text: {
            en: 'Base64-encode the value before putting it in the payload.',
            ko: '값을 base64로 한 번 더 인코딩해서 페이로드에 넣는다.',
          },
          why: {
            en: 'Encoding twice is still encoding, with no key: anyone can decode twice.',
            ko: '두 번 인코딩해도 키 없는 인코딩입니다. 두 번 디코딩하면 그만입니다.',
          },
        },
        {
          text: {
            en: 'Sign with HS512 and a long secret instead of HS256.',
            ko: 'HS256 대신 HS512와 긴 비밀 키로 서명한다.',
          },
          why: {
            en: 'A stronger signature makes forging harder, but it hides nothing: the payload is still only encoded.',
            ko: '더 강한 서명은 위조를 어렵게 할 뿐 내용을 숨기지는 않습니다. 페이로드는 여전히 인코딩만 되어 있습니다.',
          },
        },
      ],
    },
  ],
};
