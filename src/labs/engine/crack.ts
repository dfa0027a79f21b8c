/**
 * An offline dictionary attack on an HMAC-signed token (RFC 8725 §2.2): one captured token is enough
 * to test guesses with no server involved, so nothing limits the rate but the attacker's CPU. The word
 * list is made here from common words and passwords with the mutations cracking rules apply (case,
 * digits, years, leetspeak, "!"); nothing is downloaded.
 */
import { decodeBase64url, decodeUtf8, getAlgorithm, utf8Length } from '../../jwt/index';

// A few hundred common words and passwords (from public "most common password" lists and words people
// put in configuration files). Order matters only for how soon a word is found.
const BASE_WORDS = `123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123
baseball abc123 football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890
michael 654321 pussycat superman 1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan
jennifer zxcvbnm asdfgh hunter buster soccer harley batman andrew tigger sunshine iloveyou 2000 charlie
robert thomas hockey ranger daniel starwars klaster 112233 george computer michelle jessica pepper 1111
zxcvbn 555555 11111111 131313 freedom 777777 pass maggie 159753 aaaaaa ginger princess joshua cheese
amanda summer love ashley nicole chelsea biteme matthew access yankees 987654321 dallas austin thunder
taylor matrix mobilemail mom monitor monitoring montana moon moscow welcome welcome1 admin admin123
administrator root toor guest changeme default login hello hello123 test test123 testing demo sample
example temp temporary user username qwerty123 password123 passw0rd p@ssw0rd abcdef abcd1234 asdf
asdfasdf zaq12wsx football1 baseball1 superman1 princess1 sunshine1 iloveyou1 whatever nothing
secure security private public token tokens jwt jwttoken jwtsecret jwt_secret jwt-secret jwtkey
jwt-key jwt_key key keys apikey api_key api-key apisecret api_secret app appsecret app_secret
application server service backend frontend node nodejs express django flask spring rails laravel
react angular vue docker kubernetes cloud aws azure google github gitlab bitbucket jenkins devops
develop development dev prod production staging stage local localhost database db mysql postgres
postgresql mongo mongodb redis oracle sql session sessions cookie cookies auth authentication
authorization oauth openid login1 signin signup account accounts company corp office manager boss
system sysadmin webadmin webmaster website web internet network wifi router office365 outlook email
mail spring2024 summer2024 winter autumn fall spring january february march april may june july august
september october november december monday friday sunday weekend holiday birthday family friends
secret secrets secretkey secret_key secret-key mysecret my_secret mysecretkey supersecret topsecret
hidden shhh shh confidential classified unknown qwertz azerty 1q2w3e4r 1q2w3e 123abc abc qwe asd zxc
lovely loveme iloveu angel angels baby babygirl beautiful butterfly flower flowers rainbow purple
orange yellow green blue red black white silver golden diamond star stars sun moonlight sky ocean
tiger lion eagle wolf bear shark dolphin horse dog cat kitty puppy bunny monkey1 pokemon pikachu
naruto minecraft fortnite gaming gamer player killer1 ninja samurai dragon1 phoenix wizard magic
hacker hack hacking cyber crypto bitcoin ethereum money cash rich gold dollar euro won seoul korea
busan kimchi hangul saranghae sarang ilovekorea london paris berlin tokyo newyork america canada
chicago boston texas florida california jesus christ god angel1 heaven faith hope grace peace
victory winner champion legend master1 power energy music guitar piano rock metal jazz movie cinema
coffee pizza chocolate cookie banana apple orange1 mango cherry peach lemon
your-256-bit-secret your-secret-key your_secret_key changeit change_me notasecret not-a-secret
s3cr3t passphrase keyboard computer1 laptop internet1 letmein1 trustme openup opensesame`;

/** The words the list is built from, in order, without repeats. */
export const BASE_WORD_LIST: readonly string[] = [...new Set(BASE_WORDS.split(/\s+/))].filter(
  (w) => w.length > 0,
);

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };

