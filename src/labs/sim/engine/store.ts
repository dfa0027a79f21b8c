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
