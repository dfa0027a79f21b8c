/**
 * The attack labs: for each, the token the student starts with, what the student may use, a careless
 * verifier that reimplements a real bug, and the safe verifier (the strict core, configured). The
 * texts (goal, hints, explanations) live in the UI's string bundle under `lab.<id>.*`.
 */
import {
  decodeBase64url,
  encodeBase64url,
  encodeUtf8,
  getAlgorithm,
  parseKey,
  selectKey,
  type DiagnosticCode,
  type KeyEntry,
  type KeyInput,
} from '../../jwt/index';
import {
  ATTACKER_JKU,
  ATTACKER_CERT,
  ATTACKER_CERT_PEM,
  ATTACKER_X5U,
  ATTACKER_RSA_PRIVATE_JWK,
  ATTACKER_RSA_PUBLIC_JWK,
  RETIRED_SECRET_B64URL,
  ROTATED_SECRET_B64URL,
  SERVER_JKU,
  SERVER_P256_PUBLIC_JWK,
  SERVER_RSA_PUBLIC_JWK,
  SERVER_RSA_PUBLIC_PEM,
  SERVER_SECRET_B64URL,
  SQL_TABLE_SECRET,
  WEAK_SECRET,
} from './material';
import {
  LabServer,
  decodeLoose,
  jsonText,
  macOf,
  malformed,
  refuse,
  strict,
  verifyHmac,
  verifyWithKey,
  type VerifyFn,
  type Verified,
} from './server';
import { runSql, type KeyRow } from './sql';
import {
  SSO_TOKENS,
  TOKEN_EMPTY_KEY,
  TOKEN_ES256,
  TOKEN_HS256,
  TOKEN_KID_FILE,
  TOKEN_KID_SQL,
  TOKEN_RS256,
  TOKEN_RS256_KID,
  TOKEN_WEAK,
} from './tokens';

export const LAB_IDS = [
  'unverified-signature',
  'alg-none',
  'weak-secret',
  'alg-confusion',
  'jwk-header',
  'jku-header',
  'kid-path-traversal',
  'kid-sql-injection',
  'missing-claims',
  'psychic-signature',
  'empty-secret',
  'signature-stripping',
] as const;

export type LabId = (typeof LAB_IDS)[number];

/** How a key text is read by the playground (the same choices as its key-format menu). */
export type LabKeyFormat = 'auto' | 'utf8' | 'base64' | 'base64url' | 'hex';

/** Something the student has at hand: a public key, their own key pair, a token found somewhere. */
export type LabResourceId =
  | 'server-pem'
  | 'attacker-public'
  | 'attacker-private'
  | 'attacker-jwks'
  | 'attacker-cert'
  | 'server-p256'
  | 'token-wiki'
  | 'token-expired'
  | 'token-noexp';

export interface LabResource {
  /** Names its label in the strings (`lab.res.<id>`). */
  id: LabResourceId;
  text: string;
  /** What a button can do with it in the playground. */
  use: 'key' | 'sign-key' | 'token' | 'none';
  format?: LabKeyFormat;
}

export interface LabDef {
  id: LabId;
  /** The RFC 8725 sections behind the defence (the sources themselves are cited in `lab.<id>.sources`). */
  rfc8725: string;
  cves: string[];
  /** The PortSwigger Web Security Academy lab that teaches the same attack, if any. */
  portswigger: string | null;
  /** The playground state the lab starts from. */
  start: { token: string; keyText?: string; keyFormat?: LabKeyFormat; mode?: 'verify' | 'sign' };
  resources: LabResource[];
  /** The simulated hosts the careless server can reach (jku / x5u labs). */
  hosts?: Record<string, string>;
  server: LabServer;
}

// --- shared pieces ------------------------------------------------------------------------------

const serverSecret: KeyInput = {
  type: 'secret',
  text: SERVER_SECRET_B64URL,
  encoding: 'base64url',
};
const PEM_BYTES = encodeUtf8(SERVER_RSA_PUBLIC_PEM);
const API = 'https://api.example.com';
const SSO = 'https://sso.example.com';

/** Logs what a sloppy `decode()` saw. */
function seen(t: { header: Record<string, unknown>; claims: Record<string, unknown> }): string {
  return `jwt.decode(token) → header ${JSON.stringify(t.header)}`;
}

async function keyFrom(input: KeyInput) {
  const parsed = await parseKey(input);
  return parsed.keys[0] ?? null;
}

