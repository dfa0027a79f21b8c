import { useId } from 'react';
import type { Diagnostic } from '../../jwt/index';
import { useDiagnosticMessage, useLang } from '../../i18n/i18n';
import { usePlayground } from '../../model/context';
import { CLAIM_BADGES } from '../../model/useClaims';
import type { Cause, WhyAnswer } from '../../model/whyInvalid';
import { useSigText, type T } from './text';

function causeText(
  t: T,
  lang: 'en' | 'ko',
  c: Cause,
  diagnostic: (d: Diagnostic) => string,
): string {
  switch (c.kind) {
    case 'alg-mismatch':
      return t('why.algMismatch', { alg: c.alg });
    case 'kid-not-found':
      return t('why.kid', { kid: c.kid });
    case 'key-unreadable':
      return `${t('why.unreadable')} ${diagnostic(c.diagnostic)}`;
    case 'encoding':
      return t('why.encoding', {
        encoding: t(`keyenc.${c.encoding}`),
        format: t(`key.format.${c.encoding}`),
      });
    case 'edited':
      return t('why.edited');
    case 'reformatted':
      return t('why.reformatted', {
        part: lang === 'ko' ? (c.part === 'header' ? '헤더' : '페이로드') : c.part,
        style: t(`why.style.${c.style}`),
      });
    case 'claims':
      return t('why.claims', {
        reasons: c.codes
          .map((code) => (CLAIM_BADGES[code] ? t(CLAIM_BADGES[code]) : code))
          .join(', '),
      });
    case 'nested-invalid':
      return t('why.nestedInvalid');
    case 'wrong-key':
      return t('why.wrongKey');
  }
}

function triedText(t: T, answer: WhyAnswer): string {
  const parts = answer.tried.map((tr) =>
    tr.kind === 'encodings'
      ? t('why.try.encodings', { encodings: tr.encodings.map((e) => t(`keyenc.${e}`)).join(', ') })
      : t(tr.kind === 'original' ? 'why.try.original' : 'why.try.reformat'),
  );
  return t('why.tried', { list: parts.join('; ') || t('why.try.nothing') });
}

export function WhyPanel() {
  const { derived } = usePlayground();
  const t = useSigText();
  const lang = useLang();
  const id = useId();
  const a = derived.value?.why ?? null;
  const message = useDiagnosticMessage(a?.causes.some((c) => c.kind === 'key-unreadable') === true);
  if (!a) return null;
  return (
    <section className="sig-section why" aria-labelledby={id} data-testid="why-panel">
      <h3 id={id}>{t('why.title')}</h3>
      <ul className="why-causes" aria-live="polite">
        {a.causes.map((c, i) => (
          <li key={i} data-cause={c.kind}>
            <span aria-hidden="true">→ </span>
            {causeText(t, lang, c, message)}
          </li>
        ))}
      </ul>
      {a.tried.length > 0 && <p className="muted">{triedText(t, a)}</p>}
    </section>
  );
}
