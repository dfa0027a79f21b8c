/**
 * One list of terms, in English and Korean, that the lessons (and the rest of the app) use the same
 * way everywhere. Students see it on the lessons index; a test keeps the rejected Korean variants
 * out of the lesson texts.
 */
import type { Localized } from './model';

export interface Term {
  id: string;
  term: Localized;
  /** A one-line definition. */
  means: Localized;
  /** Korean variants not to use for this term (they read as translated, or mean something else). */
  rejected?: string[];
}

export const GLOSSARY: Term[] = [
  {
    id: 'authentication',
    term: { en: 'authentication', ko: '인증' },
    means: {
      en: 'Finding out who the caller is.',
      ko: '요청한 쪽이 누구인지 확인하는 일입니다.',
    },
  },
  {
    id: 'authorization',
    term: { en: 'authorization', ko: '인가' },
    means: {
      en: 'Deciding what an identified caller may do.',
      ko: '확인된 사용자가 무엇을 할 수 있는지 정하는 일입니다.',
    },
    rejected: ['권한 부여(authorization)'],
  },
  {
    id: 'stateless',
    term: { en: 'stateless', ko: '무상태' },
    means: {
      en: 'The server keeps nothing about earlier requests; each request stands alone.',
      ko: '서버가 이전 요청에 대해 아무것도 기억하지 않아, 요청 하나하나가 독립적입니다.',
    },
  },
  {
    id: 'session-store',
    term: { en: 'session store', ko: '세션 저장소' },
    means: {
      en: 'Where the server keeps its sessions; the cookie carries only the session id.',
      ko: '서버가 세션을 보관하는 곳입니다. 쿠키에는 세션 ID만 담깁니다.',
    },
  },
  {
    id: 'claim',
    term: { en: 'claim', ko: '클레임' },
    means: {
      en: 'A name/value pair a token asserts about its subject, such as "sub": "user-42".',
      ko: '토큰이 주체에 대해 내세우는 이름/값 한 쌍입니다. 예: "sub": "user-42".',
    },
  },
  {
    id: 'claims-set',
    term: { en: 'claims set', ko: '클레임 집합' },
    means: {
      en: 'The JSON object of all claims: the payload of a JWT (RFC 7519 §2).',
      ko: '모든 클레임을 담은 JSON 객체로, JWT의 페이로드입니다(RFC 7519 §2).',
    },
    rejected: ['클레임 세트', '클레임셋'],
  },
  {
    id: 'registered-claim',
    term: { en: 'registered claim', ko: '등록된 클레임' },
    means: {
      en: 'A claim name registered by RFC 7519 §4.1: iss, sub, aud, exp, nbf, iat, jti.',
      ko: 'RFC 7519 §4.1에 등록된 클레임 이름입니다. iss, sub, aud, exp, nbf, iat, jti.',
    },
    rejected: ['표준 클레임', '예약된 클레임', '예약 클레임'],
  },
  {
    id: 'private-claim',
    term: { en: 'private (application) claim', ko: '사용자 정의 클레임' },
    means: {
      en: 'A claim the application defines itself, such as "role" (RFC 7519 §4.3).',
      ko: '"role"처럼 애플리케이션이 직접 정한 클레임입니다(RFC 7519 §4.3).',
    },
    rejected: ['커스텀 클레임', '비공개 클레임'],
  },
  {
    id: 'subject',
    term: { en: 'subject (sub)', ko: '주체(sub)' },
    means: {
      en: 'Whom the token is about, usually a user id.',
      ko: '토큰이 가리키는 사람이나 대상으로, 보통 사용자 ID입니다.',
    },
  },
  {
    id: 'audience',
    term: { en: 'audience (aud)', ko: '수신자(aud)' },
    means: {
      en: 'Whom the token is for; any other recipient must reject it.',
      ko: '토큰을 받을 쪽입니다. 다른 수신자는 토큰을 거부해야 합니다.',
    },
    rejected: ['대상(audience)', '대상(aud)'],
  },
  {
    id: 'issuer',
    term: { en: 'issuer (iss)', ko: '발급자(iss)' },
    means: { en: 'Who made and signed the token.', ko: '토큰을 만들고 서명한 쪽입니다.' },
    rejected: ['발행자'],
  },
  {
    id: 'instant',
    term: { en: 'time (an instant)', ko: '시각' },
    means: {
      en: 'A point in time, such as exp or iat; "time" for a length of time is 시간 in Korean.',
      ko: 'exp나 iat처럼 한 시점을 가리킵니다. 기간을 말할 때는 "시간"이라고 씁니다.',
    },
    rejected: ['만료 시간', '발급 시간'],
  },
  {
    id: 'numericdate',
    term: { en: 'NumericDate', ko: 'NumericDate' },
    means: {
      en: 'Seconds since 1970-01-01T00:00:00Z UTC, the unit of exp, nbf and iat (RFC 7519 §2).',
      ko: '1970-01-01T00:00:00Z(UTC)부터 센 초로, exp, nbf, iat의 단위입니다(RFC 7519 §2).',
    },
  },
  {
    id: 'leeway',
    term: { en: 'leeway', ko: '허용 오차' },
    means: {
      en: 'A few minutes at most that a verifier allows for clocks that disagree.',
      ko: '서버마다 다른 시계를 감안해 검증하는 쪽이 두는 몇 분 이내의 여유입니다.',
    },
  },
  {
    id: 'dot',
    term: { en: 'dot', ko: '마침표' },
    means: {
      en: 'The "." between the parts of a compact token.',
      ko: '압축 직렬화된 토큰의 부분 사이에 있는 "."입니다.',
    },
  },
  {
    id: 'parameter',
    term: { en: 'parameter', ko: '파라미터' },
    means: {
      en: 'A member of a JOSE header, such as "alg" or "kid".',
      ko: '"alg"나 "kid"처럼 JOSE 헤더에 든 멤버입니다.',
    },
    rejected: ['매개변수'],
  },
  {
    id: 'signature',
    term: { en: 'signature', ko: '서명' },
    means: {
      en: 'A value computed over header.payload with a key; it detects any change to them.',
      ko: '키로 헤더.페이로드를 계산한 값입니다. 둘 중 하나라도 바뀌면 드러납니다.',
    },
    rejected: ['시그니처'],
  },
  {
    id: 'hmac',
    term: { en: 'HMAC', ko: 'HMAC' },
    means: {
      en: 'A keyed hash (HS256 = HMAC with SHA-256): the verifier recomputes it with the same secret and compares.',
      ko: '키를 넣은 해시입니다(HS256 = SHA-256을 쓰는 HMAC). 검증하는 쪽이 같은 비밀 키로 다시 계산해 비교합니다.',
    },
  },
  {
    id: 'shared-secret',
    term: { en: 'shared secret', ko: '공유 비밀 키' },
    means: {
      en: 'One HMAC key that both signs and verifies, held by every party that checks tokens.',
      ko: '서명과 검증에 함께 쓰는 HMAC 키 하나로, 토큰을 확인하는 모든 쪽이 갖고 있습니다.',
    },
  },
  {
    id: 'key-pair',
    term: { en: 'key pair', ko: '키 쌍' },
    means: {
      en: 'A private key that signs and a public key that verifies (RSA, ECDSA, EdDSA).',
      ko: '서명하는 개인 키와 검증하는 공개 키입니다(RSA, ECDSA, EdDSA).',
    },
  },
  {
    id: 'verifier',
    term: { en: 'verifier', ko: '검증하는 쪽(검증기)' },
    means: {
      en: 'The server or library that checks a token before trusting it.',
      ko: '토큰을 믿기 전에 확인하는 서버나 라이브러리입니다.',
    },
    rejected: ['검증자'],
  },
  {
    id: 'encoding',
    term: { en: 'encoding', ko: '인코딩' },
    means: {
      en: 'A reversible change of form with no key, such as base64url. It hides nothing.',
      ko: 'base64url처럼 키 없이 되돌릴 수 있는 형식 변환입니다. 아무것도 숨기지 않습니다.',
    },
  },
  {
    id: 'encryption',
    term: { en: 'encryption', ko: '암호화' },
    means: {
      en: 'Making data unreadable without a key; for tokens, JWE (RFC 7516).',
      ko: '키 없이는 읽을 수 없게 만드는 일입니다. 토큰이라면 JWE(RFC 7516)입니다.',
    },
  },
  {
    id: 'revocation',
    term: { en: 'revocation', ko: '폐기' },
    means: {
      en: 'Making an issued token stop working before it expires.',
      ko: '발급한 토큰을 만료 전에 쓸 수 없게 만드는 일입니다.',
    },
    rejected: ['취소(revocation)'],
  },
  {
    id: 'deny-list',
    term: { en: 'deny list', ko: '거부 목록' },
    means: {
      en: 'Ids (jti) of revoked tokens that the server checks on every request.',
      ko: '폐기된 토큰의 ID(jti) 목록으로, 서버가 요청마다 확인합니다.',
    },
    rejected: ['블랙리스트', '차단 목록'],
  },
  {
    id: 'refresh-token',
    term: { en: 'refresh token', ko: '리프레시 토큰' },
    means: {
      en: 'A separate credential, sent only to the authorization server, for new access tokens.',
      ko: '새 액세스 토큰을 받을 때 인가 서버에만 보내는 별도의 자격 증명입니다.',
    },
    rejected: ['갱신 토큰'],
  },
  {
    id: 'access-token',
    term: { en: 'access token', ko: '액세스 토큰' },
    means: {
      en: 'The short-lived token an API accepts.',
      ko: 'API가 받아 주는, 수명이 짧은 토큰입니다.',
    },
    rejected: ['접근 토큰'],
  },
];