function signatureResult(ok: boolean, claims: Record<string, unknown>, log: string[]): Verified {
  return ok
    ? { ok: true, claims, log: [...log, 'signature ok'] }
    : refuse('signature', {}, [...log, 'signature mismatch']);
}

// --- careless verifiers --------------------------------------------------------------------------

/** B1: `jwt.decode()` where `jwt.verify()` was meant: the signature is never looked at. */
const decodeOnly: VerifyFn = async (token) => {
  const t = decodeLoose(token);
  if (!t) return malformed([]);
  return {
    ok: true,
    claims: t.claims,
    log: [seen(t), '// no jwt.verify(): signature never checked'],
  };
};

/**
 * The header's alg decides. A filter refuses "none" exactly, but the algorithm is then looked up
 * without case, so "None" or "nOnE" reach the "none" entry and skip the check (CVE-2015-2951's
 * family; RFC 7515 §4.1.1 says alg values are case-sensitive).
 */
const trustsAlgNone: VerifyFn = async (token) => {
  const t = decodeLoose(token);
  if (!t) return malformed([]);
  const alg = jsonText(t.header.alg);
  const log = [seen(t), `alg = header.alg = ${JSON.stringify(alg)}`];
  if (alg === 'none') {
    return refuse('alg-blocked', { alg }, [
      ...log,
      'if (alg === "none") reject  // the filter: "none" is blocked',
    ]);
  }
  const impl = alg.toLowerCase();
  log.push(`algorithms[alg.toLowerCase()] = algorithms[${JSON.stringify(impl)}]`);
  if (impl === 'none') {
    return {
      ok: true,
      claims: t.claims,
      log: [...log, '→ the "none" implementation: unsigned token, signature skipped'],
    };
  }
  if (impl !== 'hs256') return refuse('alg-unsupported', { alg }, [...log, 'unsupported alg']);
  const ok = await verifyHmac('HS256', decodeBase64url(SERVER_SECRET_B64URL)!, t);
  return signatureResult(ok, t.claims, [...log, 'HMAC-SHA256(server secret)']);
};

/** B5: the header's alg decides, and "the key" (the PEM text) goes to HMAC as it is. */
const trustsAlgWithPem: VerifyFn = async (token) => {
  const t = decodeLoose(token);
  if (!t) return malformed([]);
  const alg = jsonText(t.header.alg);
  const info = getAlgorithm(alg);
  const log = [
    seen(t),
    `verify(token, publicKeyPem, algorithm = header.alg = ${JSON.stringify(alg)})`,
  ];
  if (info?.family === 'HMAC') {
    const ok = await verifyHmac(alg, PEM_BYTES, t);
    return signatureResult(ok, t.claims, [
      ...log,
      `${alg} → HMAC with key = the PEM text (${PEM_BYTES.length} bytes)`,
    ]);
  }
  if (info?.family !== 'RSA') return refuse('alg-unsupported', { alg }, log);
  const key = await keyFrom({ type: 'text', text: SERVER_RSA_PUBLIC_PEM });
  const ok = key ? await verifyWithKey(alg, key, t) : false;
  return signatureResult(ok, t.claims, [...log, `${alg} → RSA with the public key`]);
};

/** B8: a key embedded in the header is used to verify the very token that carries it. */
const trustsJwkHeader: VerifyFn = async (token) => {
  const t = decodeLoose(token);
  if (!t) return malformed([]);
  const alg = jsonText(t.header.alg);
  const log = [seen(t)];
  let keyInput: KeyInput = { type: 'jwk', jwk: SERVER_RSA_PUBLIC_JWK };
  if (t.header.jwk && typeof t.header.jwk === 'object') {
    keyInput = { type: 'jwk', jwk: t.header.jwk };
    log.push('header.jwk present → verifying with the embedded key');
  } else {
    log.push('no header.jwk → verifying with the configured key');
  }
  const key = await keyFrom(keyInput);
  if (!key) return refuse('key-unusable', {}, [...log, 'cannot read the key']);
  if (!getAlgorithm(alg)) return refuse('alg-unsupported', { alg }, log);
  return signatureResult(await verifyWithKey(alg, key, t), t.claims, log);
};

const ATTACKER_JWKS = JSON.stringify({ keys: [ATTACKER_RSA_PUBLIC_JWK] }, null, 2);
const SERVER_JWKS = { keys: [SERVER_RSA_PUBLIC_JWK, SERVER_P256_PUBLIC_JWK] };

