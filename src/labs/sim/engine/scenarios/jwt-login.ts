/** A JWT login over three servers: any of them verifies the token with the key, no lookup. */
import type { Scenario } from '../recorder';
import { LOGIN } from '../users';

export const jwtLogin: Scenario = {
  topology: { servers: 3, auth: 'jwt', balancer: 'round-robin' },
  async script(r) {
    await r.send('sim.jwt-login.login', 'POST', '/login', { body: LOGIN });
    await r.sendBearer('sim.jwt-login.profile', 'GET', '/profile');
    await r.sendBearer('sim.jwt-login.again', 'GET', '/profile');
    await r.sendBearer('sim.jwt-login.third', 'GET', '/profile');
    r.growth('sim.jwt-login.growth');
  },
};
