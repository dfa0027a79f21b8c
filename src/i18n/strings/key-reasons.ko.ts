/**
 * Every reason a key is refused (the core's KeyReason, whose English sentences are in
 * src/jwt/key-reasons.ts), in Korean, from the same typed params.
 */
import type { DiagnosticParams, KeyReason } from '../../jwt/index';
import { koJsonSyntax, s, typeOf } from './ko-params';

const MEMBER_ROLES: Record<string, string> = {
  k: '키 값',
  n: '모듈러스',
  e: '공개 지수',
  d: '개인 키',
  p: '첫 번째 소수',
  q: '두 번째 소수',
  dp: '첫 번째 CRT 지수',
  dq: '두 번째 CRT 지수',
  qi: 'CRT 계수',
  crv: '곡선',
  x: 'x 좌표',
  y: 'y 좌표',
};

const DER_PARTS: Record<string, string> = {
  'alg-id': '알고리즘 식별자(AlgorithmIdentifier)',
  spki: 'SubjectPublicKeyInfo',
  'public-key': '공개 키',
  'rsa-public': 'RSA 공개 키(PKCS#1 RSAPublicKey)',
  pkcs8: 'PKCS#8 PrivateKeyInfo',
  'pkcs8-version': 'PKCS#8 버전',
  'private-key': '개인 키',
  'rsa-private': 'RSA 개인 키(PKCS#1 RSAPrivateKey)',
  'ec-private': 'EC 개인 키',
  'ec-version': 'EC 개인 키 버전',
  'ec-value': 'EC 개인 키 값',
  certificate: '인증서',
  tbs: '인증서 본문(tbsCertificate)',
  'cert-spki': '인증서의 subjectPublicKeyInfo',
};
const part = (p: DiagnosticParams): string => DER_PARTS[s(p, 'part')] ?? s(p, 'part');

const DER: Record<string, (p: DiagnosticParams) => string> = {
  'ends-early': () => '다른 요소가 와야 할 자리에서 데이터가 끝납니다',
  'tag-unknown': () => '이 리더가 모르는 태그를 씁니다',
  'cut-in-header': () => '요소 헤더 도중에 데이터가 잘렸습니다',
  'indefinite-length': () => 'DER에서 허용하지 않는 부정 길이(BER)를 씁니다',
  'length-too-large': () => '어떤 키보다도 큰 길이가 적혀 있습니다',
  'cut-in-length': () => '길이 정보 도중에 데이터가 잘렸습니다',
  overrun: () => '한 요소가 실제보다 많은 바이트를 차지한다고 적혀 있어, 데이터가 잘린 상태입니다',
  'trailing-bytes': (p) => `데이터 뒤에 예상하지 못한 ${s(p, 'count')}바이트가 더 있습니다`,
  'part-missing': (p) => `${part(p)} 부분이 없습니다`,
  'part-wrong-type': (p) => `${part(p)} 부분의 DER 형식이 맞지 않습니다`,
  'oid-empty': () => '객체 식별자(OID)가 비어 있습니다',
  'oid-too-large': () => '객체 식별자(OID)가 너무 큽니다',
  'oid-cut': () => '객체 식별자(OID)가 도중에 잘렸습니다',
};

const B64URL_FAULT: Record<string, string> = {
  padding: 'base64url은 "=" 패딩을 생략합니다',
  standard: '"+"와 "/"는 표준 base64 문자입니다. JWK는 "-"와 "_"를 쓰는 base64url을 씁니다',
  whitespace: '공백이 들어 있습니다',
  alphabet: 'A–Z, a–z, 0–9, "-", "_"만 쓸 수 있고, 길이를 4로 나눈 나머지가 1이어서는 안 됩니다',
};

const OID_REFUSED: Record<string, string> = {
  DSA: 'DSA 키입니다. JWS에는 DSA 알고리즘이 정의되어 있지 않습니다(RFC 7518 §3.1).',
  Ed448: '여기서는 WebCrypto가 Ed448을 지원하지 않습니다. Ed25519 키를 쓰세요.',
  X25519: 'X25519 키는 키 합의(ECDH-ES)용이라 JWS를 서명하거나 검증할 수 없습니다.',
  X448: 'X448 키는 키 합의(ECDH-ES)용이라 JWS를 서명하거나 검증할 수 없습니다.',
};

const CSR = '인증서 서명 요청(CSR)이지 키가 아닙니다. 공개 키나 발급된 인증서를 붙여 넣으세요.';

