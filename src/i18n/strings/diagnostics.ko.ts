/** The Korean sentence of every diagnostic code, and the helpers that build them. */
import type { DiagnosticCode, DiagnosticParams } from '../../jwt/index';
import type { diagnosticEn } from './diagnostics';

export const diagnosticKo: Record<keyof typeof diagnosticEn, string> = {
  'diagnostics.label': '찾은 문제',
  'diagnostics.newTab': '새 탭에서 열림',
};

// --- helpers for the Korean sentences ---

const s = (p: DiagnosticParams, k: string): string => String(p[k] ?? '');

/** "4분", "3시간", "2일": the Korean twin of the core's formatDuration. */
export function koDuration(seconds: number): string {
  const a = Math.abs(seconds);
  if (a < 90) return `${Math.round(a)}초`;
  if (a < 90 * 60) return `${Math.round(a / 60)}분`;
  if (a < 48 * 3600) return `${Math.round(a / 3600)}시간`;
  if (a < 730 * 86400) return `${Math.round(a / 86400)}일`;
  return `${Math.round(a / (365.25 * 86400))}년`;
}

/** A duration from the numeric `seconds` param; the core's English text only when it is missing. */
function duration(p: DiagnosticParams, english: string): string {
  const v = p.seconds;
  return typeof v === 'number' && Number.isFinite(v) ? koDuration(v) : s(p, english);
}

const TYPES: Record<string, string> = {
  'a string': '문자열',
  'a number': '숫자',
  'an array': '배열',
  'an object': '객체',
  'a boolean': '불리언(true/false)',
  null: 'null',
  // sign.ts reports `typeof` words
  string: '문자열',
  number: '숫자',
  object: '객체(또는 배열, null)',
  boolean: '불리언(true/false)',
};
const type = (p: DiagnosticParams): string => TYPES[s(p, 'type')] ?? s(p, 'type');

const WHAT: Record<string, string> = {
  'a file path': '파일 경로',
  SQL: 'SQL 문',
  'a shell command': '셸 명령',
  'a URL': 'URL 주소',
};

const KTY: Record<string, string> = {
  oct: '공유 비밀 키(oct)',
  RSA: 'RSA 키',
  EC: '타원 곡선(EC) 키',
  OKP: 'OKP(Ed25519) 키',
  'a shared secret (HMAC)': '공유 비밀 키(HMAC)',
  'an RSA key': 'RSA 키',
  'an elliptic-curve (EC) key': '타원 곡선(EC) 키',
  'an Ed25519 (OKP) key': 'Ed25519(OKP) 키',
};

/** The core's key description ("a public EC P-256 key marked "alg": "ES256"") in Korean. */
function koKey(key: string): string {
  if (key in KTY) return KTY[key]!;
  const m =
    /^(?:(a shared secret)|a (private|public) (\S+)(?: (\S+))? key)(?: marked "alg": "(.*)")?$/.exec(
      key,
    );
  if (!m) return key;
  const base = m[1]
    ? '공유 비밀 키(시크릿)'
    : `${m[3]}${m[4] ? ` ${m[4]}` : ''} ${m[2] === 'private' ? '개인 키' : '공개 키'}`;
  return m[5] ? `"alg": "${m[5]}"로 지정된 ${base}` : base;
}

/**
 * Some params are English sentences built by the core (JSON syntax, "crit", key problems). The known
 * shapes are translated here; anything else stays in English rather than being guessed at.
 */
