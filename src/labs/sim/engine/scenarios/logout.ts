/** Logging out, and a copied session id or token replayed after it; the deny list that stops it. */
import type { Scenario } from '../recorder';
import { LOGIN } from '../users';

export const logout: Scenario = {
  topology: { servers: 1, auth: 'session', store: 'memory' },
  async script(r) {
    await r.send('sim.logout.login', 'POST', '/login', { body: LOGIN });
    const sid = r.world.browser.cookies(r.world.now).find((c) => c.name === 'sid')?.value ?? '';
    r.steal('sim.logout.steal', [['sid', sid]]);
    await r.send('sim.logout.profile', 'GET', '/profile');
    await r.send('sim.logout.logout', 'POST', '/logout');
    // The attacker replays the copy from their own machine; alice's jar is empty by now.
    await r.send('sim.logout.replay', 'GET', '/profile', {
      client: 'attacker',
      cookie: `sid=${sid}`,
    });
    r.configure('sim.logout.jwt', { auth: 'jwt' });
    await r.send('sim.logout.jwt-login', 'POST', '/login', { body: LOGIN });
    const stolen = r.world.token ?? '';
    r.steal('sim.logout.jwt-steal', [['access_token', stolen]]);
    await r.sendBearer('sim.logout.jwt-profile', 'GET', '/profile');
    await r.sendBearer('sim.logout.jwt-logout', 'POST', '/logout');
    await r.send('sim.logout.jwt-replay', 'GET', '/profile', {
      client: 'attacker',
      bearer: stolen,
    });
    r.wait('sim.logout.wait', 15 * 60);
    await r.send('sim.logout.jwt-expired', 'GET', '/profile', {
      client: 'attacker',
      bearer: stolen,
    });
    r.configure('sim.logout.deny', { denyList: true });
    await r.send('sim.logout.deny-login', 'POST', '/login', { body: LOGIN });
    const copy = r.world.token ?? '';
    r.steal('sim.logout.deny-steal', [['access_token', copy]]);
    await r.sendBearer('sim.logout.deny-logout', 'POST', '/logout');
    await r.send('sim.logout.deny-replay', 'GET', '/profile', {
      client: 'attacker',
      bearer: copy,
    });
  },
};
