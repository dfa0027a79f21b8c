import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../jwt/index';
import { sameFinding } from './findings';

const finding = (code: Diagnostic['code'], params: Diagnostic['params']): Diagnostic => ({
  code,
  severity: 'warning',
  span: null,
  part: 'key',
  params,
  rfc: 'RFC 7518 §3.2',
});

describe('sameFinding', () => {
  it.each([
    [
      'same code and params',
      finding('hmac-key-short', { bits: 8, required: 256, alg: 'HS256' }),
      true,
    ],
    [
      'params in another order',
      finding('hmac-key-short', { alg: 'HS256', required: 256, bits: 8 }),
      true,
    ],
    ['another value', finding('hmac-key-short', { bits: 16, required: 256, alg: 'HS256' }), false],
    ['a param fewer', finding('hmac-key-short', { bits: 8, required: 256 }), false],
    [
      'another code',
      finding('hmac-key-guessable', { bits: 8, required: 256, alg: 'HS256' }),
      false,
    ],
  ])('compares code and params: %s', (_, other, same) => {
    const a = finding('hmac-key-short', { bits: 8, required: 256, alg: 'HS256' });
    expect(sameFinding(a, other)).toBe(same);
    expect(sameFinding(other, a)).toBe(same);
  });
});
