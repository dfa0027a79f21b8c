import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeBase64url, encodeBase64urlText } from './base64url';
import { sentenceOf } from './codes';
import type { DiagnosticCode, Severity } from './diagnostics';
import { inspect, inspectSteps, MAX_SEGMENTS, PAYLOAD_STEP_AT, type Inspection } from './inspect';
import { mutatedTokenArb, tokenArb } from './testing/arbitraries';

const b64 = encodeBase64urlText;
const bytes = (...b: number[]): string => encodeBase64url(Uint8Array.from(b));
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const SIG = 'c2lnbmF0dXJl';
/** A compact JWS from header and payload text (the signature is not checked by inspect). */
const tok = (header: string, payload = '{"sub":"42"}', sig = SIG): string =>
  `${b64(header)}.${b64(payload)}.${sig}`;
const HS = '{"alg":"HS256","typ":"JWT"}';
const GOOD = tok(HS);

interface Row {
  name: string;
  input: string;
  /** Codes that must be present, with their severity. */
  codes: [DiagnosticCode, Severity][];
  kind?: Inspection['kind'];
  /** Codes that must not be present. */
  absent?: DiagnosticCode[];
  supportB64?: boolean;
}

const ROWS: Row[] = [
  // --- the input as a whole ---
  { name: 'empty input', input: '', codes: [['input-empty', 'error']], kind: 'invalid' },
  {
    name: 'only white space',
    input: ' \n\t',
    codes: [
      ['surrounding-whitespace', 'warning'],
      ['input-empty', 'error'],
    ],
    kind: 'invalid',
  },
  { name: '1 segment', input: 'eyJhbGciOiJIUzI1NiJ9', codes: [['segment-count', 'error']] },
  { name: '2 segments', input: `${b64(HS)}.${b64('{}')}`, codes: [['segment-count', 'error']] },
  {
    name: '4 segments',
    input: `${GOOD}.${SIG}`,
    codes: [['segment-count', 'error']],
    kind: 'invalid',
  },
  {
    name: '6 segments',
    input: `${GOOD}.${SIG}.${SIG}.${SIG}`,
    codes: [['segment-count', 'error']],
  },
  {
    name: '".." (three empty parts)',
    input: '..',
    codes: [['header-empty', 'error']],
    kind: 'jws',
  },
  { name: '"." (two empty parts)', input: '.', codes: [['segment-count', 'error']] },
  {
    name: '"Bearer " prefix',
    input: `Bearer ${GOOD}`,
    codes: [['bearer-prefix', 'warning']],
    kind: 'jws',
    absent: ['b64-whitespace', 'b64-invalid-char'],
  },
  {
    name: '"bearer " in lower case',
    input: `bearer ${GOOD}`,
    codes: [['bearer-prefix', 'warning']],
  },
  { name: '"BEARER" with a tab', input: `BEARER\t${GOOD}`, codes: [['bearer-prefix', 'warning']] },
  {
    name: 'a whole "Authorization: Bearer " header line',
    input: `Authorization: Bearer ${GOOD}`,
    codes: [['bearer-prefix', 'warning']],
    kind: 'jws',
  },
  {
    name: '"authorization:bearer" without spaces around the colon',
    input: `authorization:bearer ${GOOD}`,
    codes: [['bearer-prefix', 'warning']],
    kind: 'jws',
  },
  {
    name: 'surrounding spaces and a trailing newline',
    input: `  ${GOOD}\n`,
    codes: [['surrounding-whitespace', 'warning']],
    kind: 'jws',
    absent: ['b64-whitespace'],
  },
  {
    name: 'a trailing CRLF',
    input: `${GOOD}\r\n`,
    codes: [['surrounding-whitespace', 'warning']],
    kind: 'jws',
  },
  {
    name: 'double quotes',
    input: `"${GOOD}"`,
    codes: [['surrounding-quotes', 'warning']],
    kind: 'jws',
  },
  {
    name: 'single quotes',
    input: `'${GOOD}'`,
    codes: [['surrounding-quotes', 'warning']],
    kind: 'jws',
  },
  {
    name: 'backticks',
    input: `\`${GOOD}\``,
    codes: [['surrounding-quotes', 'warning']],
    kind: 'jws',
  },
  {
    name: 'quotes around "Bearer <token>"',
    input: ` "Bearer ${GOOD}" `,
    codes: [
      ['surrounding-whitespace', 'warning'],
      ['surrounding-quotes', 'warning'],
      ['bearer-prefix', 'warning'],
    ],
    kind: 'jws',
  },
  {
    name: 'JWS JSON serialization',
    input:
      '{"payload":"eyJzdWIiOiI0MiJ9","signatures":[{"protected":"eyJhbGciOiJIUzI1NiJ9","signature":"c2ln"}]}',
    codes: [['json-serialization', 'error']],
    kind: 'invalid',
  },
  {
    name: 'flattened JSON serialization with white space around',
    input: '\n {"protected":"eyJhbGciOiJIUzI1NiJ9","payload":"e30","signature":"c2ln"}',
    codes: [['json-serialization', 'error']],
    kind: 'invalid',
  },
  {
    name: 'white space inside a segment',
    input: `${b64(HS)}.${b64('{"sub":"42"}')} .${SIG}`,
    codes: [['b64-whitespace', 'error']],
  },
  // --- header ---
  { name: 'header is JSON null', input: tok('null'), codes: [['header-not-object', 'error']] },
  {
    name: 'header is a JSON string',
    input: tok('"HS256"'),
    codes: [['header-not-object', 'error']],
  },
  {
    name: 'header is a JSON array',
    input: tok('[{"alg":"HS256"}]'),
    codes: [['header-not-object', 'error']],
  },
  { name: 'header is a number', input: tok('1'), codes: [['header-not-object', 'error']] },
  { name: 'header is not JSON', input: tok('alg=HS256'), codes: [['header-json-syntax', 'error']] },
  {
    name: 'header with single quotes',
    input: tok("{'alg':'HS256'}"),
    codes: [['header-json-syntax', 'error']],
  },
  {
    name: 'header with a trailing comma',
    input: tok('{"alg":"HS256",}'),
    codes: [['header-json-syntax', 'error']],
  },
  {
    name: 'header with a raw tab in a string',
    input: tok('{"alg":"HS256","x":"a\tb"}'),
    codes: [['header-json-syntax', 'error']],
  },
  {
    name: 'header in UTF-16LE',
    input: `${bytes(...ascii(HS).flatMap((c) => [c, 0]))}.${b64('{}')}.${SIG}`,
    codes: [['header-json-syntax', 'error']],
  },
  {
    name: 'header with invalid UTF-8 (0xFF)',
    input: `${bytes(...ascii('{"alg":"HS256","x":"'), 0xff, ...ascii('"}'))}.${b64('{}')}.${SIG}`,
    codes: [['header-utf8-invalid', 'error']],
  },
  {
    name: 'header with an overlong UTF-8 "/" (C0 AF)',
    input: `${bytes(...ascii('{"alg":"HS256","x":"'), 0xc0, 0xaf, ...ascii('"}'))}.${b64('{}')}.${SIG}`,
    codes: [['header-utf8-invalid', 'error']],
  },
  {
    name: 'header with a byte order mark',
    input: `${bytes(0xef, 0xbb, 0xbf, ...ascii(HS))}.${b64('{}')}.${SIG}`,
    codes: [['header-utf8-bom', 'error']],
  },
  {
    name: 'empty header segment',
    input: `.${b64('{}')}.${SIG}`,
    codes: [['header-empty', 'error']],
  },
  {
    name: 'duplicate "alg"',
    input: tok('{"alg":"HS256","alg":"none"}'),
    codes: [['duplicate-member', 'error']],
  },
  {
    name: 'duplicate "alg" spelled "\\u0061lg"',
    input: tok('{"alg":"HS256","\\u0061lg":"none"}'),
    codes: [['duplicate-member', 'error']],
  },
  { name: 'no "alg"', input: tok('{"typ":"JWT"}'), codes: [['alg-missing', 'error']] },
  { name: '"alg" is a number', input: tok('{"alg":256}'), codes: [['alg-not-string', 'error']] },
  { name: '"alg" is null', input: tok('{"alg":null}'), codes: [['alg-not-string', 'error']] },
  {
    name: '"alg" is an array',
    input: tok('{"alg":["HS256"]}'),
    codes: [['alg-not-string', 'error']],
  },
  { name: '"alg" is ""', input: tok('{"alg":""}'), codes: [['alg-unknown', 'error']] },
  { name: '"alg" is unknown', input: tok('{"alg":"HS999"}'), codes: [['alg-unknown', 'error']] },
  {
    name: '"alg" in the wrong case ("hs256")',
    input: tok('{"alg":"hs256"}'),
    codes: [['alg-unknown', 'error']],
  },
  {
    name: '"alg" is "toString"',
    input: tok('{"alg":"toString"}'),
    codes: [['alg-unknown', 'error']],
  },
  {
    name: '"alg" is "None"',
    input: tok('{"alg":"None"}', '{}', ''),
    codes: [['alg-none-case', 'error']],
  },
  {
    name: '"alg" is "nOnE"',
    input: tok('{"alg":"nOnE"}', '{}', ''),
    codes: [['alg-none-case', 'error']],
  },
  {
    name: '"alg" is "NONE"',
    input: tok('{"alg":"NONE"}', '{}', ''),
    codes: [['alg-none-case', 'error']],
  },
  {
    name: '"alg" is "none"',
    input: tok('{"alg":"none"}', '{}', ''),
    codes: [['alg-none', 'info']],
    absent: ['alg-none-case'],
  },
  {
    name: '"enc" in a 3-part token',
    input: tok('{"alg":"HS256","enc":"A256GCM"}'),
    codes: [['enc-in-jws', 'error']],
  },
  {
    name: '"crit" lists an unknown extension',
    input: tok('{"alg":"HS256","crit":["urn:x"],"urn:x":1}'),
    codes: [['crit-unsupported', 'error']],
  },
  {
    name: '"crit" lists a registered parameter',
    input: tok('{"alg":"HS256","crit":["alg"]}'),
    codes: [['crit-invalid', 'error']],
  },
  {
    name: '"crit" lists an absent parameter',
    input: tok('{"alg":"HS256","crit":["exp"]}'),
    codes: [['crit-invalid', 'error']],
  },
  {
    name: '"crit" is empty',
    input: tok('{"alg":"HS256","crit":[]}'),
    codes: [['crit-invalid', 'error']],
  },
  {
    name: '"crit" is a string',
    input: tok('{"alg":"HS256","crit":"b64","b64":false}'),
    codes: [['crit-invalid', 'error']],
  },
  {
    name: '"crit" holds a number',
    input: tok('{"alg":"HS256","crit":[1]}'),
    codes: [['crit-invalid', 'error']],
  },
  {
    name: '"crit" lists "b64" twice',
    input: tok('{"alg":"HS256","crit":["b64","b64"],"b64":true}'),
    codes: [['crit-invalid', 'error']],
    supportB64: true,
  },
  {
    name: '"b64" not listed in "crit"',
    input: tok('{"alg":"HS256","b64":false}'),
    codes: [['b64-not-critical', 'error']],
  },
  {
    name: '"b64": false critical, without RFC 7797 support',
    input: `${b64('{"alg":"HS256","b64":false,"crit":["b64"]}')}.hello.${SIG}`,
    codes: [['crit-unsupported', 'error']],
  },
  {
    name: '"b64": false critical, with RFC 7797 support',
    input: `${b64('{"alg":"HS256","b64":false,"crit":["b64"]}')}.hello.${SIG}`,
    codes: [['b64-unencoded-payload', 'info']],
    absent: ['crit-unsupported', 'crit-invalid'],
    supportB64: true,
  },
  {
    name: '"b64" is not a boolean',
    input: tok('{"alg":"HS256","b64":"false","crit":["b64"]}'),
    codes: [['header-param-type', 'error']],
    supportB64: true,
  },
  {
    name: '"jku"',
    input: tok('{"alg":"RS256","jku":"https://evil.example/jwks"}'),
    codes: [['header-jku', 'warning']],
  },
  {
    name: '"x5u"',
    input: tok('{"alg":"RS256","x5u":"https://evil.example/c.pem"}'),
    codes: [['header-x5u', 'warning']],
  },
  {
    name: '"jwk"',
    input: tok('{"alg":"RS256","jwk":{"kty":"RSA","n":"AQAB","e":"AQAB"}}'),
    codes: [['header-jwk', 'warning']],
  },
  {
    name: '"x5c"',
    input: tok('{"alg":"RS256","x5c":["MIIB"]}'),
    codes: [['header-x5c', 'warning']],
  },
  {
    name: 'a plain "kid"',
    input: tok('{"alg":"HS256","kid":"2024-key-1"}'),
    codes: [['header-kid', 'info']],
    absent: ['header-kid-suspicious'],
  },
  {
    name: '"kid" with path traversal',
    input: tok('{"alg":"HS256","kid":"../../../../dev/null"}'),
    codes: [['header-kid-suspicious', 'warning']],
  },
  {
    name: '"kid" with an absolute path',
    input: tok('{"alg":"HS256","kid":"/etc/passwd"}'),
    codes: [['header-kid-suspicious', 'warning']],
  },
  {
    name: '"kid" with SQL',
    input: tok(`{"alg":"HS256","kid":"x' UNION SELECT 'secret"}`),
    codes: [['header-kid-suspicious', 'warning']],
  },
  {
    name: '"kid" with a shell command',
    input: tok('{"alg":"HS256","kid":"k|rm -rf /"}'),
    codes: [['header-kid-suspicious', 'warning']],
  },
  {
    name: 'unusual "typ"',
    input: tok('{"alg":"HS256","typ":"at+jwt"}'),
    codes: [['typ-unusual', 'info']],
  },
  // --- payload ---
  {
    name: 'payload is text',
    input: tok(HS, 'hello world'),
    codes: [['payload-not-json', 'warning']],
    absent: ['payload-json-syntax'],
  },
  {
    name: 'payload is JSON null',
    input: tok(HS, 'null'),
    codes: [['payload-not-object', 'warning']],
  },
  {
    name: 'payload is a JSON array',
    input: tok(HS, '[1,2]'),
    codes: [['payload-not-object', 'warning']],
  },
  {
    name: 'payload is broken JSON',
    input: tok(HS, '{"sub":'),
    codes: [['payload-json-syntax', 'warning']],
  },
  {
    name: 'payload with invalid UTF-8',
    input: `${b64(HS)}.${bytes(0x7b, 0xc3, 0x28, 0x7d)}.${SIG}`,
    codes: [['payload-utf8-invalid', 'warning']],
  },
  { name: 'payload is empty', input: `${b64(HS)}..${SIG}`, codes: [['payload-empty', 'warning']] },
  {
    name: 'payload with a duplicate claim',
    input: tok(HS, '{"role":"user","role":"admin"}'),
    codes: [['payload-duplicate-claim', 'error']],
  },
  {
    name: 'nested JWT (cty JWT)',
    input: tok('{"alg":"HS256","cty":"JWT"}', GOOD),
    codes: [],
    absent: ['payload-not-json', 'payload-json-syntax'],
  },
  // --- JWE ---
  {
    name: 'JWE (5 parts)',
    input: `${b64('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGeipsEdY3mx_etLbbWSrFr05kLzcSr4qKAq7YN7e9jwQRb23nfa6c9d-StnImGyFDbSv04uVuxIp5Zms1gNxKKK2Da14B8S4rzVRltdYwam_lDp5XnZAYpQdb76FdIKLaVmqgfwX7XWRxv2322i-vDxRfqNzo_tETKzpVLzfiwQyeyPGLBIO56YJ7eObdv0je81860ppamavo35UgoRdbYaBcoh9QcfylQr66oc6vFWXRcZ_ZT2LawVCWTIy3brGPi6UklfCpIMfIjf7iGdXKHzg.48V1_ALb6US04U3b.5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6jiSdiwkIr3ajwQzaBtQD_A.XFBoMYUZodetZdvTiFvSkQ`,
    codes: [['jwe-encrypted', 'info']],
    kind: 'jwe',
  },
];