const DETAILS: [RegExp, (m: RegExpExecArray) => string][] = [
  // JSON syntax (json.ts: the parser's error, in a student's words)
  [
    /^the text ends too early \((.*)\)\.?$/i,
    (m) => `텍스트가 도중에 끝났습니다(${koDetail(m[1]!)}).`,
  ],
  [/^unexpected text$/, () => '예상하지 못한 글자'],
  [/^this number is not written the JSON way$/, () => 'JSON 형식에 맞지 않는 숫자'],
  [
    /^a member name in double quotes is expected \(no trailing comma\)$/,
    () => '큰따옴표로 감싼 이름이 와야 합니다(마지막 쉼표는 허용되지 않음)',
  ],
  [/^a value is expected$/, () => '값이 와야 합니다'],
  [/^a ":" is expected after the member name$/, () => '이름 다음에 ":"가 와야 합니다'],
  [/^a "," is expected between members$/, () => '멤버 사이에 ","가 와야 합니다'],
  [/^a closing "\}" is expected$/, () => '닫는 "}"가 와야 합니다'],
  [/^a closing "\]" is expected$/, () => '닫는 "]"가 와야 합니다'],
  [/^the text should end here$/, () => '여기서 텍스트가 끝나야 합니다'],
  [/^comments are not allowed in JSON$/, () => 'JSON에는 주석을 쓸 수 없습니다'],
  [/^a string is not closed with a double quote$/, () => '문자열이 큰따옴표로 닫히지 않았습니다'],
  [/^a number ends too early$/, () => '숫자가 도중에 끝났습니다'],
  [/^a \\u escape needs four hex digits$/, () => '\\u 이스케이프에는 16진수 네 자리가 필요합니다'],
  [/^this backslash escape does not exist in JSON$/, () => 'JSON에 없는 역슬래시 이스케이프입니다'],
  [
    /^a raw control character \(a tab or line break\) inside a string must be escaped$/,
    () => '문자열 안의 제어 문자(탭이나 줄바꿈)는 이스케이프해야 합니다',
  ],
  [/^this is not JSON$/, () => 'JSON이 아닙니다'],
  [
    /^it nests arrays and objects more than (\d+) levels deep \(at character (\d+)\)/,
    (m) =>
      `배열과 객체가 ${m[1]}단계보다 깊게 중첩되어 있습니다(${m[2]}번째 문자). 이 놀이터는 거기서 멈춥니다(RFC 8259 §9).`,
  ],
  [
    /^it contains NUL characters/,
    () => 'UTF-16 텍스트처럼 NUL 문자가 들어 있습니다. JOSE는 UTF-8을 요구합니다(RFC 8725 §3.7).',
  ],
  [
    /^strings and names need double quotes/,
    () => 'JSON에서 문자열과 이름은 큰따옴표(")로 감싸야 합니다.',
  ],
  [
    /^a raw control character \((U\+[0-9A-F]+)\) inside a string must be escaped\.$/,
    (m) => `문자열 안의 제어 문자(${m[1]})는 이스케이프해야 합니다.`,
  ],
  [/^(.*) at character (\d+)\.$/, (m) => `${m[2]}번째 문자: ${koDetail(m[1]!)}.`],
  // "crit" (inspect.ts)
  [
    /^it must be a non-empty array of header parameter names\.$/,
    () => '헤더 파라미터 이름을 담은, 비어 있지 않은 배열이어야 합니다.',
  ],
  [
    /^"(.*)" is defined by the JOSE RFCs and must not be listed\.$/,
    (m) => `"${m[1]}" 파라미터는 JOSE RFC에 이미 정의되어 있으므로 나열하면 안 됩니다.`,
  ],
  [
    /^it lists "(.*)", which the header does not contain\.$/,
    (m) => `헤더에 없는 "${m[1]}" 파라미터를 나열했습니다.`,
  ],
  [/^a name is listed twice\.$/, () => '같은 이름이 두 번 나열되었습니다.'],
  [/^"b64" must be true or false\.$/, () => '"b64" 값은 true 또는 false여야 합니다.'],
  // key and algorithm (algorithms.ts keyFitsAlgorithm)
  [
    /^an unsecured token uses no key\.$/,
    () => '보호되지 않은(unsecured) 토큰은 키를 쓰지 않습니다.',
  ],
  [
    /^(\S+) needs the curve (\S+), and this key is on (.+)\.$/,
    (m) =>
      `${m[1]} 알고리즘에는 ${m[2]} 곡선이 필요한데, ${m[3] === 'no curve' ? '이 키에는 곡선 정보가 없습니다' : `이 키는 ${m[3]} 곡선 위의 키입니다`}.`,
  ],
  [/^(\S+) needs (.+)\.$/, (m) => `${m[1]} 알고리즘에는 ${KTY[m[2]!] ?? m[2]}가 필요합니다.`],
  [/^the key says "alg": "(.*)"\.$/, (m) => `키에 지정된 알고리즘("alg")은 "${m[1]}"입니다.`],
  // reading a key (check.ts, keys.ts): the frequent ones
  [/^no key in the set fits this token\.$/, () => '키 세트에 이 토큰에 맞는 키가 없습니다.'],
  [/^WebCrypto refused it\.$/, () => 'WebCrypto가 키를 거부했습니다.'],
  [/^the JWK Set is empty/, () => 'JWK Set이 비어 있습니다. "keys" 배열에 키가 하나도 없습니다.'],
  [/^keys\[(\d+)\] in the JWK Set: (.*)$/, (m) => `JWK Set의 keys[${m[1]}]: ${koDetail(m[2]!)}`],
  [
    /^this is neither PEM nor a JWK/,
    () =>
      'PEM도 JWK도 아닙니다. 공유 비밀 키(시크릿)라면 인코딩(텍스트, base64, base64url, hex)을 선택하세요.',
  ],
  [
    /^this is an OpenSSH public key/,
    () => 'OpenSSH 공개 키입니다. PEM으로 변환하세요(ssh-keygen -e -m PKCS8 -f key.pub).',
  ],
  [
    /^this is a JSON array; a JWK Set is an object/,
    () => 'JSON 배열입니다. JWK Set은 {"keys": [ … ]} 형태의 객체입니다(RFC 7517 §5).',
  ],
  [
    /^this looks like JSON but does not parse \((.*)\)\.$/,
    (m) => `JSON처럼 보이지만 파싱할 수 없습니다(${m[1]}).`,
  ],
  [/^the key input has an unknown type\.$/, () => '알 수 없는 종류의 키 입력입니다.'],
  [/^the PEM block is empty\.$/, () => 'PEM 블록이 비어 있습니다.'],
  [
    /^the key's binary \(DER\) structure is broken: (.*)$/,
    (m) => `키의 바이너리(DER) 구조가 깨져 있습니다: ${m[1]}`,
  ],
  [
    /^an unexpected error occurred while reading it \((.*)\)\.$/,
    (m) => `키를 읽는 중 예상하지 못한 오류가 발생했습니다(${m[1]}).`,
  ],
  [
    /^this browser's WebCrypto does not support (.+) keys\.$/,
    (m) => `이 브라우저의 WebCrypto는 ${m[1]} 키를 지원하지 않습니다.`,
  ],
  [
    /^WebCrypto could not import this (.+) key \((.*)\)\.$/,
    (m) => `WebCrypto가 이 ${m[1]} 키를 가져오지 못했습니다(${m[2]}).`,
  ],
  // a shared secret in an encoding (keys.ts decodeSecret)
  [
    /^a separator splits a pair of hex digits \(at character (\d+)\)\.$/,
    (m) => `구분 문자가 16진수 두 자리 한 쌍을 가르고 있습니다(${m[1]}번째 문자).`,
  ],
  [/^"(.+)" is not a hex digit/, (m) => `"${m[1]}" 문자는 16진수 숫자(0–9, a–f)가 아닙니다.`],
  [
    /^hex must have an even number of digits/,
    () => 'hex는 두 자리가 한 바이트이므로 자릿수가 짝수여야 합니다.',
  ],
  [
    /^"(.+)" belongs to base64url, not base64/,
    (m) =>
      `"${m[1]}" 문자는 base64가 아니라 base64url 문자입니다. 인코딩을 base64url로 선택하세요.`,
  ],
  [
    /^"(.+)" belongs to standard base64; choose base64/,
    (m) =>
      `"${m[1]}" 문자는 표준 base64 문자입니다. 인코딩을 base64로 선택하거나 "-"와 "_"를 쓰세요(RFC 4648 §5).`,
  ],
  [
    /^"(.+)" is not a base64 character/,
    (m) => `"${m[1]}" 문자는 base64 문자(A–Z, a–z, 0–9, "+", "/")가 아닙니다.`,
  ],
  [
    /^"(.+)" is not a base64url character/,
    (m) => `"${m[1]}" 문자는 base64url 문자(A–Z, a–z, 0–9, "-", "_")가 아닙니다.`,
  ],
  [/^the "=" padding may only appear at the end\.$/, () => '"=" 패딩은 맨 끝에만 올 수 있습니다.'],
  [
    /^the "=" padding does not fit/,
    () => '"=" 패딩이 맞지 않습니다. 패딩이 있는 base64의 길이는 4의 배수여야 합니다.',
  ],
  [
    /^(\d+) characters cannot be (base64url|base64):/,
    (m) =>
      `${m[1]}자는 ${m[2]}가 될 수 없습니다. 4로 나눈 나머지가 1인 길이는 어떤 바이트열을 인코딩해도 나오지 않습니다.`,
  ],
  [
    /^base64url has no white space or line breaks/,
    () => 'base64url에는 공백이나 줄바꿈이 들어갈 수 없습니다(RFC 7515 §2).',
  ],
  [
    /^base64url leaves out the "=" padding/,
    () => 'base64url은 "=" 패딩을 생략합니다(RFC 7515 §2).',
  ],
];

