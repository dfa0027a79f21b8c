import { useStrings } from '../../i18n/i18n';
import type { DecryptionStatus as Status } from '../../jwt/index';
import { jweStrings } from './strings';

const ICON: Record<Status, string> = {
  decrypted: '✓',
  failed: '✕',
  'no-key': '○',
  unsupported: '⚠',
};
const BADGE: Record<Status, string> = {
  decrypted: 'badge-ok',
  failed: 'badge-bad',
  'no-key': 'badge-info',
  unsupported: 'badge-warn',
};

/** The decryption verdict: icon, word and algorithms (never colour alone). */
export function DecryptionStatus({
  status,
  alg,
  enc,
}: {
  status: Status | null;
  alg: string | null;
  enc: string | null;
}) {
  const t = useStrings(jweStrings);
  return (
    <p
      className={`jwe-status badge ${status ? BADGE[status] : ''}`}
      data-testid="decryption-status"
      data-status={status ?? 'pending'}
      role="status"
    >
      <span className="visually-hidden">{t('jwe.status.label')}: </span>
      <span aria-hidden="true">{status ? ICON[status] : '…'} </span>
      {status ? t(`jwe.status.${status}`) : t('jwe.status.pending')}
      {alg && enc && <span className="jwe-algs mono"> · {t('jwe.status.with', { alg, enc })}</span>}
    </p>
  );
}
