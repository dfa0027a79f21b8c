/**
 * The one door from the first-load panes to the JWE panes: a single lazy chunk, so the playground's
 * first load carries one small import for both the decrypted payload and the Encrypt panel.
 */
import { EncryptPanel } from './EncryptPanel';
import { JwePayload } from './JwePayload';

export function JweSlot({ pane }: { pane: 'payload' | 'encrypt' }) {
  return pane === 'payload' ? <JwePayload /> : <EncryptPanel />;
}