/** The simulated internet of the jku lab: URL → response body. */
const JKU_HOSTS: Record<string, string> = {
  [SERVER_JKU]: JSON.stringify(SERVER_JWKS, null, 2),
  [ATTACKER_JKU]: ATTACKER_JWKS,
  // x5u names an X.509 certificate (RFC 7515 §4.1.5): the attacker's is self-signed.
  [ATTACKER_X5U]: ATTACKER_CERT_PEM,
};

/**
 * Keys are fetched from whatever URL the token names: "jku" (a JWK Set, the key picked by kid) or
 * "x5u" (a certificate, whose key is taken without asking who issued it).
 */
function trustsJku(hosts: Record<string, string>): VerifyFn {
  return async (token) => {
    const t = decodeLoose(token);
    if (!t) return malformed([]);
    const alg = jsonText(t.header.alg);
    const kid = typeof t.header.kid === 'string' ? t.header.kid : undefined;
    const x5u = typeof t.header.jku !== 'string' && typeof t.header.x5u === 'string';
    const url =
      typeof t.header.jku === 'string'
        ? t.header.jku
        : typeof t.header.x5u === 'string'
          ? t.header.x5u
          : SERVER_JKU;
    const log = [seen(t), `fetch(${JSON.stringify(url)})  // URL taken from the header`];
    const body = Object.hasOwn(hosts, url) ? hosts[url]! : null;
    if (body === null || body === '')
      return refuse('fetch-failed', { url }, [...log, '→ network error']);
    log.push(`→ 200 (${body.length} bytes)`);
    const parsed = await parseKey({ type: 'text', text: body });
    let key: KeyEntry | null;
    if (x5u) {
      // A careful server would build a chain from this certificate to a root it trusts (RFC 5280
      // §6); this one reads the certificate and uses the key inside, whoever signed it.
      key = parsed.format === 'pem-x509' ? (parsed.keys[0] ?? null) : null;
      if (!key) return refuse('key-unusable', {}, [...log, 'not a certificate']);
      log.push(
        `X.509 certificate, subject = issuer = ${describeSubject(body)} (self-signed; chain not checked)`,
        `key = certificate.subjectPublicKeyInfo (${key.kty})`,
      );
    } else {
      key = selectKey(parsed, kid, alg).key ?? null;
      if (!key) return refuse('kid-unknown', { kid: jsonText(kid ?? null) }, [...log, 'no key']);
      log.push(`key with kid ${JSON.stringify(key.kid ?? null)} from that set`);
    }
    if (!getAlgorithm(alg)) return refuse('alg-unsupported', { alg }, log);
    return signatureResult(await verifyWithKey(alg, key, t), t.claims, log);
  };
}

/** The subject of the lab's certificates, for the log ("CN=attacker.example"). */
function describeSubject(pem: string): string {
  return pem === ATTACKER_CERT_PEM ? `CN=${ATTACKER_CERT.commonName}` : 'CN=?';
}

/** The key files of the path-traversal lab, and a few other files of the simulated disk. */
const FILES: Record<string, Uint8Array> = {
  '/srv/keys/key-2025': decodeBase64url(SERVER_SECRET_B64URL)!,
  '/srv/keys/key-2024': decodeBase64url(RETIRED_SECRET_B64URL)!,
  '/dev/null': new Uint8Array(),
  '/etc/hostname': encodeUtf8('api-server-1\n'),
};

/** Resolves "." and ".." the way the file system does; ".." at the root stays at the root. */
export function resolvePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

/** B6: kid is pasted into a file path and the file's bytes become the HMAC key. */
const kidAsPath: VerifyFn = async (token) => {
  const t = decodeLoose(token);
  if (!t) return malformed([]);
  const alg = jsonText(t.header.alg);
  const kid = jsonText(t.header.kid ?? '');
  const path = `/srv/keys/${kid}`;
  const real = resolvePath(path);
  const log = [seen(t), `key = readFile(${JSON.stringify(path)})  // → ${real}`];
  const bytes = Object.hasOwn(FILES, real) ? FILES[real]! : null;
  if (!bytes) return refuse('file-not-found', { path: real }, [...log, 'ENOENT']);
  log.push(`${bytes.length} bytes read`);
  if (getAlgorithm(alg)?.family !== 'HMAC') return refuse('alg-unsupported', { alg }, log);
  return signatureResult(await verifyHmac(alg, bytes, t), t.claims, [
    ...log,
    `${alg} with those ${bytes.length} bytes`,
  ]);
};

