/**
 * The first screen, rendered at build time (scripts/prerender-plugin.ts runs this in Node): the app
 * as a fresh page shows it, with the default example derived by the real core (its signature
 * verified with WebCrypto) so the verdict is in the HTML, on screen before any script has run.
 */
import { prerender } from 'react-dom/static';
import { loadDiagnostics, loadLanguage, type Lang } from '../i18n/i18n';
import { derive } from '../model/derive';
import { pickInputs } from '../model/inputs';
import { PrerenderedCopy, preloadFirstScreen } from '../ui/preload';
import { App, startState } from './App';

export async function renderFirstScreen(lang: Lang, now = Date.now()): Promise<string> {
  // Nothing may suspend while rendering: a boundary that does would be completed by an inline
  // script, which the Content-Security-Policy refuses.
  await Promise.all([loadLanguage(lang), loadDiagnostics(lang), preloadFirstScreen()]);
  const first = await derive(pickInputs(startState('')), now);
  const app = (
    <PrerenderedCopy value={true}>
      <App first={first} prefs={{ theme: 'system', lang }} />
    </PrerenderedCopy>
  );
  const { prelude } = await prerender(app, {
    identifierPrefix: `first-${lang}-`,
    // One piece: a large boundary is otherwise sent apart and put in place by an inline script.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  // Style attributes are refused by the CSP in markup (the app sets styles from script, which it
  // allows): the size bars fill when the app renders. Test ids belong to the app's elements only.
  const html = (await new Response(prelude).text())
    .replace(/ style="[^"]*"/g, '')
    .replace(/ data-testid="[^"]*"/g, '');
  const inline = /<script|<style|<template/.exec(html);
  if (inline)
    throw new Error(
      `the ${lang} first screen needs inline scripts or styles, which the CSP refuses: ` +
        html.slice(Math.max(0, inline.index - 200), inline.index + 200),
    );
  return html;
}
