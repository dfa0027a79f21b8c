/** Three servers behind round robin lose the session; sticky sessions or a shared store fix it. */
import type { Scenario } from '../recorder';
import { LOGIN } from '../users';

export const scaleOut: Scenario = {
  topology: { servers: 1, auth: 'session', store: 'memory' },
  async script(r) {
    r.configure('sim.scale-out.three', { servers: 3, balancer: 'round-robin' });
    await r.send('sim.scale-out.login', 'POST', '/login', { body: LOGIN });
    await r.send('sim.scale-out.lost', 'GET', '/profile');
    r.configure('sim.scale-out.sticky', { balancer: 'sticky' });
    await r.send('sim.scale-out.sticky-login', 'POST', '/login', { body: LOGIN });
    await r.send('sim.scale-out.sticky-profile', 'GET', '/profile');
    await r.send('sim.scale-out.sticky-again', 'GET', '/profile');
    r.configure('sim.scale-out.shared', { balancer: 'round-robin', store: 'shared' });
    await r.send('sim.scale-out.shared-login', 'POST', '/login', { body: LOGIN });
    await r.send('sim.scale-out.shared-profile', 'GET', '/profile');
    await r.send('sim.scale-out.shared-again', 'GET', '/profile');
    r.growth('sim.scale-out.growth');
  },
};
