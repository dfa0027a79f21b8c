/**
 * The playground's state holds inputs only: the token text as typed, the keys as typed, the mode, the
 * policy, the clock and what is highlighted. Everything else is derived from these with the core.
 * Editing a decoded pane rewrites only that part's characters in the token, so the other parts, and
 * anything pasted around the token, stay exactly as the user left them.
 */
import { encodeBase64urlText, type Span } from '../jwt/index';
import { inspectToken } from './inspectToken';

export type Mode = 'verify' | 'sign';

/** How the key text is to be read: detected (PEM / JWK / JWKS) or a secret in a given encoding. */
export const KEY_FORMATS = ['auto', 'utf8', 'base64', 'base64url', 'hex'] as const;
export type KeyFormatChoice = (typeof KEY_FORMATS)[number];

export interface Policy {
  /** Allowed algorithms; null means "what the key can serve" (never none). */
  algorithms: string[] | null;
  audience: string;
  issuer: string;
  leeway: number;
}

export type Clock = { live: true } | { live: false; at: number };

/** What is highlighted: a span of a decoded part, or a span of the token text. */
export type Highlight =
  { from: 'json'; part: 'header' | 'payload'; span: Span } | { from: 'token'; span: Span } | null;

export interface State {
  token: string;
  mode: Mode;
  /** The key that verifies (a secret, a public key, or a private key whose public part is used). */
  keyText: string;
  keyFormat: KeyFormatChoice;
  /** The key that signs, for key pairs (private); empty means "use keyText". */
  signKeyText: string;
  policy: Policy;
  clock: Clock;
  highlight: Highlight;
  /** The token as it was before the last edit of a decoded part, to show what changed. */
  originalToken: string | null;
  /** What a lab, a link, an example or a paste over everything replaced: one click brings it back. */
  previous: Replaced | null;
}

/** The inputs a replacement took away. */
export interface Replaced {
  token: string;
  keyText: string;
  keyFormat: KeyFormatChoice;
  signKeyText: string;
}

/** The key texts a signature was made with (see the 'signed' action). */
export interface KeysUsed {
  keyText: string;
  keyFormat: KeyFormatChoice;
  signKeyText: string;
}

/** The key texts a signature is made with, so a signature made with older ones can be recognised. */
export function keysOf(state: State): KeysUsed {
  return { keyText: state.keyText, keyFormat: state.keyFormat, signKeyText: state.signKeyText };
}

export type Action =
  | { type: 'set-token'; token: string }
  | { type: 'edit-part'; part: 'header' | 'payload'; text: string }
  | { type: 'signed'; from: string; keys: KeysUsed; token: string }
  | { type: 'set-mode'; mode: Mode }
  | { type: 'set-key'; text: string }
  | { type: 'set-key-format'; format: KeyFormatChoice }
  | { type: 'set-sign-key'; text: string }
  | { type: 'set-policy'; policy: Partial<Policy> }
  | { type: 'set-clock'; clock: Clock }
  | { type: 'highlight'; highlight: Highlight }
  | { type: 'restore-previous' }
  | {
      type: 'load';
      token: string;
      keyText?: string;
      keyFormat?: KeyFormatChoice;
      signKeyText?: string;
      mode?: Mode;
    };

export const initialPolicy: Policy = { algorithms: null, audience: '', issuer: '', leeway: 0 };

export function initialState(partial: Partial<State> = {}): State {
  return {
    token: '',
    mode: 'verify',
    keyText: '',
    keyFormat: 'auto',
    signKeyText: '',
    policy: initialPolicy,
    clock: { live: true },
    highlight: null,
    originalToken: null,
    previous: null,
    ...partial,
  };
}

