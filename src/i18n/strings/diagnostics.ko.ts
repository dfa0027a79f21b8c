/**
 * The Korean sentence of every diagnostic code, and the helpers that build them; the key reasons are
 * in key-reasons.ko.ts, the JWE findings in jwe.ko.ts.
 */
import type { DiagnosticCode, DiagnosticParams } from '../../jwt/index';
import type { diagnosticEn } from './diagnostics';
import { JWE_KO } from './jwe.ko';
import { koKeyProblem } from './key-reasons.ko';
import { koJsonSyntax, s, typeOf } from './ko-params';

export const diagnosticKo: Record<keyof typeof diagnosticEn, string> = {
  'diagnostics.label': '찾은 문제',
  'diagnostics.newTab': '새 탭에서 열림',
};

// --- helpers for the Korean sentences ---

/** "4분", "3시간", "2일": the Korean twin of the core's formatDuration. */
export function koDuration(seconds: number): string {
  const a = Math.abs(seconds);
  if (a < 90) return `${Math.round(a)}초`;
  if (a < 90 * 60) return `${Math.round(a / 60)}분`;
  if (a < 48 * 3600) return `${Math.round(a / 3600)}시간`;
  if (a < 730 * 86400) return `${Math.round(a / 86400)}일`;
  return `${Math.round(a / (365.25 * 86400))}년`;
}

/** A duration from the numeric `seconds` param. */
function duration(p: DiagnosticParams): string {
  const v = p.seconds;
  return typeof v === 'number' && Number.isFinite(v) ? koDuration(v) : '';
}

const type = (p: DiagnosticParams): string => typeOf(p, 'type');

const WHAT: Record<string, string> = {
  path: '파일 경로',
  sql: 'SQL 문',
  shell: '셸 명령',
  url: 'URL 주소',
};

const CRIT: Record<string, (p: DiagnosticParams) => string> = {
  'not-array': (p) =>
    `헤더 파라미터 이름을 담은, 비어 있지 않은 배열이어야 하는데 ${typeOf(p, 'actual')}입니다.`,
  empty: () => '빈 배열입니다. 나열할 것이 없다면 "crit"를 빼야 합니다(RFC 7515 §4.1.11).',
  'not-string': (p) =>
    `헤더 파라미터 이름은 문자열이어야 하는데, 항목 하나가 ${typeOf(p, 'actual')}입니다.`,
  registered: (p) =>
    `"${s(p, 'name')}" 파라미터는 JOSE RFC에 이미 정의되어 있으므로 나열하면 안 됩니다.`,
  absent: (p) => `헤더에 없는 "${s(p, 'name')}" 파라미터를 나열했습니다.`,
  duplicate: () => '같은 이름이 두 번 나열되었습니다.',
};

const KTY: Record<string, string> = {
  oct: '공유 비밀 키(oct)',
  RSA: 'RSA 키',
  EC: '타원 곡선(EC) 키',
  OKP: 'Ed25519(OKP) 키',
};

/** The key of key-alg-mismatch (kind, kty, crv, its own "alg") in Korean. */
function koKey(p: DiagnosticParams): string {
  const base =
    p.kind === 'secret'
      ? '공유 비밀 키(시크릿)'
      : `${s(p, 'kty')}${p.crv ? ` ${s(p, 'crv')}` : ''} ${p.kind === 'private' ? '개인 키' : '공개 키'}`;
  return p.keyAlg ? `"alg": "${s(p, 'keyAlg')}"로 지정된 ${base}` : base;
}

/** Why the key does not fit the algorithm (the core's KeyMismatch). */
function koMismatch(p: DiagnosticParams): string {
  switch (p.reason) {
    case 'none':
      return '보호되지 않은(unsecured) 토큰은 키를 쓰지 않습니다.';
    case 'kty':
      return `${s(p, 'alg')} 알고리즘에는 ${KTY[s(p, 'needKty')] ?? s(p, 'needKty')}가 필요합니다.`;
    case 'crv':
      return `${s(p, 'alg')} 알고리즘에는 ${s(p, 'needCrv')} 곡선이 필요한데, ${p.keyCrv ? `이 키는 ${s(p, 'keyCrv')} 곡선 위의 키입니다` : '이 키에는 곡선 정보가 없습니다'}.`;
    default:
      return `키에 지정된 알고리즘("alg")은 "${s(p, 'keyAlg')}"입니다.`;
  }
}

