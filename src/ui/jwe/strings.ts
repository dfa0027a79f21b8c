import { defineStrings } from '../../i18n/strings/define';

/** The texts of encrypted tokens (JWE): decryption verdict, decrypted payload, the Encrypt panel. */
export const jweStrings = defineStrings({
  en: {
    'jwe.payload.label': 'Decrypted payload (read-only)',
    'jwe.payload.hint':
      'This plaintext exists only because the key field holds the right key: the token itself shows nothing of it.',
    'jwe.payload.locked':
      'Paste the decryption key into the key field to open it; without it, nothing of the claims can be read.',
    'jwe.payload.failed':
      'Nothing of the plaintext is shown: a failed decryption releases no part of it.',
    'jwe.payload.binary': 'The plaintext is {count} bytes that are not text:',
    'jwe.nested.signature': 'Inner token’s signature: {status}',
    'jwe.nested.valid': 'valid',
    'jwe.nested.invalid': 'invalid',
    'jwe.nested.unsecured': 'unsecured (alg none)',
    'jwe.nested.not-performed': 'not checked (no fitting key in the key field)',
    'jwe.findings': 'Decryption findings',
    'jwe.encrypt.title': 'Encrypt (JWE)',
    'jwe.encrypt.intro':
      'A signed token can be read by anyone who holds it. Encrypt the same claims for a recipient and compare the two tokens.',
    'jwe.encrypt.what': 'What to encrypt',
    'jwe.encrypt.claims': 'The claims (payload)',
    'jwe.encrypt.nested': 'The whole signed token (nested, "cty": "JWT")',
    'jwe.encrypt.alg': 'Key management ("alg")',
    'jwe.encrypt.enc': 'Content encryption ("enc")',
    'jwe.encrypt.key': 'Recipient’s key (a secret as JWK, a public key, or a password for PBES2)',
    'jwe.encrypt.generate': 'New key for this algorithm',
    'jwe.encrypt.decryptKey': 'The key that decrypts it (hand it over separately, or not at all)',
    'jwe.encrypt.button': 'Encrypt',
    'jwe.encrypt.busy': 'Encrypting…',
    'jwe.encrypt.signed': 'Signed (JWS): readable',
    'jwe.encrypt.encrypted': 'Encrypted (JWE): unreadable without the key',
    'jwe.encrypt.open': 'Open the JWE in the playground with its key',
    'jwe.encrypt.openNoKey': 'Open it without a key',
    'jwe.encrypt.nothing': 'There is no payload to encrypt yet.',
  },
  ko: {
    'jwe.payload.label': '복호화한 페이로드(읽기 전용)',
    'jwe.payload.hint':
      '이 평문은 키 입력란에 올바른 키가 있기 때문에 보이는 것입니다. 토큰 자체에는 평문이 전혀 드러나지 않습니다.',
    'jwe.payload.locked':
      '키 입력란에 복호화 키를 붙여 넣으면 열 수 있습니다. 키가 없으면 클레임을 조금도 읽을 수 없습니다.',
    'jwe.payload.failed':
      '평문은 전혀 보여 주지 않습니다. 복호화에 실패하면 평문의 어떤 부분도 내주지 않습니다.',
    'jwe.payload.binary': '평문은 텍스트가 아닌 {count}바이트입니다:',
    'jwe.nested.signature': '안쪽 토큰의 서명: {status}',
    'jwe.nested.valid': '유효함',
    'jwe.nested.invalid': '유효하지 않음',
    'jwe.nested.unsecured': '보호되지 않음(alg none)',
    'jwe.nested.not-performed': '검증 안 함(키 입력란에 맞는 키가 없음)',
    'jwe.findings': '복호화 진단 결과',
    'jwe.encrypt.title': '암호화(JWE)',
    'jwe.encrypt.intro':
      '서명된 토큰은 가진 사람 누구나 읽을 수 있습니다. 같은 클레임을 받는 사람의 키로 암호화해서 두 토큰을 비교해 보세요.',
    'jwe.encrypt.what': '암호화할 내용',
    'jwe.encrypt.claims': '클레임(페이로드)',
    'jwe.encrypt.nested': '서명된 토큰 전체(중첩, "cty": "JWT")',
    'jwe.encrypt.alg': '키 관리 방식("alg")',
    'jwe.encrypt.enc': '콘텐츠 암호화 방식("enc")',
    'jwe.encrypt.key': '받는 사람의 키(JWK로 쓴 공유 비밀 키, 공개 키, 또는 PBES2용 비밀번호)',
    'jwe.encrypt.generate': '이 알고리즘용 새 키 만들기',
    'jwe.encrypt.decryptKey': '복호화에 쓰는 키(따로 전달하거나, 아예 전달하지 않습니다)',
    'jwe.encrypt.button': '암호화',
    'jwe.encrypt.busy': '암호화하는 중…',
    'jwe.encrypt.signed': '서명됨(JWS): 읽을 수 있음',
    'jwe.encrypt.encrypted': '암호화됨(JWE): 키 없이는 읽을 수 없음',
    'jwe.encrypt.open': 'JWE를 키와 함께 놀이터에서 열기',
    'jwe.encrypt.openNoKey': '키 없이 열기',
    'jwe.encrypt.nothing': '아직 암호화할 페이로드가 없습니다.',
  },
});
