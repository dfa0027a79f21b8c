import { lazy, Suspense } from 'react';
import type { DiagnosticListProps } from './DiagnosticList';

// Findings lists load with the first finding: a valid token, the common first paint, has none.
const DiagnosticList = lazy(() =>
  import('./DiagnosticList').then((m) => ({ default: m.DiagnosticList })),
);

/** <DiagnosticList>, loaded on first use. */
export function LazyDiagnosticList(props: DiagnosticListProps) {
  return (
    <Suspense fallback={null}>
      <DiagnosticList {...props} />
    </Suspense>
  );
}