/**
 * Korean wording the lessons do not use, whatever the term: it reads as translated, is too blunt,
 * or is wrong ("덮다" for what a signature covers; "1분 뒤로" reads as going back).
 */
export const REJECTED_KOREAN: { text: string | RegExp; instead: string }[] = [
  { text: '당신', instead: '여러분, 또는 주어를 생략' },
  { text: /(서버|브라우저|클라이언트|사용자|발급자|공격자)에게/, instead: '…에 / …에 보내다' },
  { text: '무식한', instead: '단순하고 거친' },
  { text: '서명된 진술', instead: '클레임' },
  { text: /덮[다는고어으었]/, instead: '서명 대상이다 / 보호하다' },
  { text: '자체 완결', instead: '필요한 정보를 스스로 담은' },
  { text: /\d+\s*(분|초|시간) 뒤로/, instead: '…후로' },
  { text: '강의 노트', instead: '(학생에게 보이지 않는 자료를 가리키지 않음)' },
];

/**
 * A 해요체 statement or a "죠": statements end in …니다. Instructions (…하세요) and questions in
 * …일까요? are fine.
 */
export const HAEYO = /(?<![세까])요[.!]|죠[.!?]|(?<![세까])요\?/;

/** What in a Korean text breaks the wording rules above or the glossary, each with what to use. */
export function koreanWordingProblems(text: string): string[] {
  const out: string[] = [];
  for (const { text: bad, instead } of REJECTED_KOREAN) {
    const hit = typeof bad === 'string' ? text.includes(bad) : bad.test(text);
    if (hit) out.push(`"${String(bad)}" (use ${instead})`);
  }
  for (const term of GLOSSARY) {
    for (const bad of term.rejected ?? []) {
      if (text.includes(bad)) out.push(`"${bad}" (use ${term.term.ko})`);
    }
  }
  return out;
}
