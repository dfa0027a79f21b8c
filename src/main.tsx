import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, startState } from './shell/App';
import { browserLang, loadDiagnostics, loadLanguage } from './i18n/i18n';
import { loadPrefs } from './shell/prefs';
import { firstScreenOf } from './shell/firstScreen';
import { pickInputs } from './model/inputs';
import { preloadFirstScreen } from './ui/preload';
import { preloadChecks } from './jwt/index';
import './styles.css';

const prefs = loadPrefs(globalThis.localStorage);
const lang = prefs.lang ?? browserLang(navigator.languages);

// The first screen's lazy parts (the decoded panes, the verdict strip, the claims and signature
// regions) are chunks of their own, not part of the first-load JavaScript: fetch them now, beside
// the strings, and render once they are here (a chunk that fails to arrive is fetched again as the
// app renders, behind a placeholder).
const parts = preloadFirstScreen().catch(() => {});
// So are the core's checks, which the derivation below would fetch one after another, and the
// formatters of the claims' dates, made while the page waits for all that (if their chunk fails to
// arrive, the claims make them when they need them).
void preloadChecks().catch(() => {});
void import('./ui/times').then((m) => m.prepareFormatters(lang)).catch(() => {});

// A fresh page shows the prerendered first screen (scripts/prerender-plugin.ts) until the app's
// first render replaces it. That render waits for the same derivation, made here, and for the lazy
// parts, so the verdict already on screen never turns back into "checking" or a placeholder.
const first =
  firstScreenOf(location.hash, prefs, navigator.languages) === null
    ? null
    : Promise.all([
        import('./model/derive').then((m) => m.derive(pickInputs(startState('')), Date.now())),
        parts,
      ]).then(
        ([derived]) => derived,
        // The derivation's chunk did not arrive: the app derives as it renders.
        () => null,
      );

// Korean strings are their own chunk: fetch them before the first render when Korean is the language.
// Not awaited at the top level: the chunks awaited here import from this one, which must have
// finished evaluating for them to run.
// A language that fails to arrive leaves the page in English rather than blank.
const strings = loadLanguage(lang).catch(() => {});
void Promise.all([first ?? parts.then(() => null), strings]).then(([derived]) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App hash={location.hash} first={derived} />
    </StrictMode>,
  );
  // Findings carry codes and params; their English sentences are the core's table, a chunk of its
  // own. Fetch it now, behind the first render; a list that would show a finding sooner waits for it.
  void loadDiagnostics(lang);
});

// Offline after the first visit: the service worker precaches the build (not in dev, where files change).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // The Trusted Types policy comes with the registration, after the first paint.
  const register = (): void => {
    void import('./model/scriptUrl')
      .then(({ scriptURL }) =>
        navigator.serviceWorker.register(scriptURL(`${import.meta.env.BASE_URL}sw.js`)),
      )
      .catch(() => {
        // An insecure context or a blocked worker only costs offline use.
      });
  };
  addEventListener('load', register);
}
