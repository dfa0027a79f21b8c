import { lazy, startTransition, Suspense, useId } from 'react';
import { parsedKeyFor } from '../../model/derive';
import { usePlayground } from '../../model/context';
import { KEY_FORMATS, type KeyFormatChoice } from '../../model/state';
import { hugePaste, useCollapsed } from '../paint';
import { KeySummary } from './KeySummary';
import { useSigText } from './text';

const HugeText = lazy(() => import('../HugeText'));

/**
 * The key that verifies (Verify mode) or signs (Sign mode, when it is a secret): the field, the
 * format it is read in, what it holds, and a one-click fix when the same text verifies in another
 * encoding.
 */
export function KeyField() {
  const { state, dispatch, derived, verification } = usePlayground();
  const t = useSigText();
  const id = useId();
  const p = parsedKeyFor(derived, 'key', state.keyText, state.keyFormat);
  const weakCommon =
    !verification.pending &&
    (verification.result?.diagnostics.some((d) => d.code === 'hmac-key-guessable') ?? false);
  const why = derived.value?.why;
  const encoding = why?.causes.find((c) => c.kind === 'encoding');
  const signs = state.mode === 'sign';
  const [collapsed, expand, fold] = useCollapsed(state.keyText);
  return (
    <div className="key-field">
      <label htmlFor={`${id}-key`} id={`${id}-key-label`} className="field-label">
        {t(signs ? 'key.label.sign' : 'key.label.verify')}
      </label>
      {collapsed ? (
        <Suspense fallback={null}>
          <HugeText
            id={`${id}-key`}
            text={state.keyText}
            reason={collapsed}
            testId="key-collapsed"
            labelledBy={`${id}-key-label`}
            onEdit={expand}
          />
        </Suspense>
      ) : (
        <textarea
          id={`${id}-key`}
          className="key-input mono"
          data-testid="key-input"
          rows={2}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          aria-describedby={`${id}-key-about`}
          value={state.keyText}
          onChange={(e) => dispatch({ type: 'set-key', text: e.target.value })}
          onPaste={(e) => {
            const next = hugePaste(e);
            if (next === null) return;
            // Rendered in a transition: the paste's task only reads the clipboard.
            startTransition(() => {
              fold();
              dispatch({ type: 'set-key', text: next });
            });
          }}
        />
      )}
      <label className="key-format">
        <span>{t('key.format')}</span>
        <select
          data-testid="key-format"
          value={state.keyFormat}
          onChange={(e) =>
            dispatch({ type: 'set-key-format', format: e.target.value as KeyFormatChoice })
          }
        >
          {KEY_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`key.format.${f}`)}
            </option>
          ))}
        </select>
      </label>
      {encoding?.kind === 'encoding' && (
        <p className="key-offer" data-testid="key-offer" role="status">
          <span aria-hidden="true">💡 </span>
          {t('key.offer', { encoding: t(`keyenc.${encoding.encoding}`) })}{' '}
          <button
            type="button"
            onClick={() => dispatch({ type: 'set-key-format', format: encoding.encoding })}
          >
            {t('key.offer.button', { encoding: t(`keyenc.${encoding.encoding}`) })}
          </button>
        </p>
      )}
      <KeySummary
        id={`${id}-key-about`}
        p={p}
        pending={derived.pending}
        text={state.keyText}
        format={state.keyFormat}
        weakCommon={weakCommon}
        signs={signs}
      />
    </div>
  );
}