describe('inspect reports each problem with its code', () => {
  it.each(ROWS)('$name', ({ input, codes, kind, absent, supportB64 }) => {
    const r = inspect(input, { supportB64: supportB64 ?? false });
    const got = r.diagnostics.map((d) => [d.code, d.severity]);
    for (const c of codes) expect(got, JSON.stringify(got)).toContainEqual(c);
    for (const a of absent ?? []) expect(got.map(([c]) => c)).not.toContain(a);
    if (kind) expect(r.kind).toBe(kind);
    // Every diagnostic has a sentence and an RFC section.
    for (const d of r.diagnostics) {
      expect(sentenceOf(d).length).toBeGreaterThan(10);
      expect(d.rfc).toMatch(/RFC \d+/);
    }
    expect(r.input).toBe(input);
  });

  it('reports nothing for a clean HS256 token', () => {
    const r = inspect(GOOD);
    expect(r.diagnostics).toEqual([]);
    expect(r.kind).toBe('jws');
    expect(r.alg).toBe('HS256');
    expect(r.algInfo?.alg).toBe('HS256');
    expect(r.header?.value).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(r.payload).toMatchObject({ kind: 'json', text: '{"sub":"42"}', unencoded: false });
    expect(r.signingInput).toBe(GOOD.slice(0, GOOD.lastIndexOf('.')));
  });

  it('keeps the last "alg" value of a duplicated name for display, and still rejects it', () => {
    const r = inspect(tok('{"alg":"HS256","\\u0061lg":"none"}'));
    expect(r.alg).toBe('none');
    const dup = r.diagnostics.find((d) => d.code === 'duplicate-member')!;
    expect(dup.params.name).toBe('alg');
    // The second occurrence is what the diagnostic points at in the header text.
    expect(r.header!.text.slice(dup.jsonSpan!.start, dup.jsonSpan!.end)).toBe('"\\u0061lg"');
  });

  it('reads an RFC 7797 unencoded payload as the segment text itself', () => {
    const r = inspect(`${b64('{"alg":"HS256","b64":false,"crit":["b64"]}')}.$02 ok.${SIG}`, {
      supportB64: true,
    });
    expect(r.payload).toMatchObject({ unencoded: true, text: '$02 ok', kind: 'text' });
  });

  it('reads a nested JWT payload as a token, not as claims', () => {
    const r = inspect(tok('{"alg":"HS256","cty":"jwt"}', GOOD));
    expect(r.payload?.kind).toBe('jwt');
    expect(r.payload?.text).toBe(GOOD);
  });

  it('reads a JWE header but no payload', () => {
    const r = inspect(ROWS.find((x) => x.name.startsWith('JWE'))!.input);
    expect(r.segments.map((s) => s.name)).toEqual([
      'header',
      'encrypted-key',
      'iv',
      'ciphertext',
      'tag',
    ]);
    expect(r.alg).toBe('RSA-OAEP');
    expect(r.payload).toBeNull();
  });

  it('points a json-syntax diagnostic at the place in the header text', () => {
    const r = inspect(tok('{"alg":"HS256",}'));
    const d = r.diagnostics.find((x) => x.code === 'header-json-syntax')!;
    expect(d.jsonSpan).toBeDefined();
    expect(d.jsonSpan!.start).toBeGreaterThanOrEqual(14);
  });

  it('points header diagnostics at the "alg" member in the decoded JSON', () => {
    const r = inspect(tok('{"typ":"JWT", "alg":"nOnE"}', '{}', ''));
    const d = r.diagnostics.find((x) => x.code === 'alg-none-case')!;
    expect(r.header!.text.slice(d.jsonSpan!.start, d.jsonSpan!.end)).toBe('"alg":"nOnE"');
    expect(d.span).toEqual(r.segments[0]!.span);
  });
});