/** A core-made English sentence in Korean when its shape is known, else unchanged. */
export function koDetail(detail: string): string {
  for (const [re, ko] of DETAILS) {
    const m = re.exec(detail);
    if (m) return ko(m);
  }
  return detail;
}

const detail = (p: DiagnosticParams): string => koDetail(s(p, 'detail'));

/** The core's lists of values, where the words "none", "nothing", "nobody" and "missing" appear. */
function audience(p: DiagnosticParams): string {
  const a = s(p, 'aud');
  if (a === 'nobody (an empty list)') return '빈 목록';
  if (a === 'nobody') return '없음';
  return a;
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
  'header-json-syntax': (p) => `헤더가 올바른 JSON이 아닙니다: ${detail(p)}`,
  'header-not-object': (p) => `헤더가 JSON ${type(p)}입니다. 헤더는 반드시 JSON 객체여야 합니다.`,
  'duplicate-member': (p) =>
    `"${s(p, 'name')}" 파라미터가 두 번 나옵니다. 파서마다 어느 쪽(처음 또는 마지막)을 쓸지 다르게 판단하므로 이 토큰은 거부됩니다.`,
  'alg-missing': () =>
    '헤더에 "alg" 파라미터가 없습니다. 검증하는 쪽은 토큰이 어떤 알고리즘으로 서명되었는지 알 수 없습니다.',
  'alg-not-string': () => '"alg" 값은 문자열이어야 합니다.',
  'alg-unknown': (p) =>
    `"${s(p, 'alg')}" 알고리즘은 이 놀이터가 아는 JWS 알고리즘이 아니므로 거부됩니다.`,
  'alg-none-case': (p) =>
    `"${s(p, 'alg')}" 값은 "none"과 다릅니다. 알고리즘 이름은 대소문자를 구분합니다. 대소문자를 무시하고 비교하던 검증기가 실제로 이 방법에 속은 적이 있습니다.`,
  'alg-unsupported-here': (p) =>
    `이 브라우저의 WebCrypto는 ${s(p, 'alg')} 서명을 검증할 수 없습니다.`,
  'enc-in-jws': () =>
    '헤더에 "enc"(암호화 파라미터)가 있는데, 토큰은 서명된 토큰처럼 세 부분으로 되어 있습니다. 두 사실이 서로 모순됩니다.',
  'crit-invalid': (p) => `"crit" 파라미터의 형식이 잘못되었습니다: ${detail(p)}`,
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
    `페이로드의 바이트가 올바른 UTF-8이 아니므로(바이트 위치 ${s(p, 'byte')}) JWT 클레임 세트가 아닙니다.`,
  'payload-json-syntax': (p) => `페이로드가 올바른 JSON이 아닙니다: ${detail(p)}`,
  'payload-not-json': () =>
    '페이로드가 JSON이 아닌 일반 텍스트입니다. 서명된 토큰은 어떤 바이트든 담을 수 있지만, 이것은 JWT 클레임 세트가 아닙니다.',
  'payload-not-object': (p) =>
    `페이로드가 JSON ${type(p)}입니다. JWT 클레임 세트는 JSON 객체여야 합니다.`,
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
    s(p, 'allowed') === 'nothing'
      ? `토큰은 ${s(p, 'alg')} 알고리즘을 쓴다고 하지만, 검증기가 허용하는 알고리즘이 하나도 없습니다. 알고리즘은 서명보다 먼저 확인합니다.`
      : `토큰은 ${s(p, 'alg')} 알고리즘을 쓴다고 하지만, 검증기가 허용하는 알고리즘은 ${s(p, 'allowed')}뿐입니다. 알고리즘은 서명보다 먼저 확인합니다.`,
  'key-missing': () =>
    '키가 주어지지 않아 서명을 검증하지 않았습니다. 클레임은 디코딩만 했을 뿐입니다.',
  'key-invalid': (p) => `키를 읽을 수 없습니다: ${detail(p)}`,
  'key-empty': () =>
    'HMAC 비밀 키(시크릿)가 비어 있습니다. WebCrypto는 빈 키를 거부하며, 빈 키를 받아들이는 서버는 속을 수 있습니다(CVE-2019-20933).',
  'key-alg-mismatch': (p) =>
    `토큰은 ${s(p, 'alg')} 알고리즘을 쓴다고 하지만, 키는 ${koKey(s(p, 'key'))}입니다: ${detail(p)} 하나의 키는 한 가지 알고리즘에만 써야 합니다.`,
  'kid-not-found': (p) =>
    `키 세트에 "kid"가 "${s(p, 'kid')}"인 키가 없습니다. 키 세트에 있는 kid: ${s(p, 'kids') === 'none' ? '없음' : s(p, 'kids')}.`,
  'key-private': () =>
    '개인 키가 주어졌습니다. 검증에는 그 키의 공개 키 부분을 사용했습니다. 개인 키는 발급자만 가지고 있어야 합니다.',
  'signature-invalid': (p) =>
    `이 키로 헤더와 페이로드에 대해 계산한 ${s(p, 'alg')} 서명이 토큰의 서명과 일치하지 않습니다. 토큰이 변조되었거나, 이 키가 서명에 쓰인 키가 아닙니다.`,
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
    `HMAC 비밀 키가 ${s(p, 'what') === 'a JWK' ? 'JWK' : '공개 키(PEM)'}의 텍스트입니다. 공개된 값이라 누구나 이 키로 토큰을 서명할 수 있습니다. 알고리즘 혼동 공격이 바로 이렇게 토큰을 위조합니다(CVE-2015-9235).`,
  'signature-ecdsa-zero': () =>
    'ECDSA 서명의 r 또는 s가 0입니다. 진짜 서명에서는 나올 수 없는 값인데, 범위 검사를 빠뜨린 검증기는 어떤 메시지에 대해서도 이 서명을 받아들였습니다("사이킥 서명", CVE-2022-21449).',
  'rsa-key-small': (p) =>
    `RSA 키가 ${s(p, 'bits')}비트입니다. RS*와 PS* 알고리즘에는 2048비트 이상의 키가 필요합니다.`,
  // --- claims ---
  'claim-not-numericdate': (p) =>
    `"${s(p, 'claim')}" 클레임은 1970년부터 센 초 단위 숫자(NumericDate)여야 하는데, ${type(p)}입니다.`,
  'claim-not-string': (p) => `"${s(p, 'claim')}" 클레임은 문자열이어야 하는데, ${type(p)}입니다.`,
  'aud-not-strings': () => '"aud" 클레임은 문자열이거나 문자열 배열이어야 합니다.',
  expired: (p) => `토큰이 ${duration(p, 'ago')} 전에 만료되었습니다(exp ${s(p, 'iso')}).`,
  'expired-within-leeway': (p) =>
    `토큰이 ${duration(p, 'ago')} 전에 만료되었지만, 허용된 시계 오차(leeway) ${s(p, 'leeway')}초 이내입니다.`,
  'not-yet-valid': (p) => `이 토큰은 ${iso(p)}부터 유효합니다(${duration(p, 'in')} 후).`,
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
    `토큰의 대상(aud)은 ${audience(p)}이며, 이 검증기가 기대하는 대상("${s(p, 'expected')}")과 다릅니다. 다른 서비스를 위해 발급된 토큰은 거부해야 합니다.`,
  'aud-unchecked': (p) =>
    `토큰에 대상(aud: ${audience(p)})이 적혀 있지만, 기대하는 대상이 설정되지 않아 확인하지 않았습니다.`,
  'iss-mismatch': (p) =>
    s(p, 'iss') === 'missing'
      ? `발급자(iss) 클레임이 없습니다. 기대하는 발급자는 "${s(p, 'expected')}"입니다.`
      : `발급자(iss)는 ${s(p, 'iss')}이지만, 기대하는 발급자는 "${s(p, 'expected')}"입니다.`,
  'claim-sensitive': (p) =>
    `"${s(p, 'claim')}" 클레임은 민감한 정보로 보입니다. 페이로드는 암호화가 아니라 인코딩만 되어 있으므로, 토큰을 가진 누구나 읽을 수 있습니다.`,
};

function iso(p: DiagnosticParams): string {
  const v = s(p, 'iso');
  return v === 'beyond any calendar date' ? '달력으로 나타낼 수 없는 먼 미래' : v;
}

function year(p: DiagnosticParams): string {
  const y = p.year;
  if (typeof y === 'number') return `${y}년`;
  const m = /^beyond (\d+)$/.exec(String(y ?? ''));
  return m ? `${m[1]}년 이후` : String(y ?? '');
}
