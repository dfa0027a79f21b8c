import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App';
import { browserLang, loadDiagnostics, loadLanguage } from './i18n/i18n';
import { loadPrefs } from './shell/prefs';
import './styles.css';

// The verdict strip is a lazy chunk; start fetching it now, beside the strings, so the verdict does not
// wait for the first render to ask for it. Not part of the first-load JavaScript: it still loads on its own.
void import('./ui/signature/VerdictStrip');

// Korean strings are their own chunk: fetch them before the first render when Korean is the language.
const prefs = loadPrefs(globalThis.localStorage);
const lang = prefs.lang ?? browserLang(navigator.languages);
await loadLanguage(lang);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App hash={location.hash} />
  </StrictMode>,
);

// Findings carry codes and params; their English sentences are the core's table, a chunk of its own.
// Fetch it now, behind the first render; a list that would show a finding sooner waits for it.
void loadDiagnostics(lang);

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
  // The await above can outlast the load event: then register at once, or it never happens.
  if (document.readyState === 'complete') register();
  else addEventListener('load', register);
}
