/**
 * A pretend database with one table, `keys (kid, key)`, and enough SQL to run the careless server's
 * query `SELECT key FROM keys WHERE kid = '<kid>'` after the kid has been pasted into it, and what an
 * attacker appends: string and number literals, the columns kid and key, `=`, `!=`, `<>`, `AND`,
 * `OR`, `NOT`, parentheses, `UNION [ALL] SELECT <value> [FROM keys [WHERE …]]`, `ORDER BY`, `LIMIT`,
 * and `--` or `#` comments. Anything else is a syntax error, as it would be on a real database. No
 * real SQL runs anywhere.
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
    } else if ((c === '!' || c === '<') && sql[i + 1] === '=') {
      out.push({ t: 'sym', v: '!=' });
      i += 2;
    } else if (c === '<' && sql[i + 1] === '>') {
      out.push({ t: 'sym', v: '!=' });
      i += 2;
    } else if ('=;*,()'.includes(c)) {
      out.push({ t: 'sym', v: c });
      i++;
    } else {
      return `unexpected character '${c}'`;
    }
  }
  return out;
}

class SqlError extends Error {}

/** Runs one query against the table. */
export function runSql(sql: string, table: readonly KeyRow[]): SqlResult {
  const toks = tokenize(sql);
  if (typeof toks === 'string') return { ok: false, error: `syntax error: ${toks}` };
  let p = 0;
  const peek = (): Tok | undefined => toks[p];
  const fail = (t: Tok | undefined = peek()): never => {
    throw new SqlError(`syntax error near ${describe(t)}`);
  };
  const isWord = (w: string, t: Tok | undefined = peek()): boolean =>
    t?.t === 'word' && t.v.toUpperCase() === w;
  const word = (w: string): boolean => {
    if (!isWord(w)) return false;
    p++;
    return true;
  };
  const sym = (v: string): boolean => {
    const t = peek();
    if (t?.t !== 'sym' || t.v !== v) return false;
    p++;
    return true;
  };
  const expectWord = (w: string): void => {
    if (!word(w)) throw new SqlError(`syntax error near ${describe(peek())}: expected ${w}`);
  };

  // An expression is parsed into a function of the row, so WHERE can run it on every row.
  type Expr = (row: KeyRow | null) => string | null;
  const value = (): Expr => {
    const t = toks[p++];
    if (!t) throw new SqlError('syntax error: unexpected end of query');
    if (t.t === 'str' || t.t === 'num') return () => t.v;
    if (isWord('NULL', t)) return () => null;
    if (t.t === 'word' && (t.v.toLowerCase() === 'kid' || t.v.toLowerCase() === 'key')) {
      const col = t.v.toLowerCase() as 'kid' | 'key';
      return (row) => {
        if (!row) throw new SqlError(`no such column: ${col}`);
        return row[col];
      };
    }
    if (t.t === 'sym' && t.v === '(') {
      const inner = condition();
      if (!sym(')')) fail();
      return (row) => (inner(row) ? '1' : '0');
    }
    return fail(t);
  };
  // Comparison with NULL is never true (SQL's three-valued logic, taken as false here).
  const truthy = (v: string | null): boolean => v !== null && v !== '' && Number(v) !== 0;
  type Cond = (row: KeyRow | null) => boolean;
  const comparison = (): Cond => {
    if (word('NOT')) {
      const inner = comparison();
      return (row) => !inner(row);
    }
    const a = value();
    if (sym('=')) {
      const b = value();
      return (row) => {
        const x = a(row);
        const y = b(row);
        return x !== null && y !== null && x === y;
      };
    }
    if (sym('!=')) {
      const b = value();
      return (row) => {
        const x = a(row);
        const y = b(row);
        return x !== null && y !== null && x !== y;
      };
    }
    return (row) => truthy(a(row));
  };
  const conjunction = (): Cond => {
    const parts = [comparison()];
    while (word('AND')) parts.push(comparison());
    return (row) => parts.every((c) => c(row));
  };
  function condition(): Cond {
    const parts = [conjunction()];
    while (word('OR')) parts.push(conjunction());
    return (row) => parts.some((c) => c(row));
  }

  /** SELECT <expr> [FROM keys [WHERE <condition>]] → its rows. */
  const select = (): string[] => {
    expectWord('SELECT');
    if (sym('*')) throw new SqlError('SELECT * gives two columns; the query needs one');
    const expr = value();
    if (sym(',')) throw new SqlError('UNION needs the same number of columns on both sides (1)');
    if (!word('FROM')) {
      const v = expr(null);
      return v === null ? [] : [v];
    }
    expectWord('KEYS');
    const where = word('WHERE') ? condition() : () => true;
    return table
      .filter((row) => where(row))
      .flatMap((row) => {
        const v = expr(row);
        return v === null ? [] : [v];
      });
  };

  try {
    let rows = select();
    while (word('UNION')) {
      const all = word('ALL');
      const more = select();
      // UNION without ALL drops repeated rows.
      rows = all ? [...rows, ...more] : [...new Set([...rows, ...more])];
    }
    if (word('ORDER')) {
      expectWord('BY');
      const t = toks[p++];
      if (!(t?.t === 'num' || isWord('KEY', t) || isWord('KID', t))) fail(t);
      const desc = word('DESC');
      if (!desc) word('ASC');
      rows = [...rows].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0) * (desc ? -1 : 1));
    }
    if (word('LIMIT')) {
      const n = toks[p++];
      if (n?.t !== 'num') fail(n);
      let offset = 0;
      if (word('OFFSET')) {
        const o = toks[p++];
        if (o?.t !== 'num') fail(o);
        offset = Number(o!.v);
      }
      rows = rows.slice(offset, offset + Number(n!.v));
    }
    sym(';');
    if (p < toks.length) fail();
    return { ok: true, rows };
  } catch (e) {
    if (e instanceof SqlError) return { ok: false, error: e.message };
    throw e;
  }
}

function describe(t: Tok | undefined): string {
  if (!t) return 'end of query';
  return t.t === 'str' ? `'${t.v}'` : t.v;
}