function capitalize(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** The mutations of one word, in the order a cracking rule file tries them. */
function* mutations(w: string): Generator<string> {
  const cap = capitalize(w);
  yield w;
  yield cap;
  yield w.toUpperCase();
  yield w.replace(/[aeiost]/g, (c) => LEET[c]!);
  yield `${w}!`;
  yield `${cap}!`;
  for (let d = 0; d < 100; d++) yield `${w}${d}`;
  for (let d = 0; d < 10; d++) yield `${w}0${d}`;
  for (let d = 0; d < 100; d++) yield `${cap}${d}`;
  for (let d = 0; d < 100; d++) yield `${w}_${d}`;
  for (let y = 1990; y <= 2026; y++) yield `${w}${y}`;
  yield `${cap}1`;
  yield `${cap}123`;
  yield `${cap}1!`;
  yield `${w}123!`;
}

/** The whole candidate list (about 150,000 guesses), in a fixed order, without repeats. */
export function wordlist(): string[] {
  const seen = new Set<string>();
  for (const w of BASE_WORD_LIST) for (const m of mutations(w)) seen.add(m);
  return [...seen];
}

export interface CrackProgress {
  tried: number;
  total: number;
  /** Guesses per second so far. */
  rate: number;
  elapsedMs: number;
}

export type CrackOutcome =
  | {
      status: 'found';
      secret: string;
      tried: number;
      total: number;
      elapsedMs: number;
      rate: number;
    }
  | {
      status: 'exhausted' | 'stopped';
      tried: number;
      total: number;
      elapsedMs: number;
      rate: number;
    }
  | { status: 'not-hmac'; alg: string | null };

/**
 * How each guess is tested. Both compute, with WebCrypto, the real HMAC of the token's signing input
 * keyed by the candidate (RFC 2104), and both report a secret only after a plain import + verify of
 * the token's signature with it.
 *
 * - `'hkdf'` (the default): one WebCrypto call per guess. HKDF's first step is, by definition,
 *   PRK = HMAC-Hash(salt, IKM) (RFC 5869 §2.2), and WebCrypto takes the salt as a parameter, not as
 *   a key. So the signing input is imported once as the HKDF input key and each candidate goes in
 *   as the salt: `deriveBits` computes HMAC(candidate, signing input), the very value a server
 *   compares, then HMAC(that, 0x01) (HKDF-Expand with empty info, one block). The result is compared
 *   in full with HMAC(token signature, 0x01), computed once: equal when the candidate's MAC equals the
 *   signature, or when the two merely act alike as HMAC keys (say, the MAC plus a zero byte) or
 *   collide, which the final verify rules out. Each guess does
 *   a little more hashing than a plain sign, never less.
 * - `'import-verify'`: the textbook way, two WebCrypto calls per guess (importKey of the candidate,
 *   then verify). Measured in Chromium 156 on 2 cores: about 1.5 times the CPU per guess of 'hkdf',
 *   most of it the per-call cost of the bindings, not the hashing.
 */
export type CrackMethod = 'hkdf' | 'import-verify';

export interface CrackOptions {
  onProgress?: (p: CrackProgress) => void;
  /** Checked before each new guess is started; set `aborted` to stop. */
  signal?: { readonly aborted: boolean };
  /** The least time between two progress reports (default 100 ms). */
  progressEveryMs?: number;
  /** Guesses in flight at once (default 128): WebCrypto is asynchronous, so the next guesses are
   * queued while earlier ones are computed instead of waiting for each answer in turn. */
  concurrency?: number;
  method?: CrackMethod;
  /** A millisecond clock (injected in tests). */
  clock?: () => number;
}

/** The parts of an HMAC token a guess is tested against, or the reason it is not one. */
export function hmacTarget(
  token: string,
):
  | { ok: true; hash: 'SHA-256' | 'SHA-384' | 'SHA-512'; data: Uint8Array; signature: Uint8Array }
  | { ok: false; alg: string | null } {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return { ok: false, alg: null };
  const headerBytes = decodeBase64url(parts[0]!);
  const signature = decodeBase64url(parts[2]!);
  const header = headerBytes ? decodeUtf8(headerBytes) : null;
  let alg: string | null = null;
  try {
    const h: unknown = header?.ok ? JSON.parse(header.text) : null;
    if (h && typeof h === 'object' && typeof (h as { alg?: unknown }).alg === 'string')
      alg = (h as { alg: string }).alg;
  } catch {
    alg = null;
  }
  const info = alg ? getAlgorithm(alg) : null;
  if (!info || info.family !== 'HMAC' || !info.hash || !signature || signature.length === 0)
    return { ok: false, alg };
  // The signature covers the ASCII of "header.payload" exactly as sent (RFC 7515 §5.1).
  const data = new TextEncoder().encode(`${parts[0]}.${parts[1]}`);
  return { ok: true, hash: info.hash, data, signature };
}

/** How long a run of guesses may keep the event loop to itself (see `crack`). */
const YIELD_MS = 4;

const HASH_BITS = { 'SHA-256': 256, 'SHA-384': 384, 'SHA-512': 512 } as const;

/** Byte-for-byte equality of a whole WebCrypto result with the expected bytes. */
function sameBytes(got: ArrayBuffer, expected: Uint8Array): boolean {
  const a = new Uint8Array(got);
  if (a.length !== expected.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== expected[i]) return false;
  return true;
}

/**
 * Tries each candidate, in list order, as the UTF-8 HMAC secret of the token, keeping `concurrency`
 * guesses in flight. Progress goes out at most every `progressEveryMs`; the rate counts guesses
 * finished since the start of this call. Never throws (a WebCrypto failure counts as a miss).
 */
export async function crack(
  token: string,
  candidates: readonly string[],
  options: CrackOptions = {},
): Promise<CrackOutcome> {
  const target = hmacTarget(token);
  if (!target.ok) return { status: 'not-hmac', alg: target.alg };
  const subtle = crypto.subtle;
  const clock = options.clock ?? (() => performance.now());
  const every = options.progressEveryMs ?? 100;
  const window = Math.max(1, options.concurrency ?? 128);
  const total = candidates.length;
  const hmac = { name: 'HMAC', hash: target.hash };
  const signature = target.signature.slice();
  const data = target.data.slice();
  // All candidates as UTF-8 in one buffer (one encode call, not one per guess); guess i is the
  // bytes from ends[i - 1] to ends[i]. WebCrypto copies what it is given, so views are enough.
  const utf8 = new TextEncoder().encode(candidates.join(''));
  const ends = new Uint32Array(total);
  for (let i = 0, end = 0; i < total; i++) ends[i] = end += utf8Length(candidates[i]!);

  // The straightforward check, used for every guess by 'import-verify' and to confirm a 'hkdf' hit.
  const verify = (secret: Uint8Array<ArrayBuffer>): Promise<boolean> =>
    subtle
      .importKey('raw', secret, hmac, false, ['verify'])
      .then((key) => subtle.verify('HMAC', key, signature, data));

  let guess: (secret: Uint8Array<ArrayBuffer>) => Promise<boolean>;
  if ((options.method ?? 'hkdf') === 'hkdf') {
    const ikm = await subtle.importKey('raw', data, 'HKDF', false, ['deriveBits']);
    const sigKey = await subtle.importKey('raw', signature, hmac, false, ['sign']);
    const expected = new Uint8Array(await subtle.sign('HMAC', sigKey, new Uint8Array([1])));
    const info = new Uint8Array(0);
    const bits = HASH_BITS[target.hash];
    guess = (salt) =>
      subtle
        .deriveBits({ name: 'HKDF', hash: target.hash, salt, info }, ikm, bits)
        .then((out) => sameBytes(out, expected) && verify(salt));
  } else {
    guess = verify;
  }

  const start = clock();
  let lastReport = start;
  let tried = 0;
  const stats = () => {
    const elapsedMs = clock() - start;
    return { tried, total, elapsedMs, rate: elapsedMs > 0 ? (tried * 1000) / elapsedMs : 0 };
  };

  return new Promise<CrackOutcome>((resolve) => {
    let next = 0;
    let inFlight = 0;
    let finished = false;
    // Chromium answers a small WebCrypto call on the calling thread and resolves its promise at
    // once, so a chain of guesses never gives the event loop a turn: without a pause now and then,
    // a stop message (or a helper's progress) would wait until the whole list was tried. Every
    // ~YIELD_MS no new guess starts until a message sent to ourselves comes back (a macrotask without
    // setTimeout's 4-ms clamp).
    let paused = false;
    let lastYield = start;
    const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
    const resume = (): void => {
      paused = false;
      lastYield = clock();
      fill();
    };
    if (channel) channel.port1.onmessage = resume;
    const pause = (): void => {
      paused = true;
      if (channel) channel.port2.postMessage(null);
      else setTimeout(resume, 0);
    };
    const finish = (status: 'found' | 'exhausted' | 'stopped', secret?: string): void => {
      if (finished) return;
      finished = true;
      channel?.port1.close();
      const s = stats();
      if (status !== 'stopped') options.onProgress?.(s);
      resolve(status === 'found' ? { status, secret: secret!, ...s } : { status, ...s });
    };
    const settle = (word: string, hit: boolean): void => {
      if (finished) return;
      inFlight--;
      tried++;
      if (hit) return finish('found', word);
      // Reading the clock costs about as much as a guess's own JavaScript: look every 64 answers.
      if ((tried & 63) === 0 || every <= 0) {
        const now = clock();
        if (now - lastReport >= every) {
          lastReport = now;
          options.onProgress?.(stats());
        }
        if (now - lastYield >= YIELD_MS) pause();
      }
      fill();
    };
    // Keeps `window` guesses in flight: each answer starts the next guess.
    const fill = (): void => {
      while (!finished && !paused && inFlight < window && next < total) {
        if (options.signal?.aborted) return finish('stopped');
        const i = next++;
        const word = candidates[i]!;
        // WebCrypto refuses a zero-length HMAC key; no real server uses one either.
        if (word.length === 0) {
          tried++;
          continue;
        }
        inFlight++;
        guess(utf8.subarray(ends[i - 1] ?? 0, ends[i])).then(
          (hit) => settle(word, hit),
          () => settle(word, false),
        );
      }
      if (!finished && inFlight === 0 && next >= total) finish('exhausted');
    };
    fill();
  });
}

/**
 * Raw WebCrypto speed, the yardstick for the crack's guesses per second. It signs the same short
 * input (a token's signing input) with HMAC-SHA256 and ONE key imported beforehand, so it counts
 * signatures only: no key import, no comparison. Two figures, each over about `durationMs`:
 * - `perSecond`: sequential, each `sign` awaited before the next starts (the figure the budget
 *   compares the crack against: at least 80 % of it);
 * - `pipelinedPerSecond`: up to 128 signs in flight at once, the way the crack queues its guesses.
 * Self-contained (no imports, no outer variables) so a benchmark can hand it to Playwright's
 * page.evaluate as is.
 */
export async function measureHmacSpeed(durationMs = 1000): Promise<{
  signatures: number;
  elapsedMs: number;
  perSecond: number;
  pipelinedPerSecond: number;
}> {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    enc.encode('secret1'),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const data = enc.encode(
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwibmFtZSI6IlN0dWRlbnQiLCJyb2xlIjoidXNlciIsImlhdCI6MTc2NzIyNTAwMCwiZXhwIjo0MTAyNDQ0ODAwfQ',
  );
  const start = performance.now();
  let signatures = 0;
  let elapsedMs = 0;
  while (elapsedMs < durationMs) {
    await crypto.subtle.sign('HMAC', key, data);
    signatures++;
    elapsedMs = performance.now() - start;
  }
  const pipelined = await new Promise<number>((resolve) => {
    const t0 = performance.now();
    let done = 0;
    let open = 0;
    const next = (): void => {
      open--;
      done++;
      const ms = performance.now() - t0;
      if (ms < durationMs) {
        open++;
        void crypto.subtle.sign('HMAC', key, data).then(next);
      } else if (open === 0) resolve((done * 1000) / ms);
    };
    for (; open < 128; open++) void crypto.subtle.sign('HMAC', key, data).then(next);
  });
  return {
    signatures,
    elapsedMs,
    perSecond: Math.round((signatures * 1000) / elapsedMs),
    pipelinedPerSecond: Math.round(pipelined),
  };
}
