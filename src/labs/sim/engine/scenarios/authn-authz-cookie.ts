/** Scenario 6 with a session cookie: the same two answers, and an edited session id. */
import type { Scenario } from '../recorder';
import { LOGIN, USERS } from '../users';

export const authnAuthzCookie: Scenario = {
  topology: { servers: 1, auth: 'session', store: 'memory' },
  async script(r) {
    await r.send('sim.authn-authz-cookie.anonymous', 'GET', '/profile');
    await r.send('sim.authn-authz-cookie.bad-login', 'POST', '/login', {
      body: 'username=alice&password=guess',
    });
    await r.send('sim.authn-authz-cookie.login', 'POST', '/login', { body: LOGIN });
    await r.send('sim.authn-authz-cookie.profile', 'GET', '/profile');
    await r.send('sim.authn-authz-cookie.admin', 'GET', '/admin');
    // alice edits her own cookie in DevTools, as she edited the token's role in scenario 6.
    const sid = r.world.browser.cookies(r.world.now).find((c) => c.name === 'sid')?.value ?? '';
    r.world.browser.editCookie('sid', `${sid.startsWith('A') ? 'B' : 'A'}${sid.slice(1)}`);
    await r.send('sim.authn-authz-cookie.edited', 'GET', '/admin');
    r.world.browser.clear();
    await r.send('sim.authn-authz-cookie.admin-login', 'POST', '/login', {
      body: `username=carol&password=${USERS.carol!.password}`,
    });
    await r.send('sim.authn-authz-cookie.admin-ok', 'GET', '/admin');
  },
};
