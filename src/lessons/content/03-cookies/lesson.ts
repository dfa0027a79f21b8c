import { LAB_SECRET, resignSteps } from '../../engine';
import type { LessonSpec } from '../../model';
import { BASELINE_TOKEN } from '../../tokens';

// RFC 6265 §6.1: user agents need support only 4096 bytes per cookie (name, value and attributes).
const COOKIE_LIMIT = 4096;

export const lesson: LessonSpec = {
  id: 'cookies',
  start: () => ({ token: BASELINE_TOKEN, keyText: LAB_SECRET, keyFormat: 'base64url' }),
  expect: { kind: 'jws', alg: 'HS256', claims: { sub: 'user-42' }, signature: 'valid' },
  focus: { testid: 'payload-json', part: 'payload' },
  goals: [
    {
      id: 'too-big',
      task: {
        en: 'In Sign mode, add claims until the token is longer than 4096 characters, still validly signed: too big for one cookie.',
        ko: '서명(Sign) 모드에서 클레임을 추가해 토큰을 4096자보다 길게 만드세요(서명은 유효하게). 쿠키 하나에 담기엔 너무 큽니다.',
      },
      done: {
        en: 'That token no longer fits in a cookie that every browser must accept, and it would travel with every request.',
        ko: '이제 모든 브라우저가 받아 주는 쿠키 크기를 넘었습니다. 게다가 이 토큰은 요청마다 함께 전송됩니다.',
      },
      check: (p) =>
        p.state.token.trim().length > COOKIE_LIMIT && p.verification?.signature === 'valid',
      solution: (p) =>
        resignSteps(p.state, (c) => ({
          ...c,
          groups: Array.from({ length: 250 }, (_, i) => `group-${String(i).padStart(3, '0')}`),
        })),
    },
  ],
  quiz: [
    {
      id: 'httponly',
      question: {
        en: 'Which attribute stops page scripts (document.cookie) from reading a cookie?',
        ko: '페이지의 스크립트(document.cookie)가 쿠키를 읽지 못하게 하는 속성은?',
      },
      answers: [
        {
          text: { en: 'HttpOnly', ko: 'HttpOnly' },
          correct: true,
          why: {
            en: 'An HttpOnly cookie is sent with requests but hidden from scripts (RFC 6265 §4.1.2.6).',
            ko: 'HttpOnly 쿠키는 요청에는 실리지만 스크립트에서는 보이지 않습니다(RFC 6265 §4.1.2.6).',
          },
        },
        {
          text: { en: 'Secure', ko: 'Secure' },
          why: {
            en: 'Secure means "send only over HTTPS" (§4.1.2.5); scripts can still read it.',
            ko: 'Secure는 "HTTPS로만 전송"이라는 뜻입니다(§4.1.2.5). 스크립트는 여전히 읽을 수 있습니다.',
          },
        },
        {
          text: { en: 'SameSite=Strict', ko: 'SameSite=Strict' },
          why: {
            en: 'SameSite controls whether the cookie goes with requests other sites start (a CSRF defence); scripts on your own page can still read it.',
            ko: 'SameSite는 다른 사이트가 시작한 요청에 쿠키를 실을지 정합니다(CSRF 방어). 여러분의 페이지에서 실행되는 스크립트는 여전히 읽을 수 있습니다.',
          },
        },
      ],
    },
    {
      id: 'size',
      question: {
        en: 'How large a cookie must every browser be able to store?',
        ko: '모든 브라우저가 저장할 수 있어야 하는 쿠키 크기는?',
      },
      answers: [
        {
          text: { en: 'At least 4096 bytes', ko: '최소 4096바이트' },
          correct: true,
          why: {
            en: 'RFC 6265 §6.1 asks for at least 4096 bytes per cookie, name, value and attributes together. Bigger may be dropped.',
            ko: 'RFC 6265 §6.1은 쿠키 하나당 이름, 값, 속성을 합쳐 최소 4096바이트를 요구합니다. 그보다 크면 버려질 수 있습니다.',
          },
        },
        {
          text: {
            en: '4096 bytes of value; the name and attributes come on top',
            ko: '값만 4096바이트. 이름과 속성은 따로 더한다',
          },
          why: {
            en: 'The 4096 bytes count the name, the value and the attributes together (RFC 6265 §6.1).',
            ko: '4096바이트는 이름, 값, 속성을 모두 합친 크기입니다(RFC 6265 §6.1).',
          },
        },
        {
          text: {
            en: 'Whatever the server sends: browsers must keep it all',
            ko: '서버가 보내는 만큼 전부. 브라우저는 다 저장해야 한다',
          },
          why: {
            en: 'RFC 6265 §6.1 sets only a minimum; a browser may drop a bigger cookie without a word.',
            ko: 'RFC 6265 §6.1은 최소한만 정합니다. 그보다 큰 쿠키는 브라우저가 아무 말 없이 버릴 수 있습니다.',
          },
        },
      ],
    },
    {
      id: 'max-age',
      question: {
        en: 'The server answers "Set-Cookie: sid=abc; Max-Age=0". What happens?',
        ko: '서버가 "Set-Cookie: sid=abc; Max-Age=0"으로 응답했습니다. 어떻게 될까요?',
      },
      answers: [
        {
          text: { en: 'The browser deletes the cookie', ko: '브라우저가 쿠키를 지운다' },
          correct: true,
          why: {
            en: 'A Max-Age of zero or less expires the cookie at once; this is how servers remove cookies (RFC 6265 §5.2.2).',
            ko: 'Max-Age가 0 이하면 쿠키가 즉시 만료됩니다. 서버가 쿠키를 지울 때 쓰는 방법입니다(RFC 6265 §5.2.2).',
          },
        },
        {
          text: { en: 'The cookie never expires', ko: '쿠키가 영원히 유지된다' },
          why: {
            en: 'A cookie without Expires or Max-Age lasts until the browser session ends; zero means "now".',
            ko: 'Expires와 Max-Age가 없는 쿠키는 브라우저 세션이 끝날 때까지 유지되고, 0은 "지금 만료"를 뜻합니다.',
          },
        },
        {
          text: { en: 'The server forgets the session', ko: '서버가 세션을 잊는다' },
          why: {
            en: "The header only changes the browser's copy; the server must delete its session itself.",
            ko: '이 헤더는 브라우저 쪽 쿠키만 바꿉니다. 서버의 세션은 서버가 직접 지워야 합니다.',
          },
        },
      ],
    },
  ],
};