const KEY_TABLE: KeyRow[] = [
  { kid: 'key-2025', key: SQL_TABLE_SECRET },
  { kid: 'key-2024', key: RETIRED_SECRET_B64URL },
];

/** B6: kid is pasted into an SQL query and the first row's text becomes the HMAC key. */
const kidAsSql: VerifyFn = async (token) => {
  const t = decodeLoose(token);
  if (!t) return malformed([]);
  const alg = jsonText(t.header.alg);
  const kid = jsonText(t.header.kid ?? '');
  const query = `SELECT key FROM keys WHERE kid = '${kid}'`;
  const log = [seen(t), `db.query(${JSON.stringify(query)})`];
  const result = runSql(query, KEY_TABLE);
  if (!result.ok) return refuse('sql-error', { detail: result.error }, [...log, result.error]);
  log.push(`→ ${result.rows.length} row(s)`);
  const row = result.rows[0];
  if (row === undefined) return refuse('kid-unknown', { kid }, [...log, 'no row']);
  log.push(`key = rows[0].key (${encodeUtf8(row).length} bytes of text)`);
  if (getAlgorithm(alg)?.family !== 'HMAC') return refuse('alg-unsupported', { alg }, log);
  return signatureResult(await verifyHmac(alg, encodeUtf8(row), t), t.claims, log);
};

/** B10: the signature is checked properly, the claims never are (no exp, no aud, no iss). */
const signatureOnly: VerifyFn = async (token, now) => {
  const result = await strict({
    key: { type: 'jwk', jwk: SERVER_RSA_PUBLIC_JWK },
    algorithms: ['RS256'],
  })(token, now);
  // The verifier's own claim findings are thrown away: only the signature counted.
  const t = decodeLoose(token);
  const sigOk =
    result.ok ||
    (result.refusal.kind === 'diagnostic' && result.refusal.diagnostic.part === 'claims');
  if (!t || !sigOk) return refuse('signature', {}, ['RS256 signature mismatch']);
  return {
    ok: true,
    claims: t.claims,
    log: ['RS256 signature ok', '// exp, aud, iss: not checked'],
  };
};

/** B9: ECDSA without the 1 ≤ r, s ≤ n−1 range check (Java 15–18, CVE-2022-21449). */
const psychic: VerifyFn = async (token) => {
  const t = decodeLoose(token);
  if (!t) return malformed([]);
  const alg = jsonText(t.header.alg);
  const log = [seen(t)];
  if (alg !== 'ES256') return refuse('alg-unsupported', { alg }, log);
  const sig = t.signature;
  if (sig.length === 64 && sig.every((b) => b === 0)) {
    // With r = 0 the check "r == x(u1·G + u2·Q) mod n" compares 0 with the x of the point at
    // infinity, which the buggy code also took as 0: it holds for every message and key.
    return {
      ok: true,
      claims: t.claims,
      log: [...log, 'r = 0, s = 0 (no range check) → r ≡ x(∞) = 0 → "valid"'],
    };
  }
  const key = await keyFrom({ type: 'jwk', jwk: SERVER_P256_PUBLIC_JWK });
  const ok = key ? await verifyWithKey('ES256', key, t).catch(() => false) : false;
  return signatureResult(ok, t.claims, [...log, 'ECDSA P-256 verify']);
};

/**
 * The secret comes from configuration that was never set (`process.env.JWT_SECRET ?? ""`), and the
 * library signs and verifies with the empty key instead of refusing to start.
 */
const emptySecret: VerifyFn = async (token) => {
  const t = decodeLoose(token);
  if (!t) return malformed([]);
  const alg = jsonText(t.header.alg);
  const log = [seen(t), 'secret = process.env.JWT_SECRET ?? ""  // not set: 0 bytes'];
  if (alg !== 'HS256') return refuse('alg-unsupported', { alg }, log);
  return signatureResult(await verifyHmac(alg, new Uint8Array(), t), t.claims, [
    ...log,
    'HMAC-SHA256 with the empty key',
  ]);
};

/**
 * The MAC is compared byte by byte for as many bytes as the token sent, so an empty signature has
 * nothing that differs (ServiceStack before 5.9.2, CVE-2020-28042).
 */
