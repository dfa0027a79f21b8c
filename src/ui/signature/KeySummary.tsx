import { detectSecretEncodings, type ParsedKey } from '../../jwt/index';
import { usePlayground } from '../../model/context';
import { secretShortfall } from '../../model/signatureModel';
import type { KeyFormatChoice } from '../../model/state';
import { DiagnosticList } from '../DiagnosticList';
import { chosenKey, describeKey } from './describeKey';
import { useSigText } from './text';

/** What a key field holds, in words: its format, its size, and what is wrong with it. */
export function KeySummary({
  id,
  p,
  pending,
  text,
  format,
  weakCommon,
  signs = false,
}: {
  id: string;
  p: ParsedKey | null;
  pending: boolean;
  text: string;
  format: KeyFormatChoice;
  weakCommon: boolean;
  /** Sign mode: say which bytes sign. */
  signs?: boolean;
}) {
  const t = useSigText();
  const { inspection } = usePlayground();
  if (!text) {
    return (
      <p id={id} className="key-summary muted">
        {t('key.empty')}
      </p>
    );
  }
  if (!p) {
    return (
      <p id={id} className="key-summary muted">
        {pending ? t('key.reading') : ''}
      </p>
    );
  }
  const sentence = describeKey(t, p, format, inspection);
  const errors = p.diagnostics.filter((d) => d.severity === 'error');
  const key = chosenKey(p, inspection) ?? p.keys[0] ?? null;
  const short = secretShortfall(key, inspection.algInfo);
  const others =
    format === 'auto' && p.format === 'secret'
      ? detectSecretEncodings(text).filter((e) => e !== 'utf8')
      : [];
  const encoding = format === 'auto' ? 'utf8' : format;
  return (
    <div id={id} className="key-summary">
      {sentence && <p data-testid="key-description">{sentence}</p>}
      {signs && p.format === 'secret' && key && (
        <p className="key-hint" data-testid="key-signs">
          {t('key.signs', { bytes: key.bits / 8, encoding: t(`keyenc.${encoding}`) })}
        </p>
      )}
      {errors.length > 0 && (
        <>
          <p className="key-error">
            <span aria-hidden="true">✗ </span>
            {t('key.unreadable')}
          </p>
          <DiagnosticList diagnostics={errors} />
        </>
      )}
      {short && (
        <p className="key-weak" data-testid="key-weak">
          <span aria-hidden="true">⚠ </span>
          {t('key.weak.short', short)}
        </p>
      )}
      {weakCommon && (
        <p className="key-weak">
          <span aria-hidden="true">⚠ </span>
          {t('key.weak.common')}
        </p>
      )}
      {others.length > 0 && (
        <p className="key-hint">
          {t('key.secret.autoHint', { encodings: others.map((e) => t(`keyenc.${e}`)).join(', ') })}
        </p>
      )}
      {p.keys.some((k) => k.kind === 'private') && (
        <p className="key-hint">
          <span aria-hidden="true">ℹ </span>
          {t('key.private.inVerify')}
        </p>
      )}
    </div>
  );
}
