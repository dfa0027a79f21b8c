import { useId, useMemo } from 'react';
import { utf8Length } from '../../jwt/index';
import { usePlayground } from '../../model/context';
import { useSigText, type T } from './text';

// A long part is shown by its ends: laying out a megabyte of it again would slow every keystroke.
const ELIDE_AFTER = 2000;

function elide(text: string, t: T): string {
  if (text.length <= ELIDE_AFTER) return text;
  const omitted = text.length - 1200;
  return `${text.slice(0, 1000)} ${t('input.elided', { count: omitted })} ${text.slice(-200)}`;
}

export function SigningInput() {
  const { inspection } = usePlayground();
  const t = useSigText();
  const id = useId();
  const input = inspection.kind === 'jws' ? inspection.signingInput : null;
  // Its two parts as the token has them: the signing input itself is a joined string, and reading
  // it (a search, a count) would copy a megabyte token into one piece first.
  const [head, body] = inspection.segments;
  const dot = input !== null && head ? head.text.length : -1;
  const bytes = useMemo(
    () =>
      input === null || !head || !body ? 0 : utf8Length(head.text) + 1 + utf8Length(body.text),
    [input, head, body],
  );
  return (
    <section className="sig-section" aria-labelledby={id}>
      <h3 id={id}>{t('input.title')}</h3>
      {input === null || dot < 0 ? (
        <p className="muted">{t('input.none')}</p>
      ) : (
        <>
          <p className="key-hint">{t('input.help')}</p>
          <p className="signing-input mono" data-testid="signing-input">
            <span className="part-header">{elide(head!.text, t)}</span>
            <span className="signing-dot">.</span>
            <span className="part-payload">{elide(body!.text, t)}</span>
          </p>
          <p className="muted">{t('input.length', { chars: input.length, bytes })}</p>
        </>
      )}
    </section>
  );
}