const comparesSentBytes: VerifyFn = async (token) => {
  const t = decodeLoose(token);
  if (!t) return malformed([]);
  const alg = jsonText(t.header.alg);
  const log = [seen(t)];
  if (alg !== 'HS256') return refuse('alg-unsupported', { alg }, log);
  const expected = await macOf(alg, decodeBase64url(SERVER_SECRET_B64URL)!, t);
  const sent = t.signature;
  log.push(
    `expected = HMAC-SHA256(secret, header.payload)  // ${expected.length} bytes`,
    `for (i = 0; i < sent.length; i++) if (sent[i] !== expected[i]) fail  // sent.length = ${sent.length}`,
  );
  const ok = sent.length <= expected.length && sent.every((b, i) => b === expected[i]);
  if (ok && sent.length < expected.length) {
    log.push(`${sent.length} of ${expected.length} bytes compared, none differ`);
  }
  return signatureResult(ok, t.claims, log);
};

// --- the labs -------------------------------------------------------------------------------------

const hsOnly = { key: serverSecret, algorithms: ['HS256'] };

/** The kid labs' safe key set: named keys, looked up by exact kid. */
function octSet(currentKey: Uint8Array): KeyInput {
  return {
    type: 'jwk',
    jwk: {
      keys: [
        { kty: 'oct', kid: 'key-2025', k: encodeBase64url(currentKey) },
        { kty: 'oct', kid: 'key-2024', k: RETIRED_SECRET_B64URL },
      ],
    },
  };
}

const fatalExp: DiagnosticCode[] = ['exp-missing'];
const SERVER_P256_TEXT = JSON.stringify(SERVER_P256_PUBLIC_JWK, null, 2);

