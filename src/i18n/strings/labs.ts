import { defineStrings } from './define';

export const labsStrings = defineStrings({
  en: {
    'labs.title': 'Attack labs',
    'labs.intro':
      'Each lab is a small simulated server with one careless verifier setting. Forge a token in the playground panes, send it, read the admin page, then switch the server to its safe setting and watch the same token be refused. Everything runs in this page: no request leaves it.',
    'labs.progress': '{done} of {total} labs solved',
    'labs.reset': 'Reset lab progress',
    'labs.solved': '✓ Solved',
    'labs.defended': '✓ Defence seen',
    'labs.todo': 'Not solved yet',
    'labs.back': '← All labs',
    'labs.prev': '← Previous lab',
    'labs.next': 'Next lab →',
    'labs.notFound': 'There is no lab called "{id}".',
    'labs.number': 'Lab {n}',
    'lab.goal': 'Goal',
    'lab.careless': 'Careless setting',
    'lab.hints': 'Hints',
    'lab.hint.show': 'Show a hint',
    'lab.hint.next': 'Show the next hint',
    'lab.hint.label': 'Hint {n} of {total}',
    'lab.toolbox': 'What you have',
    'lab.toolbox.useKey': 'Put into the key field',
    'lab.toolbox.loadToken': 'Load this token',
    'lab.restart': 'Start over with the lab token',
    'lab.playground': 'The playground',
    'lab.server': 'The server',
    'lab.server.mode': 'Server setting',
    'lab.server.careless': 'Careless: {setting}',
    'lab.server.safe': 'Safe: the strict verifier',
    'lab.send': 'Send to server',
    'lab.sending': 'Sending…',
    'lab.request': 'Request',
    'lab.response': 'Response',
    'lab.log': 'Server log',
    'lab.status.200': '200 OK',
    'lab.status.401': '401 Unauthorized',
    'lab.status.403': '403 Forbidden',
    'lab.body.admin':
      'Admin panel: 3 users, 1 pending refund, backup key rotation due. (You read the admin page.)',
    'lab.body.forbidden': 'Logged in as {sub}, but this page is for administrators only.',
    'lab.reason': 'Reason',
    'lab.reason.code': 'Diagnostic code',
    'lab.goalMet': '✓ Goal met: the careless server let your forged token in. Progress saved.',
    'lab.goalNotYet':
      'Goal not met yet: the admin page needs a token the server accepts with "role": "admin".',
    'lab.tryFix': 'Now switch the server to its safe setting and send the same token again.',
    'lab.defended': '✓ The safe server refused the same token. This is the defence working.',
    'lab.safeAccepted':
      'The safe server accepted this token: it is genuinely valid for this server.',
    'lab.why': 'Why it works',
    'lab.defence': 'The defence',
    'lab.references': 'References',
    'lab.ref.rfc': 'RFC 8725 (JWT Best Current Practices) {sections}',
    'lab.ref.cve': 'Real bugs: {cves}',
    'lab.ref.portswigger': 'PortSwigger lab: “{name}”',
    'lab.ref.section': 'Curriculum {section}',
    'lab.explain.locked': 'Solve the lab to read why it works and how to defend.',
    'lab.explain.peek': 'Show it anyway',
    'lab.careless.malformed': 'The server could not even decode the token.',
    'lab.careless.alg-unsupported': 'The server does not handle "alg": "{alg}".',
    'lab.careless.signature': 'The signature did not verify.',
    'lab.careless.fetch-failed': 'The server could not fetch {url}.',
    'lab.careless.file-not-found': 'No such file: {path}.',
    'lab.careless.sql-error': 'The database answered with an error: {detail}',
    'lab.careless.kid-unknown': 'No key found for kid "{kid}".',
    'lab.careless.key-unusable': 'The server could not use the key it found.',
    'crack.title': 'Dictionary attack (runs in background workers)',
    'crack.intro':
      'Tries {count} candidate secrets from a word list made in this page (common words and passwords with case, digit, year, leetspeak and "!" variations) against the token now in the playground.',
    'crack.start': 'Start cracking',
    'crack.stop': 'Stop',
    'crack.progress': '{tried} of {total} tried',
    'crack.rate': '{rate} guesses per second',
    'crack.rateNote':
      'One guess: the HMAC-SHA256 of the token’s header.payload keyed with the candidate, computed by the browser’s WebCrypto and checked against the signature.',
    'crack.workers': '{workers} background workers (one per CPU core) share the list.',
    'crack.found': 'Found the secret: “{secret}” after {tried} guesses in {seconds} s.',
    'crack.exhausted':
      'Not in the list: {tried} guesses, no match. A random 32-byte key would never be.',
    'crack.stopped': 'Stopped after {tried} guesses.',
    'crack.notHmac':
      'The token in the playground is not HMAC-signed ({alg}); there is no secret to guess.',
    'crack.useSecret': 'Use it to sign (Sign mode)',
    'crack.failed': 'The worker failed: {detail}',
    'lab.res.server-pem': 'The server’s public key (published at /.well-known/public.pem)',
    'lab.res.attacker-public': 'Your public key (JWK)',
    'lab.res.attacker-private': 'Your key pair (private JWK)',
    'lab.res.attacker-jwks':
      'Your key set, hosted at https://attacker.example/.well-known/jwks.json (your PEM is at https://attacker.example/cert.pem)',
    'lab.res.token-wiki': 'Your admin token for the team wiki (aud wiki.example.com)',
    'lab.res.token-expired': 'An administrator’s token from an old log file (expired)',
    'lab.res.token-noexp': 'A CI robot’s admin token made without "exp"',

    'lab.unverified-signature.title': 'The server decodes instead of verifying',
    'lab.unverified-signature.careless': 'jwt.decode() instead of jwt.verify()',
    'lab.unverified-signature.goal': 'Read the admin page at GET /admin.',
    'lab.unverified-signature.story':
      'You are logged in as user-42 with "role": "user". The developer reads the claims with decode(), which only splits and base64url-decodes the token.',
    'lab.unverified-signature.hint1': 'Which claim decides who may see the admin page?',
    'lab.unverified-signature.hint2':
      'Edit the payload pane: change "role" to "admin". The signature no longer matches, and the playground says so, but does the server care?',
    'lab.unverified-signature.hint3':
      'Change "role": "user" to "role": "admin", keep everything else, and press Send.',
    'lab.unverified-signature.why':
      'decode() reads the payload without checking the signature, and the payload is only base64url: anyone can change it. The signature is the only thing that ties the claims to the issuer, and this server never looked at it.',
    'lab.unverified-signature.defence':
      'One code path: verify, then use. The strict verifier checks the signature over the exact header and payload before any claim is read, so the edited token gets "signature-invalid".',

    'lab.alg-none.title': '"alg": "none" and its case variants',
    'lab.alg-none.careless': 'alg taken from the header, compared without case',
    'lab.alg-none.goal': 'Read the admin page with a token that has no valid signature.',
    'lab.alg-none.story':
      'The server reads "alg" from the header and compares it with alg.toLowerCase() === "none" to decide whether to skip the signature.',
    'lab.alg-none.hint1':
      'RFC 7518 §3.6 defines "none": an unsecured token. What if you say your token is one?',
    'lab.alg-none.hint2':
      'In the header pane set "alg" to "none" (or "None", "nOnE": this server lowercases it), then set "role" to "admin".',
    'lab.alg-none.hint3':
      'The old signature may stay (the server ignores it) or you can delete everything after the last dot. Try both, and try "nOnE".',
    'lab.alg-none.why':
      'The attacker chooses the header, so letting the header choose the algorithm lets the attacker choose "no signature". Lower-casing makes it worse: "None" and "nOnE" slip past block lists that only look for "none".',
    'lab.alg-none.defence':
      'An allow-list of algorithms fixed by the server (here ["HS256"]), compared exactly, and never "none" when a key is configured. The strict verifier refuses "none" (alg-none-not-allowed) and "nOnE" (alg-none-case: algorithm names are case-sensitive).',

    'lab.weak-secret.title': 'A weak HMAC secret',
    'lab.weak-secret.careless': 'HS256 with a dictionary word as the secret',
    'lab.weak-secret.goal': 'Find the server’s secret offline, then sign an admin token with it.',
    'lab.weak-secret.story':
      'The server verifies correctly, but its HMAC secret was typed by a person. You hold one token it issued: that is all an offline attack needs.',
    'lab.weak-secret.hint1':
      'A guess can be tested without the server: HMAC the token’s header.payload with the guess and compare with its signature.',
    'lab.weak-secret.hint2':
      'Press "Start cracking" below. When it finds the secret, press "Use it to sign".',
    'lab.weak-secret.hint3':
      'In Sign mode, change "role" to "admin" in the payload pane; the token is re-signed with the found secret. Then press Send.',
    'lab.weak-secret.why':
      'HMAC is only as strong as its key. A person’s password has a few bits of entropy, and one token lets an attacker try guesses at full speed, with no rate limit and no log on the server.',
    'lab.weak-secret.defence':
      'A key of at least 256 random bits from a CSPRNG (RFC 7518 §3.2), not a password; or asymmetric keys. After rotating to such a key the forged token gets "signature-invalid".',

    'lab.alg-confusion.title': 'Algorithm confusion: RS256 → HS256',
    'lab.alg-confusion.careless': 'alg from the header, "the key" handed to HMAC',
    'lab.alg-confusion.goal': 'Read the admin page without the server’s private key.',
    'lab.alg-confusion.story':
      'The server signs with RS256 and verifies with verify(token, publicKeyPem), letting the token’s header pick the algorithm. The public key is public: it is in the toolbox.',
    'lab.alg-confusion.hint1':
      'If the header says HS256, what will this server use as the HMAC secret?',
    'lab.alg-confusion.hint2':
      'Put the public PEM into the key field as text (key format: UTF-8 text), exactly, including the final line break. Switch to Sign mode.',
    'lab.alg-confusion.hint3':
      'Set "alg" to "HS256" in the header and "role" to "admin" in the payload; the playground HMACs with the PEM text. Send.',
    'lab.alg-confusion.why':
      'To HMAC, the PEM is just bytes, and you know those bytes. A verifier that lets the token choose the algorithm and passes one "key" to whichever it chose turns a public key into a shared secret.',
    'lab.alg-confusion.defence':
      'Bind each key to exactly one algorithm (RFC 8725 §3.1) and take the algorithm from configuration, not from the token. The strict verifier allows only RS256 for this key: "alg-not-allowed". WebCrypto works this way too: a CryptoKey is imported for one algorithm.',

    'lab.jwk-header.title': 'A key embedded in the "jwk" header',
    'lab.jwk-header.careless': 'trusts the key in the token’s own header',
    'lab.jwk-header.goal': 'Read the admin page with a token signed by your own key.',
    'lab.jwk-header.story':
      'The server supports the "jwk" header parameter: if a token carries a public key, the server verifies the token with it.',
    'lab.jwk-header.hint1':
      'You have your own RSA key pair. Whose key will the server use if you put yours in the header?',
    'lab.jwk-header.hint2':
      'Add "jwk": <your public key> to the header (copy it from the toolbox) and set "kid" to "attacker-rsa".',
    'lab.jwk-header.hint3':
      'Put your private JWK into the key field, switch to Sign mode, set "role" to "admin", and Send.',
    'lab.jwk-header.why':
      'A signature proves the token was signed by the holder of the key that verifies it. If the token brings that key along, it proves only that the sender signed their own token.',
    'lab.jwk-header.defence':
      'Verification keys come from the server’s configuration, never from the token (RFC 8725 §3.10). The strict verifier ignores "jwk", uses the configured key, and the signature fails: "signature-invalid". The playground also warns: "header-jwk".',

    'lab.jku-header.title': '"jku" / "x5u" pointing at your key set',
    'lab.jku-header.careless': 'fetches keys from the URL in the header',
    'lab.jku-header.goal': 'Make the server fetch your key and accept your token.',
    'lab.jku-header.story':
      'The server looks for "jku" in the header, downloads the JWK Set from that URL and picks the key by "kid". You host a key set on attacker.example (simulated: no request leaves the page).',
    'lab.jku-header.hint1': 'Which URL does the server trust? Can you change it?',
    'lab.jku-header.hint2':
      'Add "jku": "https://attacker.example/.well-known/jwks.json" to the header and set "kid" to "attacker-rsa".',
    'lab.jku-header.hint3':
      'Put your private JWK into the key field, switch to Sign mode, set "role" to "admin", Send. ("x5u": "https://attacker.example/cert.pem" works too.)',
    'lab.jku-header.why':
      'The header is written by the sender. A server that fetches keys from a header URL lets the sender choose the key, and can be pointed at internal hosts too (SSRF).',
    'lab.jku-header.defence':
      'Keys from configuration or the issuer’s metadata, matched against an exact allow-list (RFC 8725 §3.10). The strict verifier looks "attacker-rsa" up in the server’s own key set and finds nothing: "kid-not-found".',

    'lab.kid-path-traversal.title': '"kid" path traversal to an empty file',
    'lab.kid-path-traversal.careless': 'kid used as a file name under /srv/keys/',
    'lab.kid-path-traversal.goal': 'Make the server read a key you know, and sign with it.',
    'lab.kid-path-traversal.story':
      'The server reads the HMAC key from readFile("/srv/keys/" + kid). Files on this (simulated) server include /dev/null.',
    'lab.kid-path-traversal.hint1':
      'Which file on every Linux machine has contents you know in advance?',
    'lab.kid-path-traversal.hint2':
      'Set "kid" to "../../../dev/null": the key becomes the empty string. WebCrypto refuses an empty key, but HMAC pads short keys with zero bytes, so one zero byte gives the same MAC.',
    'lab.kid-path-traversal.hint3':
      'Key field: AA== with key format base64 (one 0x00 byte). Sign mode, "role": "admin", Send.',
    'lab.kid-path-traversal.why':
      '"kid" is any string the sender likes (RFC 7515 §4.1.4). Pasted into a path, "../" walks out of the key folder; /dev/null gives an empty key, and HMAC treats the empty key and 0x00 the same (RFC 2104 pads keys with zeros).',
    'lab.kid-path-traversal.defence':
      'Use "kid" only as a lookup key into an allow-listed key set (RFC 8725 §3.10). The strict verifier finds no key named "../../../dev/null": "kid-not-found". The playground warns: "header-kid-suspicious".',

    'lab.kid-sql-injection.title': '"kid" SQL injection into the key lookup',
    'lab.kid-sql-injection.careless': 'kid pasted into an SQL query',
    'lab.kid-sql-injection.goal': 'Make the key lookup return a key you chose.',
    'lab.kid-sql-injection.story':
      "The server runs SELECT key FROM keys WHERE kid = '<kid>' by pasting the kid into the text, and HMACs with the first row (simulated database: no real SQL runs).",
    'lab.kid-sql-injection.hint1':
      'What happens to the query if the kid contains a quote? Send one and read the server log.',
    'lab.kid-sql-injection.hint2':
      "UNION SELECT adds a row of your own: kid = x' UNION SELECT 'attacker-key",
    'lab.kid-sql-injection.hint3':
      'Key field: attacker-key (UTF-8 text). Sign mode, "role": "admin", Send.',
    'lab.kid-sql-injection.why':
      'The query is built by pasting text, so the kid becomes SQL. No row matches "x", and the UNION adds a row whose key you wrote: the server then verifies with your key.',
    'lab.kid-sql-injection.defence':
      'Parameterised queries, and better, "kid" only as an exact key into a configured key set (RFC 8725 §3.10). The strict verifier: "kid-not-found".',

    'lab.missing-claims.title': 'Missing checks: no exp, no aud',
    'lab.missing-claims.careless': 'signature checked, claims ignored',
    'lab.missing-claims.goal': 'Read the API’s admin page without forging any signature.',
    'lab.missing-claims.story':
      'One sign-on server (sso.example.com) issues tokens for every service with the same key. This API (api.example.com) checks the signature and nothing else. You are an admin of your team wiki, and you found some tokens.',
    'lab.missing-claims.hint1':
      'Every token in the toolbox has a valid signature. What else should the API check?',
    'lab.missing-claims.hint2': 'Look at "aud" and "exp" of the found tokens in the claims pane.',
    'lab.missing-claims.hint3': 'Load the wiki token (or the expired one) and Send it as it is.',
    'lab.missing-claims.why':
      'A valid signature says who issued a token, not that it is for this service or still current. A token for the wiki, an expired one, or one that never expires all verify.',
    'lab.missing-claims.defence':
      'Check "aud" against this service, "iss" against the expected issuer, and require "exp" (RFC 8725 §3.8, §3.9; RFC 7519 §4.1.3–4.1.4). The strict verifier: "aud-mismatch", "expired", or "exp-missing".',

    'lab.psychic-signature.title': 'Psychic signatures: ECDSA with r = s = 0',
    'lab.psychic-signature.careless': 'ECDSA without the 1 ≤ r, s ≤ n−1 check (Java 15–18)',
    'lab.psychic-signature.goal': 'Read the admin page with a signature made of zeros.',
    'lab.psychic-signature.story':
      'The server verifies ES256 with a library that has CVE-2022-21449: it forgets that r and s must be between 1 and n−1.',
    'lab.psychic-signature.hint1':
      'An ES256 signature is r and s, 32 bytes each, 64 bytes in all. What if both are zero?',
    'lab.psychic-signature.hint2':
      'Set "role" to "admin", then replace the whole signature part in the token with 86 "A" characters (64 zero bytes in base64url).',
    'lab.psychic-signature.hint3':
      'Keep "alg": "ES256" and Send. The playground says the signature is invalid: WebCrypto does the range check.',
    'lab.psychic-signature.why':
      'ECDSA checks r = x(u1·G + u2·Q) mod n. With r = s = 0 the buggy code computed the point at infinity and compared 0 with 0: true for every message and every key.',
    'lab.psychic-signature.defence':
      'A correct ECDSA implementation rejects r or s outside [1, n−1] (FIPS 186). Use a maintained library and keep it updated. The strict verifier (WebCrypto) says: "signature-invalid".',
  },
  ko: {
    'labs.title': '공격 실습',
    'labs.intro':
      '실습마다 작은 가상 서버가 하나씩 있고, 서버에는 허술한 검증 설정이 하나씩 숨어 있습니다. 놀이터 패널에서 토큰을 위조해 보내고 관리자 페이지를 열어 본 다음, 서버를 안전한 설정으로 바꿔 같은 토큰이 거부되는 것을 확인하세요. 모든 것이 이 페이지 안에서 돌아가며, 어떤 요청도 밖으로 나가지 않습니다.',
    'labs.progress': '실습 {total}개 중 {done}개 완료',
    'labs.reset': '실습 진행 상황 초기화',
    'labs.solved': '✓ 완료',
    'labs.defended': '✓ 방어 확인',
    'labs.todo': '아직 풀지 않음',
    'labs.back': '← 실습 목록',
    'labs.prev': '← 이전 실습',
    'labs.next': '다음 실습 →',
    'labs.notFound': '"{id}"라는 실습은 없습니다.',
    'labs.number': '실습 {n}',
    'lab.goal': '목표',
    'lab.careless': '허술한 설정',
    'lab.hints': '힌트',
    'lab.hint.show': '힌트 보기',
    'lab.hint.next': '다음 힌트 보기',
    'lab.hint.label': '힌트 {n}/{total}',
    'lab.toolbox': '가지고 있는 것',
    'lab.toolbox.useKey': '키 입력란에 넣기',
    'lab.toolbox.loadToken': '이 토큰 불러오기',
    'lab.restart': '실습 토큰으로 처음부터 다시',
    'lab.playground': '놀이터',
    'lab.server': '서버',
    'lab.server.mode': '서버 설정',
    'lab.server.careless': '허술한 설정: {setting}',
    'lab.server.safe': '안전한 설정: 엄격한 검증기',
    'lab.send': '서버로 보내기',
    'lab.sending': '보내는 중…',
    'lab.request': '요청',
    'lab.response': '응답',
    'lab.log': '서버 로그',
    'lab.status.200': '200 OK',
    'lab.status.401': '401 Unauthorized (인증 실패)',
    'lab.status.403': '403 Forbidden (권한 없음)',
    'lab.body.admin':
      '관리자 패널: 사용자 3명, 대기 중인 환불 1건, 백업 키 교체 예정. (관리자 페이지를 열었습니다.)',
    'lab.body.forbidden': '{sub}(으)로 로그인했지만, 이 페이지는 관리자만 볼 수 있습니다.',
    'lab.reason': '거부 사유',
    'lab.reason.code': '진단 코드',
    'lab.goalMet':
      '✓ 목표 달성: 허술한 서버가 위조한 토큰을 받아들였습니다. 진행 상황을 저장했습니다.',
    'lab.goalNotYet':
      '아직 목표를 달성하지 못했습니다. 서버가 받아들이면서 "role": "admin"인 토큰이 있어야 관리자 페이지가 열립니다.',
    'lab.tryFix': '이제 서버를 안전한 설정으로 바꾸고 같은 토큰을 다시 보내 보세요.',
    'lab.defended': '✓ 안전한 서버는 같은 토큰을 거부했습니다. 방어가 제대로 작동한 것입니다.',
    'lab.safeAccepted':
      '안전한 서버도 이 토큰을 받아들였습니다. 이 서버에 대해 정말로 유효한 토큰입니다.',
    'lab.why': '왜 통할까',
    'lab.defence': '어떻게 막을까',
    'lab.references': '참고 자료',
    'lab.ref.rfc': 'RFC 8725 (JWT 모범 사례) {sections}',
    'lab.ref.cve': '실제 버그: {cves}',
    'lab.ref.portswigger': 'PortSwigger 실습: “{name}”',
    'lab.ref.section': '커리큘럼 {section}',
    'lab.explain.locked': '실습을 풀면 원리와 방어 방법을 볼 수 있습니다.',
    'lab.explain.peek': '그래도 지금 보기',
    'lab.careless.malformed': '서버가 토큰을 디코딩조차 하지 못했습니다.',
    'lab.careless.alg-unsupported': '서버가 "alg": "{alg}"를 처리하지 않습니다.',
    'lab.careless.signature': '서명이 일치하지 않습니다.',
    'lab.careless.fetch-failed': '서버가 {url}에서 키를 가져오지 못했습니다.',
    'lab.careless.file-not-found': '파일이 없습니다: {path}',
    'lab.careless.sql-error': '데이터베이스가 오류를 돌려주었습니다: {detail}',
    'lab.careless.kid-unknown': 'kid "{kid}"에 해당하는 키가 없습니다.',
    'lab.careless.key-unusable': '서버가 찾은 키를 사용할 수 없었습니다.',
    'crack.title': '사전 공격 (백그라운드 워커에서 실행)',
    'crack.intro':
      '이 페이지에서 직접 만든 단어 목록(흔한 단어와 비밀번호에 대소문자, 숫자, 연도, 리트 표기, "!"를 붙인 변형)으로 비밀 키 후보 {count}개를 지금 놀이터에 있는 토큰에 대입해 봅니다.',
    'crack.start': '크래킹 시작',
    'crack.stop': '중지',
    'crack.progress': '{total}개 중 {tried}개 시도',
    'crack.rate': '초당 {rate}회 추측',
    'crack.rateNote':
      '추측 한 번은 후보 문자열을 키로 삼아 토큰의 header.payload에 대한 HMAC-SHA256을 브라우저의 WebCrypto로 계산하고 서명과 맞춰 보는 일입니다.',
    'crack.workers': 'CPU 코어마다 하나씩, 백그라운드 워커 {workers}개가 목록을 나눠 맡습니다.',
    'crack.found': '비밀 키를 찾았습니다: “{secret}” ({tried}번 추측, {seconds}초)',
    'crack.exhausted':
      '목록에 없습니다: {tried}번 추측했지만 일치하는 것이 없습니다. 무작위 32바이트 키라면 절대 찾을 수 없습니다.',
    'crack.stopped': '{tried}번 추측한 뒤 중지했습니다.',
    'crack.notHmac':
      '놀이터의 토큰은 HMAC으로 서명되지 않았습니다({alg}). 추측할 비밀 키가 없습니다.',
    'crack.useSecret': '이 키로 서명하기 (서명 모드)',
    'crack.failed': '워커가 실패했습니다: {detail}',
    'lab.res.server-pem': '서버의 공개 키 (/.well-known/public.pem에 공개됨)',
    'lab.res.attacker-public': '내 공개 키 (JWK)',
    'lab.res.attacker-private': '내 키 쌍 (개인 키 JWK)',
    'lab.res.attacker-jwks':
      '내 키 세트: https://attacker.example/.well-known/jwks.json 에 올려 둠 (PEM은 https://attacker.example/cert.pem)',
    'lab.res.token-wiki': '팀 위키에서 받은 내 관리자 토큰 (aud: wiki.example.com)',
    'lab.res.token-expired': '오래된 로그 파일에서 찾은 관리자 토큰 (만료됨)',
    'lab.res.token-noexp': '"exp" 없이 발급된 CI 봇의 관리자 토큰',

    'lab.unverified-signature.title': '검증하지 않고 디코딩만 하는 서버',
    'lab.unverified-signature.careless': 'jwt.verify() 대신 jwt.decode() 사용',
    'lab.unverified-signature.goal': '관리자 페이지(GET /admin)를 열어 보세요.',
    'lab.unverified-signature.story':
      '지금 "role": "user"인 user-42로 로그인되어 있습니다. 개발자가 decode()로 클레임을 읽는데, decode()는 토큰을 나누고 base64url을 풀기만 합니다.',
    'lab.unverified-signature.hint1': '관리자 페이지를 볼 수 있는지는 어떤 클레임이 결정할까요?',
    'lab.unverified-signature.hint2':
      '페이로드 패널에서 "role"을 "admin"으로 바꿔 보세요. 서명이 더 이상 맞지 않고 놀이터도 그렇게 알려 주지만, 서버도 신경 쓸까요?',
    'lab.unverified-signature.hint3':
      '"role": "user"를 "role": "admin"으로 바꾸고 나머지는 그대로 둔 채 보내기를 누르세요.',
    'lab.unverified-signature.why':
      'decode()는 서명을 확인하지 않고 페이로드를 읽습니다. 페이로드는 base64url로 인코딩되었을 뿐이라 누구나 고칠 수 있습니다. 클레임이 발급자가 만든 것임을 보장하는 것은 서명뿐인데, 이 서버는 서명을 아예 보지 않았습니다.',
    'lab.unverified-signature.defence':
      '"검증한 뒤에 사용한다"는 하나의 경로만 두세요. 엄격한 검증기는 클레임을 읽기 전에 헤더와 페이로드 그대로에 대해 서명을 확인하므로, 수정된 토큰은 "signature-invalid"로 거부됩니다.',

    'lab.alg-none.title': '"alg": "none"과 대소문자 변형',
    'lab.alg-none.careless': '헤더의 alg를 대소문자 구분 없이 비교',
    'lab.alg-none.goal': '유효한 서명이 없는 토큰으로 관리자 페이지를 열어 보세요.',
    'lab.alg-none.story':
      '서버는 헤더에서 "alg"를 읽고 alg.toLowerCase() === "none"인지 비교해서 서명 검사를 건너뛸지 정합니다.',
    'lab.alg-none.hint1':
      'RFC 7518 §3.6은 "none", 곧 보호되지 않은 토큰을 정의합니다. 내 토큰이 그런 토큰이라고 말하면 어떻게 될까요?',
    'lab.alg-none.hint2':
      '헤더 패널에서 "alg"를 "none"(또는 "None", "nOnE": 이 서버는 소문자로 바꿔 비교합니다)으로 바꾸고, "role"을 "admin"으로 바꾸세요.',
    'lab.alg-none.hint3':
      '예전 서명은 남겨 두어도 되고(서버가 무시합니다), 마지막 점 뒤를 모두 지워도 됩니다. 둘 다 해 보고 "nOnE"도 시도해 보세요.',
    'lab.alg-none.why':
      '헤더는 공격자가 씁니다. 헤더가 알고리즘을 고르게 하면 공격자가 "서명 없음"을 고를 수 있습니다. 소문자 변환은 문제를 더 키웁니다. "none"만 막는 차단 목록을 "None"이나 "nOnE"가 빠져나가기 때문입니다.',
    'lab.alg-none.defence':
      '서버가 정한 알고리즘 허용 목록(여기서는 ["HS256"])과 정확히 일치하는지 비교하고, 키가 설정되어 있으면 "none"은 절대 받지 마세요. 엄격한 검증기는 "none"을 alg-none-not-allowed로, "nOnE"를 alg-none-case(알고리즘 이름은 대소문자를 구분합니다)로 거부합니다.',

    'lab.weak-secret.title': '약한 HMAC 비밀 키',
    'lab.weak-secret.careless': '사전에 있는 단어를 비밀 키로 쓰는 HS256',
    'lab.weak-secret.goal':
      '서버의 비밀 키를 오프라인에서 찾아내고, 그 키로 관리자 토큰에 서명하세요.',
    'lab.weak-secret.story':
      '서버는 검증을 올바르게 합니다. 다만 HMAC 비밀 키를 사람이 직접 정했습니다. 서버가 발급한 토큰 하나를 가지고 있는데, 오프라인 공격에는 그것이면 충분합니다.',
    'lab.weak-secret.hint1':
      '서버 없이도 추측이 맞는지 확인할 수 있습니다. 추측한 키로 토큰의 header.payload에 HMAC을 계산해서 서명과 비교하면 됩니다.',
    'lab.weak-secret.hint2':
      '아래의 "크래킹 시작"을 누르세요. 비밀 키를 찾으면 "이 키로 서명하기"를 누르세요.',
    'lab.weak-secret.hint3':
      '서명 모드에서 페이로드의 "role"을 "admin"으로 바꾸면 찾은 키로 토큰이 다시 서명됩니다. 그다음 보내기를 누르세요.',
    'lab.weak-secret.why':
      'HMAC은 키만큼만 강합니다. 사람이 정한 비밀번호는 엔트로피가 몇 비트에 불과하고, 토큰 하나만 있으면 공격자는 속도 제한도, 서버 로그도 없이 전속력으로 추측을 시험할 수 있습니다.',
    'lab.weak-secret.defence':
      '비밀번호가 아니라 CSPRNG로 만든 256비트 이상의 무작위 키를 쓰거나(RFC 7518 §3.2), 비대칭 키를 쓰세요. 그런 키로 교체한 서버에서는 위조 토큰이 "signature-invalid"로 거부됩니다.',

    'lab.alg-confusion.title': '알고리즘 혼동: RS256 → HS256',
    'lab.alg-confusion.careless': '헤더의 alg를 따르고 "그 키"를 HMAC에 넘김',
    'lab.alg-confusion.goal': '서버의 개인 키 없이 관리자 페이지를 열어 보세요.',
    'lab.alg-confusion.story':
      '서버는 RS256으로 서명하고 verify(token, publicKeyPem)으로 검증하는데, 알고리즘은 토큰 헤더가 고르게 둡니다. 공개 키는 말 그대로 공개되어 있어서 도구함에 있습니다.',
    'lab.alg-confusion.hint1': '헤더에 HS256이라고 쓰면 이 서버는 무엇을 HMAC 비밀 키로 쓸까요?',
    'lab.alg-confusion.hint2':
      '공개 키 PEM을 키 입력란에 텍스트로(키 형식: UTF-8 텍스트) 마지막 줄바꿈까지 정확히 넣고, 서명 모드로 바꾸세요.',
    'lab.alg-confusion.hint3':
      '헤더의 "alg"를 "HS256"으로, 페이로드의 "role"을 "admin"으로 바꾸면 놀이터가 PEM 텍스트로 HMAC을 계산합니다. 그리고 보내세요.',
    'lab.alg-confusion.why':
      'HMAC 입장에서 PEM은 그냥 바이트일 뿐이고, 그 바이트는 누구나 압니다. 토큰이 알고리즘을 고르게 하고 어떤 알고리즘이든 같은 "키"를 넘기는 검증기는 공개 키를 공유 비밀 키로 바꿔 버립니다.',
    'lab.alg-confusion.defence':
      '키 하나는 정확히 한 알고리즘에만 묶고(RFC 8725 §3.1), 알고리즘은 토큰이 아니라 설정에서 가져오세요. 엄격한 검증기는 이 키에 RS256만 허용하므로 "alg-not-allowed"로 거부합니다. WebCrypto도 같은 방식입니다. CryptoKey는 한 알고리즘용으로만 가져옵니다.',

    'lab.jwk-header.title': '"jwk" 헤더에 심어 둔 키',
    'lab.jwk-header.careless': '토큰 헤더에 들어 있는 키를 믿음',
    'lab.jwk-header.goal': '내 키로 서명한 토큰으로 관리자 페이지를 열어 보세요.',
    'lab.jwk-header.story':
      '서버는 "jwk" 헤더 매개변수를 지원합니다. 토큰에 공개 키가 들어 있으면 그 키로 토큰을 검증합니다.',
    'lab.jwk-header.hint1':
      '나만의 RSA 키 쌍이 있습니다. 헤더에 내 키를 넣으면 서버는 누구의 키를 쓸까요?',
    'lab.jwk-header.hint2':
      '헤더에 "jwk": <내 공개 키>를 추가하고(도구함에서 복사), "kid"를 "attacker-rsa"로 바꾸세요.',
    'lab.jwk-header.hint3':
      '내 개인 키 JWK를 키 입력란에 넣고 서명 모드로 바꾼 다음, "role"을 "admin"으로 바꿔 보내세요.',
    'lab.jwk-header.why':
      '서명은 "이 토큰을 검증하는 키의 주인이 서명했다"는 것을 증명합니다. 그런데 토큰이 그 키를 직접 들고 오면, 보낸 사람이 자기 토큰에 스스로 서명했다는 것밖에 증명하지 못합니다.',
    'lab.jwk-header.defence':
      '검증 키는 토큰이 아니라 서버 설정에서 가져와야 합니다(RFC 8725 §3.10). 엄격한 검증기는 "jwk"를 무시하고 설정된 키를 쓰므로 서명이 맞지 않습니다: "signature-invalid". 놀이터도 "header-jwk" 경고를 보여 줍니다.',

    'lab.jku-header.title': '내 키 세트를 가리키는 "jku" / "x5u"',
    'lab.jku-header.careless': '헤더에 적힌 URL에서 키를 내려받음',
    'lab.jku-header.goal': '서버가 내 키를 내려받아 내 토큰을 받아들이게 하세요.',
    'lab.jku-header.story':
      '서버는 헤더에서 "jku"를 찾아 그 URL의 JWK 세트를 내려받고 "kid"로 키를 고릅니다. 나는 attacker.example에 키 세트를 올려 두었습니다(가상 환경이라 실제 요청은 나가지 않습니다).',
    'lab.jku-header.hint1': '서버는 어떤 URL을 믿나요? 그 URL을 내가 바꿀 수 있나요?',
    'lab.jku-header.hint2':
      '헤더에 "jku": "https://attacker.example/.well-known/jwks.json"을 추가하고 "kid"를 "attacker-rsa"로 바꾸세요.',
    'lab.jku-header.hint3':
      '내 개인 키 JWK를 키 입력란에 넣고 서명 모드에서 "role"을 "admin"으로 바꿔 보내세요. ("x5u": "https://attacker.example/cert.pem"도 통합니다.)',
    'lab.jku-header.why':
      '헤더는 보내는 사람이 씁니다. 헤더의 URL에서 키를 가져오는 서버는 보내는 사람이 키를 고르게 하는 셈이고, 내부 호스트로 요청을 보내게 만들 수도 있습니다(SSRF).',
    'lab.jku-header.defence':
      '키는 설정이나 발급자 메타데이터에서 가져오고, 정확히 일치하는 허용 목록과 대조하세요(RFC 8725 §3.10). 엄격한 검증기는 서버 자신의 키 세트에서 "attacker-rsa"를 찾지 못합니다: "kid-not-found".',

    'lab.kid-path-traversal.title': '"kid" 경로 조작으로 빈 파일 읽히기',
    'lab.kid-path-traversal.careless': 'kid를 /srv/keys/ 아래 파일 이름으로 사용',
    'lab.kid-path-traversal.goal': '서버가 내가 아는 키를 읽게 만들고, 그 키로 서명하세요.',
    'lab.kid-path-traversal.story':
      '서버는 readFile("/srv/keys/" + kid)로 HMAC 키를 읽습니다. 이 (가상) 서버에는 /dev/null 같은 파일도 있습니다.',
    'lab.kid-path-traversal.hint1': '어느 리눅스 머신에나 있고, 내용을 미리 알 수 있는 파일은?',
    'lab.kid-path-traversal.hint2':
      '"kid"를 "../../../dev/null"로 바꾸면 키가 빈 문자열이 됩니다. WebCrypto는 빈 키를 거부하지만, HMAC은 짧은 키 뒤를 0 바이트로 채우므로 0x00 한 바이트로 같은 MAC이 나옵니다.',
    'lab.kid-path-traversal.hint3':
      '키 입력란에 AA==를 넣고 키 형식을 base64로 고르세요(0x00 한 바이트). 서명 모드, "role": "admin", 그리고 보내기.',
    'lab.kid-path-traversal.why':
      '"kid"는 보내는 사람이 마음대로 정하는 문자열입니다(RFC 7515 §4.1.4). 경로에 그대로 붙이면 "../"로 키 폴더 밖으로 나갈 수 있고, /dev/null을 읽으면 빈 키가 됩니다. HMAC은 키를 0으로 채우므로(RFC 2104) 빈 키와 0x00은 같은 결과를 냅니다.',
    'lab.kid-path-traversal.defence':
      '"kid"는 허용된 키 세트에서 키를 찾는 이름으로만 쓰세요(RFC 8725 §3.10). 엄격한 검증기는 "../../../dev/null"이라는 키를 찾지 못합니다: "kid-not-found". 놀이터도 "header-kid-suspicious" 경고를 보여 줍니다.',

    'lab.kid-sql-injection.title': '키 조회에 "kid" SQL 인젝션',
    'lab.kid-sql-injection.careless': 'kid를 SQL 쿼리 문자열에 그대로 붙임',
    'lab.kid-sql-injection.goal': '키 조회 결과로 내가 고른 키가 나오게 하세요.',
    'lab.kid-sql-injection.story':
      "서버는 kid를 문자열에 붙여 SELECT key FROM keys WHERE kid = '<kid>'를 실행하고, 첫 번째 행의 키로 HMAC을 계산합니다(가상 데이터베이스라 실제 SQL은 실행되지 않습니다).",
    'lab.kid-sql-injection.hint1':
      'kid에 작은따옴표가 들어가면 쿼리가 어떻게 될까요? 하나 넣어 보내고 서버 로그를 읽어 보세요.',
    'lab.kid-sql-injection.hint2':
      "UNION SELECT를 쓰면 내가 만든 행을 덧붙일 수 있습니다: kid = x' UNION SELECT 'attacker-key",
    'lab.kid-sql-injection.hint3':
      '키 입력란에 attacker-key(UTF-8 텍스트)를 넣으세요. 서명 모드, "role": "admin", 그리고 보내기.',
    'lab.kid-sql-injection.why':
      '쿼리를 문자열 이어 붙이기로 만들었기 때문에 kid가 SQL이 됩니다. "x"에 맞는 행은 없고, UNION이 내가 쓴 키를 담은 행을 덧붙입니다. 결국 서버는 내 키로 검증합니다.',
    'lab.kid-sql-injection.defence':
      '매개변수화된 쿼리를 쓰고, 더 나아가 "kid"는 설정된 키 세트의 정확한 이름으로만 쓰세요(RFC 8725 §3.10). 엄격한 검증기: "kid-not-found".',

    'lab.missing-claims.title': '빠진 검사: exp도 aud도 확인하지 않음',
    'lab.missing-claims.careless': '서명만 확인하고 클레임은 무시',
    'lab.missing-claims.goal': '서명을 위조하지 않고 API의 관리자 페이지를 열어 보세요.',
    'lab.missing-claims.story':
      '통합 로그인 서버(sso.example.com) 하나가 모든 서비스의 토큰을 같은 키로 발급합니다. 이 API(api.example.com)는 서명만 확인합니다. 나는 팀 위키의 관리자이고, 토큰 몇 개를 주웠습니다.',
    'lab.missing-claims.hint1':
      '도구함의 토큰은 모두 서명이 유효합니다. API가 그 밖에 무엇을 확인해야 할까요?',
    'lab.missing-claims.hint2': '클레임 패널에서 주운 토큰들의 "aud"와 "exp"를 살펴보세요.',
    'lab.missing-claims.hint3': '위키 토큰(또는 만료된 토큰)을 불러와 그대로 보내세요.',
    'lab.missing-claims.why':
      '유효한 서명은 누가 토큰을 발급했는지 알려 줄 뿐, 이 서비스용인지, 아직 유효한지는 알려 주지 않습니다. 위키용 토큰도, 만료된 토큰도, 만료가 없는 토큰도 서명 검증은 통과합니다.',
    'lab.missing-claims.defence':
      '"aud"가 이 서비스인지, "iss"가 기대한 발급자인지 확인하고 "exp"를 필수로 요구하세요(RFC 8725 §3.8, §3.9, RFC 7519 §4.1.3–4.1.4). 엄격한 검증기: "aud-mismatch", "expired", "exp-missing".',

    'lab.psychic-signature.title': '사이킥 서명: r = s = 0인 ECDSA',
    'lab.psychic-signature.careless': '1 ≤ r, s ≤ n−1 검사를 빠뜨린 ECDSA (Java 15–18)',
    'lab.psychic-signature.goal': '0으로만 채운 서명으로 관리자 페이지를 열어 보세요.',
    'lab.psychic-signature.story':
      '서버는 CVE-2022-21449 버그가 있는 라이브러리로 ES256을 검증합니다. r과 s가 1과 n−1 사이여야 한다는 검사를 빠뜨렸습니다.',
    'lab.psychic-signature.hint1':
      'ES256 서명은 32바이트짜리 r과 s, 합쳐서 64바이트입니다. 둘 다 0이면 어떻게 될까요?',
    'lab.psychic-signature.hint2':
      '"role"을 "admin"으로 바꾼 다음, 토큰의 서명 부분 전체를 "A" 86개(base64url로 0 바이트 64개)로 바꾸세요.',
    'lab.psychic-signature.hint3':
      '"alg": "ES256"은 그대로 두고 보내세요. 놀이터는 서명이 유효하지 않다고 말합니다. WebCrypto는 범위 검사를 하기 때문입니다.',
    'lab.psychic-signature.why':
      'ECDSA는 r = x(u1·G + u2·Q) mod n인지 확인합니다. r = s = 0이면 버그가 있는 코드는 무한원점을 계산한 뒤 0과 0을 비교했고, 어떤 메시지와 어떤 키에 대해서도 참이 되었습니다.',
    'lab.psychic-signature.defence':
      '올바른 ECDSA 구현은 [1, n−1] 범위를 벗어난 r이나 s를 거부합니다(FIPS 186). 관리되는 라이브러리를 쓰고 꾸준히 업데이트하세요. 엄격한 검증기(WebCrypto)의 결과: "signature-invalid".',
  },
});
