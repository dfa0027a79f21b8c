/** Scenario 6: 401 when the server cannot tell who you are, 403 when it can; then a forged role. */
import { payloadText, replacePayload, signPayload, withRole } from '../jwt';
import type { Recorder, Scenario } from '../recorder';
import { LOGIN } from '../users';
import type { Exchange } from '../world';

export const authnAuthz: Scenario = {
  topology: { servers: 1, auth: 'jwt' },
  // Where the page hands over to the student: after the 403.
  interactiveFrom: 4,
  async script(r) {
    await r.send('sim.authn-authz.anonymous', 'GET', '/profile');
    await r.send('sim.authn-authz.login', 'POST', '/login', { body: LOGIN });
    await r.sendBearer('sim.authn-authz.profile', 'GET', '/profile');
    await r.sendBearer('sim.authn-authz.admin', 'GET', '/admin');
    // From here on the page lets the student do it; the script does what a student would.
    if (r.interactive) return;
    const token = r.world.token ?? '';
    const forged = replacePayload(token, withRole(payloadText(token) ?? '{}', 'admin'));
    await r.send('sim.authn-authz.edited', 'GET', '/admin', { bearer: forged });
    r.leak('sim.authn-authz.leak');
    const resigned = await signPayload(payloadText(forged) ?? '{}', r.world.secret);
    await r.send('sim.authn-authz.resigned', 'GET', '/admin', { bearer: resigned });
    await r.send('sim.authn-authz.resigned-profile', 'GET', '/profile', { bearer: resigned });
  },
};

/**
 * The student's own request in scenario 6, explained by what the server made of it. The first 401 for
 * a token makes the secret leak, so the student can try signing their edit.
 */
export async function sendAsStudent(
  r: Recorder,
  path: '/admin' | '/profile',
  token: string,
): Promise<Exchange> {
  const t = token.trim();
  const key = (x: Exchange['outcome']): string => {
    switch (x) {
      case 'signature-invalid':
        return 'sim.authn-authz.edited';
      case 'forbidden':
        return 'sim.authn-authz.admin';
      case 'no-credentials':
        return 'sim.authn-authz.anonymous';
      case 'ok':
        if (path === '/admin') return 'sim.authn-authz.resigned';
        return r.leaked ? 'sim.authn-authz.resigned-profile' : 'sim.authn-authz.profile';
      default:
        return 'sim.authn-authz.malformed';
    }
  };
  // The explanation depends on the answer, so the step is recorded after the request.
  const x = await r.world.send('GET', path, t ? { bearer: t } : {});
  r.record(key(x.outcome), x);
  if (x.response.status === 401 && t && !r.leaked) r.leak('sim.authn-authz.leak');
  return x;
}
