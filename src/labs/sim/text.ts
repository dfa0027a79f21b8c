/**
 * The scenarios' texts: explanations of every step, intros and questions. They load with the
 * simulations page, not with the playground, so they stay out of the first download. Only strings
 * here; useSimText.ts reads them.
 */
import { defineStrings } from '../../i18n/strings/define';

export const simTexts = defineStrings({
  en: {
    'sim.session-login.title': 'Cookie session login',
    'sim.session-login.summary':
      'Set-Cookie hands the browser a session id; the server looks it up on every request.',
    'sim.session-login.intro':
      'HTTP is stateless: each request arrives on its own and the server does not remember the one before. A session adds memory back: at login the server creates a record in its session store and gives the browser only a random id, in a cookie. The browser sends the cookie with every request, and the server looks the id up.',
    'sim.session-login.anonymous':
      'The browser asks for /profile without any cookie. HTTP is stateless: {server} has no idea who is asking, so it answers {status}. Every 401 must carry a WWW-Authenticate challenge (RFC 9110 §11.6.1). No scheme is registered for a cookie login, so the server names one, “Cookie”, with its login form and cookie name. Browsers act only on schemes they implement (Basic, Digest…): for this one they show no password dialog and hand the 401 to the page, which shows its own login form.',
    'sim.session-login.login':
      'The browser posts a user name and password. {server} checks them, creates a session in its memory and answers with Set-Cookie: a random session id, HttpOnly (page scripts cannot read it), Max-Age 1800\u00a0s. The browser keeps it in its cookie jar.',
    'sim.session-login.profile':
      'The browser attaches “Cookie: sid=…” by itself. {server} looks the id up in its session store ({lookups} lookup) and finds alice: {status}.',
    'sim.session-login.again':
      'Every request repeats the lookup: the cookie is only a key, the state lives on the server. This request was {bytes} bytes.',
    'sim.session-login.growth':
      'Every signed-in user costs the store memory. Measured by filling a real store: {users} users hold {size} of session data, before any runtime overhead. See the chart.',
    'sim.session-login.question': 'What does the session cookie carry?',
    'sim.session-login.q.a': 'Only a random id; the user’s data stays in the server’s store',
    'sim.session-login.q.b': 'The user name and role, signed by the server',
    'sim.session-login.q.c': 'The password, so the server can check it on each request',
    'sim.session-login.q.why':
      'The cookie is a key to a record on the server. That is why the server has to keep the record, look it up on every request, and why losing the store logs everyone out.',

    'sim.scale-out.title': 'Scale out to three servers',
    'sim.scale-out.summary':
      'Round robin sends the next request elsewhere and the session is lost; sticky sessions or a shared store fix it, at a cost.',
    'sim.scale-out.intro':
      'One server is no longer enough, so a load balancer spreads the requests over three. With round robin each request goes to the next server in turn. But each server keeps its sessions in its own memory…',
    'sim.scale-out.three':
      'The set-up grows to {servers} servers behind a round-robin load balancer. Each server keeps sessions in its own memory.',
    'sim.scale-out.login':
      'The login lands on {server}, which stores the session in its own memory and sets the cookie.',
    'sim.scale-out.lost':
      'The next request goes to {server} (round robin). The browser sends the same cookie, but {server} has never seen this id: {status}. To alice it looks as if she was logged out.',
    'sim.scale-out.sticky':
      'Fix 1: sticky sessions. The load balancer pins each browser to one server with a cookie of its own (lb=…).',
    'sim.scale-out.sticky-login':
      'The login lands on {server}; the load balancer adds “Set-Cookie: lb={server}” to the response.',
    'sim.scale-out.sticky-profile':
      'The lb cookie sends this request back to {server}, which knows the session: {status}.',
    'sim.scale-out.sticky-again':
      '{server} again: {status}. The cost: the load is no longer spread evenly, and if {server} goes down, its users lose their sessions.',
    'sim.scale-out.shared':
      'Fix 2: a shared session store (Redis or a database) that every server reads. The load balancer goes back to round robin.',
    'sim.scale-out.shared-login': 'The login on {server} writes the session into the shared store.',
    'sim.scale-out.shared-profile':
      '{server} has never seen this browser, but finds the id in the shared store ({lookups} lookup over the network): {status}.',
    'sim.scale-out.shared-again':
      '{server} does the same: {status}. The cost: a store round trip on every request, and one more system to run and keep available.',
    'sim.scale-out.growth':
      'And the shared store holds every signed-in user’s session: {users} users take {size} of session data.',
    'sim.scale-out.question': 'Why did the second request fail with three servers?',
    'sim.scale-out.q.a': 'The browser did not send the cookie',
    'sim.scale-out.q.b': 'The session lived only in the memory of the server that created it',
    'sim.scale-out.q.c': 'The session had expired',
    'sim.scale-out.q.why':
      'The browser sent the cookie every time; the id just meant nothing to the other servers. State kept on one server ties the user to that server, unless the state moves to a shared store or into a signed token.',

    'sim.restart.title': 'Server restart',
    'sim.restart.summary': 'Sessions kept in memory vanish on a restart; JWTs survive it.',
    'sim.restart.intro':
      'Servers restart all the time: deployments, crashes, autoscaling. Whatever a process held in memory is gone. What happens to the users who were logged in?',
    'sim.restart.login': 'Alice logs in; {server} keeps her session in memory and sets the cookie.',
    'sim.restart.profile': '/profile works: one lookup, {status}.',
    'sim.restart.restart':
      '{server} restarts (a deployment, say). Its memory, sessions included, is gone.',
    'sim.restart.lost':
      'The browser still sends its cookie, but the id is unknown now: {status}. Every user has to log in again.',
    'sim.restart.jwt':
      'The same server, now issuing JWTs instead of sessions. It keeps nothing per user, only the signing key in its configuration.',
    'sim.restart.jwt-login':
      'The login returns a signed token; the page’s script keeps it in localStorage.',
    'sim.restart.jwt-profile':
      'The page sends “Authorization: Bearer …”; {server} checks the signature: {status}.',
    'sim.restart.jwt-restart':
      '{server} restarts again. Its configuration comes back, key included; there was no per-user state to lose.',
    'sim.restart.jwt-survives':
      'The same token still verifies: {status}. The state was in the token, not in the server.',
    'sim.restart.question': 'After the restart, why does the JWT still work?',
    'sim.restart.q.a': 'The server saved the token to disk before restarting',
    'sim.restart.q.b':
      'The server needs only its key to check the signature; nothing per user was in its memory',
    'sim.restart.q.c': 'The browser logged in again without telling anyone',
    'sim.restart.q.why':
      'Verifying a JWT needs the key and the token, nothing else. The key is configuration, so it survives a restart; sessions are data in memory, so they do not (unless they live in an outside store).',

    'sim.jwt-login.title': 'JWT login across servers',
    'sim.jwt-login.summary':
      'The token comes back in the body; any server verifies it with the shared key, without a lookup.',
    'sim.jwt-login.intro':
      'A JWT moves the state into the token: the server writes alice’s name and role into the payload and signs it. Any server holding the key can check the signature and trust the claims, with no store to ask.',
    'sim.jwt-login.login':
      'The login on {server} returns the token in the response body (no Set-Cookie). The page’s script keeps it in localStorage.',
    'sim.jwt-login.profile':
      'The script attaches “Authorization: Bearer …”. {server}, a different server, verifies the HS256 signature with the shared key ({checks} signature check, {lookups} store lookups): {status}.',
    'sim.jwt-login.again':
      '{server}: the same check, {status}. No server needs to have seen alice before.',
    'sim.jwt-login.third':
      '{server}: {status}. The cost moved onto the wire: this request is {bytes} bytes, because the token rides along every time.',
    'sim.jwt-login.growth':
      'The servers hold nothing per user: with {users} users signed in they keep 0 bytes, where sessions would need {size}.',
    'sim.jwt-login.question': 'What lets app-2 trust a token that app-1 issued?',
    'sim.jwt-login.q.a': 'app-1 tells app-2 about every token it issues',
    'sim.jwt-login.q.b': 'They share the signing key, so app-2 checks the signature itself',
    'sim.jwt-login.q.c': 'The token is encrypted',
    'sim.jwt-login.q.why':
      'HS256 with a shared secret: every server holding the key can check that the header and payload were signed with that key. The payload is only base64url, readable by anyone: a JWT is signed, not encrypted.',

    'sim.logout.title': 'Logout and revocation',
    'sim.logout.summary':
      'Deleting a session takes effect at once; a JWT stays valid until exp, unless a deny list (state again) is added.',
    'sim.logout.intro':
      'Logging out should end access at once, even for a copy of the credential someone stole. With sessions the server deletes the record. With a JWT there is nothing on the server to delete…',
    'sim.logout.login': 'Alice logs in with a session: {status}.',
    'sim.logout.profile': '/profile: {status}.',
    'sim.logout.logout':
      'Alice logs out. The server deletes the session and sends Set-Cookie with Max-Age=0, so the browser drops the cookie.',
    'sim.logout.replay':
      'From their own machine, the attacker sends the copied cookie. Alice’s jar is empty now, but the copy was never hers to delete. The server’s lookup finds nothing: {status}. Revocation is immediate, because the state is on the server.',
    'sim.logout.jwt': 'Now the same with JWTs, and no store.',
    'sim.logout.jwt-login': 'Alice logs in and gets a token valid for 15 minutes.',
    'sim.logout.jwt-profile': '/profile with the token: {status}.',
    'sim.logout.jwt-logout':
      'Alice logs out: the page deletes the token from localStorage. The server has nothing to delete: {status}.',
    'sim.logout.jwt-replay':
      'The attacker sends the copied token from their machine, and it still works: {status}. Its signature is valid and exp has not come; no server remembers the logout.',
    'sim.logout.wait': '{minutes} minutes pass.',
    'sim.logout.jwt-expired':
      'Now exp has passed and the attacker’s copy is refused: {status}. Without anything more, expiry is the only way a JWT ends; a short exp limits the damage.',
    'sim.logout.deny':
      'Add a deny list: logout writes the token’s jti into a shared store, and every request checks that store.',
    'sim.logout.deny-login': 'Alice logs in again and gets a new token (with a new jti).',
    'sim.logout.deny-logout': 'Logout puts the jti on the deny list, until the token’s exp.',
    'sim.logout.deny-replay':
      'The attacker’s copy is refused, revoked: {status}. But look at the counters: {lookups} store lookup per request again. To revoke, we brought the state back.',
    'sim.logout.question': 'How can a JWT be made invalid before its exp?',
    'sim.logout.q.a': 'Delete it from localStorage',
    'sim.logout.q.b':
      'Keep a list of revoked tokens (their jti) that the servers check on every request',
    'sim.logout.q.c': 'Change its exp claim',
    'sim.logout.q.why':
      'Deleting the browser’s copy does not stop other copies, and the token cannot be changed without breaking its signature. Only state on the server (a deny list, or a new key for everyone) revokes it, which is the very cost JWTs were meant to avoid; so keep exp short.',

    'sim.authn-authz.title': 'Authentication vs authorization',
    'sim.authn-authz.summary':
      '401 when the server cannot tell who you are, 403 when it knows and says no. Then forge the role claim.',
    'sim.authn-authz.intro':
      'Authentication asks who you are; authorization asks what you may do. /profile needs a valid token (401 Unauthorized otherwise); /admin also needs the role admin (403 Forbidden for a plain user). The role is a claim in the payload: can alice simply change it? (Scenario 7 shows the same two answers with a session cookie.)',
    'sim.authn-authz.anonymous':
      'No token: the server cannot tell who is asking. {status} Unauthorized, with “WWW-Authenticate: Bearer”: please authenticate.',
    'sim.authn-authz.login':
      'Alice logs in and receives a token whose payload says "role": "user".',
    'sim.authn-authz.profile':
      '/profile only needs to know who she is: the signature checks out, {status}.',
    'sim.authn-authz.admin':
      '/admin also needs the role admin. The server knows this is alice (authenticated), but she may not enter (not authorized): {status} Forbidden.',
    'sim.authn-authz.edited':
      'The payload was changed but the old signature kept: the signature no longer matches, {status}. Authentication failed before the role was even read.',
    'sim.authn-authz.leak':
      'A leak: the servers’ signing secret was committed to a public repository. Anyone can read it now: {secret}',
    'sim.authn-authz.resigned':
      'The edited payload, signed with the leaked secret: the signature is valid, and the server believes the role in it: {status}.',
    'sim.authn-authz.resigned-profile':
      '/profile confirms it: {status}, and the server now believes what the forged payload says. Whoever holds the secret can mint any claim.',
    'sim.authn-authz.malformed':
      'The server could not read this token (its JSON or its claims are broken): {status}.',
    'sim.authn-authz.question': 'Why must the HS256 secret stay secret?',
    'sim.authn-authz.q.a': 'Because it decrypts the payload',
    'sim.authn-authz.q.b':
      'Because whoever has it can sign any claims, and the servers will accept them',
    'sim.authn-authz.q.c': 'Because the token’s exp is computed from it',
    'sim.authn-authz.q.why':
      'The payload is readable by anyone; the signature is what makes it trustworthy. With HS256 the same secret signs and verifies, so whoever can verify can also forge. Keep it long, random and out of the code, replace it when it leaks, or use RS256/ES256 so that verifiers hold only a public key.',
    'sim.logout.steal':
      'An attacker copies her session cookie (malware on her laptop, say, or a shared computer). The attacker box now holds the same id as alice’s jar.',
    'sim.logout.jwt-steal': 'The attacker copies the token from her localStorage.',
    'sim.logout.deny-steal': 'The attacker copies this token too.',
    'sim.authn-authz-cookie.title': '401 vs 403 with a cookie session',
    'sim.authn-authz-cookie.summary':
      'The same two answers as the Bearer version, with a session cookie, and the challenge a cookie login sends.',
    'sim.authn-authz-cookie.intro':
      'Scenario 6 showed 401 and 403 with a Bearer token. Most web sites log in with a form and a session cookie instead. The rules stay the same: 401 when the server cannot tell who you are, always with a WWW-Authenticate challenge (RFC 9110 §15.5.2), and 403 when it knows and says no (§15.5.4). Only the challenge changes.',
    'sim.authn-authz-cookie.anonymous':
      'No cookie, so {server} cannot tell who is asking: {status}. The challenge reads “Cookie realm="app", form-action="/login", cookie-name="sid"”: log in with the form at /login and you get a cookie named sid. No RFC registers a Cookie scheme (the name follows an old Internet-Draft), so browsers ignore it: no dialog, the 401 goes to the page. It is still required (RFC 9110 §11.6.1), and it tells a developer or a tool how to authenticate.',
    'sim.authn-authz-cookie.bad-login':
      'A wrong password: the server still cannot tell who this is, so {status} again, with the same challenge, and no cookie.',
    'sim.authn-authz-cookie.login':
      'The right password: a session in the store and “Set-Cookie: sid=…; HttpOnly; Secure; SameSite=Lax”: {status}.',
    'sim.authn-authz-cookie.profile':
      'The browser attaches the cookie; the lookup finds alice: {status}.',
    'sim.authn-authz-cookie.admin':
      '/admin needs the role admin, and the session says alice is a user. The server knows who she is and says no: {status} Forbidden. No challenge this time: logging in again would not change the answer.',
    'sim.authn-authz-cookie.edited':
      'Alice opens DevTools and changes one letter of her session id, as she changed the role in scenario 6. But the cookie holds no role, only a key, and the changed key opens nothing: {status}. With sessions the role lives on the server, out of her reach.',
    'sim.authn-authz-cookie.admin-login':
      'In another browser carol, an admin, logs in and gets a session of her own: {status}.',
    'sim.authn-authz-cookie.admin-ok':
      'Her session says admin, so /admin answers {status}. Same route, same kind of cookie: the record on the server decides.',
    'sim.authn-authz-cookie.question':
      'Alice is logged in and /admin answers 403. What can she do to get in?',
    'sim.authn-authz-cookie.q.a':
      'Nothing: she is authenticated but not allowed; only an admin account gets in',
    'sim.authn-authz-cookie.q.b': 'Log in again: a fresh session cookie will get her in',
    'sim.authn-authz-cookie.q.c': 'Edit her cookie so that it says role=admin',
    'sim.authn-authz-cookie.q.why':
      '403 means the server knows who you are and refuses. A new login brings the same identity and the same answer, which is why a 403 carries no challenge. And a session cookie holds only an id: the role is in the server’s record, where the user cannot edit it.',
    'sim.refresh-rotation.title': 'Refresh-token rotation and reuse detection',
    'sim.refresh-rotation.summary':
      'Short access tokens, refresh tokens that work once, and a stolen one replayed: the server revokes the whole family (RFC 9700 §4.14).',
    'sim.refresh-rotation.intro':
      'A short exp limits what a stolen access token is worth, but nobody wants to log in every 5 minutes. So the login also returns a refresh token: an opaque random string that the server records. When the access token expires, the page trades the refresh token for a new pair at POST /token (RFC 6749 §6). With rotation each refresh token works once; the server keeps the used ones, and when one comes back it knows two parties hold it (RFC 9700 §4.14.2).',
    'sim.refresh-rotation.login':
      'Alice logs in: an access token valid for 5 minutes (expires_in 300) and a refresh token, both in the body, with “Cache-Control: no-store” so that no cache keeps them (RFC 6749 §5.1). The server records the refresh token and its family: the chain of tokens that starts with this login.',
    'sim.refresh-rotation.profile':
      'The access token is a JWT: {server} checks its signature without a store lookup: {status}.',
    'sim.refresh-rotation.wait': '{minutes} minutes pass.',
    'sim.refresh-rotation.expired':
      'The access token has expired: {status}, with error="invalid_token" in the challenge. Nothing is wrong; the page knows what to do next.',
    'sim.refresh-rotation.refresh':
      'The page sends its refresh token to POST /token (grant_type=refresh_token). The server finds it unused, marks it used, and answers with a new access token and a new refresh token: {status}. That is rotation.',
    'sim.refresh-rotation.profile-again': 'The new access token works: {status}.',
    'sim.refresh-rotation.steal':
      'An attacker copies the current refresh token (an injected script, a leaked log, a synced backup). It is worth more than an access token: it makes new ones for 14 days.',
    'sim.refresh-rotation.wait-again':
      '{minutes} more minutes. Alice’s access token has expired again, but her page has not refreshed yet.',
    'sim.refresh-rotation.thief-refresh':
      'The attacker comes first. Their refresh token is unused, so the server rotates it for them: {status}. The attacker now holds a fresh access token and the next refresh token; the server cannot tell them from alice.',
    'sim.refresh-rotation.thief-profile': 'The attacker reads alice’s profile: {status}.',
    'sim.refresh-rotation.reuse':
      'Alice’s page refreshes with the token it holds: the one the attacker already used. A used token coming back means two parties hold it, and the server cannot tell which one is the thief, so it revokes the whole family: {status}, invalid_grant. The page forgets its tokens; alice has to log in again.',
    'sim.refresh-rotation.thief-refresh-again':
      'The attacker tries the refresh token they got a moment ago: its family is revoked, {status}.',
    'sim.refresh-rotation.thief-still':
      'But the attacker’s access token is a JWT: the server checks its signature, not the family, so it works until exp: {status}. This is why access tokens stay short.',
    'sim.refresh-rotation.wait-end':
      'Another {minutes} minutes pass, and the attacker’s access token reaches its exp.',
    'sim.refresh-rotation.thief-expired':
      'The attacker’s access token has expired, and nothing can renew it: {status}. The theft bought at most one access-token lifetime.',
    'sim.refresh-rotation.login-again':
      'Alice logs in again and starts a new family: {status}. The store keeps used tokens until they expire so that it can recognise them; that is the state this protection costs.',
    'sim.refresh-rotation.question':
      'A refresh token that was already used comes back. What does the server do?',
    'sim.refresh-rotation.q.a': 'Accept it, since it has not expired yet',
    'sim.refresh-rotation.q.b': 'Refuse only that token; the newest one stays valid',
    'sim.refresh-rotation.q.c':
      'Revoke every token of that login (the family), because it cannot tell which party is the thief',
    'sim.refresh-rotation.q.why':
      'Two parties hold the same token, and the server cannot tell whether the thief used it first or second. Revoking the family ends the attacker’s chain, at the price of one extra login for the user. Access tokens already issued live on until exp, so keep them short. RFC 9700 §4.14 also allows refresh tokens bound to the client (DPoP, mutual TLS) instead.',
    'sim.token-storage.title': 'Where to keep a token, under attack',
    'sim.token-storage.summary':
      'The same JWT in localStorage with a Bearer header, then in an HttpOnly; Secure; SameSite cookie, against an XSS and a CSRF attacker; and the 4\u00a0KB cookie limit.',
    'sim.token-storage.intro':
      'Two attackers work from evil.example. The XSS attacker got a script into a page of app.example (an unescaped comment, say) and runs code there, on the same site. The CSRF attacker has only their own site: a page there makes alice’s browser send requests to app.example. First the token lives in localStorage and travels as “Authorization: Bearer”; then it lives in an HttpOnly cookie.',
    'sim.token-storage.login':
      'Round 1. Alice logs in; the token comes back in the body and the page’s script keeps it in localStorage: {status}.',
    'sim.token-storage.profile': 'The script attaches “Authorization: Bearer …”: {status}.',
    'sim.token-storage.xss-read':
      'The injected script runs in app.example’s page, so it reads localStorage just like the app’s own script, and sends the token to evil.example. The attacker holds it now.',
    'sim.token-storage.thief':
      'From their own machine, the attacker uses the token: {status}. A bearer token works for whoever holds it, until exp.',
    'sim.token-storage.csrf-bearer':
      'Alice visits evil.example, where a hidden form posts to app.example/settings. The browser never adds Authorization by itself, and evil.example cannot read app.example’s localStorage: the request carries no credential, {status}. A Bearer header is immune to CSRF.',
    'sim.token-storage.cookie':
      'Round 2, in a fresh browser. The server now sets the token as a cookie, “__Host-token”, HttpOnly, Secure, SameSite=Lax. The __Host- prefix makes the browser insist on Secure, Path=/ and no Domain (RFC 6265bis §4.1.3.2).',
    'sim.token-storage.cookie-login':
      'The login answers with Set-Cookie, and the body holds no token: {status}. The page’s script never sees the token.',
    'sim.token-storage.cookie-profile': 'The browser attaches the cookie by itself: {status}.',
    'sim.token-storage.xss-cookie':
      'The XSS attacker reads document.cookie and gets an empty string: HttpOnly hides the cookie from scripts. Nothing to steal.',
    'sim.token-storage.xss-ride':
      'But the script does not need the token. It makes alice’s own browser send a request from app.example itself: a same-site request, so the cookie goes along and {server} obeys: {status}. HttpOnly stops theft, not use, and SameSite does nothing against a script on the same site. Only preventing XSS (escaping output, a Content-Security-Policy) stops this.',
    'sim.token-storage.csrf-post':
      'The hidden form on evil.example posts again. A cross-site POST: SameSite=Lax keeps the cookie off it, no Cookie header, {status}. (The Origin header also tells the server where the form came from; checking it is a second line of defence.)',
    'sim.token-storage.csrf-link':
      'A link on evil.example to app.example/profile: a top-level GET navigation. Lax lets the cookie go with it, so alice arrives logged in: {status}. The attacker cannot read the page, but a GET that changed something would have been done: keep GETs free of side effects.',
    'sim.token-storage.strict': 'The server switches its cookie to SameSite=Strict.',
    'sim.token-storage.strict-login': 'Alice logs in again and gets a Strict cookie: {status}.',
    'sim.token-storage.strict-link':
      'The same link on evil.example. A Strict cookie never goes with a request started by another site, not even a link, so alice arrives looking logged out: {status}. Safer, but every link to the app from mail or another site lands logged out.',
    'sim.token-storage.logout':
      'Alice logs out: Set-Cookie with Max-Age=0 deletes the cookie, {status}.',
    'sim.token-storage.big-login':
      'bob logs in. His token carries his 150 directory groups, and the cookie’s name and value come to {cookie} bytes. A browser ignores a cookie over 4096 bytes entirely (RFC 6265bis §5.6): the response says 200, yet the jar stays empty.',
    'sim.token-storage.big-profile':
      'So the next request carries no cookie: {status}, and nothing warned anyone. A token in a cookie must stay small; a session id always does.',
    'sim.token-storage.question':
      'The token sits in an HttpOnly; Secure; SameSite=Lax cookie. Which attack still works?',
    'sim.token-storage.q.a': 'An XSS script reading the token through document.cookie',
    'sim.token-storage.q.b':
      'An XSS script sending requests from the app’s own page, the cookie attached',
    'sim.token-storage.q.c':
      'A hidden form on another site posting to the app, the cookie attached',
    'sim.token-storage.q.why':
      'HttpOnly hides the token from scripts, so XSS cannot carry it away, but it can still use it from inside the page. SameSite=Lax keeps the cookie off cross-site POSTs and subrequests (it still goes with a top-level GET link; Strict never goes cross-site), and neither setting matters for a request from the same site. In localStorage the token is safe from CSRF, but any XSS can steal it. Either way, preventing XSS comes first.',
    'sim.token-storage.csrf-img':
      'An image on evil.example points at app.example/profile: a cross-site subrequest, not a navigation. Lax keeps the cookie off it as well: {status}. (Even with a cookie, the attacker’s page could not read the answer.)',
  },
  ko: {
    'sim.session-login.title': '쿠키 세션으로 로그인',
    'sim.session-login.summary':
      'Set-Cookie로 브라우저에 세션 ID를 주고, 서버는 요청이 올 때마다 그 ID를 조회합니다.',
    'sim.session-login.intro':
      'HTTP는 무상태(stateless) 프로토콜입니다. 요청은 하나하나 따로 도착하고, 서버는 앞선 요청을 기억하지 않습니다. 세션은 이 기억을 되살리는 방법입니다. 로그인하면 서버는 세션 저장소에 기록을 만들고, 브라우저에는 무작위 ID 하나만 쿠키로 건넵니다. 브라우저는 요청마다 쿠키를 보내고, 서버는 그 ID로 기록을 찾습니다.',
    'sim.session-login.anonymous':
      '브라우저가 쿠키 없이 /profile을 요청합니다. HTTP는 무상태이므로 {server}는 누가 요청했는지 알 수 없고, {status}로 답합니다. 401 응답에는 반드시 WWW-Authenticate 챌린지가 있어야 합니다(RFC 9110 §11.6.1). 쿠키 로그인에는 등록된 인증 방식이 없어서, 서버는 “Cookie”라는 방식을 로그인 폼 주소와 쿠키 이름과 함께 적습니다. 브라우저는 자신이 구현한 방식(Basic, Digest 등)에만 반응하므로, 이 방식에는 비밀번호 창을 띄우지 않고 401을 페이지에 넘깁니다. 그러면 페이지가 직접 로그인 폼을 보여 줍니다.',
    'sim.session-login.login':
      '브라우저가 아이디와 비밀번호를 보냅니다. {server}는 이를 확인한 뒤 메모리에 세션을 만들고 Set-Cookie로 답합니다. 값은 무작위 세션 ID이고, HttpOnly(페이지 스크립트가 읽을 수 없음), Max-Age 1800초가 붙어 있습니다. 브라우저는 이 쿠키를 쿠키 저장소에 보관합니다.',
    'sim.session-login.profile':
      '브라우저가 “Cookie: sid=…”를 알아서 붙입니다. {server}는 세션 저장소에서 ID를 조회하고({lookups}회) alice를 찾아냅니다: {status}.',
    'sim.session-login.again':
      '요청마다 조회가 반복됩니다. 쿠키는 열쇠일 뿐이고 상태는 서버에 있기 때문입니다. 이번 요청의 크기는 {bytes}바이트입니다.',
    'sim.session-login.growth':
      '로그인한 사용자마다 저장소 메모리가 듭니다. 실제 저장소를 채워 재 보면, 사용자 {users}명의 세션 데이터만 {size}입니다(런타임 오버헤드 제외). 아래 그래프를 보세요.',
    'sim.session-login.question': '세션 쿠키에는 무엇이 들어 있을까요?',
    'sim.session-login.q.a': '무작위 ID뿐이고, 사용자 정보는 서버의 저장소에 있다',
    'sim.session-login.q.b': '서버가 서명한 사용자 이름과 역할',
    'sim.session-login.q.c': '서버가 요청마다 확인할 수 있도록 비밀번호',
    'sim.session-login.q.why':
      '쿠키는 서버에 있는 기록을 여는 열쇠입니다. 그래서 서버는 기록을 계속 보관하고 요청마다 조회해야 하며, 저장소를 잃으면 모든 사용자가 로그아웃됩니다.',

    'sim.scale-out.title': '서버 세 대로 확장하기',
    'sim.scale-out.summary':
      '라운드 로빈은 다음 요청을 다른 서버로 보내 세션을 잃게 만듭니다. 스티키 세션이나 공유 저장소로 해결할 수 있지만 비용이 따릅니다.',
    'sim.scale-out.intro':
      '서버 한 대로는 부족해져서 로드 밸런서가 요청을 세 대에 나눠 보냅니다. 라운드 로빈 방식에서는 요청이 차례로 다음 서버에 갑니다. 그런데 각 서버는 세션을 자기 메모리에만 보관하고 있습니다…',
    'sim.scale-out.three':
      '라운드 로빈 로드 밸런서 뒤에 서버 {servers}대가 있습니다. 서버마다 세션을 자기 메모리에 보관합니다.',
    'sim.scale-out.login':
      '로그인 요청이 {server}에 도착합니다. 이 서버는 세션을 자기 메모리에 저장하고 쿠키를 설정합니다.',
    'sim.scale-out.lost':
      '다음 요청은 라운드 로빈에 따라 {server}로 갑니다. 브라우저는 같은 쿠키를 보냈지만 {server}는 이 ID를 본 적이 없습니다: {status}. alice 입장에서는 갑자기 로그아웃된 것처럼 보입니다.',
    'sim.scale-out.sticky':
      '해결책 1: 스티키 세션. 로드 밸런서가 자신의 쿠키(lb=…)로 브라우저를 한 서버에 고정합니다.',
    'sim.scale-out.sticky-login':
      '로그인이 {server}에 도착하고, 로드 밸런서가 응답에 “Set-Cookie: lb={server}”를 덧붙입니다.',
    'sim.scale-out.sticky-profile':
      'lb 쿠키 덕분에 이번 요청도 세션을 알고 있는 {server}로 갑니다: {status}.',
    'sim.scale-out.sticky-again':
      '이번에도 {server}입니다: {status}. 대가는 부하가 고르게 나뉘지 않는다는 점, 그리고 {server}가 멈추면 그 서버의 사용자들이 세션을 잃는다는 점입니다.',
    'sim.scale-out.shared':
      '해결책 2: 모든 서버가 읽는 공유 세션 저장소(Redis나 데이터베이스). 로드 밸런서는 다시 라운드 로빈으로 돌아갑니다.',
    'sim.scale-out.shared-login': '{server}에서 로그인하면 세션이 공유 저장소에 기록됩니다.',
    'sim.scale-out.shared-profile':
      '{server}는 이 브라우저를 처음 보지만, 네트워크 너머의 공유 저장소에서 ID를 찾아냅니다(조회 {lookups}회): {status}.',
    'sim.scale-out.shared-again':
      '{server}도 마찬가지입니다: {status}. 대가는 요청마다 저장소를 한 번 왕복해야 한다는 점, 그리고 운영하고 가용성을 지켜야 할 시스템이 하나 더 생긴다는 점입니다.',
    'sim.scale-out.growth':
      '게다가 공유 저장소는 로그인한 모든 사용자의 세션을 들고 있습니다. 사용자 {users}명이면 세션 데이터만 {size}입니다.',
    'sim.scale-out.question': '서버가 세 대일 때 두 번째 요청은 왜 실패했을까요?',
    'sim.scale-out.q.a': '브라우저가 쿠키를 보내지 않았다',
    'sim.scale-out.q.b': '세션이 그것을 만든 서버의 메모리에만 있었다',
    'sim.scale-out.q.c': '세션이 만료되었다',
    'sim.scale-out.q.why':
      '브라우저는 매번 쿠키를 보냈습니다. 다만 그 ID가 다른 서버에는 아무 의미가 없었을 뿐입니다. 상태를 한 서버에 두면 사용자가 그 서버에 묶입니다. 이를 피하려면 상태를 공유 저장소로 옮기거나, 서명된 토큰 안에 담아야 합니다.',

    'sim.restart.title': '서버 재시작',
    'sim.restart.summary': '메모리에 둔 세션은 재시작하면 사라지지만, JWT는 살아남습니다.',
    'sim.restart.intro':
      '서버는 생각보다 자주 재시작됩니다. 배포, 장애, 오토스케일링 때문입니다. 프로세스가 메모리에 들고 있던 것은 모두 사라집니다. 로그인해 있던 사용자들은 어떻게 될까요?',
    'sim.restart.login': 'alice가 로그인합니다. {server}는 세션을 메모리에 두고 쿠키를 설정합니다.',
    'sim.restart.profile': '/profile이 잘 동작합니다. 조회 한 번, {status}.',
    'sim.restart.restart':
      '{server}가 (예를 들어 배포 때문에) 재시작됩니다. 세션을 포함해 메모리의 모든 것이 사라집니다.',
    'sim.restart.lost':
      '브라우저는 여전히 쿠키를 보내지만 이제 그 ID는 알 수 없는 값입니다: {status}. 모든 사용자가 다시 로그인해야 합니다.',
    'sim.restart.jwt':
      '같은 서버가 이번에는 세션 대신 JWT를 발급합니다. 사용자별로는 아무것도 보관하지 않고, 설정에 서명 키만 있습니다.',
    'sim.restart.jwt-login':
      '로그인 응답으로 서명된 토큰이 옵니다. 페이지 스크립트가 이를 localStorage에 보관합니다.',
    'sim.restart.jwt-profile':
      '페이지가 “Authorization: Bearer …”를 보내고, {server}가 서명을 검증합니다: {status}.',
    'sim.restart.jwt-restart':
      '{server}가 다시 재시작됩니다. 키를 포함한 설정은 그대로 돌아오고, 잃어버릴 사용자별 상태는 애초에 없었습니다.',
    'sim.restart.jwt-survives':
      '같은 토큰이 여전히 검증을 통과합니다: {status}. 상태는 서버가 아니라 토큰 안에 있었습니다.',
    'sim.restart.question': '재시작 뒤에도 JWT가 계속 동작하는 이유는 무엇일까요?',
    'sim.restart.q.a': '서버가 재시작 전에 토큰을 디스크에 저장해 두었다',
    'sim.restart.q.b': '서명 검증에는 키만 있으면 되고, 메모리에 사용자별 정보가 없었다',
    'sim.restart.q.c': '브라우저가 몰래 다시 로그인했다',
    'sim.restart.q.why':
      'JWT 검증에 필요한 것은 키와 토큰뿐입니다. 키는 설정이라 재시작해도 남지만, 세션은 메모리 속 데이터라서 (외부 저장소에 두지 않는 한) 사라집니다.',

    'sim.jwt-login.title': '여러 서버에서 JWT 로그인',
    'sim.jwt-login.summary':
      '토큰은 응답 본문으로 오고, 어느 서버든 공유 키로 조회 없이 검증합니다.',
    'sim.jwt-login.intro':
      'JWT는 상태를 토큰 안으로 옮깁니다. 서버는 alice의 이름과 역할을 페이로드에 적고 서명합니다. 키를 가진 서버라면 어디서든 서명을 확인하고 클레임을 믿을 수 있으니, 물어볼 저장소가 필요 없습니다.',
    'sim.jwt-login.login':
      '{server}에서 로그인하면 토큰이 응답 본문에 담겨 옵니다(Set-Cookie 없음). 페이지 스크립트가 이를 localStorage에 보관합니다.',
    'sim.jwt-login.profile':
      '스크립트가 “Authorization: Bearer …”를 붙입니다. 로그인한 적 없는 {server}가 공유 키로 HS256 서명을 검증합니다(서명 검증 {checks}회, 저장소 조회 {lookups}회): {status}.',
    'sim.jwt-login.again':
      '{server}: 같은 검증, {status}. 어느 서버도 alice를 미리 알고 있을 필요가 없습니다.',
    'sim.jwt-login.third':
      '{server}: {status}. 대신 비용이 네트워크로 옮겨 갔습니다. 토큰이 매번 함께 가기 때문에 이번 요청은 {bytes}바이트입니다.',
    'sim.jwt-login.growth':
      '서버는 사용자별로 아무것도 보관하지 않습니다. 사용자 {users}명이 로그인해도 0바이트인데, 세션이었다면 {size}가 필요했을 것입니다.',
    'sim.jwt-login.question': 'app-1이 발급한 토큰을 app-2가 믿을 수 있는 이유는 무엇일까요?',
    'sim.jwt-login.q.a': 'app-1이 발급하는 모든 토큰을 app-2에 알려 준다',
    'sim.jwt-login.q.b': '두 서버가 서명 키를 공유하므로 app-2가 직접 서명을 검증할 수 있다',
    'sim.jwt-login.q.c': '토큰이 암호화되어 있다',
    'sim.jwt-login.q.why':
      '공유 비밀 키를 쓰는 HS256에서는 키를 가진 서버라면 누구나 헤더와 페이로드가 그 키로 서명되었는지 확인할 수 있습니다. 페이로드는 base64url일 뿐이라 누구나 읽을 수 있습니다. JWT는 서명된 것이지 암호화된 것이 아닙니다.',

    'sim.logout.title': '로그아웃과 토큰 폐기',
    'sim.logout.summary':
      '세션 삭제는 즉시 효과가 있지만, JWT는 거부 목록(다시 상태!)을 두지 않는 한 exp까지 유효합니다.',
    'sim.logout.intro':
      '로그아웃하면 접근이 바로 끝나야 합니다. 누군가 몰래 복사해 간 인증 정보도 마찬가지입니다. 세션이라면 서버가 기록을 지우면 됩니다. 하지만 JWT는 서버에 지울 것이 없습니다…',
    'sim.logout.login': 'alice가 세션으로 로그인합니다: {status}.',
    'sim.logout.profile': '/profile 요청: {status}.',
    'sim.logout.logout':
      'alice가 로그아웃합니다. 서버는 세션을 지우고 Max-Age=0인 Set-Cookie를 보내, 브라우저가 쿠키를 버리게 합니다.',
    'sim.logout.replay':
      '공격자가 자기 컴퓨터에서 복사한 쿠키를 보냅니다. alice의 쿠키 저장소는 이제 비어 있지만, 복사본은 alice가 지울 수 있는 것이 아닙니다. 서버의 조회 결과는 없습니다: {status}. 상태가 서버에 있으니 폐기가 즉시 이루어집니다.',
    'sim.logout.jwt': '이번에는 저장소 없이 JWT로 해 봅니다.',
    'sim.logout.jwt-login': 'alice가 로그인해 15분 동안 유효한 토큰을 받습니다.',
    'sim.logout.jwt-profile': '토큰으로 /profile 요청: {status}.',
    'sim.logout.jwt-logout':
      'alice가 로그아웃합니다. 페이지가 localStorage에서 토큰을 지우지만, 서버에는 지울 것이 없습니다: {status}.',
    'sim.logout.jwt-replay':
      '공격자가 자기 컴퓨터에서 복사한 토큰을 보내는데, 여전히 통합니다: {status}. 서명은 유효하고 exp도 아직 지나지 않았으며, 로그아웃을 기억하는 서버는 없습니다.',
    'sim.logout.wait': '{minutes}분이 지났습니다.',
    'sim.logout.jwt-expired':
      '이제 exp가 지나서 공격자의 복사본이 거부됩니다: {status}. 다른 장치가 없다면 JWT가 끝나는 방법은 만료뿐입니다. 그래서 exp를 짧게 잡아 피해를 줄입니다.',
    'sim.logout.deny':
      '거부 목록을 추가합니다. 로그아웃하면 토큰의 jti를 공유 저장소에 적고, 모든 요청이 이 저장소를 확인합니다.',
    'sim.logout.deny-login': 'alice가 다시 로그인해 새 토큰(새 jti)을 받습니다.',
    'sim.logout.deny-logout': '로그아웃하면 jti가 토큰의 exp까지 거부 목록에 올라갑니다.',
    'sim.logout.deny-replay':
      '공격자의 복사본이 폐기된 토큰으로 거부됩니다: {status}. 하지만 카운터를 보세요. 다시 요청마다 저장소 조회가 {lookups}회씩 일어납니다. 폐기하려고 상태를 되살린 셈입니다.',
    'sim.logout.question': 'JWT를 exp 전에 무효로 만들려면 어떻게 해야 할까요?',
    'sim.logout.q.a': 'localStorage에서 지운다',
    'sim.logout.q.b': '폐기한 토큰의 jti 목록을 두고, 서버가 요청마다 확인한다',
    'sim.logout.q.c': 'exp 클레임을 고친다',
    'sim.logout.q.why':
      '브라우저의 사본을 지워도 다른 사본은 멈추지 않고, 토큰을 고치면 서명이 깨집니다. 토큰을 폐기할 수 있는 것은 서버 쪽 상태(거부 목록, 또는 모두의 키 교체)뿐인데, 이는 JWT가 피하려던 바로 그 비용입니다. 그러니 exp를 짧게 두세요.',

    'sim.authn-authz.title': '인증과 인가',
    'sim.authn-authz.summary':
      '누구인지 모르면 401, 누구인지는 알지만 허락할 수 없으면 403. 그리고 role 클레임을 위조해 봅니다.',
    'sim.authn-authz.intro':
      '인증(authentication)은 “누구인가?”를, 인가(authorization)는 “무엇을 해도 되는가?”를 묻습니다. /profile은 유효한 토큰이 필요하고(없으면 401 Unauthorized), /admin은 여기에 더해 admin 역할이 필요합니다(일반 사용자는 403 Forbidden). 역할은 페이로드 속 클레임일 뿐인데, alice가 그냥 고쳐 버리면 어떻게 될까요? (같은 두 응답을 세션 쿠키로 보려면 시나리오 7을 보세요.)',
    'sim.authn-authz.anonymous':
      '토큰이 없으니 서버는 누가 요청했는지 알 수 없습니다. “WWW-Authenticate: Bearer”와 함께 {status} Unauthorized, 즉 먼저 인증하라는 뜻입니다.',
    'sim.authn-authz.login': 'alice가 로그인해서 페이로드에 "role": "user"가 적힌 토큰을 받습니다.',
    'sim.authn-authz.profile':
      '/profile은 누구인지만 알면 됩니다. 서명 검증을 통과합니다: {status}.',
    'sim.authn-authz.admin':
      '/admin에는 admin 역할도 필요합니다. 서버는 이 사람이 alice라는 것은 알지만(인증 성공) 들어갈 권한은 없습니다(인가 실패): {status} Forbidden.',
    'sim.authn-authz.edited':
      '페이로드는 바뀌었는데 서명은 예전 그대로입니다. 서명이 더 이상 맞지 않으므로 {status}. 역할을 읽어 보기도 전에 인증 단계에서 실패했습니다.',
    'sim.authn-authz.leak':
      '유출 사고: 서버들의 서명 비밀 키가 공개 저장소에 커밋되어 있었습니다. 이제 누구나 읽을 수 있습니다: {secret}',
    'sim.authn-authz.resigned':
      '고친 페이로드를 유출된 비밀 키로 서명했습니다. 서명이 유효하니 서버는 그 안의 역할을 믿습니다: {status}.',
    'sim.authn-authz.resigned-profile':
      '/profile에서도 확인됩니다: {status}. 서버는 이제 위조된 페이로드의 내용을 그대로 믿습니다. 비밀 키를 가진 사람은 어떤 클레임이든 만들어 낼 수 있습니다.',
    'sim.authn-authz.malformed':
      '서버가 이 토큰을 읽을 수 없습니다(JSON이나 클레임이 깨졌습니다): {status}.',
    'sim.authn-authz.question': 'HS256 비밀 키를 반드시 비밀로 지켜야 하는 이유는 무엇일까요?',
    'sim.authn-authz.q.a': '페이로드를 복호화하는 키이기 때문에',
    'sim.authn-authz.q.b':
      '이 키를 가진 사람은 어떤 클레임이든 서명할 수 있고, 서버가 이를 받아들이기 때문에',
    'sim.authn-authz.q.c': '토큰의 exp가 이 키로 계산되기 때문에',
    'sim.authn-authz.q.why':
      '페이로드는 누구나 읽을 수 있고, 믿을 수 있게 만드는 것은 서명입니다. HS256은 같은 비밀 키로 서명하고 검증하므로, 검증할 수 있는 쪽은 위조도 할 수 있습니다. 키는 길고 무작위로 만들어 코드 밖에 두고, 유출되면 즉시 교체하세요. 또는 RS256/ES256을 써서 검증하는 쪽은 공개 키만 갖게 하세요.',
    'sim.logout.steal':
      '공격자가 alice의 세션 쿠키를 복사합니다(노트북의 악성 코드나 공용 컴퓨터를 통해서라고 해 봅시다). 이제 공격자 상자에 alice의 쿠키 저장소와 똑같은 ID가 들어 있습니다.',
    'sim.logout.jwt-steal': '공격자가 alice의 localStorage에서 토큰을 복사합니다.',
    'sim.logout.deny-steal': '공격자가 이 토큰도 복사합니다.',
    'sim.authn-authz-cookie.title': '쿠키 세션에서 401과 403',
    'sim.authn-authz-cookie.summary':
      'Bearer 버전과 같은 두 응답을 세션 쿠키로 살펴보고, 쿠키 로그인이 보내는 챌린지를 확인합니다.',
    'sim.authn-authz-cookie.intro':
      '시나리오 6에서는 Bearer 토큰으로 401과 403을 보았습니다. 하지만 대부분의 웹사이트는 폼과 세션 쿠키로 로그인합니다. 규칙은 같습니다. 서버가 누구인지 모르면 401이고 반드시 WWW-Authenticate 챌린지를 붙이며(RFC 9110 §15.5.2), 누구인지는 알지만 허락할 수 없으면 403입니다(§15.5.4). 달라지는 것은 챌린지뿐입니다.',
    'sim.authn-authz-cookie.anonymous':
      '쿠키가 없으니 {server}는 누가 요청했는지 알 수 없습니다: {status}. 챌린지는 “Cookie realm="app", form-action="/login", cookie-name="sid"”입니다. /login 폼으로 로그인하면 sid라는 쿠키를 받게 된다는 뜻입니다. Cookie 방식은 어떤 RFC에도 등록되어 있지 않으므로(이름은 예전 인터넷 드래프트를 따른 것입니다) 브라우저는 이를 무시합니다. 창을 띄우지 않고 401을 페이지에 넘깁니다. 그래도 이 헤더는 필수이고(RFC 9110 §11.6.1), 개발자나 도구에게 인증 방법을 알려 줍니다.',
    'sim.authn-authz-cookie.bad-login':
      '비밀번호가 틀렸습니다. 서버는 여전히 누구인지 알 수 없으므로 같은 챌린지와 함께 다시 {status}로 답하고, 쿠키는 설정하지 않습니다.',
    'sim.authn-authz-cookie.login':
      '비밀번호가 맞습니다. 저장소에 세션이 생기고 “Set-Cookie: sid=…; HttpOnly; Secure; SameSite=Lax”가 옵니다: {status}.',
    'sim.authn-authz-cookie.profile':
      '브라우저가 쿠키를 붙이고, 조회 결과 alice를 찾습니다: {status}.',
    'sim.authn-authz-cookie.admin':
      '/admin에는 admin 역할이 필요한데, 세션 기록에 따르면 alice는 일반 사용자입니다. 서버는 누구인지 알고 거절합니다: {status} Forbidden. 이번에는 챌린지가 없습니다. 다시 로그인해도 답은 바뀌지 않기 때문입니다.',
    'sim.authn-authz-cookie.edited':
      'alice가 시나리오 6에서 역할을 고쳤던 것처럼, 개발자 도구를 열어 세션 ID의 글자 하나를 바꿉니다. 하지만 쿠키에는 역할이 없고 열쇠만 있으며, 바뀐 열쇠로는 아무것도 열리지 않습니다: {status}. 세션 방식에서 역할은 서버에 있어 사용자가 손댈 수 없습니다.',
    'sim.authn-authz-cookie.admin-login':
      '다른 브라우저에서 관리자 carol이 로그인해 자기 세션을 받습니다: {status}.',
    'sim.authn-authz-cookie.admin-ok':
      'carol의 세션에는 admin이라고 적혀 있으므로 /admin이 {status}로 답합니다. 같은 경로, 같은 종류의 쿠키이지만 결정하는 것은 서버의 기록입니다.',
    'sim.authn-authz-cookie.question':
      '로그인한 alice가 /admin에서 403을 받았습니다. 들어가려면 어떻게 해야 할까요?',
    'sim.authn-authz-cookie.q.a':
      '방법이 없다. 인증은 되었지만 권한이 없으므로 관리자 계정만 들어갈 수 있다',
    'sim.authn-authz-cookie.q.b': '다시 로그인한다. 새 세션 쿠키를 받으면 들어갈 수 있다',
    'sim.authn-authz-cookie.q.c': '쿠키를 고쳐 role=admin이라고 적는다',
    'sim.authn-authz-cookie.q.why':
      '403은 서버가 누구인지 알고도 거절한다는 뜻입니다. 다시 로그인해도 같은 사람이니 같은 답이 나오고, 그래서 403에는 챌린지가 붙지 않습니다. 또 세션 쿠키에는 ID만 있고 역할은 서버의 기록에 있어서 사용자가 고칠 수 없습니다.',
    'sim.refresh-rotation.title': '리프레시 토큰 교체와 재사용 탐지',
    'sim.refresh-rotation.summary':
      '수명이 짧은 액세스 토큰, 한 번만 쓸 수 있는 리프레시 토큰, 그리고 훔친 토큰의 재사용. 서버는 토큰 계열 전체를 폐기합니다(RFC 9700 §4.14).',
    'sim.refresh-rotation.intro':
      'exp를 짧게 하면 훔친 액세스 토큰의 가치가 줄어들지만, 5분마다 다시 로그인하고 싶은 사람은 없습니다. 그래서 로그인 응답에는 리프레시 토큰도 들어 있습니다. 서버가 기록해 두는 불투명한 무작위 문자열입니다. 액세스 토큰이 만료되면 페이지는 POST /token에서 리프레시 토큰을 새 토큰 한 쌍으로 바꿉니다(RFC 6749 §6). 교체(rotation) 방식에서는 리프레시 토큰을 한 번만 쓸 수 있고, 서버는 사용된 토큰을 기억합니다. 사용된 토큰이 다시 오면 두 당사자가 같은 토큰을 가지고 있다는 뜻입니다(RFC 9700 §4.14.2).',
    'sim.refresh-rotation.login':
      'alice가 로그인합니다. 5분 동안 유효한 액세스 토큰(expires_in 300)과 리프레시 토큰이 본문에 담겨 오고, 어떤 캐시도 저장하지 않도록 “Cache-Control: no-store”가 붙습니다(RFC 6749 §5.1). 서버는 리프레시 토큰과 그 계열(family), 즉 이 로그인에서 시작된 토큰의 사슬을 기록합니다.',
    'sim.refresh-rotation.profile':
      '액세스 토큰은 JWT이므로 {server}는 저장소 조회 없이 서명만 검증합니다: {status}.',
    'sim.refresh-rotation.wait': '{minutes}분이 지났습니다.',
    'sim.refresh-rotation.expired':
      '액세스 토큰이 만료되었습니다: {status}. 챌린지에 error="invalid_token"이 들어 있습니다. 문제가 생긴 것은 아니고, 페이지는 다음에 무엇을 할지 알고 있습니다.',
    'sim.refresh-rotation.refresh':
      '페이지가 리프레시 토큰을 POST /token으로 보냅니다(grant_type=refresh_token). 서버는 토큰이 아직 쓰이지 않은 것을 확인하고 사용됨으로 표시한 뒤, 새 액세스 토큰과 새 리프레시 토큰으로 답합니다: {status}. 이것이 교체입니다.',
    'sim.refresh-rotation.profile-again': '새 액세스 토큰이 통합니다: {status}.',
    'sim.refresh-rotation.steal':
      '공격자가 현재 리프레시 토큰을 복사합니다(주입된 스크립트, 유출된 로그, 동기화된 백업 등). 이 토큰은 액세스 토큰보다 가치가 큽니다. 14일 동안 새 액세스 토큰을 만들어 낼 수 있기 때문입니다.',
    'sim.refresh-rotation.wait-again':
      '다시 {minutes}분이 지났습니다. alice의 액세스 토큰은 또 만료되었지만, 페이지는 아직 갱신하지 않았습니다.',
    'sim.refresh-rotation.thief-refresh':
      '공격자가 먼저 움직입니다. 공격자의 리프레시 토큰은 아직 쓰이지 않았으므로 서버가 교체해 줍니다: {status}. 이제 공격자는 새 액세스 토큰과 다음 리프레시 토큰을 가졌고, 서버는 공격자와 alice를 구별할 수 없습니다.',
    'sim.refresh-rotation.thief-profile': '공격자가 alice의 프로필을 읽습니다: {status}.',
    'sim.refresh-rotation.reuse':
      'alice의 페이지가 가지고 있던 토큰으로 갱신을 요청합니다. 공격자가 이미 써 버린 바로 그 토큰입니다. 사용된 토큰이 다시 왔다는 것은 두 당사자가 같은 토큰을 가지고 있다는 뜻인데, 서버는 누가 도둑인지 알 수 없으므로 계열 전체를 폐기합니다: {status}, invalid_grant. 페이지는 토큰을 버리고, alice는 다시 로그인해야 합니다.',
    'sim.refresh-rotation.thief-refresh-again':
      '공격자가 조금 전에 받은 리프레시 토큰을 써 봅니다. 계열이 폐기되었으므로 {status}입니다.',
    'sim.refresh-rotation.thief-still':
      '하지만 공격자의 액세스 토큰은 JWT입니다. 서버는 계열이 아니라 서명만 확인하므로 exp까지는 통합니다: {status}. 액세스 토큰의 수명을 짧게 두는 이유가 여기에 있습니다.',
    'sim.refresh-rotation.wait-end':
      '다시 {minutes}분이 지나, 공격자의 액세스 토큰이 exp에 이릅니다.',
    'sim.refresh-rotation.thief-expired':
      '공격자의 액세스 토큰이 만료되었고, 이제 갱신할 방법도 없습니다: {status}. 토큰을 훔쳐서 얻은 것은 길어야 액세스 토큰 수명 한 번뿐입니다.',
    'sim.refresh-rotation.login-again':
      'alice가 다시 로그인해 새 계열을 시작합니다: {status}. 저장소는 사용된 토큰을 만료될 때까지 보관해야 알아볼 수 있습니다. 이 보호 장치의 대가가 바로 이 상태입니다.',
    'sim.refresh-rotation.question':
      '이미 사용된 리프레시 토큰이 다시 왔습니다. 서버는 어떻게 해야 할까요?',
    'sim.refresh-rotation.q.a': '아직 만료되지 않았으니 받아들인다',
    'sim.refresh-rotation.q.b': '그 토큰만 거부하고, 가장 최근 토큰은 그대로 둔다',
    'sim.refresh-rotation.q.c':
      '누가 도둑인지 알 수 없으므로 그 로그인의 토큰 전체(계열)를 폐기한다',
    'sim.refresh-rotation.q.why':
      '두 당사자가 같은 토큰을 가지고 있고, 서버는 도둑이 먼저 썼는지 나중에 썼는지 알 수 없습니다. 계열을 폐기하면 공격자의 사슬이 끊기고, 대가는 사용자가 한 번 더 로그인하는 것입니다. 이미 발급된 액세스 토큰은 exp까지 살아 있으니 수명을 짧게 두세요. RFC 9700 §4.14는 그 대신 클라이언트에 묶인 리프레시 토큰(DPoP, 상호 TLS)도 허용합니다.',
    'sim.token-storage.title': '토큰을 어디에 둘까: 공격 상황에서',
    'sim.token-storage.summary':
      '같은 JWT를 localStorage와 Bearer 헤더로, 그리고 HttpOnly; Secure; SameSite 쿠키로 보관해 XSS 공격자와 CSRF 공격자에 맞서 봅니다. 쿠키 4\u00a0KB 한도도 확인합니다.',
    'sim.token-storage.intro':
      '공격자 둘이 evil.example에서 활동합니다. XSS 공격자는 app.example의 한 페이지에 스크립트를 심는 데 성공해(이스케이프되지 않은 댓글 등을 통해) 같은 사이트 안에서 코드를 실행합니다. CSRF 공격자가 가진 것은 자기 사이트뿐입니다. 그 사이트의 페이지가 alice의 브라우저로 하여금 app.example에 요청을 보내게 합니다. 먼저 토큰을 localStorage에 두고 “Authorization: Bearer”로 보내고, 다음에는 HttpOnly 쿠키에 둡니다.',
    'sim.token-storage.login':
      '1라운드. alice가 로그인하면 토큰이 본문에 담겨 오고, 페이지 스크립트가 이를 localStorage에 보관합니다: {status}.',
    'sim.token-storage.profile': '스크립트가 “Authorization: Bearer …”를 붙입니다: {status}.',
    'sim.token-storage.xss-read':
      '주입된 스크립트는 app.example의 페이지 안에서 실행되므로, 앱의 스크립트와 똑같이 localStorage를 읽고 토큰을 evil.example로 보냅니다. 이제 공격자가 토큰을 가졌습니다.',
    'sim.token-storage.thief':
      '공격자가 자기 컴퓨터에서 토큰을 씁니다: {status}. Bearer 토큰은 가진 사람이면 누구에게나 exp까지 통합니다.',
    'sim.token-storage.csrf-bearer':
      'alice가 evil.example을 방문하자, 숨은 폼이 app.example/settings로 POST를 보냅니다. 브라우저는 Authorization 헤더를 스스로 붙이지 않고, evil.example은 app.example의 localStorage를 읽을 수 없습니다. 요청에 인증 정보가 없으니 {status}입니다. Bearer 헤더는 CSRF에 당하지 않습니다.',
    'sim.token-storage.cookie':
      '2라운드, 새 브라우저입니다. 이번에는 서버가 토큰을 “__Host-token” 쿠키로 설정하고 HttpOnly, Secure, SameSite=Lax를 붙입니다. __Host- 접두사가 있으면 브라우저는 Secure, Path=/, Domain 없음을 요구합니다(RFC 6265bis §4.1.3.2).',
    'sim.token-storage.cookie-login':
      '로그인 응답은 Set-Cookie로 오고, 본문에는 토큰이 없습니다: {status}. 페이지 스크립트는 토큰을 볼 일이 없습니다.',
    'sim.token-storage.cookie-profile': '브라우저가 쿠키를 알아서 붙입니다: {status}.',
    'sim.token-storage.xss-cookie':
      'XSS 공격자가 document.cookie를 읽지만 빈 문자열뿐입니다. HttpOnly 쿠키는 스크립트에게 보이지 않습니다. 훔칠 것이 없습니다.',
    'sim.token-storage.xss-ride':
      '하지만 스크립트에게 토큰은 필요 없습니다. alice의 브라우저가 app.example 안에서 직접 요청을 보내게 하면 됩니다. 같은 사이트의 요청이니 쿠키가 함께 가고 {server}는 그대로 따릅니다: {status}. HttpOnly는 훔치는 것을 막을 뿐 쓰는 것은 막지 못하고, SameSite는 같은 사이트의 스크립트에는 아무 효과가 없습니다. 이를 막는 것은 XSS 자체를 막는 일(출력 이스케이프, Content-Security-Policy)뿐입니다.',
    'sim.token-storage.csrf-post':
      'evil.example의 숨은 폼이 다시 POST를 보냅니다. 사이트 간(cross-site) POST이므로 SameSite=Lax 쿠키는 함께 가지 않습니다. Cookie 헤더가 없으니 {status}입니다. (Origin 헤더도 폼이 어디서 왔는지 알려 줍니다. 이를 확인하는 것이 두 번째 방어선입니다.)',
    'sim.token-storage.csrf-link':
      'evil.example에 app.example/profile로 가는 링크가 있습니다. 최상위 GET 이동이므로 Lax 쿠키가 함께 가고, alice는 로그인된 상태로 도착합니다: {status}. 공격자는 페이지 내용을 읽을 수 없지만, 무언가를 바꾸는 GET이었다면 이미 실행되었을 것입니다. GET에는 부수 효과를 두지 마세요.',
    'sim.token-storage.strict': '서버가 쿠키를 SameSite=Strict로 바꿉니다.',
    'sim.token-storage.strict-login': 'alice가 다시 로그인해 Strict 쿠키를 받습니다: {status}.',
    'sim.token-storage.strict-link':
      'evil.example의 같은 링크입니다. Strict 쿠키는 다른 사이트에서 시작된 요청에는 링크라도 절대 함께 가지 않으므로, alice는 로그아웃된 것처럼 보입니다: {status}. 더 안전하지만, 메일이나 다른 사이트의 링크로 들어오면 언제나 로그아웃된 상태가 됩니다.',
    'sim.token-storage.logout':
      'alice가 로그아웃합니다. Max-Age=0인 Set-Cookie가 쿠키를 지웁니다: {status}.',
    'sim.token-storage.big-login':
      'bob이 로그인합니다. bob의 토큰에는 디렉터리 그룹 150개가 들어 있어서, 쿠키의 이름과 값이 {cookie}바이트가 됩니다. 브라우저는 4096바이트를 넘는 쿠키를 통째로 무시합니다(RFC 6265bis §5.6). 응답은 200인데 쿠키 저장소는 비어 있습니다.',
    'sim.token-storage.big-profile':
      '그래서 다음 요청에는 쿠키가 없습니다: {status}. 아무도 경고를 받지 못했습니다. 쿠키에 넣는 토큰은 작아야 합니다. 세션 ID라면 언제나 작습니다.',
    'sim.token-storage.question':
      '토큰이 HttpOnly; Secure; SameSite=Lax 쿠키에 있습니다. 여전히 통하는 공격은 무엇일까요?',
    'sim.token-storage.q.a': 'XSS 스크립트가 document.cookie로 토큰을 읽는다',
    'sim.token-storage.q.b': 'XSS 스크립트가 앱의 페이지 안에서 쿠키가 붙은 요청을 보낸다',
    'sim.token-storage.q.c': '다른 사이트의 숨은 폼이 쿠키가 붙은 POST를 앱으로 보낸다',
    'sim.token-storage.q.why':
      'HttpOnly는 스크립트에게서 토큰을 숨기므로 XSS가 토큰을 가져갈 수는 없지만, 페이지 안에서 쓰는 것은 여전히 가능합니다. SameSite=Lax는 사이트 간 POST와 하위 요청에 쿠키를 보내지 않습니다(최상위 GET 링크에는 보냅니다. Strict는 사이트 간 요청에 절대 보내지 않습니다). 어느 설정이든 같은 사이트의 요청에는 효과가 없습니다. localStorage의 토큰은 CSRF에는 안전하지만 XSS가 있으면 누구든 훔쳐 갈 수 있습니다. 어느 쪽이든 XSS를 막는 것이 먼저입니다.',
    'sim.token-storage.csrf-img':
      'evil.example의 이미지가 app.example/profile을 가리킵니다. 최상위 이동이 아닌 사이트 간 하위 요청이므로, Lax 쿠키는 여기에도 함께 가지 않습니다: {status}. (쿠키가 갔더라도 공격자의 페이지는 응답을 읽을 수 없습니다.)',
  },
});

export type SimTextKey = keyof typeof simTexts.en;
