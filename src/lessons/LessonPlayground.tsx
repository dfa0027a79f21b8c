/**
 * The playground as a lesson shows it: the same panes as the playground page, with the pane the
 * lesson points at first (in the DOM too, so reading and tab order match what is seen), so a goal
 * and the part of the playground it needs sit together on a phone and on one screen when wide.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { useStrings, useT } from '../i18n/i18n';
import { lessonStrings } from '../i18n/strings/lessons';
import { DecodedRegion } from '../ui/DecodedRegion';
import { EncodedRegion, TokenFindings } from '../ui/EncodedRegion';
import { Toolbar } from '../ui/Toolbar';
import { useLesson } from './LessonContext';
import type { Focus } from './model';

const ClaimsRegion = lazy(() =>
  import('../ui/ClaimsRegion').then((m) => ({ default: m.ClaimsRegion })),
);
const SignatureRegion = lazy(() =>
  import('../ui/signature/SignatureRegion').then((m) => ({ default: m.SignatureRegion })),
);

const VerdictStrip = lazy(() => import('../ui/signature/VerdictStrip'));

type Region = 'toolbar' | 'encoded' | 'strip' | 'decoded' | 'signature';

/** Which pane holds each element a lesson can point at (a new focus target is a type error here). */
export const REGION_OF: Record<Focus['testid'], Region> = {
  'mode-toggle': 'toolbar',
  'token-input': 'encoded',
  'header-json': 'decoded',
  'payload-json': 'decoded',
  'key-input': 'strip',
  'signature-status': 'strip',
  'claims-status': 'strip',
};

function Pending({ className }: { className: string }) {
  const t = useT();
  return (
    <section className={`panel ${className} pending-region`} aria-busy="true">
      <p>{t('app.loading')}</p>
    </section>
  );
}

/** The panes, the focused one first; the toolbar always leads (it holds the mode switch). */
export function LessonPanes({ focus }: { focus?: Focus | undefined }) {
  const first = REGION_OF[focus?.testid ?? 'token-input'];
  const panes: [Region, ReactNode][] = [
    ['encoded', <EncodedRegion key="encoded" />],
    [
      'strip',
      <div className="token-column" key="strip">
        <Suspense fallback={<Pending className="verdict-strip" />}>
          <VerdictStrip />
        </Suspense>
        <TokenFindings />
      </div>,
    ],
    [
      'decoded',
      <div className="decoded-column" key="decoded">
        <DecodedRegion />
        <Suspense fallback={<Pending className="claims-region" />}>
          <ClaimsRegion />
        </Suspense>
      </div>,
    ],
    [
      'signature',
      <Suspense key="signature" fallback={<Pending className="signature-region" />}>
        <SignatureRegion />
      </Suspense>,
    ],
  ];
  const ordered = [...panes.filter(([r]) => r === first), ...panes.filter(([r]) => r !== first)];
  return (
    <>
      <Toolbar />
      <div className="playground" data-first={first}>
        {ordered.map(([, node]) => node)}
      </div>
    </>
  );
}

/** The playground section of a lesson page. */
export function LessonPlaygroundSection({ sticky = false }: { sticky?: boolean }) {
  const { spec } = useLesson();
  const t = useStrings(lessonStrings);
  return (
    <section
      className={`lesson-playground${sticky ? ' is-sticky' : ' is-inline'}`}
      aria-label={t('lessons.playground')}
      data-testid="lesson-playground"
    >
      <LessonPanes focus={spec.focus} />
    </section>
  );
}
