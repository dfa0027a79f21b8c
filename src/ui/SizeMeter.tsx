import { useMemo } from 'react';
import { useStrings } from '../i18n/i18n';
import { utf8Length, type Inspection } from '../jwt/index';
import { PART_LIST_CAP, partClass } from './paint';
import type { StringKey } from '../i18n/strings';
import { sizeStrings } from '../i18n/strings/size';

/** RFC 6265 §6.1: browsers need only keep 4,096 bytes per cookie; many servers cap headers at 8 KB. */
const COOKIE_LIMIT = 4096;
const HEADER_LIMIT = 8192;

function Bar({ value, max, label }: { value: number; max: number; label: string }) {
  const t = useStrings(sizeStrings);
  const over = value > max;
  return (
    <div className={`size-row${over ? ' over' : ''}`}>
      <div className="size-bar" aria-hidden="true">
        <span style={{ width: `${Math.min(100, (value / max) * 100)}%` }} />
      </div>
      <span className="size-text">
        {label}
        {over && <strong> ({t('enc.size.over')})</strong>}
      </span>
    </div>
  );
}

export default function SizeMeter({ insp }: { insp: Inspection }) {
  const t = useStrings(sizeStrings);
  // Counted once per token, not on every render (the clock re-renders the page every second).
  const total = useMemo(() => utf8Length(insp.token), [insp.token]);
  const partBytes = useMemo(
    () => insp.segments.slice(0, PART_LIST_CAP).map((seg) => utf8Length(seg.text)),
    [insp.segments],
  );
  if (insp.token.length === 0) return null;
  const more = insp.partCount - PART_LIST_CAP;
  const percent = (limit: number): string =>
    ((total / limit) * 100).toFixed(total < limit / 100 ? 1 : 0);
  return (
    <section className="size-meter" aria-labelledby="size-title">
      <h3 id="size-title" className="enc-subtitle">
        {t('enc.size.title')}
      </h3>
      <ul className="size-parts">
        {insp.segments.slice(0, PART_LIST_CAP).map((seg, i) => (
          <li key={i} className={partClass(insp, seg.name)}>
            {t('enc.size.part', {
              part: t(`enc.part.${seg.name}` as StringKey),
              bytes: partBytes[i]!,
            })}
          </li>
        ))}
        {more > 0 && <li className="part-more">{t('enc.size.more', { count: more })}</li>}
      </ul>
      <p className="size-total">{t('enc.size.total', { bytes: total })}</p>
      <Bar
        value={total}
        max={COOKIE_LIMIT}
        label={t('enc.size.cookie', { percent: percent(COOKIE_LIMIT) })}
      />
      <Bar
        value={total}
        max={HEADER_LIMIT}
        label={t('enc.size.header', { percent: percent(HEADER_LIMIT) })}
      />
    </section>
  );
}