export const LABS: readonly LabDef[] = [
  {
    id: 'unverified-signature',
    rfc8725: '§3.3',
    cves: ['CVE-2019-13483'],
    portswigger: 'JWT authentication bypass via unverified signature',
    start: { token: TOKEN_HS256, mode: 'verify' },
    resources: [],
    server: new LabServer(decodeOnly, strict(hsOnly)),
  },
  {
    id: 'alg-none',
    rfc8725: '§2.1, §3.1, §3.2',
    cves: ['CVE-2015-2951', 'CVE-2022-23540'],
    portswigger: 'JWT authentication bypass via flawed signature verification',
    start: { token: TOKEN_HS256, mode: 'verify' },
    resources: [],
    server: new LabServer(trustsAlgNone, strict(hsOnly)),
  },
  {
    id: 'weak-secret',
    rfc8725: '§2.2, §3.5',
    cves: ['CVE-2019-20933'],
    portswigger: 'JWT authentication bypass via weak signing key',
    start: { token: TOKEN_WEAK, mode: 'verify' },
    resources: [],
    server: new LabServer(
      strict({
        key: { type: 'secret', text: WEAK_SECRET, encoding: 'utf8' },
        algorithms: ['HS256'],
      }),
      strict({
        key: { type: 'secret', text: ROTATED_SECRET_B64URL, encoding: 'base64url' },
        algorithms: ['HS256'],
      }),
    ),
  },
  {
    id: 'alg-confusion',
    rfc8725: '§2.1, §3.1',
    cves: ['CVE-2015-9235', 'CVE-2016-10555', 'CVE-2017-11424', 'CVE-2022-29217'],
    portswigger: 'JWT authentication bypass via algorithm confusion',
    start: { token: TOKEN_RS256, keyText: SERVER_RSA_PUBLIC_PEM, mode: 'verify' },
    resources: [{ id: 'server-pem', text: SERVER_RSA_PUBLIC_PEM, use: 'key', format: 'utf8' }],
    server: new LabServer(
      trustsAlgWithPem,
      strict({ key: { type: 'text', text: SERVER_RSA_PUBLIC_PEM }, algorithms: ['RS256'] }),
    ),
  },
  {
    id: 'jwk-header',
    rfc8725: '§3.10',
    cves: ['CVE-2018-0114'],
    portswigger: 'JWT authentication bypass via jwk header injection',
    start: { token: TOKEN_RS256_KID, mode: 'verify' },
    resources: [
      { id: 'attacker-public', text: JSON.stringify(ATTACKER_RSA_PUBLIC_JWK), use: 'none' },
      {
        id: 'attacker-private',
        text: JSON.stringify(ATTACKER_RSA_PRIVATE_JWK, null, 2),
        use: 'key',
        format: 'auto',
      },
    ],
    server: new LabServer(
      trustsJwkHeader,
      strict({ key: { type: 'jwk', jwk: SERVER_RSA_PUBLIC_JWK }, algorithms: ['RS256'] }),
    ),
  },
  {
    id: 'jku-header',
    rfc8725: '§2.9, §3.10',
    cves: [],
    portswigger: 'JWT authentication bypass via jku header injection',
    start: { token: TOKEN_RS256_KID, mode: 'verify' },
    resources: [
      { id: 'attacker-jwks', text: ATTACKER_JWKS, use: 'none' },
      { id: 'attacker-cert', text: ATTACKER_CERT_PEM, use: 'none' },
      {
        id: 'attacker-private',
        text: JSON.stringify(ATTACKER_RSA_PRIVATE_JWK, null, 2),
        use: 'key',
        format: 'auto',
      },
    ],
    hosts: JKU_HOSTS,
    server: new LabServer(
      trustsJku(JKU_HOSTS),
      strict({ key: { type: 'jwk', jwk: SERVER_JWKS }, algorithms: ['RS256'] }),
    ),
  },
  {
    id: 'kid-path-traversal',
    rfc8725: '§2.9, §3.10',
    cves: ['CVE-2019-20933'],
    portswigger: 'JWT authentication bypass via kid header path traversal',
    start: { token: TOKEN_KID_FILE, mode: 'verify' },
    resources: [],
    server: new LabServer(
      kidAsPath,
      strict({ key: octSet(decodeBase64url(SERVER_SECRET_B64URL)!), algorithms: ['HS256'] }),
    ),
  },
  {
    id: 'kid-sql-injection',
    rfc8725: '§3.10',
    cves: [],
    portswigger: null,
    start: { token: TOKEN_KID_SQL, mode: 'verify' },
    resources: [],
    server: new LabServer(
      kidAsSql,
      strict({ key: octSet(encodeUtf8(SQL_TABLE_SECRET)), algorithms: ['HS256'] }),
    ),
  },
  {
    id: 'missing-claims',
    rfc8725: '§2.7, §2.8, §3.8, §3.9',
    cves: ['CVE-2020-26160'],
    portswigger: null,
    start: { token: SSO_TOKENS.own, mode: 'verify' },
    resources: [
      { id: 'token-wiki', text: SSO_TOKENS.wiki, use: 'token' },
      { id: 'token-expired', text: SSO_TOKENS.expired, use: 'token' },
      { id: 'token-noexp', text: SSO_TOKENS.noExp, use: 'token' },
    ],
    server: new LabServer(
      signatureOnly,
      strict(
        {
          key: { type: 'jwk', jwk: SERVER_RSA_PUBLIC_JWK },
          algorithms: ['RS256'],
          audience: API,
          issuer: SSO,
        },
        fatalExp,
      ),
    ),
  },
  {
    id: 'psychic-signature',
    rfc8725: '§3.3',
    cves: ['CVE-2022-21449', 'CVE-2020-14966'],
    portswigger: null,
    // The server's public key is in the key field, so the playground checks the signature too.
    start: { token: TOKEN_ES256, keyText: SERVER_P256_TEXT, mode: 'verify' },
    resources: [{ id: 'server-p256', text: SERVER_P256_TEXT, use: 'key', format: 'auto' }],
    server: new LabServer(
      psychic,
      strict({ key: { type: 'jwk', jwk: SERVER_P256_PUBLIC_JWK }, algorithms: ['ES256'] }),
    ),
  },
  {
    id: 'empty-secret',
    rfc8725: '§2.2, §3.5',
    cves: [],
    portswigger: null,
    start: { token: TOKEN_EMPTY_KEY, mode: 'verify' },
    resources: [],
    server: new LabServer(
      emptySecret,
      // The safe server refuses to start without a configured 256-bit key; it has one.
      strict(hsOnly),
    ),
  },
  {
    id: 'signature-stripping',
    rfc8725: '§3.3',
    cves: ['CVE-2020-28042'],
    portswigger: null,
    start: { token: TOKEN_HS256, mode: 'verify' },
    resources: [],
    server: new LabServer(comparesSentBytes, strict(hsOnly)),
  },
];

export function findLab(id: string): LabDef | null {
  return LABS.find((l) => l.id === id) ?? null;
}
