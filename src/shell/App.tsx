import {
  lazy,
  Suspense,
  useEffect,
  useReducer,
  useState,
  type Dispatch,
  type ReactNode,
} from 'react';
import { PlaygroundContext } from '../model/context';
import {
  browserLang,
  LangProvider,
  LANGS,
  loadDiagnostics,
  loadLanguage,
  translate,
  type Lang,
} from '../i18n/i18n';
import { loadPrefs, savePrefs, type Prefs, type Theme } from './prefs';
import { parseFragment, withoutKey } from '../model/share';
import { initialState, reducer, type Action, type State } from '../model/state';
import { useNow } from '../model/useClock';
import { usePlaygroundModel } from '../model/usePlaygroundModel';
import type { Derived } from '../model/derive';
import { DEFAULT_START } from '../model/defaultExample';
import { PlaygroundView } from '../ui/PlaygroundView';
import { ErrorBoundary, PageFailed } from '../ui/ErrorBoundary';
import { parseRoute, routeHref, type Route } from '../model/route';

// Lessons, labs and simulations load on demand so the playground's first load stays small.
const LessonsPage = lazy(() => import('../lessons/LessonsPage'));
const LabsPage = lazy(() => import('../labs/LabsPage'));
const SimsPage = lazy(() => import('../labs/sim/SimsPage'));

const NAV: { route: Route; key: 'nav.playground' | 'nav.lessons' | 'nav.labs' | 'nav.sims' }[] = [
  { route: { page: 'playground' }, key: 'nav.playground' },
  { route: { page: 'lessons' }, key: 'nav.lessons' },
  { route: { page: 'labs' }, key: 'nav.labs' },
  { route: { page: 'sims' }, key: 'nav.sims' },
];

function section(route: Route): Route['page'] {
  if (route.page === 'lesson') return 'lessons';
  if (route.page === 'lab') return 'labs';
  if (route.page === 'sim') return 'sims';
  return route.page;
}

/** The state a page starts in: a shared link's fragment if there is one, else the default example. */
export function startState(hash: string): State {
  const shared = parseFragment(hash);
  if (shared.token !== undefined) {
    return initialState({
      token: shared.token,
      keyText: shared.key ?? '',
      keyFormat: shared.keyFormat ?? 'auto',
      mode: shared.mode ?? 'verify',
    });
  }
  return initialState({
    token: DEFAULT_START.token,
    keyText: DEFAULT_START.keyText,
    keyFormat: 'auto',
  });
}

/**
 * Derives the playground from the inputs and provides it to the page. It sits under the page's error
 * boundary, so a derivation that fails on some input costs the page, never the inputs above it.
 */
function Model({
  state,
  dispatch,
  initial,
  children,
}: {
  state: State;
  dispatch: Dispatch<Action>;
  initial: Derived | null;
  children: ReactNode;
}) {
  const now = useNow(state.clock);
  const playground = usePlaygroundModel(state, dispatch, now, true, initial);
  return <PlaygroundContext.Provider value={playground}>{children}</PlaygroundContext.Provider>;
}

function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}

/**
 * `first` is the first screen's derivation, made before the first render (src/main.tsx) or at build
 * time for the prerendered page (src/shell/prerender.tsx), which also gives the preferences.
 */
