/**
 * Example tokens for the menu. Every token and key is copied from the project's public test vectors
 * (test-data/vectors): published RFC examples, jwt.io's defaults and hand-made lab tokens. They are
 * plain strings so no JSON file is loaded at run time.
 */
import { DEFAULT_START, type Example } from './defaultExample';

export type { Example };

/** The token a fresh page starts with (defaultExample.ts), as the menu lists it. */
export const DEFAULT_EXAMPLE: Example = {
  id: 'default',
  title: {
    en: 'A friendly HS256 token (text secret: a-string-secret-at-least-256-bits-long)',
    ko: '기본 HS256 토큰(텍스트 비밀 키: a-string-secret-at-least-256-bits-long)',
  },
  ...DEFAULT_START,
};

/** The lab server's throw-away HMAC secret (tricky.json), base64url. */
const LAB_SECRET = '8iQvW5h9_T5VxRSflZ8n4tXH7YF_fk1fXBFnDhqPlps';

/** The same claims signed with the lab server's secret, which is given as base64url bytes. */
const LAB_EXAMPLE: Example = {
  id: 'lab-secret',
  title: {
    en: 'The same claims, lab secret given as base64url bytes',
    ko: '같은 클레임, base64url 바이트로 주어진 실습용 비밀 키',
  },
  token:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwibmFtZSI6IlN0dWRlbnQiLCJyb2xlIjoidXNlciIsImlhdCI6MTc2NzIyNTAwMCwiZXhwIjo0MTAyNDQ0ODAwfQ.QeQW7suf1WPSBzm9hVJW___qKLt6qyUhYD7XXp3DsMY',
  keyText: LAB_SECRET,
  keyFormat: 'base64url',
};

/** The HMAC key of RFC 7515 App. A.1 / RFC 7519 §3.1, base64url. */
const RFC_SECRET =
  'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow';

