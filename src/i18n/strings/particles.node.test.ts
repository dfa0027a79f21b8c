import { describe, expect, it } from 'vitest';
import { fillParticles, particle, withParticle } from './particles';

describe('Korean particles after a value', () => {
  it.each([
    // Hangul: the last syllable's final consonant decides; ㄹ takes 로.
    ['토큰', '이/가', '이'],
    ['키', '이/가', '가'],
    ['서명', '을/를', '을'],
    ['헤더', '을/를', '를'],
    ['페이로드', '와/과', '와'],
    ['클레임', '와/과', '과'],
    ['서명', '(으)로', '으로'],
    ['서버', '(으)로', '로'],
    ['파일', '(으)로', '로'],
    ['강의', '이라는/라는', '라는'],
    ['목록', '이라는/라는', '이라는'],
    // Digits as read: 육 (6) and 삼 (3) end in a consonant, 일 (1) in ㄹ, 이 (2) and 사 (4) in a vowel.
    ['RS256', '이/가', '이'],
    ['ES512', '을/를', '를'],
    ['HS384', '은/는', '는'],
    ['RFC 7519', '(으)로', '로'],
    ['PS253', '와/과', '과'],
    ['RFC 6750', '(으)로', '으로'],
    // Letters as read: 엘 (L), 알 (R), 엠 (M), 엔 (N); 티 (T), 씨 (C), 에스 (S) end in a vowel.
    ['URL', '이/가', '이'],
    ['URL', '(으)로', '로'],
    ['JWT', '이/가', '가'],
    ['HMAC', '을/를', '를'],
    ['JSON', '을/를', '을'],
    ['JWKS', '은/는', '는'],
    ['PEM', '(으)로', '으로'],
    // Quotes and closing punctuation are skipped.
    ['"sub"', '이/가', '가'],
    ['"aud")', '와/과', '와'],
  ] as const)('%s + %s → %s', (word, which, expected) => {
    expect(particle(word, which)).toBe(expected);
  });

  it('appends the particle to the word', () => {
    expect(withParticle('EdDSA', '을/를')).toBe('EdDSA를');
    expect(withParticle('Ed25519', '이/가')).toBe('Ed25519가');
  });

  it('fills placeholders followed by a particle and leaves the others', () => {
    const t = '{alg}이/가 헤더에 있고 "{id}"이라는/라는 강의는 {n}강입니다.';
    expect(fillParticles(t, { alg: 'RS256', id: 'cookies' })).toBe(
      'RS256이 헤더에 있고 "cookies"라는 강의는 {n}강입니다.',
    );
    expect(fillParticles(t, { alg: 'HS512', id: '쿠키 목록' })).toBe(
      'HS512가 헤더에 있고 "쿠키 목록"이라는 강의는 {n}강입니다.',
    );
  });
});
