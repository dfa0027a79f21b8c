import { lazy, Suspense, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { usePlayground } from '../model/context';
import { ErrorBoundary } from './ErrorBoundary';
import { DecodedRegion } from './DecodedRegion';
import { EncodedRegion, TokenFindings } from './EncodedRegion';
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

/** One region that fails on its own and comes back when the token changes; the inputs live above. */
function Region({ children, className }: { children: ReactNode; className: string }) {
  const { state } = usePlayground();
  return (
    <ErrorBoundary resetKeys={[state.token]} className={className}>
      {children}
    </ErrorBoundary>
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
      <Region className="toolbar">
        <Toolbar />
      </Region>
      <div className="playground">
        <div className="token-column">
          <Region className="encoded-region">
            <EncodedRegion />
          </Region>
          <Region className="verdict-strip">
            <Suspense fallback={<Pending className="verdict-strip" />}>
              <VerdictStrip />
            </Suspense>
          </Region>
          <Region className="token-findings">
            <TokenFindings />
          </Region>
        </div>
        <div className="decoded-column">
          <Region className="decoded-region">
            <DecodedRegion />
          </Region>
          {beside && <Region className="beside">{beside}</Region>}
          <Region className="claims-region">
            <Suspense fallback={<Pending className="claims-region" />}>
              <ClaimsRegion />
            </Suspense>
          </Region>
        </div>
        <Region className="signature-region">
          <Suspense fallback={<Pending className="signature-region" />}>
            <SignatureRegion />
          </Suspense>
        </Region>
      </div>
    </>
  );
}
