/** Careless verifiers that paste "kid" into a lookup unescaped: a file path, an SQL query (B6). */
import { decodeBase64url, encodeUtf8, getAlgorithm } from '../../../jwt/index';
import { RETIRED_SECRET_B64URL, SERVER_SECRET_B64URL, SQL_TABLE_SECRET } from '../material';
import { jsonText, type VerifyFn } from '../server';
import { runSql, type KeyRow } from '../sql';
import { decodeLoose, malformed, refuse, seen, signatureResult, verifyHmac } from './loose';

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
export const kidAsPath: VerifyFn = async (token) => {
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
export const kidAsSql: VerifyFn = async (token) => {
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