export function App({
  hash = '',
  first = null,
  prefs: givenPrefs,
}: {
  hash?: string;
  first?: Derived | null;
  prefs?: Prefs;
}) {
  const [state, dispatch] = useReducer(reducer, hash, startState);
  const [prefs, setPrefs] = useState<Prefs>(() => givenPrefs ?? loadPrefs(globalThis.localStorage));
  const [route, setRoute] = useState<Route>(() => parseRoute(hash));
  // A link that carried a key: the key is loaded, then taken out of the address bar and this
  // history entry, and the person who opened it is told.
  const [keyFromLink, setKeyFromLink] = useState(false);
  useEffect(() => {
    const onHash = (): void => {
      const next = parseRoute(location.hash);
      setRoute(next);
      // A share link opened in a running page loads its token (and key, when it carries one).
      if (next.page === 'playground' && /(?:^#|&)token(?:16)?=/.test(location.hash)) {
        const s = startState(location.hash);
        dispatch({
          type: 'load',
          token: s.token,
          keyText: s.keyText,
          keyFormat: s.keyFormat,
          mode: s.mode,
        });
      }
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  // After the listener above, which loads a link opened in a running page with its key.
  useEffect(() => {
    const dropKey = (): void => {
      if (parseFragment(location.hash).key === undefined) return;
      history.replaceState(
        history.state,
        '',
        location.pathname + location.search + withoutKey(location.hash),
      );
      setKeyFromLink(true);
    };
    dropKey();
    addEventListener('hashchange', dropKey);
    return () => removeEventListener('hashchange', dropKey);
  }, []);
  const lang: Lang = prefs.lang ?? browserLang(globalThis.navigator?.languages ?? []);

  useEffect(() => {
    applyTheme(prefs.theme);
    document.documentElement.lang = lang;
    document.title = translate(lang, 'app.title');
    savePrefs(globalThis.localStorage, prefs);
  }, [prefs, lang]);

  // The skip link jumps to the token on the playground, to the page's content elsewhere.
  const skipTarget = route.page === 'playground' ? 'token-editor' : 'main';

  return (
    <LangProvider lang={lang}>
      <>
        <a
          className="skip-link"
          href={`#${skipTarget}`}
          onClick={(e) => {
            // The fragment holds the route: move focus without touching it.
            const target = document.getElementById(skipTarget);
            if (!target) return;
            e.preventDefault();
            target.focus();
          }}
        >
          {translate(lang, skipTarget === 'main' ? 'app.skip.main' : 'app.skip')}
        </a>
        <header className="app-header">
          <div className="brand">
            <h1>{translate(lang, 'app.title')}</h1>
            <p className="tagline">{translate(lang, 'app.tagline')}</p>
          </div>
          <div className="prefs">
            <label>
              <span>{translate(lang, 'app.language')}</span>
              <select
                value={lang}
                onChange={(e) => {
                  const next = e.target.value as Lang;
                  // The findings' sentences too: no list has to wait for them after the switch.
                  void Promise.all([loadLanguage(next), loadDiagnostics(next)]).then(() =>
                    setPrefs((p) => ({ ...p, lang: next })),
                  );
                }}
              >
                {LANGS.map((l) => (
                  <option key={l} value={l}>
                    {l === 'ko' ? '한국어' : 'English'}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{translate(lang, 'app.theme')}</span>
              <select
                value={prefs.theme}
                onChange={(e) => setPrefs({ ...prefs, theme: e.target.value as Theme })}
              >
                <option value="system">{translate(lang, 'app.theme.system')}</option>
                <option value="light">{translate(lang, 'app.theme.light')}</option>
                <option value="dark">{translate(lang, 'app.theme.dark')}</option>
              </select>
            </label>
          </div>
        </header>
        <nav className="app-nav" aria-label={translate(lang, 'nav.label')}>
          <ul>
            {NAV.map((n) => (
              <li key={n.key}>
                <a
                  href={routeHref(n.route)}
                  aria-current={section(route) === n.route.page ? 'page' : undefined}
                >
                  {translate(lang, n.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {keyFromLink && (
          <div className="notice badge-warn key-from-link" role="alert" data-testid="key-from-link">
            <p>⚠ {translate(lang, 'app.linkKey')}</p>
            <button type="button" onClick={() => setKeyFromLink(false)}>
              {translate(lang, 'app.linkKey.dismiss')}
            </button>
          </div>
        )}
        <main id="main" tabIndex={-1}>
          <ErrorBoundary
            resetKeys={[state.token, state.keyText, route]}
            fallback={(retry) => (
              <PageFailed
                retry={retry}
                token={state.token}
                keyText={state.keyText}
                onToken={(token) => dispatch({ type: 'set-token', token })}
                onKey={(text) => dispatch({ type: 'set-key', text })}
              />
            )}
          >
            <Model state={state} dispatch={dispatch} initial={first}>
              {route.page === 'playground' ? (
                <PlaygroundView />
              ) : (
                <Suspense fallback={<p className="loading">{translate(lang, 'app.loading')}</p>}>
                  {(route.page === 'lessons' || route.page === 'lesson') && (
                    <LessonsPage route={route} />
                  )}
                  {(route.page === 'labs' || route.page === 'lab') && <LabsPage route={route} />}
                  {(route.page === 'sims' || route.page === 'sim') && <SimsPage route={route} />}
                </Suspense>
              )}
            </Model>
          </ErrorBoundary>
        </main>
        <footer className="app-footer">
          <p>{translate(lang, 'app.privacy')}</p>
        </footer>
      </>
    </LangProvider>
  );
}