export const EXAMPLES: Example[] = [
  DEFAULT_EXAMPLE,
  LAB_EXAMPLE,
  // RFC 7515 App. A.1 (same token as RFC 7519 §3.1): the JSON contains CRLF line breaks.
  {
    id: 'rfc7515-a1',
    title: { en: 'RFC 7515 A.1: HS256', ko: 'RFC 7515 A.1: HS256' },
    token:
      'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
    keyText: RFC_SECRET,
    keyFormat: 'base64url',
  },
  // RFC 7515 App. A.2: RS256, verified with the public JWK.
  {
    id: 'rfc7515-a2',
    title: { en: 'RFC 7515 A.2: RS256 (public JWK)', ko: 'RFC 7515 A.2: RS256(공개 JWK)' },
    token:
      'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw',
    keyText:
      '{\n  "kty": "RSA",\n  "n": "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ",\n  "e": "AQAB"\n}',
  },
  // RFC 7515 App. A.3: ES256 on P-256; the signature is R || S (64 bytes).
  {
    id: 'rfc7515-a3',
    title: {
      en: 'RFC 7515 A.3: ES256 (P-256 public JWK)',
      ko: 'RFC 7515 A.3: ES256(P-256 공개 JWK)',
    },
    token:
      'eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q',
    keyText:
      '{\n  "kty": "EC",\n  "crv": "P-256",\n  "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",\n  "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"\n}',
  },
  // The jwt.io debugger's classic default token.
  {
    id: 'jwtio-classic',
    title: {
      en: 'jwt.io classic HS256 ("your-256-bit-secret")',
      ko: 'jwt.io 예전 기본 HS256("your-256-bit-secret")',
    },
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    keyText: 'your-256-bit-secret',
    keyFormat: 'utf8',
  },
  // The jwt.io debugger's current default token.
  {
    id: 'jwtio-current',
    title: { en: 'jwt.io current HS256', ko: 'jwt.io 현재 기본 HS256' },
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0.KMUFsIDTnFmyG3nMiGM6H9FNFUROf3wh7SmqJp-QV30',
    keyText: 'a-string-secret-at-least-256-bits-long',
    keyFormat: 'utf8',
  },
  // tricky.json claims-exp-in-past: exp = 1700000000 (2023-11-14).
  {
    id: 'expired',
    title: { en: 'Expired token (exp in 2023)', ko: '만료된 토큰(2023년에 만료)' },
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwibmFtZSI6IlN0dWRlbnQiLCJyb2xlIjoidXNlciIsImlhdCI6MTc2NzIyNTAwMCwiZXhwIjoxNzAwMDAwMDAwfQ.J5lEu_TJtw9cUDy8Z5vEyhetQDIPqg8zxAt5loectQk',
    keyText: LAB_SECRET,
    keyFormat: 'base64url',
  },
  // tricky.json payload-tampered-role-admin: "role" edited, the original signature kept.
  {
    id: 'tampered',
    title: {
      en: 'Tampered payload: role user → admin, signature kept',
      ko: '변조된 페이로드: role을 user → admin으로, 서명은 그대로',
    },
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwibmFtZSI6IlN0dWRlbnQiLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3NjcyMjUwMDAsImV4cCI6NDEwMjQ0NDgwMH0.QeQW7suf1WPSBzm9hVJW___qKLt6qyUhYD7XXp3DsMY',
    keyText: LAB_SECRET,
    keyFormat: 'base64url',
  },
  // tricky.json attack-alg-none-no-signature: an unsecured JWS (RFC 7515 App. A.5 style).
  {
    id: 'none',
    title: { en: 'alg "none": no signature at all', ko: 'alg "none": 서명이 아예 없는 토큰' },
    token:
      'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ1c2VyLTQyIiwibmFtZSI6IlN0dWRlbnQiLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3NjcyMjUwMDAsImV4cCI6NDEwMjQ0NDgwMH0.',
  },
  // tricky.json payload-unicode-korean-emoji: Hangul (3 UTF-8 bytes each) and emoji (4 bytes).
  {
    id: 'korean',
    title: { en: 'Korean and emoji in the payload', ko: '페이로드에 한글과 이모지' },
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwibmFtZSI6Iu2Zjeq4uOuPmSIsInJvbGUiOiJ1c2VyIiwiaWF0IjoxNzY3MjI1MDAwLCJleHAiOjQxMDI0NDQ4MDAsImdyZWV0aW5nIjoi7JWI64WV7ZWY7IS47JqUIPCfkYsiLCJlbW9qaSI6IvCflJDwn5qAIiwibm90ZSI6IsOxIMOpIMO8IMOfIn0.4hbhp5GLFF7IzSKFYOpBE76D-BpGrtcZKFegvtozppI',
    keyText: LAB_SECRET,
    keyFormat: 'base64url',
  },
  // tricky.json whitespace-rfc-display-line-breaks: RFC 7519 §3.1 as printed, with line breaks.
  {
    id: 'linebreaks',
    title: { en: 'Copied from an RFC, with line breaks', ko: 'RFC에서 줄바꿈째 복사한 토큰' },
    token:
      'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9\n.\neyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt\ncGxlLmNvbS9pc19yb290Ijp0cnVlfQ\n.\ndBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
    keyText: RFC_SECRET,
    keyFormat: 'base64url',
  },
  // RFC 7516 App. A.3: A128KW + A128CBC-HS256, five parts; the plaintext is "Live long and prosper."
  {
    id: 'jwe',
    title: {
      en: 'JWE: an encrypted token (RFC 7516 A.3, 5 parts)',
      ko: 'JWE: 암호화된 토큰(RFC 7516 A.3, 5개 부분)',
    },
    token:
      'eyJhbGciOiJBMTI4S1ciLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0.6KB707dM9YTIgHtLvtgWQ8mKwboJW3of9locizkDTHzBC2IlrT1oOQ.AxY8DCtDaGlsbGljb3RoZQ.KDlTtXchhZTGufMYmOYGS4HffxPSUrfmqCHXaI9wOGY.U0m_YmjN04DJvceFICbCVQ',
    // The RFC's key, so the example opens: empty the key field to see that nothing is readable then.
    keyText: '{"kty":"oct","k":"GawgguFyGrWKav7AX4VKUg"}',
  },
];
