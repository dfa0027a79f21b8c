import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DerError,
  TAG,
  children,
  contentOf,
  decodeOid,
  encodeOid,
  encodeTlv,
  readRoot,
  readTlv,
} from './der';

describe('DER', () => {
  it.each([
    ['1.2.840.113549.1.1.1', '2a864886f70d010101'],
    ['1.2.840.10045.3.1.7', '2a8648ce3d030107'],
    ['1.3.132.0.35', '2b81040023'],
    ['1.3.101.112', '2b6570'],
    ['2.999.3', '883703'],
  ])('encodes and decodes the OID %s (X.690 §8.19)', (dotted, hex) => {
    const bytes = Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)));
    expect(encodeOid(dotted)).toEqual(bytes);
    expect(decodeOid(bytes)).toBe(dotted);
  });

  it('round-trips element lengths in short and long form', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (content) => {
        const der = encodeTlv(TAG.OCTET_STRING, content);
        const tlv = readRoot(der);
        expect(tlv.tag).toBe(TAG.OCTET_STRING);
        expect(contentOf(der, tlv)).toEqual(content);
      }),
      { numRuns: 30 },
    );
  });

  it('lists the elements inside a SEQUENCE', () => {
    const der = encodeTlv(
      TAG.SEQUENCE,
      encodeTlv(TAG.INTEGER, Uint8Array.of(1)),
      encodeTlv(TAG.NULL),
    );
    expect(children(der, readRoot(der)).map((t) => t.tag)).toEqual([TAG.INTEGER, TAG.NULL]);
  });

  it.each([
    ['nothing', [], 'ends-early'],
    ['a lone tag', [0x30], 'cut-in-header'],
    ['an indefinite length', [0x30, 0x80, 0, 0], 'indefinite-length'],
    ['a length longer than the data', [0x04, 0x05, 1, 2], 'overrun'],
    ['a cut long-form length', [0x04, 0x82, 0x01], 'cut-in-length'],
    ['a huge length', [0x04, 0x85, 1, 1, 1, 1, 1], 'length-too-large'],
    ['a high tag number', [0x1f, 0x01, 0x00], 'tag-unknown'],
    ['trailing bytes', [0x05, 0x00, 0x00], 'trailing-bytes'],
  ])('rejects %s with a DerError', (_, bytes, words) => {
    expect(() => readRoot(Uint8Array.from(bytes))).toThrow(DerError);
    expect(() => readRoot(Uint8Array.from(bytes))).toThrow(words);
  });

  it('rejects a child that runs past its parent', () => {
    const der = Uint8Array.of(0x30, 0x02, 0x04, 0x05, 0x00);
    expect(() => children(der, readTlv(der, 0, 4))).toThrow(DerError);
  });

  it.each([
    ['an empty OID', []],
    ['an OID cut inside an arc', [0x2a, 0x86]],
  ])('rejects %s', (_, bytes) => {
    expect(() => decodeOid(Uint8Array.from(bytes))).toThrow(DerError);
  });
});
