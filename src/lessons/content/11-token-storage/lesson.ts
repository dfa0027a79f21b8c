import { LAB_SECRET } from '../../engine';
import type { LessonSpec } from '../../model';
import { BASELINE_TOKEN } from '../../tokens';

export const lesson: LessonSpec = {
  id: 'token-storage',
  // Copied with its "Bearer " scheme from an Authorization header (tricky.json wrapper-bearer-prefix).
  start: () => ({ token: `Bearer ${BASELINE_TOKEN}`, keyText: LAB_SECRET, keyFormat: 'base64url' }),
  expect: { kind: 'jws', alg: 'HS256', claims: { sub: 'user-42' }, signature: 'valid' },
  focus: { testid: 'token-input' },
  goals: [
    {
      id: 'strip-bearer',
      task: {
        en: 'This was copied from an "Authorization: Bearer …" header. Remove the "Bearer " scheme so only the token is left.',
        ko: '"Authorization: Bearer …" 헤더에서 그대로 복사해 왔습니다. "Bearer " 부분을 지워 토큰만 남기세요.',
      },
      done: {
        en: 'Clean token. "Bearer" is the HTTP authentication scheme (RFC 6750 §2.1), not part of the JWT.',
        ko: '깔끔해졌습니다. "Bearer"는 HTTP 인증 스킴(RFC 6750 §2.1)이지 JWT의 일부가 아닙니다.',
      },
      check: (p) =>
        !/^\s*bearer/i.test(p.state.token) &&
        !p.inspection.diagnostics.some((d) => d.code === 'bearer-prefix') &&
        p.verification?.signature === 'valid',
      solution: (p) => [{ type: 'set-token', token: p.state.token.replace(/^\s*bearer\s+/i, '') }],
    },
  ],
  quiz: [
    {
      id: 'xss',
      question: {
        en: "An XSS bug runs the attacker's script in your page. Where is a token out of the script's reach?",
        ko: 'XSS 취약점으로 공격자의 스크립트가 페이지에서 실행됩니다. 스크립트가 읽을 수 없는 토큰 보관 장소는?',
      },
      answers: [
        {
          text: { en: 'An HttpOnly cookie', ko: 'HttpOnly 쿠키' },
          correct: true,
          why: {
            en: 'Scripts cannot read HttpOnly cookies (OWASP HTML5 Security Cheat Sheet). The script can still send requests from the page, though.',
            ko: '스크립트는 HttpOnly 쿠키를 읽을 수 없습니다(OWASP HTML5 보안 치트 시트). 다만 스크립트가 그 페이지에서 요청을 보내는 것까지 막지는 못합니다.',
          },
        },
        {
          text: { en: 'localStorage', ko: 'localStorage' },
          why: {
            en: 'Any script on the origin reads localStorage, so one XSS steals the token.',
            ko: '같은 출처의 스크립트는 모두 localStorage를 읽을 수 있어서, XSS 한 번이면 토큰을 뺏깁니다.',
          },
        },
        {
          text: { en: 'sessionStorage', ko: 'sessionStorage' },
          why: {
            en: 'SessionStorage is as readable by scripts as localStorage; it only lives shorter.',
            ko: 'sessionStorage도 localStorage처럼 스크립트가 읽을 수 있습니다. 수명이 짧을 뿐입니다.',
          },
        },
      ],
    },
    {
      id: 'csrf',
      question: {
        en: 'You keep the token in an HttpOnly cookie. What must you still defend against?',
        ko: '토큰을 HttpOnly 쿠키에 보관합니다. 그래도 막아야 하는 것은?',
      },
      answers: [
        {
          text: { en: 'CSRF', ko: 'CSRF' },
          correct: true,
          why: {
            en: "The browser attaches the cookie by itself. SameSite=Lax or Strict keeps it off other sites' subrequests and POSTs, but not off top-level GET links or requests from sibling subdomains, so add anti-CSRF tokens or an Origin check (OWASP CSRF Prevention Cheat Sheet).",
            ko: '브라우저는 쿠키를 알아서 붙입니다. SameSite=Lax나 Strict이면 다른 사이트의 하위 요청과 POST에는 싣지 않지만, 최상위 GET 링크나 형제 서브도메인에서 온 요청까지 막지는 못합니다. 그래서 CSRF 토큰이나 Origin 확인을 함께 씁니다(OWASP CSRF 방어 치트 시트).',
          },
        },
        {
          text: { en: 'Scripts reading the cookie', ko: '스크립트가 쿠키를 읽는 것' },
          why: {
            en: 'That is exactly what HttpOnly prevents.',
            ko: '그것은 HttpOnly가 이미 막아 줍니다.',
          },
        },
        {
          text: {
            en: 'Nothing, if the cookie has SameSite=Lax',
            ko: '쿠키에 SameSite=Lax가 있으면 아무것도 없다',
          },
          why: {
            en: 'Lax still sends the cookie on top-level GET navigations from other sites, and sibling subdomains count as the same site. SameSite narrows CSRF; it does not end it.',
            ko: 'Lax여도 다른 사이트에서 최상위 GET으로 이동하면 쿠키를 싣고, 형제 서브도메인은 같은 사이트로 취급됩니다. SameSite는 CSRF의 범위를 좁힐 뿐 없애지는 못합니다.',
          },
        },
      ],
    },
    {
      id: 'url',
      question: {
        en: 'Why not pass a token in the URL (…?token=eyJ…)?',
        ko: '토큰을 URL(…?token=eyJ…)로 넘기면 안 되는 이유는?',
      },
      answers: [
        {
          text: {
            en: 'URLs end up in logs, history and Referer headers.',
            ko: 'URL은 로그, 방문 기록, Referer 헤더에 남는다.',
          },
          correct: true,
          why: {
            en: 'The token leaks to places nobody protects (RFC 6750 §5.3 advises against it).',
            ko: '아무도 보호하지 않는 곳으로 토큰이 새어 나갑니다(RFC 6750 §5.3도 권하지 않습니다).',
          },
        },
        {
          text: {
            en: 'A JWT is too long to fit in a URL.',
            ko: 'JWT는 URL에 넣기에는 너무 길다.',
          },
          why: {
            en: 'A JWT of a few hundred characters fits in a URL easily, and base64url is URL-safe. The trouble is where URLs are kept.',
            ko: '몇백 글자짜리 JWT는 URL에 충분히 들어가고, base64url은 URL에 안전합니다. 문제는 URL이 남는 곳입니다.',
          },
        },
        {
          text: {
            en: 'Over HTTPS the query string is not encrypted, unlike headers.',
            ko: 'HTTPS에서도 쿼리 문자열은 헤더와 달리 암호화되지 않는다.',
          },
          why: {
            en: 'HTTPS encrypts the whole request, query included. The token leaks afterwards: into logs, history and Referer headers.',
            ko: 'HTTPS는 쿼리를 포함해 요청 전체를 암호화합니다. 토큰은 그다음에 로그, 방문 기록, Referer 헤더로 새어 나갑니다.',
          },
        },
      ],
    },
  ],
};
