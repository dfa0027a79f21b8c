/**
 * Hand-made SVG charts: every bar carries its own text label, so the numbers never depend on colour.
 */
import { useId } from 'react';
import { useStrings } from '../../i18n/i18n';
import { simsStrings } from '../../i18n/strings/sims';
import type { GrowthRow, Step } from './engine/recorder';
import { formatSize } from './format';
import type { TestId } from '../../model/testIds';

const WIDTH = 320;
const ROW = 34;

interface Bar {
  label: string;
  value: number;
  kind: 'cookie' | 'bearer' | 'plain' | 'session' | 'jwt';
}

function Bars({ title, bars, testId }: { title: string; bars: Bar[]; testId: TestId }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="sim-chart" data-testid={testId}>
      <figcaption id={id}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${bars.length * ROW + 4}`}
        width="100%"
        role="img"
        aria-labelledby={id}
        aria-describedby={`${id}-list`}
      >
        {bars.map((b, i) => (
          <g key={i} transform={`translate(0 ${i * ROW})`}>
            <text x="0" y="12" className="sim-chart-label">
              {b.label}
            </text>
            <rect
              x="0"
              y="16"
              height="12"
              rx="2"
              width={b.value === 0 ? 0 : Math.max(2, (b.value / max) * (WIDTH - 4))}
              className={`sim-bar sim-bar-${b.kind}`}
            />
          </g>
        ))}
      </svg>
      <ul id={`${id}-list`} className="visually-hidden">
        {bars.map((b, i) => (
          <li key={i}>{b.label}</li>
        ))}
      </ul>
    </figure>
  );
}

/** Bytes the browser sent, one bar per request so far. */
export function BytesChart({ steps }: { steps: Step[] }) {
  const t = useStrings(simsStrings);
  const bars: Bar[] = [];
  steps.forEach((s, i) => {
    const x = s.exchange;
    if (!x) return;
    const has = (name: string): boolean =>
      x.request.headers.some(([n]) => n.toLowerCase() === name);
    bars.push({
      label: t(x.client === 'attacker' ? 'sims.chart.bar-attacker' : 'sims.chart.bar', {
        n: i + 1,
        method: x.request.method,
        path: x.request.path,
        status: x.response.status,
        bytes: x.requestBytes,
      }),
      value: x.requestBytes,
      kind: has('authorization') ? 'bearer' : has('cookie') ? 'cookie' : 'plain',
    });
  });
  if (bars.length === 0) return <p className="sim-muted">{t('sims.chart.bytes-empty')}</p>;
  return <Bars title={t('sims.chart.bytes')} bars={bars} testId="sim-bytes-chart" />;
}

/** Memory held for signed-in users: sessions against JWTs, measured on a real store. */
export function GrowthChart({ rows }: { rows: GrowthRow[] }) {
  const t = useStrings(simsStrings);
  const bars: Bar[] = rows.flatMap((r) => [
    {
      label: `${t('sims.chart.users', { users: r.users.toLocaleString('en') })} · ${t(
        'sims.chart.sessions',
        { size: formatSize(r.sessionBytes) },
      )}`,
      value: r.sessionBytes,
      kind: 'session' as const,
    },
    {
      label: `${t('sims.chart.users', { users: r.users.toLocaleString('en') })} · ${t(
        'sims.chart.jwt',
        { size: formatSize(r.jwtBytes) },
      )}`,
      value: r.jwtBytes,
      kind: 'jwt' as const,
    },
  ]);
  return <Bars title={t('sims.chart.growth')} bars={bars} testId="sim-growth-chart" />;
}
