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
    'lab.body.admin': 'You read the admin page.',
    'lab.body.forbidden': 'Signed in as {sub}, but this page is for administrators only.',
    'lab.reason': 'Reason',
    'lab.reason.code': 'Diagnostic code',
    'lab.goalMet': '✓ Goal met: the careless server accepted your token. Progress saved.',
    'lab.goalNotYet':
      'Goal not met yet: the admin page needs a token the server accepts with "role": "admin".',
    'lab.tryFix': 'Now switch the server to its safe setting and send the same token again.',
    'lab.defended': '✓ The safe server refused the same token. This is the defence working.',
    'lab.safeAccepted':
      'The safe server accepted this token: it is genuinely valid for this server.',
    'lab.why': 'Why it works',
    'lab.defence': 'The defence',
    'lab.ref.cve': 'Real bugs: {cves}',
    'lab.ref.portswigger': 'PortSwigger lab: “{name}”',
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
      'Tries every candidate in the list as the HMAC secret of the token now in the playground, in background workers.',
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
      'Your key set, hosted at https://attacker.example/.well-known/jwks.json',
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

    'lab.alg-none.title': '"alg": "none" past a case-sensitive filter',
    'lab.alg-none.careless': 'blocks "none" exactly, then looks alg up without case',
    'lab.alg-none.goal': 'Read the admin page with a token that has no valid signature.',
    'lab.alg-none.story':
      'After a scare, the developer added a filter: a token whose "alg" is "none" is refused. Behind the filter the algorithm is looked up with alg.toLowerCase(), and that table still has a "none" entry that skips the signature.',
    'lab.alg-none.hint1':
      'Try "alg": "none" first and read the reply: the filter catches it. What exactly does the filter compare, and what does the lookup compare?',
    'lab.alg-none.hint2':
      'The filter compares with ===, the lookup lower-cases first. Which spelling is not "none" but becomes "none"?',
    'lab.alg-none.hint3':
      'In the header pane set "alg" to "None" (or "nOnE"), set "role" to "admin" and Send. The old signature may stay: the "none" entry ignores it.',
    'lab.alg-none.why':
      'The filter and the lookup disagree about what "the same algorithm" is: one compares exactly, the other ignores case. Block lists fail this way: the attacker looks for a spelling the list does not name. To the filter "None" is not "none" (algorithm names are case-sensitive), but the lookup turns it into one.',
    'lab.alg-none.defence':
      'An allow-list fixed by the server (here ["HS256"]), compared exactly, and no "none" entry at all when a key is configured. The strict verifier refuses "nOnE" (alg-none-case) and "none" (alg-none-not-allowed).',

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
      'Verification keys come from the server’s configuration, never from the token. The strict verifier ignores "jwk", uses the configured key, and the signature fails: "signature-invalid". The playground also warns: "header-jwk".',

    'lab.jku-header.title': '"jku" / "x5u" pointing at your key set',
    'lab.jku-header.careless': 'fetches keys from the URL in the header (jku or x5u)',
    'lab.jku-header.goal': 'Make the server fetch your key and accept your token.',
    'lab.jku-header.story':
      'The server looks for "jku" in the header, downloads the JWK Set from that URL and picks the key by "kid"; given "x5u" instead, it downloads that certificate and uses the key inside. You host a key set and a certificate on attacker.example (simulated: no request leaves the page).',
    'lab.jku-header.hint1': 'Which URL does the server trust? Can you change it?',
    'lab.jku-header.hint2':
      'Add "jku": "https://attacker.example/.well-known/jwks.json" to the header and set "kid" to "attacker-rsa".',
    'lab.jku-header.hint3':
      'Put your private JWK into the key field, switch to Sign mode, set "role" to "admin", Send. Or, instead of "jku", use "x5u": "https://attacker.example/cert.pem": the server reads the key out of your self-signed certificate.',
    'lab.jku-header.why':
      'The header is written by the sender. A server that fetches keys from a header URL lets the sender choose the key: a key set of theirs, or a certificate nobody but they signed, since this server never checks who issued it. It can also be pointed at internal hosts (SSRF).',
    'lab.jku-header.defence':
      'Keys from configuration or the issuer’s metadata; a "jku" or "x5u" only if it is on an exact allow-list of URLs, and a certificate only if it chains to a root the server trusts. The strict verifier ignores both and looks the key up in the server’s own set: "kid-not-found" for "attacker-rsa", "signature-invalid" for a token without kid.',

    'lab.kid-path-traversal.title': '"kid" path traversal to an empty file',
    'lab.kid-path-traversal.careless': 'kid used as a file name under /srv/keys/',
    'lab.kid-path-traversal.goal': 'Make the server read a key you know, and sign with it.',
    'lab.kid-path-traversal.story':
      'The server reads the HMAC key from readFile("/srv/keys/" + kid). Files on this (simulated) server include /dev/null.',
    'lab.kid-path-traversal.hint1':
      'Which file on every Linux machine has contents you know in advance? (If that is the empty file: the playground, like WebCrypto, will not sign with an empty key. But HMAC pads every key with zero bytes up to its block size (RFC 2104 §2), so the single byte 0x00 gives the same MAC as the empty key.)',
    'lab.kid-path-traversal.hint2':
      'Set "kid" to "../../../dev/null": the path walks out of /srv/keys/ and the key is the empty file, the same key as one 0x00 byte.',
    'lab.kid-path-traversal.hint3':
      'Key field: AA== with key format base64 (one 0x00 byte). Sign mode, "role": "admin", Send.',
    'lab.kid-path-traversal.why':
      '"kid" is any string the sender likes (RFC 7515 §4.1.4). Pasted into a path, "../" walks out of the key folder; /dev/null gives an empty key, and HMAC treats the empty key and 0x00 the same (RFC 2104 pads keys with zeros).',
    'lab.kid-path-traversal.defence':
      'Use "kid" only as a lookup key into an allow-listed key set. The strict verifier finds no key named "../../../dev/null": "kid-not-found". The playground warns: "header-kid-suspicious".',

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
      'Parameterised queries, and better, "kid" only as an exact key into a configured key set. The strict verifier: "kid-not-found".',

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
      'Check "aud" against this service and "iss" against the expected issuer, and require "exp". JWT makes "exp" optional, so requiring it is this server’s own rule. The strict verifier: "aud-mismatch", "expired", or "exp-missing".',

    'lab.psychic-signature.title': 'Psychic signatures: ECDSA with r = s = 0',
    'lab.psychic-signature.careless': 'ECDSA without the 1 ≤ r, s ≤ n−1 check (Java 15–18)',
    'lab.psychic-signature.goal': 'Read the admin page with a signature made of zeros.',
    'lab.psychic-signature.story':
      'The server verifies ES256 with a library that has CVE-2022-21449: it forgets that r and s must be between 1 and n−1. The server’s public key is in the key field, so the playground checks signatures too.',
    'lab.psychic-signature.hint1':
      'An ES256 signature is r and s, 32 bytes each, 64 bytes in all. What if both are zero?',
    'lab.psychic-signature.hint2':
      'Set "role" to "admin", then replace the whole signature part in the token with 86 "A" characters (64 zero bytes in base64url).',
    'lab.psychic-signature.hint3':
      'Keep "alg": "ES256" and Send. The key field holds the server’s public key, so the playground checks the zero signature with WebCrypto and shows it invalid: WebCrypto does the range check the buggy library skips.',
    'lab.psychic-signature.why':
      'ECDSA checks r = x(u1·G + u2·Q) mod n. With r = s = 0 the buggy code computed the point at infinity and compared 0 with 0: true for every message and every key.',
    'lab.psychic-signature.defence':
      'A correct ECDSA implementation rejects r or s outside [1, n−1] (FIPS 186). Use a maintained library and keep it updated. The strict verifier (WebCrypto) says: "signature-invalid".',

    'lab.body.unauthorized': 'The server did not accept the token.',
    'lab.sources': 'Sources',
    'lab.response.cleared':
      'The server setting changed: send again to see how this server answers.',
    'lab.response.raw': 'The reply as it travels (status line, header fields, body)',
    'lab.careless.alg-blocked': 'The server’s filter refuses "alg": "{alg}".',
    'lab.res.attacker-cert':
      'Your self-signed certificate for the same key, hosted at https://attacker.example/cert.pem',
    'lab.res.server-p256': 'The server’s public P-256 key (JWK), published with its other keys',
    'lab.unverified-signature.sources':
      'RFC 8725 §3.3: validate every cryptographic operation and reject the JWT if any fails. RFC 7519 §7.2: the steps for validating a JWT include validating its signature. CVE-2019-13483: a SharePoint login library that read JWTs without checking their signatures.',
    'lab.alg-none.sources':
      'RFC 8725 §3.1: the application decides which algorithms it accepts, and each key is used with exactly one. RFC 8725 §3.2: unsecured JWTs ("none") only where the JWT is protected by other means. RFC 7515 §4.1.1: "alg" values are case-sensitive. RFC 7518 §3.6 defines "none". CVE-2015-2951 and CVE-2022-23540: libraries that let "none" through.',
    'lab.weak-secret.sources':
      'RFC 8725 §2.2: HMAC keys that are human passwords can be guessed offline from one token; §3.5: keys must have enough entropy. RFC 7518 §3.2: an HS256 key must be at least 256 bits.',
    'lab.alg-confusion.sources':
      'RFC 8725 §2.1 describes this confusion; §3.1: each key is used with exactly one algorithm, and the algorithm is checked against what the application expects, not taken from the token. CVE-2015-9235 (jsonwebtoken), CVE-2016-10555 (jwt-simple), CVE-2017-11424 and CVE-2022-29217 (PyJWT).',
    'lab.jwk-header.sources':
      'RFC 7515 §4.1.3 defines the "jwk" header parameter; RFC 7515 §10.3 (key origin authentication): unless the recipient knows where a key came from, it does not know who signed. CVE-2018-0114: node-jose verified tokens with the key embedded in their "jwk" header.',
    'lab.jku-header.sources':
      'RFC 8725 §3.10: blindly following a "jku" or "x5u" URL can lead to server-side request forgery; match it against an allow-list. RFC 8725 §2.9 describes such indirect attacks on the server. RFC 7515 §4.1.2 and §4.1.5 define "jku" and "x5u"; RFC 5280 §6 describes the certificate path validation this server skips.',
    'lab.kid-path-traversal.sources':
      'RFC 8725 §3.10: the received "kid" must be validated or sanitised before it is used to look up a key (it names SQL and LDAP injection; a file path is the same mistake). RFC 7515 §4.1.4: "kid" is any string the sender chooses. RFC 2104 §2: keys shorter than the block are padded with zeros.',
    'lab.kid-sql-injection.sources':
      'RFC 8725 §3.10: "kid" is used for key lookup; applications should make sure it cannot create SQL or LDAP injection, by validating or sanitising it. RFC 7515 §4.1.4: "kid" is any string the sender chooses.',
    'lab.missing-claims.sources':
      'RFC 8725 §2.7 (substitution) and §2.8 (cross-JWT confusion): a token made for one recipient is used at another. RFC 8725 §3.9: check "aud"; §3.8: check "iss". RFC 7519 §4.1.3: a recipient not named in "aud" must reject the token; §4.1.4: a present "exp" must be in the future, but "exp" itself is optional. CVE-2020-26160: jwt-go skipped the "aud" check for some token shapes.',
    'lab.psychic-signature.sources':
      'RFC 8725 §3.3: validate every cryptographic operation. FIPS 186-5, ECDSA signature verification: reject r or s outside [1, n−1]. CVE-2022-21449: Java 15 to 18 skipped that check.',
    'lab.empty-secret.title': 'An empty HMAC secret',
    'lab.empty-secret.careless': 'secret = process.env.JWT_SECRET ?? "" (never set)',
    'lab.empty-secret.goal': 'Read the admin page by signing with the key this server really uses.',
    'lab.empty-secret.story':
      'The server reads its HMAC secret from an environment variable that nobody set on this machine, falls back to the empty string, and signs and verifies with it. Your token was issued that way.',
    'lab.empty-secret.hint1':
      'If the variable is not set, what is the secret? Could you sign with it too?',
    'lab.empty-secret.hint2':
      'The secret is empty. WebCrypto and the playground refuse an empty key, but HMAC pads every key with zero bytes up to its block size (RFC 2104 §2): the single byte 0x00 is the same key.',
    'lab.empty-secret.hint3':
      'Key field: 00 with key format hex. Switch to Sign mode, set "role" to "admin", Send.',
    'lab.empty-secret.why':
      'An empty key is a key everyone knows. The library did not refuse to sign with it and the server did not refuse to start without one, so every token it issued can be forged.',
    'lab.empty-secret.defence':
      'Refuse to start without a configured key of at least 256 random bits, and let the library reject short keys. The safe server has such a key: the forged token gets "signature-invalid".',
    'lab.empty-secret.sources':
      'RFC 7518 §3.2: an HS256 key must be at least 256 bits; the empty key has none. RFC 8725 §3.5: keys must have enough entropy. RFC 2104 §2: short keys are padded with zeros, so the empty key and 0x00 are one key. CVE-2019-20933: InfluxDB accepted tokens signed with an empty shared secret.',
    'lab.signature-stripping.title':
      'Signature stripping: a MAC compared only as far as it is sent',
    'lab.signature-stripping.careless': 'compares only the signature bytes the token sends',
    'lab.signature-stripping.goal':
      'Read the admin page with a token that has no signature at all.',
    'lab.signature-stripping.story':
      'The server computes the HMAC of header.payload and compares it with the token’s signature byte by byte, in a loop over the bytes the token sent.',
    'lab.signature-stripping.hint1':
      'How many times does that loop run if the signature part is empty?',
    'lab.signature-stripping.hint2':
      'Set "role" to "admin", then delete everything after the last dot of the token, keeping the dot. "alg" stays "HS256".',
    'lab.signature-stripping.hint3':
      'The token ends in "." with nothing after it. Send it, then open the server log: the loop ran 0 times.',
    'lab.signature-stripping.why':
      'Zero bytes compared means zero differences. A verifier must insist on the full length of the MAC, or better, let the crypto library verify it.',
    'lab.signature-stripping.defence':
      'Verify with the library (crypto.subtle.verify), or compare the full expected length in constant time. The strict verifier refuses the stripped token: "signature-invalid"; the playground also says "signature-empty".',
    'lab.signature-stripping.sources':
      'RFC 8725 §3.3: validate every cryptographic operation. RFC 7515 §5.2: unless the signature validates, the JWS must be rejected. CVE-2020-28042: ServiceStack compared only as many bytes as the token sent.',

    'crack.list.active.builtin': 'Using the built-in list: {count} candidates.',
    'crack.list.active.own': 'Using your list: {count} candidates.',
    'crack.list.builtinUse': 'Back to the built-in list',
    'crack.list.show': 'See the built-in list',
    'crack.list.builtin':
      '{count} candidates, made in this page from {words} common words and passwords: each tried as it is, capitalised, in capitals, in leetspeak, with "!", with a number 0–99, with a year 1990–2026 and a few more endings, as a cracking rule file would.',
    'crack.list.words': 'The {words} base words:',
    'crack.list.preview': 'The first {shown} candidates, in the order they are tried:',
    'crack.list.ownTitle': 'Use your own list',
    'crack.list.own': 'Your candidates, one per line',
    'crack.list.file':
      'Or load a text file from this computer (read in this page, never uploaded):',
    'crack.list.use': 'Use this list ({count} candidates)',
    'crack.list.tooBig': 'That file is larger than {mb} MB; use a smaller list.',
    'crack.list.empty': 'The list has no candidates: write or load at least one line.',
    'crack.raw.measuring': 'Measuring raw WebCrypto speed in this page for comparison…',
    'crack.raw':
      'Raw WebCrypto HMAC-SHA256 in this page, one thread, one key imported beforehand, no comparison: {rate} signatures per second.',
    'crack.raw.ratio': 'The attack ran at {ratio}× that rate.',
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
    'lab.body.admin': '관리자 페이지를 열었습니다.',
    'lab.body.forbidden': '{sub}(으)로 로그인했지만, 이 페이지는 관리자만 볼 수 있습니다.',
    'lab.reason': '거부 사유',
    'lab.reason.code': '진단 코드',
    'lab.goalMet':
      '✓ 목표 달성: 허술한 서버가 보낸 토큰을 받아들였습니다. 진행 상황을 저장했습니다.',
    'lab.goalNotYet':
      '아직 목표를 달성하지 못했습니다. 서버가 받아들이면서 "role": "admin"인 토큰이 있어야 관리자 페이지가 열립니다.',
    'lab.tryFix': '이제 서버를 안전한 설정으로 바꾸고 같은 토큰을 다시 보내 보세요.',
    'lab.defended': '✓ 안전한 서버는 같은 토큰을 거부했습니다. 방어가 제대로 작동한 것입니다.',
    'lab.safeAccepted':
      '안전한 서버도 이 토큰을 받아들였습니다. 이 서버에 대해 정말로 유효한 토큰입니다.',
    'lab.why': '왜 통할까',
    'lab.defence': '어떻게 막을까',
    'lab.ref.cve': '실제 버그: {cves}',
    'lab.ref.portswigger': 'PortSwigger 실습: “{name}”',
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
      '목록의 후보를 하나씩 지금 놀이터에 있는 토큰의 HMAC 비밀 키로 대입해 봅니다. 계산은 백그라운드 워커에서 합니다.',
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
      '내 키 세트: https://attacker.example/.well-known/jwks.json 에 올려 둠',
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

    'lab.alg-none.title': '대소문자를 가리는 필터를 지나가는 "alg": "none"',
    'lab.alg-none.careless': '"none"만 정확히 막고, alg는 대소문자 없이 찾음',
    'lab.alg-none.goal': '유효한 서명이 없는 토큰으로 관리자 페이지를 열어 보세요.',
    'lab.alg-none.story':
      '한 번 크게 놀란 개발자가 필터를 넣었습니다. "alg"가 "none"인 토큰은 거부합니다. 그런데 필터 뒤에서는 alg.toLowerCase()로 알고리즘을 찾고, 그 표에는 서명 검사를 건너뛰는 "none" 항목이 아직 남아 있습니다.',
    'lab.alg-none.hint1':
      '먼저 "alg": "none"을 보내고 응답을 읽어 보세요. 필터에 걸립니다. 필터는 정확히 무엇을 비교하고, 알고리즘 조회는 무엇을 비교할까요?',
    'lab.alg-none.hint2':
      '필터는 ===로 비교하고, 조회는 먼저 소문자로 바꿉니다. "none"은 아니지만 소문자로 바꾸면 "none"이 되는 표기는 무엇일까요?',
    'lab.alg-none.hint3':
      '헤더 패널에서 "alg"를 "None"(또는 "nOnE")으로, "role"을 "admin"으로 바꾸고 보내세요. 예전 서명은 남겨 두어도 됩니다. "none" 항목은 서명을 무시합니다.',
    'lab.alg-none.why':
      '필터와 조회가 "같은 알고리즘"을 서로 다르게 판단합니다. 한쪽은 정확히 비교하고 다른 쪽은 대소문자를 무시합니다. 거부 목록은 이렇게 뚫립니다. 공격자는 목록에 없는 표기를 찾으면 됩니다. 필터에게 "None"은 "none"이 아니지만(알고리즘 이름은 대소문자를 구분합니다), 조회는 그것을 "none"으로 바꿔 버립니다.',
    'lab.alg-none.defence':
      '서버가 정한 허용 목록(여기서는 ["HS256"])과 정확히 비교하고, 키가 설정되어 있으면 "none" 항목 자체를 두지 마세요. 엄격한 검증기는 "nOnE"를 alg-none-case로, "none"을 alg-none-not-allowed로 거부합니다.',

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
      '서버는 "jwk" 헤더 파라미터를 지원합니다. 토큰에 공개 키가 들어 있으면 그 키로 토큰을 검증합니다.',
    'lab.jwk-header.hint1':
      '나만의 RSA 키 쌍이 있습니다. 헤더에 내 키를 넣으면 서버는 누구의 키를 쓸까요?',
    'lab.jwk-header.hint2':
      '헤더에 "jwk": <내 공개 키>를 추가하고(도구함에서 복사), "kid"를 "attacker-rsa"로 바꾸세요.',
    'lab.jwk-header.hint3':
      '내 개인 키 JWK를 키 입력란에 넣고 서명 모드로 바꾼 다음, "role"을 "admin"으로 바꿔 보내세요.',
    'lab.jwk-header.why':
      '서명은 "이 토큰을 검증하는 키의 주인이 서명했다"는 것을 증명합니다. 그런데 토큰이 그 키를 직접 들고 오면, 보낸 사람이 자기 토큰에 스스로 서명했다는 것밖에 증명하지 못합니다.',
    'lab.jwk-header.defence':
      '검증 키는 토큰이 아니라 서버 설정에서 가져와야 합니다. 엄격한 검증기는 "jwk"를 무시하고 설정된 키를 쓰므로 서명이 맞지 않습니다: "signature-invalid". 놀이터도 "header-jwk" 경고를 보여 줍니다.',

    'lab.jku-header.title': '내 키 세트를 가리키는 "jku" / "x5u"',
    'lab.jku-header.careless': '헤더에 적힌 URL(jku 또는 x5u)에서 키를 내려받음',
    'lab.jku-header.goal': '서버가 내 키를 내려받아 내 토큰을 받아들이게 하세요.',
    'lab.jku-header.story':
      '서버는 헤더에서 "jku"를 찾아 그 URL의 JWK 세트를 내려받고 "kid"로 키를 고릅니다. "x5u"가 있으면 그 인증서를 내려받아 안에 든 키를 씁니다. 나는 attacker.example에 키 세트와 인증서를 올려 두었습니다(가상 환경이라 실제 요청은 나가지 않습니다).',
    'lab.jku-header.hint1': '서버는 어떤 URL을 믿을까요? 그 URL을 내가 바꿀 수 있을까요?',
    'lab.jku-header.hint2':
      '헤더에 "jku": "https://attacker.example/.well-known/jwks.json"을 추가하고 "kid"를 "attacker-rsa"로 바꾸세요.',
    'lab.jku-header.hint3':
      '내 개인 키 JWK를 키 입력란에 넣고 서명 모드에서 "role"을 "admin"으로 바꿔 보내세요. "jku" 대신 "x5u": "https://attacker.example/cert.pem"을 써도 됩니다. 서버가 내 자체 서명 인증서에서 키를 꺼내 씁니다.',
    'lab.jku-header.why':
      '헤더는 보내는 사람이 씁니다. 헤더의 URL에서 키를 가져오는 서버는 보내는 사람이 키를 고르게 하는 셈입니다. 그 사람의 키 세트든, 그 사람 말고는 아무도 서명하지 않은 인증서든 마찬가지입니다. 이 서버는 인증서를 누가 발급했는지 확인하지 않기 때문입니다. 내부 호스트로 요청을 보내게 만들 수도 있습니다(SSRF).',
    'lab.jku-header.defence':
      '키는 설정이나 발급자 메타데이터에서 가져오세요. "jku"나 "x5u"는 정확히 일치하는 URL 허용 목록에 있을 때만, 인증서는 서버가 신뢰하는 루트까지 체인이 이어질 때만 씁니다. 엄격한 검증기는 둘 다 무시하고 서버 자신의 키 세트에서 키를 찾습니다. "attacker-rsa"는 "kid-not-found", kid가 없는 토큰은 "signature-invalid"입니다.',

    'lab.kid-path-traversal.title': '"kid" 경로 조작으로 빈 파일 읽히기',
    'lab.kid-path-traversal.careless': 'kid를 /srv/keys/ 아래 파일 이름으로 사용',
    'lab.kid-path-traversal.goal': '서버가 내가 아는 키를 읽게 만들고, 그 키로 서명하세요.',
    'lab.kid-path-traversal.story':
      '서버는 readFile("/srv/keys/" + kid)로 HMAC 키를 읽습니다. 이 (가상) 서버에는 /dev/null 같은 파일도 있습니다.',
    'lab.kid-path-traversal.hint1':
      '어느 리눅스 머신에나 있고, 내용을 미리 알 수 있는 파일은? (그 파일이 빈 파일이라면: 놀이터는 WebCrypto처럼 빈 키로 서명하지 않습니다. 하지만 HMAC은 모든 키를 블록 크기까지 0 바이트로 채우므로(RFC 2104 §2), 0x00 한 바이트로 빈 키와 같은 MAC이 나옵니다.)',
    'lab.kid-path-traversal.hint2':
      '"kid"를 "../../../dev/null"로 바꾸세요. 경로가 /srv/keys/ 밖으로 나가고, 키는 빈 파일이 됩니다. 0x00 한 바이트와 같은 키입니다.',
    'lab.kid-path-traversal.hint3':
      '키 입력란에 AA==를 넣고 키 형식을 base64로 고르세요(0x00 한 바이트). 서명 모드, "role": "admin", 그리고 보내기.',
    'lab.kid-path-traversal.why':
      '"kid"는 보내는 사람이 마음대로 정하는 문자열입니다(RFC 7515 §4.1.4). 경로에 그대로 붙이면 "../"로 키 폴더 밖으로 나갈 수 있고, /dev/null을 읽으면 빈 키가 됩니다. HMAC은 키를 0으로 채우므로(RFC 2104) 빈 키와 0x00은 같은 결과를 냅니다.',
    'lab.kid-path-traversal.defence':
      '"kid"는 허용된 키 세트에서 키를 찾는 이름으로만 쓰세요. 엄격한 검증기는 "../../../dev/null"이라는 키를 찾지 못합니다: "kid-not-found". 놀이터도 "header-kid-suspicious" 경고를 보여 줍니다.',

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
      '파라미터화된 쿼리를 쓰고, 더 나아가 "kid"는 설정된 키 세트의 정확한 이름으로만 쓰세요. 엄격한 검증기: "kid-not-found".',

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
      '"aud"가 이 서비스인지, "iss"가 기대한 발급자인지 확인하고 "exp"를 필수로 요구하세요. JWT에서 "exp"는 선택 사항이므로, 필수로 요구하는 것은 이 서버가 정하는 규칙입니다. 엄격한 검증기: "aud-mismatch", "expired", "exp-missing".',

    'lab.psychic-signature.title': '사이킥 서명: r = s = 0인 ECDSA',
    'lab.psychic-signature.careless': '1 ≤ r, s ≤ n−1 검사를 빠뜨린 ECDSA (Java 15–18)',
    'lab.psychic-signature.goal': '0으로만 채운 서명으로 관리자 페이지를 열어 보세요.',
    'lab.psychic-signature.story':
      '서버는 CVE-2022-21449 버그가 있는 라이브러리로 ES256을 검증합니다. r과 s가 1과 n−1 사이여야 한다는 검사를 빠뜨렸습니다. 키 입력란에는 서버의 공개 키가 들어 있어서 놀이터도 서명을 확인합니다.',
    'lab.psychic-signature.hint1':
      'ES256 서명은 32바이트짜리 r과 s, 합쳐서 64바이트입니다. 둘 다 0이면 어떻게 될까요?',
    'lab.psychic-signature.hint2':
      '"role"을 "admin"으로 바꾼 다음, 토큰의 서명 부분 전체를 "A" 86개(base64url로 0 바이트 64개)로 바꾸세요.',
    'lab.psychic-signature.hint3':
      '"alg": "ES256"은 그대로 두고 보내세요. 키 입력란에 서버의 공개 키가 있으므로 놀이터는 0으로 채운 서명을 WebCrypto로 확인하고 유효하지 않다고 보여 줍니다. WebCrypto는 버그 있는 라이브러리가 건너뛴 범위 검사를 하기 때문입니다.',
    'lab.psychic-signature.why':
      'ECDSA는 r = x(u1·G + u2·Q) mod n인지 확인합니다. r = s = 0이면 버그가 있는 코드는 무한원점을 계산한 뒤 0과 0을 비교했고, 어떤 메시지와 어떤 키에 대해서도 참이 되었습니다.',
    'lab.psychic-signature.defence':
      '올바른 ECDSA 구현은 [1, n−1] 범위를 벗어난 r이나 s를 거부합니다(FIPS 186). 관리되는 라이브러리를 쓰고 꾸준히 업데이트하세요. 엄격한 검증기(WebCrypto)의 결과: "signature-invalid".',

    'lab.body.unauthorized': '서버가 토큰을 받아들이지 않았습니다.',
    'lab.sources': '출처',
    'lab.response.cleared':
      '서버 설정이 바뀌었습니다. 이 서버가 어떻게 응답하는지 보려면 다시 보내세요.',
    'lab.response.raw': '전송되는 그대로의 응답 (상태 줄, 헤더 필드, 본문)',
    'lab.careless.alg-blocked': '서버의 필터가 "alg": "{alg}"를 거부합니다.',
    'lab.res.attacker-cert':
      '같은 키로 만든 내 자체 서명 인증서: https://attacker.example/cert.pem 에 올려 둠',
    'lab.res.server-p256': '서버의 P-256 공개 키 (JWK, 다른 키들과 함께 공개됨)',
    'lab.unverified-signature.sources':
      'RFC 8725 §3.3: 모든 암호 연산을 검증하고, 하나라도 실패하면 JWT를 거부해야 합니다. RFC 7519 §7.2: JWT 검증 절차에는 서명 검증이 들어 있습니다. CVE-2019-13483: 서명을 확인하지 않고 JWT를 읽던 SharePoint 로그인 라이브러리.',
    'lab.alg-none.sources':
      'RFC 8725 §3.1: 받아들일 알고리즘은 애플리케이션이 정하고, 키 하나는 정확히 한 알고리즘에만 씁니다. RFC 8725 §3.2: 보호되지 않은 JWT("none")는 다른 수단으로 보호될 때만 씁니다. RFC 7515 §4.1.1: "alg" 값은 대소문자를 구분합니다. RFC 7518 §3.6이 "none"을 정의합니다. CVE-2015-2951, CVE-2022-23540: "none"을 통과시킨 라이브러리.',
    'lab.weak-secret.sources':
      'RFC 8725 §2.2: 사람이 정한 비밀번호를 HMAC 키로 쓰면 토큰 하나로 오프라인에서 추측할 수 있습니다. §3.5: 키는 엔트로피가 충분해야 합니다. RFC 7518 §3.2: HS256 키는 256비트 이상이어야 합니다.',
    'lab.alg-confusion.sources':
      'RFC 8725 §2.1이 이 혼동을 설명합니다. §3.1: 키 하나는 정확히 한 알고리즘에만 쓰고, 알고리즘은 토큰에서 가져오지 않고 애플리케이션이 기대하는 것과 대조합니다. CVE-2015-9235(jsonwebtoken), CVE-2016-10555(jwt-simple), CVE-2017-11424, CVE-2022-29217(PyJWT).',
    'lab.jwk-header.sources':
      'RFC 7515 §4.1.3이 "jwk" 헤더 파라미터를 정의합니다. RFC 7515 §10.3(키 출처 인증): 받는 쪽이 키가 어디서 왔는지 모르면 누가 서명했는지도 알 수 없습니다. CVE-2018-0114: node-jose가 토큰의 "jwk" 헤더에 든 키로 그 토큰을 검증했습니다.',
    'lab.jku-header.sources':
      'RFC 8725 §3.10: "jku"나 "x5u" URL을 그대로 따라가면 서버 측 요청 위조(SSRF)가 생길 수 있으니 허용 목록과 대조해야 합니다. RFC 8725 §2.9는 이런 서버 간접 공격을 설명합니다. RFC 7515 §4.1.2, §4.1.5가 "jku"와 "x5u"를 정의하고, RFC 5280 §6은 이 서버가 건너뛴 인증서 경로 검증을 설명합니다.',
    'lab.kid-path-traversal.sources':
      'RFC 8725 §3.10: 받은 "kid"는 키를 찾는 데 쓰기 전에 검증하거나 정제해야 합니다(SQL·LDAP 인젝션을 예로 들지만, 파일 경로도 같은 실수입니다). RFC 7515 §4.1.4: "kid"는 보내는 사람이 정하는 아무 문자열입니다. RFC 2104 §2: 블록보다 짧은 키는 0으로 채웁니다.',
    'lab.kid-sql-injection.sources':
      'RFC 8725 §3.10: "kid"는 키 조회에 쓰이므로, 검증하거나 정제해서 SQL·LDAP 인젝션이 생기지 않게 해야 합니다. RFC 7515 §4.1.4: "kid"는 보내는 사람이 정하는 아무 문자열입니다.',
    'lab.missing-claims.sources':
      'RFC 8725 §2.7(대체 공격)과 §2.8(JWT 간 혼동): 한 수신자를 위해 만든 토큰을 다른 곳에서 씁니다. RFC 8725 §3.9: "aud"를 확인합니다. §3.8: "iss"를 확인합니다. RFC 7519 §4.1.3: "aud"에 이름이 없는 수신자는 토큰을 거부해야 합니다. §4.1.4: "exp"가 있으면 아직 지나지 않아야 하지만, "exp" 자체는 선택 사항입니다. CVE-2020-26160: jwt-go가 일부 토큰 형태에서 "aud" 검사를 건너뛰었습니다.',
    'lab.psychic-signature.sources':
      'RFC 8725 §3.3: 모든 암호 연산을 검증해야 합니다. FIPS 186-5의 ECDSA 서명 검증: [1, n−1] 범위를 벗어난 r이나 s는 거부합니다. CVE-2022-21449: Java 15~18이 이 검사를 건너뛰었습니다.',
    'lab.empty-secret.title': '비어 있는 HMAC 비밀 키',
    'lab.empty-secret.careless': 'secret = process.env.JWT_SECRET ?? "" (설정된 적 없음)',
    'lab.empty-secret.goal': '이 서버가 실제로 쓰는 키로 서명해서 관리자 페이지를 열어 보세요.',
    'lab.empty-secret.story':
      '서버는 HMAC 비밀 키를 환경 변수에서 읽는데, 이 머신에서는 아무도 그 변수를 설정하지 않았습니다. 그래서 빈 문자열을 대신 쓰고, 그 키로 서명하고 검증합니다. 내 토큰도 그렇게 발급되었습니다.',
    'lab.empty-secret.hint1':
      '변수가 설정되지 않았다면 비밀 키는 무엇일까요? 나도 그 키로 서명할 수 있을까요?',
    'lab.empty-secret.hint2':
      '비밀 키는 비어 있습니다. WebCrypto와 놀이터는 빈 키를 거부하지만, HMAC은 모든 키를 블록 크기까지 0 바이트로 채우므로(RFC 2104 §2) 0x00 한 바이트가 같은 키입니다.',
    'lab.empty-secret.hint3':
      '키 입력란에 00을 넣고 키 형식을 hex로 고르세요. 서명 모드로 바꾸고 "role"을 "admin"으로 바꾼 다음 보내세요.',
    'lab.empty-secret.why':
      '빈 키는 누구나 아는 키입니다. 라이브러리는 빈 키로 서명하기를 거부하지 않았고, 서버는 키 없이 시작하기를 거부하지 않았습니다. 그래서 이 서버가 발급한 모든 토큰을 위조할 수 있습니다.',
    'lab.empty-secret.defence':
      '256비트 이상의 무작위 키가 설정되지 않았으면 서버가 시작하지 않게 하고, 라이브러리도 짧은 키를 거부하게 하세요. 안전한 서버에는 그런 키가 있으므로 위조 토큰은 "signature-invalid"로 거부됩니다.',
    'lab.empty-secret.sources':
      'RFC 7518 §3.2: HS256 키는 256비트 이상이어야 하는데 빈 키는 0비트입니다. RFC 8725 §3.5: 키는 엔트로피가 충분해야 합니다. RFC 2104 §2: 짧은 키는 0으로 채우므로 빈 키와 0x00은 같은 키입니다. CVE-2019-20933: InfluxDB가 빈 공유 비밀 키로 서명한 토큰을 받아들였습니다.',
    'lab.signature-stripping.title': '서명 떼어 내기: 보낸 만큼만 비교하는 MAC',
    'lab.signature-stripping.careless': '토큰이 보낸 서명 바이트만큼만 비교함',
    'lab.signature-stripping.goal': '서명이 아예 없는 토큰으로 관리자 페이지를 열어 보세요.',
    'lab.signature-stripping.story':
      '서버는 header.payload의 HMAC을 계산해서 토큰의 서명과 한 바이트씩 비교합니다. 그런데 반복문은 토큰이 보낸 바이트 수만큼만 돕니다.',
    'lab.signature-stripping.hint1': '서명 부분이 비어 있으면 그 반복문은 몇 번 돌까요?',
    'lab.signature-stripping.hint2':
      '"role"을 "admin"으로 바꾼 다음, 토큰의 마지막 점 뒤를 모두 지우세요. 점은 남겨 둡니다. "alg"는 "HS256" 그대로입니다.',
    'lab.signature-stripping.hint3':
      '토큰이 "."으로 끝나고 그 뒤에 아무것도 없습니다. 보낸 다음 서버 로그를 열어 보세요. 반복문이 0번 돌았습니다.',
    'lab.signature-stripping.why':
      '0바이트를 비교하면 어긋나는 바이트도 0개입니다. 검증기는 MAC의 전체 길이를 요구해야 하고, 더 좋게는 암호 라이브러리가 검증하게 해야 합니다.',
    'lab.signature-stripping.defence':
      '라이브러리로 검증하거나(crypto.subtle.verify), 기대한 전체 길이를 상수 시간에 비교하세요. 엄격한 검증기는 서명을 떼어 낸 토큰을 "signature-invalid"로 거부하고, 놀이터도 "signature-empty"를 보여 줍니다.',
    'lab.signature-stripping.sources':
      'RFC 8725 §3.3: 모든 암호 연산을 검증해야 합니다. RFC 7515 §5.2: 서명이 검증되지 않으면 JWS를 거부해야 합니다. CVE-2020-28042: ServiceStack이 토큰이 보낸 바이트 수만큼만 비교했습니다.',

    'crack.list.active.builtin': '기본 목록을 쓰는 중입니다: 후보 {count}개.',
    'crack.list.active.own': '내 목록을 쓰는 중입니다: 후보 {count}개.',
    'crack.list.builtinUse': '기본 목록으로 돌아가기',
    'crack.list.show': '기본 목록 보기',
    'crack.list.builtin':
      '후보 {count}개. 이 페이지에서 흔한 단어와 비밀번호 {words}개로 만듭니다. 크래킹 규칙 파일처럼 각 단어를 그대로, 첫 글자만 대문자로, 모두 대문자로, 리트 표기로, "!"를 붙여서, 0~99 숫자를 붙여서, 1990~2026 연도를 붙여서, 그 밖의 몇 가지 끝말을 붙여서 시도합니다.',
    'crack.list.words': '기본 단어 {words}개:',
    'crack.list.preview': '시도하는 순서대로 처음 {shown}개 후보:',
    'crack.list.ownTitle': '내 목록 쓰기',
    'crack.list.own': '내 후보 (한 줄에 하나씩)',
    'crack.list.file':
      '또는 이 컴퓨터의 텍스트 파일 불러오기 (이 페이지 안에서만 읽고, 어디에도 올리지 않습니다):',
    'crack.list.use': '이 목록 쓰기 (후보 {count}개)',
    'crack.list.tooBig': '파일이 {mb}MB보다 큽니다. 더 작은 목록을 쓰세요.',
    'crack.list.empty': '목록에 후보가 없습니다. 한 줄 이상 쓰거나 불러오세요.',
    'crack.raw.measuring': '비교를 위해 이 페이지에서 WebCrypto 자체 속도를 재는 중…',
    'crack.raw':
      '이 페이지의 WebCrypto HMAC-SHA256 자체 속도 (스레드 하나, 미리 가져온 키 하나, 비교 없음): 초당 서명 {rate}개.',
    'crack.raw.ratio': '공격은 그 속도의 {ratio}배로 돌았습니다.',
  },
});
