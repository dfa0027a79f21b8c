import { describe, expect, it, vi } from 'vitest';
import {
  CODES,
  sentenceOf,
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticParams,
} from '../../jwt/index';
import { diagnosticMessage } from './diagnostics';
import { rfcUrl, severityLabel } from './labels';
import { koDuration, KO } from './diagnostics.ko';
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
  expected: '64',
  seconds: 240,
  iso: '2024-01-01T00:00:00.000Z',
  iss: '"https://issuer.example"',
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
    expect(diagnosticMessage('en', d).trim()).not.toBe('');
    expect(diagnosticMessage('en', d)).toBe(sentenceOf(d));
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
    const noYear = { ...SAMPLE };
    delete noYear.year;
    expect(diagnosticMessage('ko', diagnostic('date-milliseconds', noYear))).toContain(
      '275000년 이후',
    );
    expect(ko('aud-mismatch', { audKind: 'empty' })).toContain('빈 목록');
    expect(ko('iss-mismatch', { reason: 'missing' })).toContain('발급자(iss) 클레임이 없습니다');
    expect(ko('kid-not-found', { kids: '' })).toContain('없음');
    expect(ko('alg-not-allowed', { allowed: '' })).toContain('하나도 없습니다');
    expect(
      ko('key-alg-mismatch', {
        kind: 'secret',
        kty: 'oct',
        reason: 'kty',
        alg: 'HS256',
        needKty: 'RSA',
      }),
    ).toBe(
      '토큰은 HS256 알고리즘을 쓴다고 하지만, 키는 공유 비밀 키(시크릿)입니다: HS256 알고리즘에는 RSA 키가 필요합니다. 하나의 키는 한 가지 알고리즘에만 써야 합니다.',
    );
  });
});

describe('the English sentences', () => {
  it('load on demand: until then a finding renders as nothing, never as its code', async () => {
    vi.resetModules();
    const fresh = await import('./diagnostics');
    const { loadDiagnostics } = await import('../i18n');
    const d = diagnostic('alg-none');
    expect(fresh.diagnosticsReady('en')).toBe(false);
    expect(fresh.diagnosticMessage('en', d)).toBe('');
    await loadDiagnostics('en');
    expect(fresh.diagnosticsReady('en')).toBe(true);
    expect(fresh.diagnosticMessage('en', d)).toBe(sentenceOf(d));
    // Korean is its own table: English being in does not make Korean ready.
    expect(fresh.diagnosticsReady('ko')).toBe(false);
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