/** Replaces one part's characters in the token with the base64url of new text. */
export function replacePart(token: string, part: 'header' | 'payload', text: string): string {
  const insp = inspectToken(token);
  const index = part === 'header' ? 0 : 1;
  const seg = insp.kind === 'jws' ? insp.segments[index] : undefined;
  const encoded = encodeBase64urlText(text);
  if (!seg) {
    // No three-part token to edit in place: build one from this part, keeping the rest empty.
    return part === 'header'
      ? `${encoded}..`
      : `${encodeBase64urlText('{"alg":"none"}')}.${encoded}.`;
  }
  return token.slice(0, seg.span.start) + encoded + token.slice(seg.span.end);
}

/** Replaces the signature part of a token, keeping everything else. */
export function replaceSignature(token: string, signed: string): string {
  const insp = inspectToken(token);
  const sig = insp.kind === 'jws' ? insp.segments[2] : undefined;
  if (!sig) return signed;
  const newSig = signed.slice(signed.lastIndexOf('.') + 1);
  return token.slice(0, sig.span.start) + newSig + token.slice(sig.span.end);
}

/**
 * Whether `next` replaces `prev` rather than editing it: one of them empty, or less than half of
 * the shorter one kept at the ends (a paste over the whole text, a different token).
 */
export function isReplacement(prev: string, next: string): boolean {
  if (prev === '' || next === '') return true;
  const max = Math.min(prev.length, next.length);
  let head = 0;
  while (head < max && prev.charCodeAt(head) === next.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < max - head &&
    prev.charCodeAt(prev.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)
  ) {
    tail++;
  }
  return head + tail < max / 2;
}

const replaced = (state: State): Replaced => ({
  token: state.token,
  keyText: state.keyText,
  keyFormat: state.keyFormat,
  signKeyText: state.signKeyText,
});

export function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'set-token': {
      const replacing = isReplacement(state.token, action.token);
      return {
        ...state,
        token: action.token,
        // A different token is read with a fresh eye: the key format goes back to automatic.
        keyFormat: replacing ? 'auto' : state.keyFormat,
        highlight: null,
        originalToken: null,
        previous: replacing && state.token !== '' ? replaced(state) : state.previous,
      };
    }
    case 'restore-previous':
      // Swaps, so a second click brings back what the first one undid.
      if (!state.previous) return state;
      return {
        ...state,
        ...state.previous,
        highlight: null,
        originalToken: null,
        previous: replaced(state),
      };
    case 'edit-part':
      return {
        ...state,
        token: replacePart(state.token, action.part, action.text),
        originalToken: state.originalToken ?? state.token,
      };
    case 'signed':
      // A signature computed for a token or with keys that have changed since is stale: drop it.
      if (
        state.token !== action.from ||
        state.keyText !== action.keys.keyText ||
        state.keyFormat !== action.keys.keyFormat ||
        state.signKeyText !== action.keys.signKeyText
      ) {
        return state;
      }
      return { ...state, token: replaceSignature(state.token, action.token), originalToken: null };
    case 'set-mode':
      return { ...state, mode: action.mode };
    case 'set-key':
      // A key typed anew or pasted over the old one is read automatically (UTF-8 text for a
      // secret); a format chosen for the old key would silently read the new one as other bytes.
      return {
        ...state,
        keyText: action.text,
        keyFormat: isReplacement(state.keyText, action.text) ? 'auto' : state.keyFormat,
      };
    case 'set-key-format':
      return { ...state, keyFormat: action.format };
    case 'set-sign-key':
      return { ...state, signKeyText: action.text };
    case 'set-policy':
      return { ...state, policy: { ...state.policy, ...action.policy } };
    case 'set-clock':
      return { ...state, clock: action.clock };
    case 'highlight':
      return { ...state, highlight: action.highlight };
    case 'load':
      return {
        ...state,
        previous:
          state.token !== '' && state.token !== action.token ? replaced(state) : state.previous,
        token: action.token,
        keyText: action.keyText ?? '',
        keyFormat: action.keyFormat ?? 'auto',
        signKeyText: action.signKeyText ?? '',
        mode: action.mode ?? state.mode,
        highlight: null,
        originalToken: null,
      };
  }
}