/** Every reason a key is refused (the core's KeyReason), in Korean. */
export const KEY_REASONS: Record<KeyReason, (p: DiagnosticParams) => string> = {
  'jwk-not-object': (p) => `JWK는 JSON 객체여야 하는데, 이것은 ${typeOf(p, 'actual')}입니다.`,
  'kty-missing': () =>
    'JWK에 "kty"(키 유형)가 없습니다. "oct", "RSA", "EC", "OKP" 중 하나여야 합니다(RFC 7517 §4.1).',
  'kty-not-string': (p) => `"kty" 값은 문자열이어야 하는데, 여기서는 ${typeOf(p, 'actual')}입니다.`,
  'kty-case': (p) =>
    `"kty" 값이 "${s(p, 'kty')}"입니다. 키 유형은 대소문자를 구분하므로 "${s(p, 'fixed')}"로 써야 합니다(RFC 7517 §4.1).`,
  'kty-unknown': (p) =>
    `"kty" 값이 "${s(p, 'kty')}"입니다. JWS 키의 유형은 "oct", "RSA", "EC", "OKP"입니다(RFC 7518 §6.1, RFC 8037 §2).`,
  'meta-not-string': (p) =>
    `"${s(p, 'name')}" 값은 문자열이어야 하는데, 여기서는 ${typeOf(p, 'actual')}입니다(RFC 7517 §4).`,
  'key-ops-not-strings': () =>
    '"key_ops"는 ["verify"]처럼 문자열 배열이어야 합니다(RFC 7517 §4.3).',
  'member-missing': (p) =>
    `이 ${s(p, 'kty')} JWK에는 "${s(p, 'name')}"(${MEMBER_ROLES[s(p, 'name')] ?? s(p, 'name')})가 없습니다.`,
  'member-not-string': (p) =>
    `"${s(p, 'name')}" 값은 base64url 문자열이어야 하는데, 여기서는 ${typeOf(p, 'actual')}입니다.`,
  'member-not-base64url': (p) =>
    `"${s(p, 'name')}" 값이 base64url이 아닙니다: ${B64URL_FAULT[s(p, 'fault')] ?? ''}(RFC 7515 §2, RFC 7518 §6).`,
  'member-empty': (p) => `"${s(p, 'name')}" 값이 비어 있습니다.`,
  'member-length': (p) =>
    `"${s(p, 'name')}" 값의 길이가 ${s(p, 'length')}바이트입니다. ${s(p, 'crv')}에서는 정확히 ${s(p, 'expected')}바이트여야 합니다(${s(p, 'section')}).`,
  'rsa-oth': () =>
    '이 RSA 키는 소수가 셋 이상입니다("oth", RFC 7518 §6.3.2.7). WebCrypto는 이런 키를 지원하지 않습니다.',
  'rsa-crt-without-d': (p) =>
    `이 RSA JWK에는 ${s(p, 'present')}는 있지만 "d"가 없습니다. RSA 개인 키에는 "d"가 필요합니다(RFC 7518 §6.3.2.1).`,
  'rsa-d-without-crt': (p) =>
    `이 RSA 개인 키 JWK에는 "d"는 있지만 ${s(p, 'missing')}가 없습니다. WebCrypto에는 "p", "q", "dp", "dq", "qi"가 모두 필요합니다(RFC 7518 §6.3.2).`,
  'crv-missing': (p) => `이 ${s(p, 'kty')} JWK에는 "crv"(곡선)가 없습니다.`,
  'crv-not-string': (p) => `"crv" 값은 문자열이어야 하는데, 여기서는 ${typeOf(p, 'actual')}입니다.`,
  'crv-secp256k1': () => 'secp256k1 곡선(ES256K, RFC 8812)은 WebCrypto가 지원하지 않습니다.',
  'crv-not-ec': (p) =>
    `"crv" 값이 "${s(p, 'crv')}"입니다. JWS용 EC 키는 "P-256", "P-384", "P-521" 곡선을 씁니다(RFC 7518 §6.2.1.1).`,
  'crv-ed448': () => '여기서는 WebCrypto가 Ed448을 지원하지 않습니다. Ed25519 키를 쓰세요.',
  'crv-key-agreement': (p) =>
    `${s(p, 'crv')}는 키 합의(ECDH-ES, RFC 8037 §3.2)용 곡선이라 JWS를 서명하거나 검증할 수 없습니다.`,
  'crv-not-okp': (p) =>
    `"crv" 값이 "${s(p, 'crv')}"입니다. OKP 서명 키는 "Ed25519"를 씁니다(RFC 8037 §2).`,
  'webcrypto-refused': (p) =>
    `WebCrypto가 이 ${s(p, 'kty')} 키를 거부했습니다(${s(p, 'error')}). 멤버는 디코딩되지만, 그 값들이 올바른 키를 이루지 않습니다${p.kty === 'EC' ? '(점이 곡선 위에 있어야 합니다)' : ''}.`,
  'unsupported-here': (p) => `이 브라우저의 WebCrypto는 ${s(p, 'name')} 키를 지원하지 않습니다.`,
  'webcrypto-import': (p) =>
    `WebCrypto가 이 ${s(p, 'name')} 키를 가져오지 못했습니다(${s(p, 'error')}).`,
  der: (p) => `키의 바이너리(DER) 구조가 깨져 있습니다: ${DER[s(p, 'der')]?.(p) ?? ''}.`,
  'oid-unknown': (p) => `키의 알고리즘(OID ${s(p, 'oid')})은 JWS에서 쓰는 알고리즘이 아닙니다.`,
  'oid-refused': (p) => OID_REFUSED[s(p, 'name')] ?? `${s(p, 'name')} 키는 지원하지 않습니다.`,
  'curve-unnamed': () =>
    '이 EC 키는 곡선 이름을 밝히지 않습니다(명시적 곡선 파라미터는 지원하지 않습니다, RFC 5480 §2.1.1).',
  'curve-unknown': (p) =>
    `곡선(OID ${s(p, 'oid')})이 RFC 7518 §3.4의 곡선인 P-256, P-384, P-521 중 하나가 아닙니다.`,
  'bit-string-unused': () => '공개 키의 BIT STRING에 쓰이지 않는 비트가 있습니다.',
  'rsa-multiprime': () =>
    '이 RSA 키는 소수가 셋 이상입니다(PKCS#1 버전 1). WebCrypto는 이런 키를 지원하지 않습니다.',
  'sec1-no-curve': () =>
    '이 EC PRIVATE KEY는 곡선 이름을 밝히지 않습니다(RFC 5915 §3의 선택 항목 [0] 파라미터가 없습니다).',
  'pem-begin': () =>
    'BEGIN 줄의 형식이 잘못되었습니다. "-----BEGIN 레이블-----" 형태여야 합니다(RFC 7468 §2).',
  'pem-no-end': (p) => `PEM 블록에 END 줄("-----END ${s(p, 'label')}-----")이 없습니다.`,
  'pem-end': () =>
    'END 줄의 형식이 잘못되었습니다. "-----END 레이블-----" 형태여야 합니다(RFC 7468 §2).',
  'pem-label-mismatch': (p) =>
    `블록이 "BEGIN ${s(p, 'label')}"로 시작하는데 "END ${s(p, 'end')}"로 끝납니다. 두 레이블이 같아야 합니다(RFC 7468 §2).`,
  'pem-encrypted': () =>
    '비밀번호로 암호화된 개인 키는 여기서 지원하지 않습니다. 먼저 복호화하세요(openssl pkey -in key.pem -out plain.pem).',
  'pem-empty': () => 'PEM 블록이 비어 있습니다.',
  'pem-base64-char': (p) =>
    `"${s(p, 'char')}" 문자는 base64 문자가 아니므로, BEGIN과 END 사이의 텍스트가 base64가 아닙니다(RFC 7468 §3).`,
  'pem-base64-length': () =>
    'BEGIN과 END 사이의 텍스트가 올바른 base64가 아닙니다. 길이나 "=" 패딩이 맞지 않습니다(RFC 7468 §3).',
  'pem-label-unknown': (p) =>
    `"BEGIN ${s(p, 'label')}"는 여기서 읽는 키 형식이 아닙니다. PUBLIC KEY, PRIVATE KEY, RSA PUBLIC KEY, RSA PRIVATE KEY, EC PRIVATE KEY, CERTIFICATE 블록을 붙여 넣으세요.`,
  'pem-openssh-private': () =>
    'OpenSSH 개인 키입니다. 먼저 PKCS#8 PEM으로 변환하세요(ssh-keygen -p -m PKCS8 -f keyfile).',
  'pem-csr': () => CSR,
  'pem-dsa': () => 'DSA 키입니다. JWS에는 DSA 알고리즘이 정의되어 있지 않습니다(RFC 7518 §3.1).',
  'pem-ec-parameters': () =>
    '이 블록은 곡선 이름만 담고 있습니다. 키 자체는 EC PRIVATE KEY 블록에 있습니다.',
  'json-syntax': (p) => `JSON처럼 보이지만 파싱할 수 없습니다: ${koJsonSyntax(p, 'syntax')}`,
  'json-array': () => 'JSON 배열입니다. JWK Set은 {"keys": [ … ]} 형태의 객체입니다(RFC 7517 §5).',
  'openssh-public': () =>
    'OpenSSH 공개 키입니다. PEM으로 변환하세요(ssh-keygen -e -m PKCS8 -f key.pub).',
  'not-a-key': () =>
    'PEM도 JWK도 아닙니다. 공유 비밀 키(시크릿)라면 인코딩(텍스트, base64, base64url, hex)을 선택하세요.',
  'input-unknown': () => '알 수 없는 종류의 키 입력입니다.',
  'jwks-keys-not-array': (p) =>
    `"keys" 값은 JWK의 배열이어야 하는데, 여기서는 ${typeOf(p, 'actual')}입니다(RFC 7517 §5.1).`,
  'jwks-empty': () => 'JWK Set이 비어 있습니다. "keys" 배열에 키가 하나도 없습니다.',
  'set-ambiguous': () =>
    '키 세트에 이 토큰에 맞는 키가 여러 개인데, 토큰에 그중 하나를 고를 "kid"가 없습니다.',
  'set-none-fits': () => '키 세트에 이 토큰에 맞는 키가 없습니다.',
  'public-cannot-sign': () => '공개 키로는 검증만 할 수 있습니다. 서명하려면 개인 키가 필요합니다.',
  'webcrypto-failed': (p) => `WebCrypto가 키를 거부했습니다(${s(p, 'error')}).`,
  unexpected: (p) => `키를 읽는 중 예상하지 못한 오류가 발생했습니다(${s(p, 'error')}).`,
  'hex-separator': (p) =>
    `구분 문자가 16진수 두 자리 한 쌍을 가르고 있습니다(${s(p, 'at')}번째 문자).`,
  'hex-char': (p) => `"${s(p, 'char')}" 문자는 16진수 숫자(0–9, a–f)가 아닙니다.`,
  'hex-odd': () => 'hex는 두 자리가 한 바이트이므로 자릿수가 짝수여야 합니다.',
  'base64-has-base64url': (p) =>
    `"${s(p, 'char')}" 문자는 base64가 아니라 base64url 문자입니다. 인코딩을 base64url로 선택하세요.`,
  'base64-char': (p) => `"${s(p, 'char')}" 문자는 base64 문자(A–Z, a–z, 0–9, "+", "/")가 아닙니다.`,
  'base64-padding-middle': () => '"=" 패딩은 맨 끝에만 올 수 있습니다.',
  'base64-length': (p) =>
    `${s(p, 'length')}자는 ${s(p, 'encoding')}가 될 수 없습니다. 4로 나눈 나머지가 1인 길이는 어떤 바이트열을 인코딩해도 나오지 않습니다(RFC 4648 §4).`,
  'base64-padding': () =>
    '"=" 패딩이 맞지 않습니다. 패딩이 있는 base64의 길이는 4의 배수여야 합니다.',
  'base64url-whitespace': () => 'base64url에는 공백이나 줄바꿈이 들어갈 수 없습니다(RFC 7515 §2).',
  'base64url-padding': () => 'base64url은 "=" 패딩을 생략합니다(RFC 7515 §2).',
  'base64url-standard': (p) =>
    `"${s(p, 'char')}" 문자는 표준 base64 문자입니다. 인코딩을 base64로 선택하거나 "-"와 "_"를 쓰세요(RFC 4648 §5).`,
  'base64url-char': (p) =>
    `"${s(p, 'char')}" 문자는 base64url 문자(A–Z, a–z, 0–9, "-", "_")가 아닙니다.`,
};

/** A key problem in Korean, with its place in a JWK Set when it has one. */
export function koKeyProblem(p: DiagnosticParams): string {
  const text = KEY_REASONS[s(p, 'reason') as KeyReason]?.(p) ?? '';
  return p.index === undefined ? text : `JWK Set의 keys[${s(p, 'index')}]: ${text}`;
}
