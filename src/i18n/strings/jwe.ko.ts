/** The Korean sentences of the JWE (encrypted token) findings, joined into the Korean diagnostic table. */
import type { DiagnosticParams, JweCode } from '../../jwt/index';

const s = (p: DiagnosticParams, k: string): string => String(p[k] ?? '');

const KEY_WORDS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^a shared secret of (\d+) bits$/, (m) => `${m[1]}비트 공유 비밀 키`],
  [
    /^a (public|private) (\S+)(?: (\S+))? key$/,
    (m) => `${m[2]}${m[3] ? ` ${m[3]}` : ''} ${m[1] === 'public' ? '공개 키' : '개인 키'}`,
  ],
];

const NEEDS: Record<string, string> = {
  'a shared secret': '공유 비밀 키',
  'a password': '비밀번호',
  'an RSA key': 'RSA 키',
  'an EC (P-256, P-384, P-521) or X25519 key': 'EC(P-256, P-384, P-521) 또는 X25519 키',
};

const WHAT: Record<string, string> = {
  '192-bit AES keys': '192비트 AES 키',
  'X25519 key agreement': 'X25519 키 합의',
};

const HEADER_PROBLEMS: Record<string, (p: DiagnosticParams) => string> = {
  missing: () => '헤더에 이 파라미터가 없습니다.',
  'not-string': () => 'base64url 문자열이어야 합니다.',
  'not-base64url': () => 'base64url이 아닙니다.',
  length: (p) => `${s(p, 'expected')}바이트여야 하는데 ${s(p, 'actual')}바이트입니다.`,
  'not-count': () => '양의 정수여야 합니다.',
};

const EPK_PROBLEMS: Record<string, (p: DiagnosticParams) => string> = {
  missing: (p) =>
    `${s(p, 'alg')}에는 보낸 쪽의 공개 키가 "epk"에 JWK 객체로 들어 있어야 하는데, 없습니다.`,
  curve: (p) =>
    `이 키는 ${s(p, 'crv')} 곡선 위에 있고 복호화 키는 ${s(p, 'keyCrv')} 곡선 위에 있습니다. 두 키는 같은 곡선 위에 있어야 합니다.`,
  point: () => 'WebCrypto가 이 값을 곡선 위의 점으로 받아들이지 않습니다.',
  'small-order': () => '이 키로는 키 합의가 실패합니다(위수가 작은 점).',
};

function koKey(text: string): string {
  for (const [re, ko] of KEY_WORDS) {
    const m = re.exec(text);
    if (m) return ko(m);
  }
  return text;
}

