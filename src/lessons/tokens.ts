/** Tokens copied from the project's public test vectors (test-data/vectors). */

/** tricky.json baseline-hs256-valid: HS256 with the lab secret, sub user-42, exp in 2100. */
export const BASELINE_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwibmFtZSI6IlN0dWRlbnQiLCJyb2xlIjoidXNlciIsImlhdCI6MTc2NzIyNTAwMCwiZXhwIjo0MTAyNDQ0ODAwfQ.QeQW7suf1WPSBzm9hVJW___qKLt6qyUhYD7XXp3DsMY';

/** valid.json jwtio-current-hs256: jwt.io's default token, with "admin": true. */
export const JWTIO_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0.KMUFsIDTnFmyG3nMiGM6H9FNFUROf3wh7SmqJp-QV30';
export const JWTIO_SECRET = 'a-string-secret-at-least-256-bits-long';

/** valid.json rfc7515-a1-hs256: RFC 7515 App. A.1 (CRLF inside the JSON), exp in 2011. */
export const RFC7515_A1_TOKEN =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
export const RFC7515_A1_SECRET =
  'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow';
