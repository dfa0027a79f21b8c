/**
 * The simulations: a small web (browser, load balancer, servers, session store) running inside the
 * page, to show what cookies, sessions and JWTs cost and where each one keeps the state.
 */
import { useStrings } from '../../i18n/i18n';
import { simsStrings } from '../../i18n/strings/sims';
import { routeHref, type Route } from '../../model/route';
import { cryptoRng } from './engine/rng';
import { isSimId, SIM_IDS } from './engine/scenarios';
import { SimScenario } from './SimScenario';
import { useSimText } from './useSimText';
import './SimsPage.css';

export default function SimsPage({ route }: { route: Route }) {
  const t = useStrings(simsStrings);
  const st = useSimText();
  if (route.page === 'sim') {
    if (!isSimId(route.id)) {
      return (
        <div className="sims">
          <p role="alert">{t('sims.not-found', { id: route.id })}</p>
          <p>
            <a href={routeHref({ page: 'sims' })}>{t('sims.back')}</a>
          </p>
        </div>
      );
    }
    return (
      <div className="sims">
        <SimScenario key={route.id} id={route.id} rng={cryptoRng} />
      </div>
    );
  }
  return (
    <div className="sims" data-testid="sims-list">
      <h2>{t('sims.title')}</h2>
      <p>{t('sims.intro')}</p>
      <h3>{t('sims.list')}</h3>
      <ol className="sims-list">
        {SIM_IDS.map((id) => (
          <li key={id}>
            <a href={routeHref({ page: 'sim', id })}>{st(`sim.${id}.title` as const)}</a>
            <p>{st(`sim.${id}.summary` as const)}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