export const JWE_KO: Record<JweCode, (p: DiagnosticParams) => string> = {
  'jwe-decrypted': (p) =>
    `복호화했습니다. ${s(p, 'alg')}(으)로 콘텐츠 키를 되찾고 ${s(p, 'enc')}(으)로 내용을 풀었습니다. 인증 태그가 일치하므로 바뀐 곳이 없습니다.`,
  'jwe-key-missing': () =>
    '복호화 키가 없으면 페이로드는 암호문 그대로입니다. 키(공유 비밀 키, JWK, JWK Set, PEM 개인 키, 또는 PBES2의 비밀번호)를 붙여 넣으면 열 수 있습니다.',
  'jwe-alg-missing': () =>
    '헤더에 "alg" 파라미터가 없습니다. 받는 쪽은 콘텐츠 키가 어떤 방식으로 전달되었는지 알 수 없습니다.',
  'jwe-enc-missing': () =>
    '헤더에 "enc" 파라미터가 없습니다. 받는 쪽은 내용이 어떤 방식으로 암호화되었는지 알 수 없습니다.',
  'jwe-alg-unknown': (p) =>
    `"${s(p, 'alg')}"은(는) 이 놀이터가 아는 JWE 키 관리 알고리즘이 아닙니다.`,
  'jwe-enc-unknown': (p) =>
    `"${s(p, 'enc')}"은(는) 이 놀이터가 아는 JWE 콘텐츠 암호화 알고리즘이 아닙니다.`,
  'jwe-rsa1_5-refused': () =>
    '"RSA1_5"(RSAES-PKCS1-v1_5)는 거부합니다. 이 패딩 방식은 오류 메시지와 처리 시간으로 정보가 새어 나가고(Bleichenbacher 공격), RFC 8725도 쓰지 말라고 권하며, WebCrypto에도 없습니다. RSA-OAEP-256을 쓰세요.',
  'jwe-unsupported-here': (p) =>
    `이 브라우저의 WebCrypto는 ${WHAT[s(p, 'what')] ?? s(p, 'what')}을(를) 지원하지 않으므로 여기서는 이 토큰을 열 수 없습니다.`,
  'jwe-alg-not-allowed': (p) =>
    `"${s(p, 'alg')}"은(는) 허용 목록(${s(p, 'allowed') === 'nothing' ? '없음' : s(p, 'allowed')})에 없으므로, 복호화하기 전에 토큰을 거부합니다.`,
  'jwe-crit-unsupported': (p) =>
    `"crit" 목록은 받는 쪽이 "${s(p, 'name')}" 파라미터를 반드시 이해해야 한다고 요구하지만, 이 놀이터는 이를 지원하지 않으므로 토큰을 거부해야 합니다.`,
  'jwe-zip-unsupported': (p) =>
    `"zip": "${s(p, 'zip')}"은(는) 이 놀이터가 아는 압축 방식이 아닙니다. 정의된 방식은 "DEF"뿐입니다.`,
  'jwe-zip': () =>
    '암호화하기 전에 평문을 압축했습니다("zip": "DEF"). 비밀 값을 공격자가 고른 텍스트와 함께 압축하면 암호문 길이로 비밀이 새어 나갈 수 있습니다.',
  'jwe-header-member': (p) =>
    `${s(p, 'alg')}에는 "${s(p, 'name')}" 파라미터가 필요한데, ${HEADER_PROBLEMS[s(p, 'problem')]?.(p) ?? ''}`,
  'jwe-encrypted-key-not-empty': (p) =>
    `${s(p, 'alg')} 방식에서는 토큰에 키를 담아 보내지 않으므로 암호화된 키 부분이 비어 있어야 하는데, 비어 있지 않습니다.`,
  'jwe-encrypted-key-empty': (p) =>
    `${s(p, 'alg')} 방식에서는 콘텐츠 키가 암호화된 키 부분에 담겨 전달되는데, 그 부분이 비어 있습니다.`,
  'jwe-iv-length': (p) =>
    `${s(p, 'enc')}에는 ${s(p, 'expected')}바이트 IV가 필요한데, 이 IV는 ${s(p, 'actual')}바이트입니다.`,
  'jwe-tag-length': (p) =>
    `${s(p, 'enc')}의 인증 태그는 ${s(p, 'expected')}바이트인데, 이 태그는 ${s(p, 'actual')}바이트입니다. 태그 일부가 빠졌거나 덧붙었습니다.`,
  'jwe-key-unfit': (p) =>
    `${s(p, 'alg')}에는 ${NEEDS[s(p, 'needs')] ?? s(p, 'needs')}가 필요한데, 이 키는 ${koKey(s(p, 'key'))}입니다.`,
  'jwe-key-public': (p) =>
    `이 키는 ${s(p, 'kty')} 공개 키입니다. 공개 키로는 키 주인에게 보낼 토큰을 암호화할 수 있을 뿐이고, 복호화는 짝이 되는 개인 키로만 할 수 있습니다.`,
  'jwe-key-alg-mismatch': (p) =>
    `이 키는 "alg": "${s(p, 'keyAlg')}"로 지정되어 있으므로 "${s(p, 'alg')}"에 쓰면 안 됩니다.`,
  'jwe-key-use-sig': () =>
    '이 키는 "use": "sig"(서명 전용)로 지정되어 있는데, 여기서는 암호화에 쓰였습니다.',
  'jwe-kid-not-found': (p) =>
    `토큰은 "${s(p, 'kid')}" 키를 요구하는데, 키 세트에 있는 키는 ${s(p, 'kids') || '없음'}입니다.`,
  'jwe-key-length': (p) =>
    `${s(p, 'alg')}에는 ${s(p, 'expected')}비트 키가 필요한데, 이 키는 ${s(p, 'actual')}비트입니다.`,
  'jwe-unwrap-failed': (p) =>
    `${s(p, 'alg')}(으)로 콘텐츠 키를 되찾지 못했습니다. 토큰을 암호화할 때 쓴 키가 아니거나, 암호화된 키${s(p, 'alg').includes('GCMKW') ? '나 그 IV, 태그' : ''}가 바뀌었습니다.`,
  'jwe-cek-length': (p) =>
    `${s(p, 'enc')}에는 ${s(p, 'expected')}비트 콘텐츠 키가 필요한데, 되찾은 키는 ${s(p, 'actual')}비트입니다.`,
  'jwe-tag-mismatch': () =>
    '복호화에 실패했습니다. 인증 태그가 일치하지 않습니다. 암호문, IV, 태그 또는 헤더(추가 인증 데이터)가 바뀌었거나 키가 틀렸습니다. 평문은 일부라도 믿을 수 없으므로 전혀 보여 주지 않습니다.',
  'jwe-p2c-too-large': (p) =>
    `"p2c"가 PBKDF2 반복 횟수로 ${s(p, 'p2c')}번을 요구합니다. 이 놀이터의 상한(${s(p, 'max')}번)을 넘습니다. 보내는 쪽이 이렇게 받는 쪽의 CPU를 소모시킬 수 있으므로 토큰을 거부합니다.`,
  'jwe-p2c-small': (p) =>
    `"p2c"가 ${s(p, 'p2c')}입니다. RFC 7518은 최소 1000번을 권합니다. 횟수가 적을수록 비밀번호를 추측해 보는 속도가 빨라집니다.`,
  'jwe-p2s-short': (p) => `솔트 "p2s"가 ${s(p, 'bytes')}바이트입니다. 최소 8바이트여야 합니다.`,
  'jwe-epk-invalid': (p) =>
    `보낸 쪽의 임시 공개 키 "epk"를 쓸 수 없습니다. ${EPK_PROBLEMS[s(p, 'problem')]?.(p) ?? ''}`,
  'jwe-nested': () =>
    '평문이 다시 토큰입니다("cty": "JWT"). 암호화된 토큰 안에 서명된 토큰이 들어 있으며, 같은 키 입력란의 키로 이어서 검증했습니다.',
  'jwe-encrypt-failed': (p) => `WebCrypto가 토큰을 암호화하지 못했습니다(${s(p, 'error')}).`,
};
