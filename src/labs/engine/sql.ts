/**
 * A pretend database with one table, `keys (kid, key)`, and just enough SQL to run the careless
 * server's query `SELECT key FROM keys WHERE kid = '<kid>'` after the kid has been pasted into it:
 * string literals, `=`, `OR`, `UNION SELECT '<literal>'` and `--` comments. Anything else is a syntax
 * error, as it would be on a real database. No real SQL runs anywhere.
 */

export interface KeyRow {
  kid: string;
  key: string;
}

export type SqlResult = { ok: true; rows: string[] } | { ok: false; error: string };

type Tok =
  | { t: 'str'; v: string }
  | { t: 'num'; v: string }
  | { t: 'word'; v: string }
  | { t: 'sym'; v: string };

function tokenize(sql: string): Tok[] | string {
  const out: Tok[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '-' && sql[i + 1] === '-') {
      break; // a comment runs to the end of the (one-line) query
    } else if (c === '#') {
      break; // MySQL's comment
    } else if (c === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= sql.length) return `unterminated string starting near '${v.slice(0, 20)}'`;
        if (sql[i] === "'") {
          if (sql[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += sql[i];
        i++;
      }
      out.push({ t: 'str', v });
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+/.exec(sql.slice(i))![0];
      out.push({ t: 'num', v: m });
      i += m.length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(i))![0];
      out.push({ t: 'word', v: m });
      i += m.length;
    } else if (c === '=' || c === ';' || c === '*' || c === ',') {
      out.push({ t: 'sym', v: c });
      i++;
    } else {
      return `unexpected character '${c}'`;
    }
  }
  return out;
}

/** Runs one query against the table. */
export function runSql(sql: string, table: readonly KeyRow[]): SqlResult {
  const toks = tokenize(sql);
  if (typeof toks === 'string') return { ok: false, error: `syntax error: ${toks}` };
  let p = 0;
  const peek = (): Tok | undefined => toks[p];
  const word = (w: string): boolean => {
    const t = peek();
    if (t?.t === 'word' && t.v.toUpperCase() === w) {
      p++;
      return true;
    }
    return false;
  };
  const expectWord = (w: string): void => {
    if (!word(w)) throw new Error(`syntax error near ${describe(peek())}: expected ${w}`);
  };
  const value = (row: KeyRow | null): string => {
    const t = toks[p++];
    if (!t) throw new Error('syntax error: unexpected end of query');
    if (t.t === 'str' || t.t === 'num') return t.v;
    if (t.t === 'word' && row && (t.v === 'kid' || t.v === 'key')) return row[t.v];
    throw new Error(`syntax error near ${describe(t)}`);
  };
  // comparison := value '=' value ; condition := comparison (OR comparison)*
  const condition = (row: KeyRow): boolean => {
    let result = false;
    do {
      const a = value(row);
      const eq = toks[p++];
      if (eq?.t !== 'sym' || eq.v !== '=') throw new Error(`syntax error near ${describe(eq)}`);
      const b = value(row);
      result = result || a === b;
    } while (word('OR'));
    return result;
  };
  try {
    expectWord('SELECT');
    expectWord('KEY');
    expectWord('FROM');
    expectWord('KEYS');
    expectWord('WHERE');
    const start = p;
    const rows: string[] = [];
    let end = start;
    for (const row of table) {
      p = start;
      if (condition(row)) rows.push(row.key);
      end = p;
    }
    p = end;
    while (word('UNION')) {
      expectWord('SELECT');
      rows.push(value(null));
    }
    if (peek()?.t === 'sym' && peek()!.v === ';') p++;
    if (p < toks.length) throw new Error(`syntax error near ${describe(peek())}`);
    return { ok: true, rows };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

function describe(t: Tok | undefined): string {
  if (!t) return 'end of query';
  return t.t === 'str' ? `'${t.v}'` : t.v;
}
