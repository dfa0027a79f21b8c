/** A cookie session login: Set-Cookie hands over a session id, looked up on every request. */
import type { Scenario } from '../recorder';
import { LOGIN } from '../users';

export const sessionLogin: Scenario = {
  topology: { servers: 1, auth: 'session', store: 'memory' },
  async script(r) {
    await r.send('sim.session-login.anonymous', 'GET', '/profile');
    await r.send('sim.session-login.login', 'POST', '/login', { body: LOGIN });
    await r.send('sim.session-login.profile', 'GET', '/profile');
    await r.send('sim.session-login.again', 'GET', '/profile');
    r.growth('sim.session-login.growth');
  },
};
