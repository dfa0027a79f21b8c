/**
 * The verdict strip: the key and the three verdicts beside the token and its decoded parts, so the
 * moment the playground exists for (type the secret, edit a claim, watch the signature fail) happens
 * on one screen. The detailed panels stay below for who wants them.
 */
import { useId } from 'react';
import { KeyField } from './KeyField';
import { useSigText } from './text';
import { Verdicts } from './Verdicts';
import './SignatureRegion.css';

export function VerdictStrip() {
  const t = useSigText();
  const id = useId();
  return (
    <section className="panel verdict-strip" aria-labelledby={id} data-testid="verdict-strip">
      <h2 id={id}>{t('strip.title')}</h2>
      <Verdicts />
      <KeyField />
      <button
        type="button"
        className="link-button strip-details"
        onClick={() =>
          document
            .getElementById('signature-details')
            ?.scrollIntoView({ behavior: 'smooth', block: 'start' })
        }
      >
        {t('strip.details')}
      </button>
    </section>
  );
}

export default VerdictStrip;
