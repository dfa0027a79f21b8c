import { useId, useState } from 'react';
import type { Diagnostic } from '../../jwt/index';
import { usePlayground } from '../../model/context';
import { keysOf, resign } from '../../model/signing';
import { replaceSignature } from '../../model/state';
import { DiagnosticList } from '../DiagnosticList';
import { useSigText, type TextKey } from './text';

export function Resign() {
  const { state, dispatch, inspection, derived } = usePlayground();
  const t = useSigText();
  const id = useId();
  const [status, setStatus] = useState<{
    for: string;
    ok: boolean;
    diagnostics: Diagnostic[];
  } | null>(null);
  if (state.mode === 'sign') return <p className="muted">{t('resign.signMode')}</p>;
  if (inspection.kind !== 'jws' || inspection.alg === 'none') return null;
  const m = (derived.value ?? derived.stale)?.made ?? null;
  const reason: TextKey | null =
    m?.kind === 'public' ? 'resign.cannot' : m?.kind === 'nokey' ? 'resign.noKey' : null;
  const onClick = async (): Promise<void> => {
    const from = state.token;
    const r = await resign(state, inspection);
    if (r.ok) dispatch({ type: 'signed', from, keys: keysOf(state), token: r.token });
    // The message belongs to the token it produced (or failed on); any later edit clears it.
    const after = r.ok ? replaceSignature(from, r.token) : from;
    setStatus({ for: after, ok: r.ok, diagnostics: r.ok ? [] : r.diagnostics });
  };
  const shown = status?.for === state.token ? status : null;
  return (
    <div className="resign">
      <button
        type="button"
        data-testid="resign"
        disabled={reason !== null}
        aria-describedby={`${id}-help`}
        onClick={() => void onClick()}
      >
        {t('resign.button')}
      </button>
      <p id={`${id}-help`} className={reason ? 'key-hint' : 'muted'}>
        {t(reason ?? 'resign.help')}
      </p>
      <div aria-live="polite">
        {shown?.ok && <p className="resign-done">{t('resign.done')}</p>}
        {shown && !shown.ok && (
          <>
            <p className="key-error">{t('resign.failed')}</p>
            <DiagnosticList diagnostics={shown.diagnostics} />
          </>
        )}
      </div>
    </div>
  );
}
