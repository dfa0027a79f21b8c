/**
 * The lazy parts of the first screen (the verdict strip, the claims and signature regions, the size
 * meter): loaded on demand like every lazy chunk, but fetchable before the first render, so that the
 * first render of a fresh page shows them at once instead of a "Loading…" placeholder in their place
 * (src/main.tsx waits for them while the prerendered first screen is on show).
 */
import {
  createContext,
  lazy,
  useContext,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';

type Module<P> = { default: ComponentType<P> };

const firstScreen: (() => Promise<unknown>)[] = [];

/**
 * `React.lazy` for a part of the first screen. Once its module has arrived, the component renders
 * without suspending: React reads a thenable that resolves at once as already loaded.
 */
export function firstScreenLazy<P extends object>(
  load: () => Promise<Module<P>>,
): LazyExoticComponent<ComponentType<P>> {
  let loaded: Module<P> | null = null;
  let loading: Promise<Module<P>> | null = null;
  const fetch = (): Promise<Module<P>> =>
    (loading ??= load().then(
      (m) => (loaded = m),
      (e: unknown) => {
        loading = null; // a failed fetch is tried again by the next render
        throw e;
      },
    ));
  firstScreen.push(fetch);
  return lazy(() => {
    if (!loaded) return fetch();
    const m = loaded;
    const now: PromiseLike<Module<P>> = {
      then: (resolve) => Promise.resolve(resolve ? resolve(m) : m) as never,
    };
    return now as Promise<Module<P>>;
  });
}

/** Fetches every part of the first screen; rejects if one cannot be fetched. */
export function preloadFirstScreen(): Promise<unknown> {
  return Promise.all(firstScreen.map((f) => f()));
}

const Copy = createContext(false);

/**
 * Around the app as the build prerenders it into `index.html` (src/shell/prerender.tsx): the copy a
 * fresh page paints before any script has run.
 */
export const PrerenderedCopy = Copy.Provider;

/**
 * What a fresh page shows only once the app is in: left out of the prerendered copy, which then
 * holds what the first screen shows (the token, its decoded parts and the verdict) and no more. The
 * browser parses, styles and lays out every element of the copy before its first paint, and the
 * claims table, the signature details and the token's findings, below the first screen at every
 * width, were half of them.
 */
export function BelowTheFold({ children }: { children: ReactNode }): ReactNode {
  return useContext(Copy) ? null : children;
}
