/** Short access tokens, refresh tokens that work once, and a stolen one caught on reuse. */
import type { Scenario } from '../recorder';
import { LOGIN } from '../users';

const refreshBody = (token: string | undefined): string =>
  `grant_type=refresh_token&refresh_token=${token ?? ''}`;

export const refreshRotation: Scenario = {
  topology: { servers: 1, auth: 'jwt', refresh: true, accessTtl: 300 },
  async script(r) {
    const w = r.world;
    await r.send('sim.refresh-rotation.login', 'POST', '/login', { body: LOGIN });
    await r.sendBearer('sim.refresh-rotation.profile', 'GET', '/profile');
    r.wait('sim.refresh-rotation.wait', 300);
    await r.sendBearer('sim.refresh-rotation.expired', 'GET', '/profile');
    await r.send('sim.refresh-rotation.refresh', 'POST', '/token', {
      body: refreshBody(w.refreshToken),
    });
    await r.sendBearer('sim.refresh-rotation.profile-again', 'GET', '/profile');
    const current = w.refreshToken ?? '';
    r.steal('sim.refresh-rotation.steal', [['refresh_token', current]]);
    r.wait('sim.refresh-rotation.wait-again', 300);
    await r.send('sim.refresh-rotation.thief-refresh', 'POST', '/token', {
      client: 'attacker',
      body: refreshBody(current),
    });
    await r.send('sim.refresh-rotation.thief-profile', 'GET', '/profile', {
      client: 'attacker',
      bearer: w.loot?.get('access_token') ?? '',
    });
    await r.send('sim.refresh-rotation.reuse', 'POST', '/token', {
      body: refreshBody(w.refreshToken),
    });
    await r.send('sim.refresh-rotation.thief-refresh-again', 'POST', '/token', {
      client: 'attacker',
      body: refreshBody(w.loot?.get('refresh_token')),
    });
    await r.send('sim.refresh-rotation.thief-still', 'GET', '/profile', {
      client: 'attacker',
      bearer: w.loot?.get('access_token') ?? '',
    });
    r.wait('sim.refresh-rotation.wait-end', 300);
    await r.send('sim.refresh-rotation.thief-expired', 'GET', '/profile', {
      client: 'attacker',
      bearer: w.loot?.get('access_token') ?? '',
    });
    await r.send('sim.refresh-rotation.login-again', 'POST', '/login', { body: LOGIN });
  },
};
