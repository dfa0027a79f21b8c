/**
 * The session store: where the server keeps what the session id stands for. In memory of one server,
 * or shared (Redis, a database) by all of them; either way it costs a lookup per request and memory
 * per signed-in user. The deny list for revoked JWTs is the same kind of store.
 */
import { byteLength } from './http';

export interface SessionRecord {
  sub: string;
  role: string;
  /** NumericDate when the session ends. */
  expires: number;
}

export class SessionStore {
  private map = new Map<string, SessionRecord>();
  lookups = 0;
  writes = 0;

  constructor(readonly kind: 'memory' | 'shared') {}

  create(id: string, record: SessionRecord): void {
    this.writes++;
    this.map.set(id, record);
  }

  /** Looks an id up; expired entries count as missing. Every call counts. */
  get(id: string, now: number): SessionRecord | null {
    this.lookups++;
    const r = this.map.get(id);
    if (!r) return null;
    if (r.expires <= now) {
      this.map.delete(id);
      return null;
    }
    return r;
  }

  delete(id: string): boolean {
    this.writes++;
    return this.map.delete(id);
  }

  /** A restart of the process that holds it: everything in memory is gone. */
  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }

  /** The bytes of the data itself (ids and records as JSON), without the runtime's own overhead. */
  get bytes(): number {
    let n = 0;
    for (const [id, r] of this.map) n += byteLength(id) + byteLength(JSON.stringify(r));
    return n;
  }
}

export interface RefreshRecord {
  sub: string;
  role: string;
  /** Every refresh token descended from one login shares a family (RFC 9700 §4.14.2). */
  family: string;
  /** Rotation: a token is good for one refresh; a used one stays here to detect reuse. */
  used: boolean;
  expires: number;
}

/** The server's record of the refresh tokens it issued, with the families it has revoked. */
export class RefreshStore {
  private map = new Map<string, RefreshRecord>();
  private revoked = new Set<string>();
  lookups = 0;
  writes = 0;

  create(token: string, record: RefreshRecord): void {
    this.writes++;
    this.map.set(token, record);
  }

  get(token: string, now: number): RefreshRecord | null {
    this.lookups++;
    const r = this.map.get(token);
    if (!r || r.expires <= now) return null;
    return r;
  }

  markUsed(token: string): void {
    const r = this.map.get(token);
    if (!r) return;
    this.writes++;
    this.map.set(token, { ...r, used: true });
  }

  isRevoked(family: string): boolean {
    return this.revoked.has(family);
  }

  /** Revokes a whole family: every token of that login stops working at once. */
  revokeFamily(family: string): void {
    this.writes++;
    this.revoked.add(family);
  }

  get size(): number {
    return this.map.size;
  }

  get usedCount(): number {
    return [...this.map.values()].filter((r) => r.used).length;
  }

  get revokedFamilies(): number {
    return this.revoked.size;
  }

  get bytes(): number {
    let n = 0;
    for (const [t, r] of this.map) n += byteLength(t) + byteLength(JSON.stringify(r));
    for (const f of this.revoked) n += byteLength(f);
    return n;
  }
}
