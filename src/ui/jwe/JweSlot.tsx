/**
 * The one door from the first-load panes to the JWE panes. It is itself tiny and loads the panes
 * (with their styles and the JWE core) on use, so the first-load chunk names a single file for both.
 */
import { lazy } from 'react';

const JwePayload = lazy(() => import('./JwePayload').then((m) => ({ default: m.JwePayload })));
const EncryptPanel = lazy(() =>
  import('./EncryptPanel').then((m) => ({ default: m.EncryptPanel })),
);

export function JweSlot({ pane }: { pane: 'payload' | 'encrypt' }) {
  return pane === 'payload' ? <JwePayload /> : <EncryptPanel />;
}
