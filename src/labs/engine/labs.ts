/**
 * The attack labs: for each, the token the student starts with, what the student may use, a careless
 * verifier that reimplements a real bug (in careless/, by family of bug), and the safe verifier (the
 * strict core, configured). The texts (goal, hints, explanations) live in the UI's string bundle
 * under `lab.<id>.*`.
 */
import {
  decodeBase64url,
  encodeBase64url,
  encodeUtf8,
  type DiagnosticCode,
  type KeyInput,
} from '../../jwt/index';
import { trustsAlgNone, trustsAlgWithPem } from './careless/alg';
import { signatureOnly } from './careless/claims';
import { trustsJku, trustsJwkHeader } from './careless/header-keys';
import { kidAsPath, kidAsSql } from './careless/kid';
import { comparesSentBytes, decodeOnly, emptySecret, psychic } from './careless/signature';
import {
  ATTACKER_JKU,
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
import { LabServer, strict } from './server';
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

// --- the servers' configuration ------------------------------------------------------------------

const serverSecret: KeyInput = {
  type: 'secret',
  text: SERVER_SECRET_B64URL,
  encoding: 'base64url',
};
const API = 'https://api.example.com';
const SSO = 'https://sso.example.com';

const ATTACKER_JWKS = JSON.stringify({ keys: [ATTACKER_RSA_PUBLIC_JWK] }, null, 2);
const SERVER_JWKS = { keys: [SERVER_RSA_PUBLIC_JWK, SERVER_P256_PUBLIC_JWK] };

/** The simulated internet of the jku lab: URL → response body. */
const JKU_HOSTS: Record<string, string> = {
  [SERVER_JKU]: JSON.stringify(SERVER_JWKS, null, 2),
  [ATTACKER_JKU]: ATTACKER_JWKS,
  // x5u names an X.509 certificate (RFC 7515 §4.1.5): the attacker's is self-signed.
  [ATTACKER_X5U]: ATTACKER_CERT_PEM,
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
