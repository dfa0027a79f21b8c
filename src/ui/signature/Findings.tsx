import { useId } from 'react';
import { usePlayground } from '../../model/context';
import { parsedKeyFor } from '../../model/derive';
import { inPane } from '../../model/panes';
import { sameFinding } from '../../model/findings';
import { DiagnosticList } from '../DiagnosticList';
import { useSigText } from './text';

/** The key, signature and policy findings of the check that no other pane lists. */
export function Findings() {
  const { state, verification, derived, dispatch } = usePlayground();
  const shownElsewhere =
    parsedKeyFor(derived, 'key', state.keyText, state.keyFormat)?.diagnostics ?? [];
  const t = useSigText();
  const id = useId();
  const result = verification.result;
  if (!result) return null;
  const list = inPane(result.diagnostics, 'signature').filter(
    (d) => !shownElsewhere.some((s) => sameFinding(s, d)),
  );
  if (list.length === 0) return null;
  return (
    <section className="sig-section" aria-labelledby={id}>
      <h3 id={id}>{t('diag.title')}</h3>
      <DiagnosticList
        diagnostics={list}
        onHover={(d) =>
          dispatch({
            type: 'highlight',
            highlight: d?.span ? { from: 'token', span: d.span } : null,
          })
        }
      />
    </section>
  );
}
