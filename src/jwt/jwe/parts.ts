/**
 * A compact JWE read into its five parts (RFC 7516 §7.1), each with its place in the token, and the
 * refusal a decryption step throws at one of those places.
 */
import type { Diagnostic, PartName, Span } from '../diagnostics';
import type { Inspection } from '../inspect';
import { decodeBase64url } from '../base64url';
import type { JweAlgInfo } from './algorithms';
import { diagnoseJwe } from './codes';

/** A finding's place: the part of the token it is about. */
export interface Place {
  part: PartName;
  span: Span | null;
}

export interface Parts {
  header: Record<string, unknown>;
  headerText: string;
  encryptedKey: Uint8Array;
  iv: Uint8Array;
  ciphertext: Uint8Array;
  tag: Uint8Array;
  places: Record<'header' | 'encrypted-key' | 'iv' | 'ciphertext' | 'tag', Place>;
}

/** Thrown by a step that cannot go on with this key; the caller tries the next key or reports it. */
export class Refusal {
  constructor(readonly diagnostic: Diagnostic) {}
}

/** The parts of an inspection that read as a JWE without errors, with its header object. */
export function partsOf(inspection: Inspection, header: Record<string, unknown>): Parts {
  const [h, ek, iv, ct, tag] = inspection.segments;
  const place = (s: typeof h): Place => ({ part: s!.name, span: s!.span });
  return {
    header,
    headerText: h!.text,
    encryptedKey: ek!.bytes!,
    iv: iv!.bytes!,
    ciphertext: ct!.bytes!,
    tag: tag!.bytes!,
    places: {
      header: place(h),
      'encrypted-key': place(ek),
      iv: place(iv),
      ciphertext: place(ct),
      tag: place(tag),
    },
  };
}

/** A base64url member of the header that `alg` needs ("iv", "tag", "apu", "p2s"…), as bytes. */
export function member(parts: Parts, alg: JweAlgInfo, name: string, bytes?: number): Uint8Array {
  const v = parts.header[name];
  const refuse = (problem: string, more: Record<string, number> = {}) =>
    new Refusal(
      diagnoseJwe('jwe-header-member', 'header', parts.places.header.span, {
        name,
        alg: alg.alg,
        problem,
        ...more,
      }),
    );
  if (typeof v !== 'string') throw refuse(v === undefined ? 'missing' : 'not-string');
  const decoded = decodeBase64url(v);
  if (!decoded) throw refuse('not-base64url');
  if (bytes !== undefined && decoded.length !== bytes)
    throw refuse('length', { expected: bytes, actual: decoded.length });
  return decoded;
}
