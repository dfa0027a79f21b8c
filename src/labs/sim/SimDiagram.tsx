/**
 * Browser → load balancer → servers → store, as labelled boxes. The boxes the current step passes
 * through get a thick outline and the text "● active", so the path never depends on colour.
 */
import { useStrings } from '../../i18n/i18n';
import { simsStrings } from '../../i18n/strings/sims';
import type { Step } from './engine/recorder';
import type { NodeId } from './engine/world';
import { shorten } from './format';

function Active({ on }: { on: boolean }) {
  const t = useStrings(simsStrings);
  return on ? <span className="sim-active-label">{t('sims.active')}</span> : null;
}

export function SimDiagram({ step }: { step: Step }) {
  const now = step.now;
  const t = useStrings(simsStrings);
  const active = new Set<NodeId>(step.active);
  const topo = step.topology;
  const box = (id: NodeId): string => `sim-node${active.has(id) ? ' is-active' : ''}`;
  const names: Record<string, string> = {
    browser: t('sims.node.browser'),
    balancer: t('sims.node.balancer'),
    'store-shared': t('sims.node.store-shared'),
    'deny-list': t('sims.node.deny-list'),
    'refresh-store': t('sims.node.refresh-store'),
    attacker: t('sims.node.attacker'),
  };
  const nameOf = (id: NodeId): string => {
    const m = /^(server|store)-(\d+)$/.exec(id);
    const server = m ? (step.memory[Number(m[2])]?.name ?? id) : null;
    if (server) return m?.[1] === 'store' ? t('sims.node.memory-of', { server }) : server;
    return names[id] ?? id;
  };
  const path = step.exchange ? step.exchange.hops.map(nameOf).join(' → ') : null;

  const attacker = step.attacker;
  return (
    <section className="sim-diagram" aria-label={t('sims.diagram')} data-testid="sim-diagram">
      {attacker && (
        <div
          className={`${box('attacker')} sim-attacker`}
          data-node="attacker"
          data-active={active.has('attacker')}
        >
          <h4>
            <span aria-hidden="true">☠</span> {t('sims.node.attacker')}{' '}
            <Active on={active.has('attacker')} />
          </h4>
          <div className="sim-jar" data-testid="sim-attacker-loot">
            <strong>{t('sims.attacker.holds')}</strong>
            {attacker.length === 0 ? (
              <span className="sim-muted">{t('sims.attacker.nothing')}</span>
            ) : (
              <ul>
                {attacker.map(([k, v]) => (
                  <li key={k}>
                    <code>
                      {k} = {shorten(v, 16)}
                    </code>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
      <div className={box('browser')} data-node="browser" data-active={active.has('browser')}>
        <h4>
          {t('sims.node.browser')} <Active on={active.has('browser')} />
        </h4>
        <div className="sim-jar">
          <strong>{t('sims.cookies')}</strong>
          {step.browser.cookies.length === 0 ? (
            <span className="sim-muted">{t('sims.empty')}</span>
          ) : (
            <ul>
              {step.browser.cookies.map((c) => (
                <li key={c.name}>
                  <code>
                    {c.name}={shorten(c.value, 14)}
                  </code>
                  {c.httpOnly && <span className="sim-flag">{t('sims.cookie.httponly')}</span>}
                  {c.sameSite?.toLowerCase() === 'lax' && (
                    <span className="sim-flag">{t('sims.cookie.lax')}</span>
                  )}
                  {c.sameSite?.toLowerCase() === 'strict' && (
                    <span className="sim-flag">{t('sims.cookie.strict')}</span>
                  )}
                  {c.expires !== null && (
                    <span className="sim-flag">
                      {t('sims.cookie.expires', { seconds: c.expires - now })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="sim-jar">
          <strong>{t('sims.storage')}</strong>
          {step.browser.localStorage.length === 0 ? (
            <span className="sim-muted">{t('sims.empty')}</span>
          ) : (
            <ul>
              {step.browser.localStorage.map(([k, v]) => (
                <li key={k}>
                  <code>
                    {k} = {shorten(v, 16)}
                  </code>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <div className="sim-arrow" aria-hidden="true">
        ⇅
      </div>
      <div className={box('balancer')} data-node="balancer" data-active={active.has('balancer')}>
        <h4>
          {t('sims.node.balancer')} <Active on={active.has('balancer')} />
        </h4>
        <span>
          {t(topo.balancer === 'sticky' ? 'sims.balancer.sticky' : 'sims.balancer.round-robin')}
        </span>
      </div>
      <div className="sim-arrow" aria-hidden="true">
        ⇅
      </div>
      <div className="sim-servers" role="group" aria-label={t('sims.node.servers')}>
        {step.memory.map((m, i) => {
          const id = `server-${i}` as const;
          const storeActive = active.has(`store-${i}`);
          return (
            <div key={m.name} className={box(id)} data-node={id} data-active={active.has(id)}>
              <h4>
                {m.name} <Active on={active.has(id) || storeActive} />
              </h4>
              {topo.auth === 'jwt' ? (
                <span>{t('sims.node.key-only')}</span>
              ) : topo.store === 'memory' ? (
                <span className={storeActive ? 'sim-store-hit' : undefined}>
                  {t('sims.node.memory', { entries: m.entries, bytes: m.bytes })}
                </span>
              ) : null}
              {m.restarts > 0 && (
                <span className="sim-flag">{t('sims.node.restarts', { n: m.restarts })}</span>
              )}
            </div>
          );
        })}
      </div>
      {topo.store === 'shared' && topo.auth === 'session' && (
        <>
          <div className="sim-arrow" aria-hidden="true">
            ⇅
          </div>
          <div
            className={box('store-shared')}
            data-node="store-shared"
            data-active={active.has('store-shared')}
          >
            <h4>
              {t('sims.node.store-shared')} <Active on={active.has('store-shared')} />
            </h4>
            <span>
              {t('sims.node.entries', {
                entries: step.stores.shared.entries,
                bytes: step.stores.shared.bytes,
              })}
            </span>
          </div>
        </>
      )}
      {topo.auth === 'jwt' && topo.denyList && (
        <>
          <div className="sim-arrow" aria-hidden="true">
            ⇅
          </div>
          <div
            className={box('deny-list')}
            data-node="deny-list"
            data-active={active.has('deny-list')}
          >
            <h4>
              {t('sims.node.deny-list')} <Active on={active.has('deny-list')} />
            </h4>
            <span>
              {t('sims.node.entries', {
                entries: step.stores.denyList.entries,
                bytes: step.stores.denyList.bytes,
              })}
            </span>
          </div>
        </>
      )}
      {topo.auth === 'jwt' && topo.refresh && (
        <>
          <div className="sim-arrow" aria-hidden="true">
            ⇅
          </div>
          <div
            className={box('refresh-store')}
            data-node="refresh-store"
            data-active={active.has('refresh-store')}
          >
            <h4>
              {t('sims.node.refresh-store')} <Active on={active.has('refresh-store')} />
            </h4>
            <span>
              {t('sims.node.refresh-entries', {
                entries: step.stores.refresh.entries,
                used: step.stores.refresh.used,
                families: step.stores.refresh.revokedFamilies,
                bytes: step.stores.refresh.bytes,
              })}
            </span>
          </div>
        </>
      )}
      <p className="sim-hop" data-testid="sim-hop">
        {path ? t('sims.hop', { path }) : t('sims.hop.none')}
      </p>
    </section>
  );
}
