import { Suspense, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { usePlayground } from '../model/context';
import { ErrorBoundary } from './ErrorBoundary';
import { EncodedRegion, TokenFindings } from './EncodedRegion';
import { Toolbar } from './Toolbar';
import { BelowTheFold, firstScreenLazy } from './preload';

// The token is in the first load; its decoded parts, the verdict strip, the claims table and the
// signature details (with their texts) are chunks of their own, which keeps the first load within
// budget. A page fetches them before its first render (src/main.tsx), so none of them shows a
// placeholder on a fresh page.
const DecodedRegion = firstScreenLazy(() =>
  import('./DecodedRegion').then((m) => ({ default: m.DecodedRegion })),
);
const VerdictStrip = firstScreenLazy(() => import('./signature/VerdictStrip'));
const ClaimsRegion = firstScreenLazy(() =>
  import('./ClaimsRegion').then((m) => ({ default: m.ClaimsRegion })),
);
const SignatureRegion = firstScreenLazy(() => import('./signature/SignatureRegion'));

function Pending({ className }: { className: string }) {
  const t = useT();
  return (
    <section className={`panel ${className} pending-region`} aria-busy="true">
      <p>{t('app.loading')}</p>
    </section>
  );
}

/**
 * One region that fails on its own and comes back when the token changes; the inputs live above.
 * A `lazy` one shows a placeholder while its chunk is on its way (a fresh page has fetched it
 * before its first render); one `belowTheFold` is left out of the prerendered copy.
 */
function Region({
  children,
  className,
  lazy = false,
  belowTheFold = false,
}: {
  children: ReactNode;
  className: string;
  lazy?: boolean;
  belowTheFold?: boolean;
}) {
  const { state } = usePlayground();
  const region = (
    <ErrorBoundary resetKeys={[state.token]} className={className}>
      {lazy ? (
        <Suspense fallback={<Pending className={className} />}>{children}</Suspense>
      ) : (
        children
      )}
    </ErrorBoundary>
  );
  return belowTheFold ? <BelowTheFold>{region}</BelowTheFold> : region;
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
          <Region className="verdict-strip" lazy>
            <VerdictStrip />
          </Region>
          <Region className="token-findings" belowTheFold>
            <TokenFindings />
          </Region>
        </div>
        <div className="decoded-column">
          <Region className="decoded-region" lazy>
            <DecodedRegion />
          </Region>
          {beside && <Region className="beside">{beside}</Region>}
          <Region className="claims-region" lazy belowTheFold>
            <ClaimsRegion />
          </Region>
        </div>
        <Region className="signature-region" lazy belowTheFold>
          <SignatureRegion />
        </Region>
      </div>
    </>
  );
}
