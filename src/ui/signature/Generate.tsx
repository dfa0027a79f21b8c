import { lazy, Suspense, useState } from 'react';
import { useSigText } from './text';

const GeneratePanel = lazy(() => import('./GeneratePanel'));

export function Generate() {
  const t = useSigText();
  const [open, setOpen] = useState(false);
  return (
    <details className="sig-section generate" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('gen.title')}</summary>
      {open && (
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
          <GeneratePanel />
        </Suspense>
      )}
    </details>
  );
}
