/** Sessions kept in memory vanish on a restart; a JWT survives it. */
import type { Scenario } from '../recorder';
import { LOGIN } from '../users';

export const restart: Scenario = {
  topology: { servers: 1, auth: 'session', store: 'memory' },
  async script(r) {
    await r.send('sim.restart.login', 'POST', '/login', { body: LOGIN });
    await r.send('sim.restart.profile', 'GET', '/profile');
    r.restart('sim.restart.restart', 0);
    await r.send('sim.restart.lost', 'GET', '/profile');
    r.configure('sim.restart.jwt', { auth: 'jwt' });
    await r.send('sim.restart.jwt-login', 'POST', '/login', { body: LOGIN });
    await r.sendBearer('sim.restart.jwt-profile', 'GET', '/profile');
    r.restart('sim.restart.jwt-restart', 0);
    await r.sendBearer('sim.restart.jwt-survives', 'GET', '/profile');
  },
};
