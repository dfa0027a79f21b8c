/** The question at the end of a scenario: three answers, one right, and why. */
import { useId, useState } from 'react';
import { useStrings } from '../../i18n/i18n';
import { simsStrings } from '../../i18n/strings/sims';
import type { SimId } from './engine/scenarios';
import { useSimText } from './useSimText';

type Option = 'a' | 'b' | 'c';

/** The order answers are shown in, and the right one (the texts are in the strings bundle). */
const QUESTIONS: Record<SimId, { order: Option[]; right: Option }> = {
  'session-login': { order: ['b', 'a', 'c'], right: 'a' },
  'scale-out': { order: ['a', 'b', 'c'], right: 'b' },
  restart: { order: ['a', 'c', 'b'], right: 'b' },
  'jwt-login': { order: ['b', 'a', 'c'], right: 'b' },
  logout: { order: ['a', 'c', 'b'], right: 'b' },
  'authn-authz': { order: ['c', 'a', 'b'], right: 'b' },
  'authn-authz-cookie': { order: ['b', 'c', 'a'], right: 'a' },
  'refresh-rotation': { order: ['a', 'b', 'c'], right: 'c' },
  'token-storage': { order: ['c', 'b', 'a'], right: 'b' },
};

export function SimQuestion({ id }: { id: SimId }) {
  const t = useStrings(simsStrings);
  const st = useSimText();
  const name = useId();
  const [choice, setChoice] = useState<Option | null>(null);
  const [checked, setChecked] = useState<Option | null>(null);
  const q = QUESTIONS[id];
  return (
    <section className="sim-question panel" data-testid="sim-question">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setChecked(choice);
        }}
      >
        <fieldset>
          <legend>
            <strong>{t('sims.question')}:</strong> {st(`sim.${id}.question` as const)}
          </legend>
          {q.order.map((o) => (
            <label key={o} className="sim-option">
              <input
                type="radio"
                name={name}
                value={o}
                checked={choice === o}
                onChange={() => setChoice(o)}
              />
              <span>{st(`sim.${id}.q.${o}` as const)}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={choice === null}>
          {t('sims.check')}
        </button>
      </form>
      {checked && (
        <p
          role="status"
          data-testid="sim-feedback"
          data-correct={checked === q.right}
          className={checked === q.right ? 'sim-feedback badge-ok' : 'sim-feedback badge-bad'}
        >
          <strong>{checked === q.right ? t('sims.correct') : t('sims.wrong')}</strong>{' '}
          {st(`sim.${id}.q.why` as const)}
        </p>
      )}
    </section>
  );
}
