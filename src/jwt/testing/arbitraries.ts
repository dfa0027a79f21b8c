/**
 * fast-check arbitraries shared by the core's tests and the fuzz script: random token-shaped strings
 * and mutations of valid tokens (the kinds of damage copy-paste and attackers do). Test-only code:
 * nothing in the app imports it.
 */
import fc from 'fast-check';
import { encodeBase64url, encodeBase64urlText } from '../base64url';

/** One edit applied to a token. Positions are reduced modulo the token's length when applied. */
export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'swap-segments'; a: number; b: number }
  | { kind: 'duplicate-dot'; at: number; count: number }
  | { kind: 'drop-segment'; index: number }
  | { kind: 'duplicate-segment'; index: number };

/** Characters that matter to a base64url / JWS parser, plus a few look-alikes. */
const INTERESTING = [
  '.',
  '=',
  '==',
  '+',
  '/',
  '-',
  '_',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '"',
  "'",
  '{',
  '}',
  '\u0435', // Cyrillic е, looks like "e"
  '\u00a0', // no-break space
  '\ufeff', // byte order mark
  '\u200b', // zero-width space
  '\ud83d\ude00', // an emoji (surrogate pair)
  '\ud800', // a lone surrogate
  '\u0000',
  'Bearer ',
  'eyJ',
];

/** Text worth inserting into a token: base64url characters, separators, look-alikes, anything. */
export const insertionArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...INTERESTING),
  fc.string({ minLength: 1, maxLength: 4 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 2 }),
  fc
    .array(
      fc.constantFrom(
        ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split(''),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((cs) => cs.join('')),
);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertionArb }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: insertionArb }),
  fc.record({ kind: fc.constant('swap-segments' as const), a: fc.nat(5), b: fc.nat(5) }),
  fc.record({
    kind: fc.constant('duplicate-dot' as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ kind: fc.constant('drop-segment' as const), index: fc.nat(5) }),
  fc.record({ kind: fc.constant('duplicate-segment' as const), index: fc.nat(5) }),
);

/** Applies one mutation; total for every token and mutation. */
export function applyMutation(token: string, m: Mutation): string {
  const pos = (at: number, extra = 0): number => at % (token.length + extra);
  switch (m.kind) {
    case 'insert': {
      const i = pos(m.at, 1);
      return token.slice(0, i) + m.text + token.slice(i);
    }
    case 'delete': {
      if (token.length === 0) return token;
      const i = pos(m.at);
      return token.slice(0, i) + token.slice(i + m.length);
    }
    case 'replace': {
      if (token.length === 0) return m.text;
      const i = pos(m.at);
      return token.slice(0, i) + m.text + token.slice(i + 1);
    }
    case 'swap-segments': {
      const parts = token.split('.');
      const a = m.a % parts.length;
      const b = m.b % parts.length;
      [parts[a], parts[b]] = [parts[b]!, parts[a]!];
      return parts.join('.');
    }
    case 'duplicate-dot': {
      const dots = [...token.matchAll(/\./g)].map((x) => x.index);
      if (dots.length === 0) return token + '.'.repeat(m.count);
      const i = dots[m.at % dots.length]!;
      return token.slice(0, i) + '.'.repeat(m.count + 1) + token.slice(i + 1);
    }
    case 'drop-segment': {
      const parts = token.split('.');
      parts.splice(m.index % parts.length, 1);
      return parts.join('.');
    }
    case 'duplicate-segment': {
      const parts = token.split('.');
      const i = m.index % parts.length;
      parts.splice(i, 0, parts[i]!);
      return parts.join('.');
    }
  }
}

/** A header JSON object as a verifier might see it (known, unknown and hostile parameters). */
export const headerArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    alg: fc.oneof(
      fc.constantFrom('HS256', 'RS256', 'PS384', 'ES256', 'ES512', 'EdDSA', 'Ed25519', 'none'),
      fc.constantFrom('None', 'NONE', '', 'HS999'),
      fc.jsonValue(),
    ),
    typ: fc.constantFrom('JWT', 'at+jwt', 'jwt'),
    kid: fc.oneof(fc.string(), fc.constantFrom('../../dev/null', "' OR '1'='1")),
    cty: fc.constantFrom('JWT', 'json'),
    crit: fc.oneof(fc.constant(['b64']), fc.array(fc.string(), { maxLength: 2 }), fc.jsonValue()),
    b64: fc.oneof(fc.boolean(), fc.jsonValue()),
    enc: fc.constant('A256GCM'),
    jku: fc.webUrl(),
  },
  { requiredKeys: [] },
);

