import { defineStrings } from './define';

/** The base64url microscope's texts, loaded with it. */
export const microscopeStrings = defineStrings({
  en: {
    'mic.title': 'The bits behind each character (base64url)',
    'mic.empty':
      'Select characters in the token, or point at a claim, to see the bits and bytes they carry.',
    'mic.capped': 'Showing the first {max} of {count} selected characters.',
    'mic.where': '{part}, characters {start}–{end} of the part',
    'mic.chars': 'Each character stands for 6 bits',
    'mic.col.char': 'Character',
    'mic.col.bits': '6-bit value',
    'mic.col.value': 'Value',
    'mic.groups': 'Every 4 characters (24 bits) make 3 bytes',
    'mic.col.group': 'Characters',
    'mic.col.bytes': 'Bytes (hex)',
    'mic.col.text': 'Decoded text',
    'mic.utf8': 'UTF-8: bytes grouped by character',
    'mic.col.codepoint': 'Code point',
    'mic.nbytes': '{count} bytes',
    'mic.onebyte': '1 byte',
    'mic.binary': 'These bytes are not UTF-8 text (a signature or ciphertext is raw binary data).',
    'mic.invalid': 'not base64url',
    'mic.last':
      'The last character of this part carries {data} bits of data and {pad} unused bits. The unused bits must be zero (RFC 4648 §3.5).',
    'mic.last.ok': 'Here they are zero: "{char}" is the canonical last character.',
    'mic.last.bad':
      'Here they are not zero: "{char}" decodes to the same bytes as the canonical "{canonical}", so two different strings stand for one token.',
  },
  ko: {
    'mic.title': '글자마다 담긴 비트 (base64url)',
    'mic.empty':
      '토큰에서 문자를 선택하거나 클레임을 가리키면, 그 문자들이 담고 있는 비트와 바이트를 보여 줍니다.',
    'mic.capped': '선택한 {count}자 중 앞의 {max}자만 보여 줍니다.',
    'mic.where': '{part}, 이 부분의 {start}–{end}번째 문자',
    'mic.chars': '문자 하나는 6비트를 나타냅니다',
    'mic.col.char': '문자',
    'mic.col.bits': '6비트 값',
    'mic.col.value': '값',
    'mic.groups': '4문자(24비트)가 모여 3바이트가 됩니다',
    'mic.col.group': '문자',
    'mic.col.bytes': '바이트(16진수)',
    'mic.col.text': '디코딩된 텍스트',
    'mic.utf8': 'UTF-8: 글자별로 묶은 바이트',
    'mic.col.codepoint': '코드 포인트',
    'mic.nbytes': '{count}바이트',
    'mic.onebyte': '1바이트',
    'mic.binary':
      '이 바이트는 UTF-8 텍스트가 아닙니다(서명이나 암호문은 원시 바이너리 데이터입니다).',
    'mic.invalid': 'base64url 문자가 아님',
    'mic.last':
      '이 부분의 마지막 문자는 데이터 {data}비트와 쓰이지 않는 {pad}비트를 담습니다. 쓰이지 않는 비트는 0이어야 합니다(RFC 4648 §3.5).',
    'mic.last.ok': '여기서는 0입니다. "{char}"가 표준(canonical) 마지막 문자입니다.',
    'mic.last.bad':
      '여기서는 0이 아닙니다. "{char}"는 표준 문자 "{canonical}"와 같은 바이트로 디코딩되므로, 서로 다른 두 문자열이 같은 토큰을 나타내게 됩니다.',
  },
});
