/**
 * Test harness for panes: the real reducer and the real core, a fixed clock and no background crypto,
 * so a component test sees exactly what a student would after each keystroke.
 */
import { render } from '@testing-library/react';
import { useReducer, type ReactNode } from 'react';
import { PlaygroundContext } from '../model/context';
import { LangProvider, type Lang } from '../i18n/i18n';
import { initialState, reducer, type State } from '../model/state';
import { usePlaygroundModel } from '../model/usePlaygroundModel';
import { DecodedRegion } from './DecodedRegion';
import { EncodedRegion, TokenFindings } from './EncodedRegion';

/** 2026-01-01T00:00:00Z, the reference time of the shared test vectors. */
export const TEST_NOW = 1767225600;

function Harness({
  initial,
  lang,
  background,
  children,
}: {
  initial: State;
  lang: Lang;
  background: boolean;
  children: ReactNode;
}) {
  const [state, dispatch] = useReducer(reducer, initial);
  // By default no background WebCrypto: panes see exactly the decoded state after each keystroke.
  const playground = usePlaygroundModel(state, dispatch, TEST_NOW, background);

  return (
    <LangProvider lang={lang}>
      <PlaygroundContext.Provider value={playground}>
        {children}
        <output data-testid="state-probe" hidden>
          {JSON.stringify({ mode: state.mode, keyText: state.keyText, keyFormat: state.keyFormat })}
        </output>
      </PlaygroundContext.Provider>
    </LangProvider>
  );
}

/**
 * Renders panes (by default the encoded and decoded regions) over a live playground state;
 * `background: true` runs the real derivation (keys, check, decryption) as the app does.
 */
export function renderWithPlayground(
  initial: Partial<State> = {},
  options: { lang?: Lang; ui?: ReactNode; background?: boolean } = {},
) {
  const ui = options.ui ?? (
    <>
      <EncodedRegion />
      <TokenFindings />
      <DecodedRegion />
    </>
  );
  return render(
    <Harness
      initial={initialState(initial)}
      lang={options.lang ?? 'en'}
      background={options.background ?? false}
    >
      {ui}
    </Harness>,
  );
}