/** A claims set with registered claims of the right and the wrong types. */
export const claimsArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    sub: fc.oneof(fc.string(), fc.integer()),
    iss: fc.string(),
    aud: fc.oneof(fc.string(), fc.array(fc.string()), fc.jsonValue()),
    exp: fc.oneof(fc.integer({ min: 0, max: 4_102_444_800 }), fc.double(), fc.string()),
    nbf: fc.oneof(fc.integer({ min: 0, max: 4_102_444_800 }), fc.jsonValue()),
    iat: fc.integer({ min: 0, max: 4_102_444_800 }),
    name: fc.string({ unit: 'grapheme' }),
    extra: fc.jsonValue({ maxDepth: 3 }),
  },
  { requiredKeys: [] },
);

/**
 * A well-formed compact JWS with random header and claims and a random (not verifying) signature:
 * valid structure, so mutations of it reach every layer of the parser.
 */
export const tokenArb: fc.Arbitrary<string> = fc
  .tuple(headerArb, claimsArb, fc.uint8Array({ maxLength: 132 }))
  .map(
    ([h, p, sig]) =>
      `${encodeBase64urlText(JSON.stringify(h))}.${encodeBase64urlText(JSON.stringify(p))}.${encodeBase64url(sig)}`,
  );

/** A valid token with one to four mutations applied. */
export const mutatedTokenArb: fc.Arbitrary<string> = fc
  .tuple(tokenArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }))
  .map(([token, ms]) => ms.reduce(applyMutation, token));

/** Mutations of one fixed token (for the differential test and for fuzzing a given token). */
export function mutationsOf(token: string): fc.Arbitrary<string> {
  return fc
    .array(mutationArb, { minLength: 1, maxLength: 3 })
    .map((ms) => ms.reduce(applyMutation, token));
}

/** Any JSON value, nested objects and arrays included (the parser turns each object prototype-less). */
export const anyJsonArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      null,
      {},
      [],
      [{}],
      [[{ a: null }]],
      { toString: 1 },
      { valueOf: {} },
      1e308,
      -0,
      true,
      '',
    ),
  },
);

/** Member names that trip code treating parsed JSON as ordinary objects. */
const HOSTILE_NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];

/** JSON object text with the given members, written by hand so "__proto__" stays a plain member. */
function objectText(members: [string, unknown][]): string {
  return `{${members.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`;
}

/** Every registered header parameter of RFC 7515 / 7516 / 7797 that a JWS header can carry. */
export const HEADER_PARAMS = [
  'alg',
  'jku',
  'jwk',
  'kid',
  'x5u',
  'x5c',
  'x5t',
  'x5t#S256',
  'typ',
  'cty',
  'crit',
  'b64',
  'enc',
  'zip',
] as const;

/** The registered claims of RFC 7519 §4.1. */
export const CLAIM_NAMES = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'] as const;

/** Members named from `names` (and hostile names) whose values have arbitrary JSON types. */
function anyTypedMembersArb(names: readonly string[]): fc.Arbitrary<[string, unknown][]> {
  return fc
    .tuple(
      fc.subarray([...names]),
      fc.subarray(HOSTILE_NAMES, { maxLength: 2 }),
      fc.array(anyJsonArb, { minLength: names.length + 2, maxLength: names.length + 2 }),
    )
    .map(([chosen, hostile, values]) => {
      const members: [string, unknown][] = [...chosen, ...hostile].map((n, i) => [n, values[i]]);
      return members;
    });
}

/** Header JSON text whose registered parameters have arbitrary JSON types ("alg" mostly valid). */
export const anyTypedHeaderArb: fc.Arbitrary<{ text: string; value: Record<string, unknown> }> = fc
  .tuple(anyTypedMembersArb(HEADER_PARAMS.slice(1)), fc.oneof(fc.constant('HS256'), anyJsonArb))
  .map(([members, alg]) => {
    const all: [string, unknown][] = [['alg', alg], ...members];
    return { text: objectText(all), value: Object.fromEntries(all) };
  });

/**
 * Claims JSON text whose registered claims have arbitrary JSON types; a date claim may also be a
 * number literal too large for a double (1e400), which JSON allows and JSON.stringify cannot write.
 */
export const anyTypedClaimsArb: fc.Arbitrary<{ text: string; value: Record<string, unknown> }> = fc
  .tuple(
    anyTypedMembersArb(CLAIM_NAMES),
    fc.option(fc.constantFrom('exp', 'nbf', 'iat')),
    fc.constantFrom('1e400', '-1e400', '1E+999'),
  )
  .map(([members, huge, literal]) => {
    const kept = members.filter(([k]) => k !== huge);
    const body = objectText(kept);
    const text = huge ? `${body.slice(0, -1)}${kept.length ? ',' : ''}"${huge}":${literal}}` : body;
    const value: Record<string, unknown> = Object.fromEntries(kept);
    if (huge) value[huge] = literal.startsWith('-') ? -Infinity : Infinity;
    return { text, value };
  });
