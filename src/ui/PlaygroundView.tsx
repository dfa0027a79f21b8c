import { lazy, Suspense, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { DecodedRegion } from './DecodedRegion';
import { EncodedRegion } from './EncodedRegion';
import { Toolbar } from './Toolbar';

// The token and its decoded parts paint first; the verdict strip, the claims table and the
// signature details (with their texts) arrive a moment later in their own chunks, which keeps the
// first load within budget.
const VerdictStrip = lazy(() => import('./signature/VerdictStrip'));
const ClaimsRegion = lazy(() =>
  import('./ClaimsRegion').then((m) => ({ default: m.ClaimsRegion })),
);
const SignatureRegion = lazy(() => import('./signature/SignatureRegion'));

function Pending({ className }: { className: string }) {
  const t = useT();
  return (
    <section className={`panel ${className} pending-region`} aria-busy="true">
      <p>{t('app.loading')}</p>
    </section>
  );
}

/**
 * The playground's panes; lessons and labs embed the same view over the same state. The verdict
 * strip sits under the token and stays in view beside the decoded parts while they are edited.
 * `beside` goes right under the decoded header and payload (a lab's Send button and reply), next
 * to the editors at every width.
 */
export function PlaygroundView({ beside }: { beside?: ReactNode } = {}) {
  return (
    <>
      <Toolbar />
      <div className="playground">
        <div className="token-column">
          <EncodedRegion />
          <Suspense fallback={<Pending className="verdict-strip" />}>
            <VerdictStrip />
          </Suspense>
        </div>
        <div className="decoded-column">
          <DecodedRegion />
          {beside}
          <Suspense fallback={<Pending className="claims-region" />}>
            <ClaimsRegion />
          </Suspense>
        </div>
        <Suspense fallback={<Pending className="signature-region" />}>
          <SignatureRegion />
        </Suspense>
      </div>
    </>
  );
}
