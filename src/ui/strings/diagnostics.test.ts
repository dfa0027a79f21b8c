import { describe, expect, it } from 'vitest';
import {
  CODES,
  encodeBase64urlText,
  inspect,
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticParams,
} from '../../jwt/index';
import { diagnosticMessage, rfcUrl, severityLabel } from './diagnostics';
import { koDetail, koDuration, KO } from './diagnostics.ko';
import { ALL_BUNDLES } from './all';
import { STRINGS } from './index';

const HANGUL = /[\uAC00-\uD7A3]/;

/** A value for every param any code uses; the English words are the ones the core produces. */
const SAMPLE: DiagnosticParams = {
  alg: 'HS256',
  allowed: 'RS256, ES256',
  actual: 70,
  aud: '"web"',
  bits: 64,
  byte: 3,
  canonical: 'A',
  char: '+',
  claim: 'exp',
  codepoint: 'U+002B',
  count: 2,
  days: 90,
  detail: 'a name is listed twice.',
  expected: '64',
  in: '2 h',
  ago: '4 min',
  seconds: 240,
  iso: '2024-01-01T00:00:00.000Z',
  iss: '"https://issuer.example"',
  key: 'a public RSA key',
  kid: 'k1',
  kids: 'k2, k3',
  leeway: 30,
  length: 5,
  name: 'alg',
  prefix: 'Bearer',
  required: 256,
  type: 'string',
  reason: 'duplicate',
  value: '../../dev/null',
  what: 'path',
  year: 2024,
};

function diagnostic(code: DiagnosticCode, params: DiagnosticParams = SAMPLE): Diagnostic {
  const info = CODES[code];
  return {
    code,
    severity: info.severity,
    span: null,
    part: 'input',
    params,
    message: info.en(params),
    rfc: info.rfc,
  };
}

const codes = Object.keys(CODES) as DiagnosticCode[];