/** The audience as the core gives it: quoted names, or an empty or absent list. */
function audience(p: DiagnosticParams): string {
  if (p.audKind === 'empty') return '빈 목록';
  if (p.audKind === 'none') return '없음';
  return s(p, 'aud');
}

/** The Korean sentence of every code, built from the same params as the English one. */
export const KO: Record<DiagnosticCode, (p: DiagnosticParams) => string> = {
  // --- the input as a whole ---
  'input-empty': () =>
    '입력이 비어 있습니다. 점(.)으로 구분된 여러 부분으로 이루어진 토큰을 붙여 넣으세요.',
  'bearer-prefix': (p) =>
    `"${s(p, 'prefix')}" 접두어는 HTTP Authorization 헤더의 인증 방식(scheme) 이름이지 토큰의 일부가 아니므로, 디코딩할 때 빼고 읽었습니다.`,
  'surrounding-whitespace': () =>
    '토큰 앞뒤의 공백은 토큰의 일부가 아니므로, 디코딩할 때 빼고 읽었습니다.',
  'surrounding-quotes': () =>
    '토큰이 따옴표로 감싸여 있었습니다(JSON이나 코드에서 복사한 것 같습니다). 따옴표는 빼고 읽었습니다.',
  'json-serialization': () =>
    '이 입력은 JWS JSON 직렬화 형식으로 보입니다. JWT는 항상 compact 형식, 즉 base64url로 인코딩된 세 부분을 점(.)으로 이어 붙인 형태를 씁니다.',
  'segment-count': (p) =>
    `이 토큰은 ${s(p, 'count')}개 부분으로 되어 있습니다. 서명된 토큰(JWS)은 3개, 암호화된 토큰(JWE)은 5개 부분으로 이루어집니다.`,
  'jwe-encrypted': () =>
    '암호화된 토큰(JWE)입니다. 읽을 수 있는 것은 헤더뿐이고, 페이로드는 복호화 키가 있어야 풀 수 있는 암호문입니다.',
  'jwe-not-verifiable': () =>
    '암호화된 토큰(JWE)에는 여기서 검증할 서명이 없습니다. 토큰을 받는 쪽이 복호화해야 합니다.',
  // --- base64url ---
  'b64-padding': () => '"=" 패딩은 허용되지 않습니다. JWS에서 쓰는 base64url은 패딩을 생략합니다.',
  'b64-standard-alphabet': (p) =>
    `"${s(p, 'char')}" 문자는 표준 base64에서 쓰는 문자입니다. base64url은 "+"와 "/" 대신 "-"와 "_"를 씁니다.`,
  'b64-whitespace': () =>
    '각 부분 안에는 공백이나 줄바꿈이 들어갈 수 없습니다. 토큰은 끊김 없는 한 줄이어야 합니다.',
  'b64-invalid-char': (p) =>
    `"${s(p, 'char')}"(${s(p, 'codepoint')}) 문자는 base64url 문자(A–Z, a–z, 0–9, "-", "_")가 아닙니다.`,
  'b64-impossible-length': (p) =>
    `이 부분의 길이는 ${s(p, 'length')}자입니다. 4로 나눈 나머지가 1인 길이는 어떤 바이트열을 인코딩해도 나올 수 없습니다.`,
  'b64-noncanonical': (p) =>
    `마지막 문자 "${s(p, 'char')}"에 0이어야 하는 비트가 들어 있습니다. 정규(canonical) 형태의 마지막 문자는 "${s(p, 'canonical')}"입니다. 두 문자열이 같은 바이트로 디코딩되므로, 서로 다른 두 문자열이 하나의 토큰을 나타내게 됩니다.`,
  // --- header ---
  'header-empty': () =>
    '헤더가 비어 있습니다. 헤더는 적어도 "alg" 파라미터가 들어 있는 JSON 객체여야 합니다.',
  'header-utf8-invalid': (p) =>
    `헤더의 바이트가 올바른 UTF-8이 아닙니다(바이트 위치 ${s(p, 'byte')}).`,
  'header-utf8-bom': () =>
    '헤더가 바이트 순서 표시(BOM, EF BB BF)로 시작합니다. 토큰 안의 JSON 텍스트에는 BOM이 있으면 안 됩니다.',
  'header-json-syntax': (p) => `헤더가 올바른 JSON이 아닙니다: ${koJsonSyntax(p)}`,
  'header-not-object': (p) => `헤더가 JSON ${type(p)}입니다. 헤더는 반드시 JSON 객체여야 합니다.`,
  'duplicate-member': (p) =>
    `"${s(p, 'name')}" 파라미터가 두 번 나옵니다. 파서마다 어느 쪽(처음 또는 마지막)을 쓸지 다르게 판단하므로 이 토큰은 거부됩니다.`,
  'alg-missing': () =>
    '헤더에 "alg" 파라미터가 없습니다. 검증하는 쪽은 토큰이 어떤 알고리즘으로 서명되었는지 알 수 없습니다.',
  'alg-not-string': (p) => `"alg" 값은 문자열이어야 하는데, 여기서는 ${typeOf(p, 'actual')}입니다.`,
  'alg-unknown': (p) =>
    `"${s(p, 'alg')}" 알고리즘은 이 놀이터가 아는 JWS 알고리즘이 아니므로 거부됩니다.`,
  'alg-none-case': (p) =>
    `"${s(p, 'alg')}" 값은 "none"과 다릅니다. 알고리즘 이름은 대소문자를 구분합니다. 대소문자를 무시하고 비교하던 검증기가 실제로 이 방법에 속은 적이 있습니다.`,
  'alg-unsupported-here': (p) =>
    `이 브라우저의 WebCrypto는 ${s(p, 'alg')} 서명을 검증할 수 없습니다.`,
  'enc-in-jws': () =>
    '헤더에 "enc"(암호화 파라미터)가 있는데, 토큰은 서명된 토큰처럼 세 부분으로 되어 있습니다. 두 사실이 서로 모순됩니다.',
  'crit-invalid': (p) =>
    `"crit" 파라미터의 형식이 잘못되었습니다: ${CRIT[s(p, 'reason')]?.(p) ?? ''}`,
  'header-param-type': (p) =>
    `"${s(p, 'name')}" 파라미터는 ${typeOf(p, 'expected')}이어야 하는데, 여기서는 ${typeOf(p, 'actual')}입니다. 값을 추측하지 않고 헤더를 거부합니다.`,
  'crit-unsupported': (p) =>
    `"crit" 목록은 검증기가 "${s(p, 'name')}" 파라미터를 반드시 이해해야 한다고 요구하지만, 이 검증기는 이를 지원하지 않으므로 토큰을 거부해야 합니다.`,
  'b64-not-critical': () =>
    '"b64" 파라미터는 서명 계산 방식을 바꾸므로 "crit" 목록에도 반드시 있어야 하는데, 빠져 있습니다.',
  'b64-unencoded-payload': () =>
    '"b64": false이면 페이로드를 base64url로 인코딩하지 않고 원래 바이트 그대로 서명합니다(RFC 7797). JWT에서는 이 방식을 쓰면 안 됩니다.',
  'b64-payload-has-dot': () =>
    '인코딩하지 않은 페이로드에 "." 문자가 들어 있으면 compact 형식으로 보낼 수 없습니다. 페이로드를 분리(detached)해서 보내야 합니다.',
  'header-jku': (p) =>
    `"jku" 파라미터가 키 세트의 위치(${s(p, 'value')})를 가리킵니다. 토큰에 적힌 주소에서 키를 가져오는 서버는 보낸 사람이 키를 고르도록 허용하는 셈입니다.`,
  'header-x5u': (p) =>
    `"x5u" 파라미터가 인증서의 위치(${s(p, 'value')})를 가리킵니다. 그 인증서를 가져오는 서버는 보낸 사람이 키를 고르도록 허용하는 셈입니다.`,
  'header-jwk': () =>
    '헤더에 자체 키("jwk")가 들어 있습니다. 이 키로 검증하는 서버는 보낸 사람이 서명한 어떤 토큰이든 받아들이게 됩니다(CVE-2018-0114).',
  'header-x5c': () =>
    '헤더에 인증서 체인("x5c")이 들어 있습니다. 이 체인이 서버가 정한 신뢰 앵커(trust anchor)까지 이어지지 않으면 아무것도 증명하지 못합니다.',
  'header-kid': (p) =>
    `"kid" 값("${s(p, 'value')}")은 어떤 키를 쓸지 가리키는 이름일 뿐입니다. 서버는 자기 키 목록에서 그 키를 찾아야 합니다.`,
  'header-kid-suspicious': (p) =>
    `"kid" 값("${s(p, 'value')}")이 ${WHAT[s(p, 'what')] ?? s(p, 'what')}처럼 보입니다. kid를 파일 경로나 데이터베이스 쿼리에 그대로 넣는 서버는 보낸 사람이 고른 키를 쓰도록 조작될 수 있습니다.`,
  'typ-unusual': (p) =>
    `"typ" 값이 "${s(p, 'value')}"입니다. 일반적인 JWT라면 보통 "JWT"라고 적습니다.`,
  // --- payload ---
  'payload-empty': () =>
    '페이로드가 비어 있습니다. 서명은 0바이트를 대상으로 하거나, 따로 전달된 분리(detached) 페이로드를 대상으로 합니다. 클레임은 없습니다.',
  'payload-utf8-invalid': (p) =>
    `페이로드의 바이트가 올바른 UTF-8이 아니므로(바이트 위치 ${s(p, 'byte')}) JWT 클레임 집합가 아닙니다.`,
  'payload-json-syntax': (p) => `페이로드가 올바른 JSON이 아닙니다: ${koJsonSyntax(p)}`,
  'payload-not-json': () =>
    '페이로드가 JSON이 아닌 일반 텍스트입니다. 서명된 토큰은 어떤 바이트든 담을 수 있지만, 이것은 JWT 클레임 집합가 아닙니다.',
  'payload-not-object': (p) =>
    `페이로드가 JSON ${type(p)}입니다. JWT 클레임 집합는 JSON 객체여야 합니다.`,
  'payload-duplicate-claim': (p) =>
    `"${s(p, 'name')}" 클레임이 두 번 나옵니다. 파서마다 어느 쪽을 쓸지 다르게 판단하므로 클레임 전체가 거부됩니다.`,
  'payload-detached': () =>
    '페이로드 부분이 비어 있고 분리(detached) 페이로드가 따로 주어졌습니다. 서명은 그 페이로드를 대상으로 검증했습니다.',
  'nested-jwt': () =>
    '"cty": "JWT"는 페이로드가 또 다른 토큰이라는 뜻입니다. 안쪽 토큰도 이어서 검사했고, 클레임은 안쪽 토큰에서 가져왔습니다.',
  // --- algorithm, key and signature ---
  'alg-none': () =>
    '"alg": "none"은 보호되지 않은(unsecured) 토큰이라는 뜻입니다. 서명이 없으므로 누가 만들었는지 증명할 수 없습니다.',
  'alg-none-not-allowed': () =>
    '보호되지 않은 토큰("alg": "none")은 애플리케이션이 명시적으로 허용하지 않는 한 받아들이면 안 됩니다.',
  'none-signature-not-empty': () =>
    '"alg": "none"이면 서명 부분이 비어 있어야 하는데, 비어 있지 않습니다.',
  'alg-not-allowed': (p) =>
    s(p, 'allowed') === ''
      ? `토큰은 ${s(p, 'alg')} 알고리즘을 쓴다고 하지만, 검증기가 허용하는 알고리즘이 하나도 없습니다. 알고리즘은 서명보다 먼저 확인합니다.`
      : `토큰은 ${s(p, 'alg')} 알고리즘을 쓴다고 하지만, 검증기가 허용하는 알고리즘은 ${s(p, 'allowed')}뿐입니다. 알고리즘은 서명보다 먼저 확인합니다.`,
  'key-missing': () =>
    '키가 주어지지 않아 서명을 검증하지 않았습니다. 클레임은 디코딩만 했을 뿐입니다.',
  'key-invalid': (p) => `키를 읽을 수 없습니다: ${koKeyProblem(p)}`,
  'key-empty': () =>
    'HMAC 비밀 키(시크릿)가 비어 있습니다. WebCrypto는 빈 키를 거부하며, 빈 키를 받아들이는 서버는 속을 수 있습니다(CVE-2019-20933).',
  'key-alg-mismatch': (p) =>
    `토큰은 ${s(p, 'alg')} 알고리즘을 쓴다고 하지만, 키는 ${koKey(p)}입니다: ${koMismatch(p)} 하나의 키는 한 가지 알고리즘에만 써야 합니다.`,
  'key-use-not-sig': (p) =>
    `키에 "use": "${s(p, 'use')}"라고 적혀 있으므로 서명용 키가 아닙니다. 이 키로 JWS를 ${s(p, 'op') === 'sign' ? '서명하면' : '검증하면'} 안 됩니다. 하나의 키는 한 가지 용도로만 써야 합니다.`,
  'key-ops-forbid': (p) =>
    `키의 "key_ops" 목록(${s(p, 'ops') || '빈 목록'})에 "${s(p, 'op')}"가 없으므로, 이 키로 ${s(p, 'op') === 'sign' ? '서명하면' : '검증하면'} 안 됩니다.`,
  'key-small-order': () =>
    '이 Ed25519 공개 키는 위수가 작은 점(항등점 등)입니다. 이런 키로는 고정된 서명 하나가 어떤 페이로드에 대해서도 검증을 통과하므로, 이 키를 거부합니다.',
  'kid-not-found': (p) =>
    `키 세트에 "kid"가 "${s(p, 'kid')}"인 키가 없습니다. 키 세트에 있는 kid: ${s(p, 'kids') || '없음'}.`,
  'key-private': () =>
    '개인 키가 주어졌습니다. 검증에는 그 키의 공개 키 부분을 사용했습니다. 개인 키는 발급자만 가지고 있어야 합니다.',
  'signature-invalid': (p) =>
    `이 키로 헤더와 페이로드에 대해 계산한 ${s(p, 'alg')} 서명이 토큰의 서명과 일치하지 않습니다. 토큰이 변조되었거나, 이 키가 서명에 쓰인 키가 아닙니다.`,
  'nested-signature-invalid': (p) =>
    `안쪽 토큰("cty": "JWT")의 ${s(p, 'alg')} 서명이 이 키로 계산한 값과 일치하지 않습니다. 감싸기 전에 안쪽 토큰이 변조되었거나, 다른 키로 서명되었습니다. 바깥 토큰의 서명은 따로 판정합니다.`,
  'signature-empty': () =>
    '서명 부분이 비어 있습니다(잘려 나갔습니다). 서명이 없어도 되는 토큰은 "alg": "none" 토큰뿐입니다.',
  'signature-length': (p) =>
    `${s(p, 'alg')} 서명의 길이는 ${s(p, 'expected')}바이트여야 하는데, 이 서명은 ${s(p, 'actual')}바이트입니다.`,
  'signature-der': () =>
    '이 ECDSA 서명은 DER로 인코딩된 것 같습니다(OpenSSL이 쓰는 형식). JWS에는 R과 S를 그대로 이어 붙인 R||S 형식이 필요합니다.',
  'hmac-key-short': (p) =>
    `HMAC 비밀 키(시크릿)가 ${s(p, 'bits')}비트입니다. ${s(p, 'alg')}에는 최소 ${s(p, 'required')}비트가 필요합니다. 짧은 시크릿은 토큰 하나만 있어도 오프라인에서 추측해 낼 수 있습니다.`,
  'hmac-key-guessable': () =>
    'HMAC 비밀 키(시크릿)가 흔한 단어나 패턴입니다. 토큰 하나로 사전 공격을 하면 몇 초 만에 찾아냅니다.',
  'hmac-key-looks-public': (p) =>
    `HMAC 비밀 키가 ${s(p, 'what') === 'jwk' ? 'JWK' : '공개 키(PEM)'}의 텍스트입니다. 공개된 값이라 누구나 이 키로 토큰을 서명할 수 있습니다. 알고리즘 혼동 공격이 바로 이렇게 토큰을 위조합니다(CVE-2015-9235).`,
  'signature-ecdsa-zero': () =>
    'ECDSA 서명의 r 또는 s가 0입니다. 진짜 서명에서는 나올 수 없는 값인데, 범위 검사를 빠뜨린 검증기는 어떤 메시지에 대해서도 이 서명을 받아들였습니다("사이킥 서명", CVE-2022-21449).',
  'rsa-key-small': (p) =>
    `RSA 키가 ${s(p, 'bits')}비트입니다. RS*와 PS* 알고리즘에는 2048비트 이상의 키가 필요합니다.`,
  // --- claims ---
  'claim-not-numericdate': (p) =>
    `"${s(p, 'claim')}" 클레임은 1970년부터 센 초 단위 숫자(NumericDate)여야 하는데, ${type(p)}입니다.`,
  'claim-date-not-finite': (p) =>
    `"${s(p, 'claim')}" 값 ${s(p, 'text')}은(는) 어떤 날짜로도 나타낼 수 없을 만큼 큰 숫자입니다. 배정밀도 실수에 담기지 않아 무한대로 읽히므로, 어떤 시각과도 비교할 수 없습니다.`,
  'claim-not-string': (p) => `"${s(p, 'claim')}" 클레임은 문자열이어야 하는데, ${type(p)}입니다.`,
  'aud-not-strings': () => '"aud" 클레임은 문자열이거나 문자열 배열이어야 합니다.',
  expired: (p) => `토큰이 ${duration(p)} 전에 만료되었습니다(exp ${iso(p)}).`,
  'expired-within-leeway': (p) =>
    `토큰이 ${duration(p)} 전에 만료되었지만, 허용된 시계 오차(leeway) ${s(p, 'leeway')}초 이내입니다.`,
  'not-yet-valid': (p) => `이 토큰은 ${iso(p)}부터 유효합니다(${duration(p)} 후).`,
  'iat-future': (p) =>
    `"iat" 클레임에 따르면 토큰이 미래(${iso(p)})에 발급되었습니다. 어느 쪽 시계가 틀렸거나 토큰이 위조된 것입니다.`,
  'date-milliseconds': (p) =>
    `"${s(p, 'claim')}" 값이 밀리초 단위로 보입니다(${year(p)}). NumericDate는 초 단위이니 1000으로 나누세요.`,
  'exp-missing': () =>
    '"exp" 클레임이 없습니다. 이 토큰은 만료되지 않으므로, 탈취된 사본을 영원히 쓸 수 있습니다.',
  'lifetime-long': (p) =>
    `이 토큰의 수명은 iat부터 exp까지 ${s(p, 'days')}일입니다. 액세스 토큰은 보통 몇 분 동안만 유효합니다.`,
  'claim-missing': (p) =>
    `검증하는 쪽은 "${s(p, 'claim')}" 클레임을 요구하는데, 토큰에 이 클레임이 없습니다.`,
  'aud-mismatch': (p) =>
    `토큰의 수신자(aud)는 ${audience(p)}이며, 이 검증기가 기대하는 수신자("${s(p, 'expected')}")과 다릅니다. 다른 서비스를 위해 발급된 토큰은 거부해야 합니다.`,
  'aud-unchecked': (p) =>
    `토큰에 대상(aud: ${audience(p)})이 적혀 있지만, 기대하는 대상이 설정되지 않아 확인하지 않았습니다.`,
  'iss-mismatch': (p) =>
    p.reason === 'missing'
      ? `발급자(iss) 클레임이 없습니다. 기대하는 발급자는 "${s(p, 'expected')}"입니다.`
      : `발급자(iss)는 ${s(p, 'iss')}이지만, 기대하는 발급자는 "${s(p, 'expected')}"입니다.`,
  'claim-sensitive': (p) =>
    `"${s(p, 'claim')}" 클레임은 민감한 정보로 보입니다. 페이로드는 암호화가 아니라 인코딩만 되어 있으므로, 토큰을 가진 누구나 읽을 수 있습니다.`,
  // Encrypted tokens (JWE), in their own file.
  ...JWE_KO,
};

function iso(p: DiagnosticParams): string {
  return p.iso === undefined ? '달력으로 나타낼 수 없는 먼 미래' : s(p, 'iso');
}

function year(p: DiagnosticParams): string {
  return p.year === undefined ? '275000년 이후' : `${s(p, 'year')}년`;
}
