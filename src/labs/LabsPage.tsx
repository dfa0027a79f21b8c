/**
 * The attack labs: the list (#/labs) and one lab (#/labs/<id>). Loaded on demand by App.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { usePlayground } from '../model/context';
import { useStrings } from '../i18n/i18n';
import { labsStrings } from '../i18n/strings/labs';
import { routeHref, type Route } from '../model/route';
import { findLab, LABS } from './engine/labs';
import { LabView, type LabViewProps } from './LabView';
import { labProgressStore, type LabProgressStore } from './progress';
import './Labs.css';

export default function LabsPage({
  route,
  store = labProgressStore(),
  createWorker,
}: {
  route: Route;
  store?: LabProgressStore;
  createWorker?: LabViewProps['createWorker'];
}) {
  const t = useStrings(labsStrings);
  const { state, dispatch } = usePlayground();
  const inLab = route.page === 'lab' && findLab(route.id) !== null;
  // A lab loads its own token, key and key format (an empty key, a PEM read as text…) into the
  // shared playground. What the playground held before is put back when the student leaves the
  // labs or goes to their list, so no weakened key or format is left behind.
  useEffect(() => {
    if (!inLab) return;
    const before = state;
    return () =>
      dispatch({
        type: 'load',
        token: before.token,
        keyText: before.keyText,
        keyFormat: before.keyFormat,
        signKeyText: before.signKeyText,
        mode: before.mode,
      });
    // Only on entering and leaving the labs: `state` is the playground as it was on entering.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inLab, dispatch]);
  if (route.page === 'lab') {
    const lab = findLab(route.id);
    if (!lab) {
      return (
        <div className="labs">
          <p role="alert">{t('labs.notFound', { id: route.id })}</p>
          <a href={routeHref({ page: 'labs' })}>{t('labs.back')}</a>
        </div>
      );
    }
    return (
      <div className="labs">
        <LabView key={lab.id} lab={lab} store={store} {...(createWorker ? { createWorker } : {})} />
      </div>
    );
  }
  return <LabList store={store} />;
}

function LabList({ store }: { store: LabProgressStore }) {
  const t = useStrings(labsStrings);
  const progress = useSyncExternalStore(store.subscribe, store.get);
  const done = LABS.filter((l) => progress.solved.includes(l.id)).length;
  return (
    <div className="labs">
      <h2>{t('labs.title')}</h2>
      <p>{t('labs.intro')}</p>
      <p data-testid="labs-progress">
        {t('labs.progress', { done, total: LABS.length })}{' '}
        <button
          type="button"
          onClick={() => store.reset()}
          disabled={done === 0 && progress.defended.length === 0}
        >
          {t('labs.reset')}
        </button>
      </p>
      <ol className="lab-list">
        {LABS.map((lab) => {
          const solved = progress.solved.includes(lab.id);
          return (
            <li key={lab.id} data-testid={`lab-item-${lab.id}`}>
              <a href={routeHref({ page: 'lab', id: lab.id })}>{t(`lab.${lab.id}.title`)}</a>{' '}
              <span className={`badge ${solved ? 'badge-ok' : 'badge-info'}`}>
                {solved ? t('labs.solved') : t('labs.todo')}
              </span>
              {progress.defended.includes(lab.id) && (
                <span className="badge badge-ok">{t('labs.defended')}</span>
              )}
              <p className="lab-list-setting">
                {t('lab.careless')}: <span className="mono">{t(`lab.${lab.id}.careless`)}</span>
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