describe('Korean diagnostic sentences', () => {
  it('cover exactly the codes of the core', () => {
    expect(Object.keys(KO).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('%s reads as a complete Korean sentence', (code) => {
    const ko = diagnosticMessage('ko', diagnostic(code));
    expect(ko.trim()).not.toBe('');
    expect(ko).toMatch(HANGUL);
    expect(ko).not.toContain('{');
    expect(ko).not.toContain('undefined');
    expect(ko).not.toContain('NaN');
  });

  it.each(codes)('%s in English is the core sentence', (code) => {
    const d = diagnostic(code);
    expect(diagnosticMessage('en', d)).toBe(CODES[code].en(SAMPLE));
  });

  it('translates the core’s English words inside params', () => {
    const ko = (code: DiagnosticCode, extra: DiagnosticParams) =>
      diagnosticMessage('ko', diagnostic(code, { ...SAMPLE, ...extra }));
    expect(ko('expired', {})).toContain('4분 전');
    expect(ko('expired', {})).not.toContain('min');
    expect(ko('not-yet-valid', { seconds: 7200 })).toContain('2시간 후');
    expect(ko('expired-within-leeway', { seconds: 3 * 86400 })).toContain('3일');
    expect(ko('claim-not-string', { type: 'array' })).toContain('배열');
    expect(ko('payload-not-object', { type: 'null' })).toContain('JSON null');
    expect(ko('header-not-object', { type: 'number' })).toContain('숫자');
    expect(ko('header-kid-suspicious', { what: 'shell' })).toContain('셸 명령');
    expect(ko('header-kid-suspicious', { what: 'sql' })).toContain('SQL 문');
    expect(ko('date-milliseconds', { year: 'beyond 275000' })).toContain('275000년 이후');
    expect(ko('aud-mismatch', { aud: 'nobody (an empty list)' })).toContain('빈 목록');
    expect(ko('iss-mismatch', { iss: 'missing' })).not.toContain('missing');
    expect(ko('kid-not-found', { kids: 'none' })).toContain('없음');
    expect(ko('alg-not-allowed', { allowed: 'nothing' })).not.toContain('nothing');
    expect(
      ko('key-alg-mismatch', { key: 'a shared secret', detail: 'RS256 needs an RSA key.' }),
    ).toBe(
      '토큰은 HS256 알고리즘을 쓴다고 하지만, 키는 공유 비밀 키(시크릿)입니다: RS256 알고리즘에는 RSA 키가 필요합니다. 하나의 키는 한 가지 알고리즘에만 써야 합니다.',
    );
  });

  it('uses the core’s English duration only when seconds are missing', () => {
    const noSeconds = { ...SAMPLE };
    delete noSeconds.seconds;
    expect(diagnosticMessage('ko', diagnostic('expired', noSeconds))).toContain('4 min');
  });
});

describe('koDuration', () => {
  it.each([
    [0, '0초'],
    [45, '45초'],
    [240, '4분'],
    [-240, '4분'],
    [3 * 3600, '3시간'],
    [3 * 86400, '3일'],
    [3 * 365.25 * 86400, '3년'],
  ])('%d s is %s', (seconds, text) => {
    expect(koDuration(seconds)).toBe(text);
  });
});

describe('koDetail', () => {
  it.each([
    ['the key says "alg": "RS512".', '키에 지정된 알고리즘("alg")은 "RS512"입니다.'],
    [
      'ES256 needs the curve P-256, and this key is on P-384.',
      'ES256 알고리즘에는 P-256 곡선이 필요한데, 이 키는 P-384 곡선 위의 키입니다.',
    ],
    ['no key in the set fits this token.', '키 세트에 이 토큰에 맞는 키가 없습니다.'],
    [
      'the text ends too early (a closing "}" is expected).',
      '텍스트가 도중에 끝났습니다(닫는 "}"가 와야 합니다).',
    ],
    ['unexpected text at character 9.', '9번째 문자: 예상하지 못한 글자.'],
  ])('%s', (english, korean) => {
    expect(koDetail(english)).toBe(korean);
  });

  it('leaves an unknown English sentence unchanged rather than guessing', () => {
    expect(koDetail('the PEM block has no END line.')).toBe('the PEM block has no END line.');
  });

  it('translates what the core really says about "crit" and broken JSON', () => {
    const token = (header: string) =>
      `${encodeBase64urlText(header)}.${encodeBase64urlText('{}')}.`;
    const inputs = [
      '{"alg":"HS256","crit":[]}',
      '{"alg":"HS256","crit":["alg"]}',
      '{"alg":"HS256","crit":["x"]}',
      '{"alg":"HS256","b64":1,"crit":["b64"]}',
      '{"alg":"HS256",}',
      '{"alg":"HS256"',
      "{'alg':'HS256'}",
    ];
    for (const input of inputs) {
      const found = inspect(token(input)).diagnostics.filter(
        (d) =>
          d.code === 'crit-invalid' ||
          d.code === 'header-json-syntax' ||
          d.code === 'header-param-type',
      );
      expect(found.length, input).toBeGreaterThan(0);
      for (const d of found) {
        const ko = diagnosticMessage('ko', d);
        // Only the parser's own quoting of characters may stay; no English sentence words.
        expect(ko, input).not.toMatch(/\b(must|the|found|unexpected|lists|which)\b/i);
      }
    }
  });
});

describe('severityLabel', () => {
  it('names each severity in both languages', () => {
    expect(['error', 'warning', 'info'].map((s) => severityLabel('ko', s as never))).toEqual([
      '오류',
      '경고',
      '정보',
    ]);
    expect(['error', 'warning', 'info'].map((s) => severityLabel('en', s as never))).toEqual([
      'Error',
      'Warning',
      'Note',
    ]);
  });
});

describe('rfcUrl', () => {
  const base = 'https://www.rfc-editor.org/rfc/';
  it.each([
    ['RFC 7515 §4.1.1', `${base}rfc7515#section-4.1.1`],
    ['RFC 7515 §2, App. C', `${base}rfc7515#section-2`],
    ['RFC 7515 App. F; RFC 7519 §7.2 step 10', `${base}rfc7515#appendix-F`],
    ['RFC 4648 §5; RFC 7515 App. C', `${base}rfc4648#section-5`],
    ['RFC 7519 §1; RFC 7515 §7.2', `${base}rfc7519#section-1`],
    ['RFC 7515 §5.2 steps 2–3', `${base}rfc7515#section-5.2`],
    ['RFC 8259', `${base}rfc8259`],
    ['RFC 8259; RFC 7515 §4', `${base}rfc8259`],
    ['RFC 7519 §2, §4.1.4–4.1.6', `${base}rfc7519#section-2`],
    ['nothing here', null],
  ])('%s', (rfc, url) => {
    expect(rfcUrl(rfc)).toBe(url);
  });

  it('gives a link for every code of the core', () => {
    for (const code of codes)
      expect(rfcUrl(CODES[code].rfc), code).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+/);
  });
});

describe('all string bundles', () => {
  const bundles = Object.values(ALL_BUNDLES);
  const en = Object.assign({}, ...bundles.map((b) => b.en)) as Record<string, string>;
  const ko = Object.assign({}, ...bundles.map((b) => b.ko)) as Record<string, string>;

  it('include every bundle the playground merges', () => {
    for (const key of Object.keys(STRINGS.en)) expect(en, key).toHaveProperty(key);
  });

  it('never give two bundles the same key', () => {
    const count = bundles.reduce((n, b) => n + Object.keys(b.en).length, 0);
    expect(Object.keys(en).length).toBe(count);
  });

  /** Symbols, numbers, RFC references and names of standards or algorithms are the same in Korean. */
  function isSymbolsOrNames(text: string): boolean {
    const rest = text
      .replace(
        /\b(RFC|JWT|JWS|JWE|JWK|JSON|JOSE|base64url|base64|hex|WebCrypto|PEM|DER|HMAC|RSA|ECDSA|EdDSA|OAuth|OpenID|GitHub)\b/g,
        '',
      )
      .replace(/\b[A-Z0-9][A-Z0-9.\-_]*\b/g, '');
    return !/[A-Za-z]/.test(rest);
  }

  it('both languages have exactly the same keys', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('no value is empty', () => {
    for (const [key, value] of [...Object.entries(en), ...Object.entries(ko)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('Korean values are written in Hangul unless they are symbols or names', () => {
    for (const [key, value] of Object.entries(ko)) {
      if (!HANGUL.test(value)) expect(isSymbolsOrNames(value), `${key}: ${value}`).toBe(true);
    }
  });

  it('English values contain no Hangul', () => {
    for (const [key, value] of Object.entries(en)) expect(value, key).not.toMatch(HANGUL);
  });

  it('both languages use the same {placeholders}', () => {
    const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en)) expect(names(ko[key] ?? ''), key).toEqual(names(en[key]!));
  });
});