// RFC 7515 §4.1.11: "crit" must not list names absent from the header; inherited Object.prototype
// members such as "toString" are absent too.
it('names a "crit" entry for an inherited property name ("toString") as absent', () => {
  for (const name of ['toString', 'constructor', 'hasOwnProperty']) {
    const r = inspect(tok(`{"alg":"HS256","crit":["${name}"]}`));
    const codes = r.diagnostics.map((d) => d.code);
    expect(codes).toContain('crit-invalid');
    expect(codes).not.toContain('crit-unsupported');
  }
});

describe('segments sit at their exact offsets in the input', () => {
  const wrappers: [string, (t: string) => string, number][] = [
    ['bare', (t) => t, 0],
    ['Bearer', (t) => `Bearer ${t}`, 7],
    ['Authorization header', (t) => `Authorization: Bearer ${t}`, 22],
    ['white space', (t) => `\n\t ${t} \n`, 3],
    ['quotes and white space', (t) => ` "${t}"`, 2],
  ];
  it.each(wrappers)('%s', (_name, wrap, tokenStart) => {
    const header = b64('{"alg":"HS256"}');
    const payload = b64('{"sub":"한국어 😀"}');
    const token = `${header}.${payload}.${SIG}`;
    const input = wrap(token);
    const r = inspect(input);
    expect(r.token).toBe(token);
    expect(r.tokenSpan).toEqual({ start: tokenStart, end: tokenStart + token.length });
    const h0 = tokenStart;
    const p0 = h0 + header.length + 1;
    const s0 = p0 + payload.length + 1;
    expect(r.segments.map((s) => s.span)).toEqual([
      { start: h0, end: h0 + header.length },
      { start: p0, end: p0 + payload.length },
      { start: s0, end: s0 + SIG.length },
    ]);
    for (const s of r.segments) expect(input.slice(s.span.start, s.span.end)).toBe(s.text);
  });

  it('points base64url diagnostics at the offending character in the input', () => {
    const token = `${b64('{"alg":"HS256"}')}.${b64('{"a":1}')}.${SIG}`;
    const i = token.length - 3;
    const input = `Bearer ${token.slice(0, i)}+${token.slice(i + 1)}`;
    const d = inspect(input).diagnostics.find((x) => x.code === 'b64-standard-alphabet')!;
    expect(d.span).toEqual({ start: 7 + i, end: 8 + i });
    expect(input[d.span!.start]).toBe('+');
  });

  it('holds for random tokens with random wrappers', () => {
    fc.assert(
      fc.property(
        tokenArb,
        fc.constantFrom('', ' ', '\n', 'Bearer ', 'bearer  ', '"', "'"),
        (token, prefix) => {
          const suffix = prefix === '"' || prefix === "'" ? prefix : '';
          const input = prefix + token + suffix;
          const r = inspect(input);
          expect(r.input).toBe(input);
          expect(r.token).toBe(token);
          expect(input.slice(r.tokenSpan.start, r.tokenSpan.end)).toBe(token);
          expect(r.segments).toHaveLength(3);
          for (const s of r.segments) expect(input.slice(s.span.start, s.span.end)).toBe(s.text);
          expect(r.segments.map((s) => s.text).join('.')).toBe(token);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('text of many parts lists the first ones and counts them all', () => {
  it('200 KB of dots: a hundred parts listed, every one counted', () => {
    const input = '.'.repeat(200 * 1024);
    const r = inspect(input);
    expect(r.partCount).toBe(200 * 1024 + 1);
    expect(r.segments).toHaveLength(MAX_SEGMENTS);
    expect(r.segments[99]).toMatchObject({ name: 'input', text: '', span: { start: 99, end: 99 } });
    const d = r.diagnostics.find((x) => x.code === 'segment-count');
    expect(d?.params).toEqual({ count: 200 * 1024 + 1 });
  });

  it('lists the parts as splitting at every dot does, up to the cap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'Zm9v', '', 'x y', '.', '..'), { maxLength: 150 }),
        fc.constantFrom('', 'Bearer ', ' '),
        (pieces, prefix) => {
          const text = pieces.join('.');
          const r = inspect(prefix + text);
          const parts = r.token.split('.');
          expect(r.partCount).toBe(r.token.length === 0 ? 0 : parts.length);
          if (r.token.length === 0 || r.token.startsWith('{')) return;
          expect(r.segments.map((s) => s.text)).toEqual(parts.slice(0, MAX_SEGMENTS));
          for (const s of r.segments) expect(r.input.slice(s.span.start, s.span.end)).toBe(s.text);
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** What every inspection must look like, whatever went in. */
function expectWellFormed(input: string, r: Inspection): void {
  expect(r.input).toBe(input);
  expect(['jws', 'jwe', 'invalid']).toContain(r.kind);
  expect(Array.isArray(r.diagnostics)).toBe(true);
  expect(input.slice(r.tokenSpan.start, r.tokenSpan.end)).toBe(r.token);
  for (const d of r.diagnostics) {
    expect(typeof d.code).toBe('string');
    expect(['error', 'warning', 'info']).toContain(d.severity);
    if (d.span) {
      expect(d.span.start).toBeGreaterThanOrEqual(0);
      expect(d.span.end).toBeLessThanOrEqual(input.length);
      expect(d.span.start).toBeLessThanOrEqual(d.span.end);
    }
  }
  for (const s of r.segments) expect(input.slice(s.span.start, s.span.end)).toBe(s.text);
  if (r.kind === 'invalid') {
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  } else {
    expect(r.segments).toHaveLength(r.kind === 'jws' ? 3 : 5);
  }
  expect(r.segments.length).toBe(Math.min(r.partCount, MAX_SEGMENTS));
  // Anything that is not a clean token says why.
  if (r.kind === 'jws' && !r.header) {
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  }
}

describe('inspect never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => expectWellFormed(s, inspect(s))),
      { numRuns: 2000 },
    );
  });

  it('on arbitrary full-Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) =>
        expectWellFormed(s, inspect(s)),
      ),
      { numRuns: 2000 },
    );
  });

  it('on strings made of token characters', () => {
    const chars = fc.constantFrom(...'eyJhbGciOiJIUzI1NiJ9.-_=+/ \n'.split(''));
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 120 }).map((a) => a.join('')),
        (s) => expectWellFormed(s, inspect(s)),
      ),
      { numRuns: 2000 },
    );
  });

  it('on mutated valid tokens (insert, delete, replace, swap segments, duplicate dots)', () => {
    fc.assert(
      fc.property(mutatedTokenArb, fc.boolean(), (s, supportB64) => {
        expectWellFormed(s, inspect(s, { supportB64 }));
      }),
      { numRuns: 2000 },
    );
  });

  it('on deeply nested and very long JSON', () => {
    for (const input of [
      tok(`{"alg":"HS256","x":${'['.repeat(20000)}${']'.repeat(20000)}}`),
      tok(HS, `{"x":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`),
      tok(
        HS,
        JSON.stringify(Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`k${i}`, i]))),
      ),
    ]) {
      expectWellFormed(input, inspect(input));
    }
  });
});

describe('inspect in steps', () => {
  /** Runs the steps to their end: the result and how many times they paused. */
  const run = (input: string, options = {}): { result: Inspection; pauses: number } => {
    const steps = inspectSteps(input, options);
    for (let pauses = 0; ; pauses++) {
      const step = steps.next();
      if (step.done) return { result: step.value, pauses };
    }
  };

  it('pauses once, before a long payload segment, and gives what inspect gives', () => {
    const members = Object.fromEntries(Array.from({ length: 12000 }, (_, i) => [`k${i}`, i]));
    const long = tok(HS, JSON.stringify(members));
    expect(long.split('.')[1]!.length).toBeGreaterThan(PAYLOAD_STEP_AT);
    const { result, pauses } = run(long);
    expect(pauses).toBe(1);
    expect(result).toEqual(inspect(long));
    expect(result.payload?.kind).toBe('json');
  });

  it('does not pause for a short payload, text that is not a token, or an encrypted token', () => {
    for (const input of [
      tok(HS, '{"sub":"a"}'),
      'x'.repeat(PAYLOAD_STEP_AT * 2),
      `${tok(HS, '{}')}.${'A'.repeat(PAYLOAD_STEP_AT * 2)}.B`,
    ]) {
      const { result, pauses } = run(input);
      expect(pauses).toBe(0);
      expect(result).toEqual(inspect(input));
    }
  });
});
