/**
 * The claims set as a table a student can read: each registered claim with its meaning and RFC
 * section, times in three forms (local, ISO 8601, relative to `now`), and a badge per finding. A clock
 * that ticks, or travels in time, shows exp and nbf deciding.
 */
import { useId, useMemo, useState } from 'react';
import { usePlayground } from '../model/context';
import { useDiagnosticMessage, useLang, useStrings } from '../i18n/i18n';
import { claimsStrings } from '../i18n/strings/claims';
import {
  numericDateToIso,
  REGISTERED_CLAIMS,
  type Diagnostic,
  type JsonMember,
  type RegisteredClaim,
  type Span,
} from '../jwt/index';
import { DiagnosticList } from './DiagnosticList';
import { localDateTime, relativeTime } from './times';
import { CLAIM_BADGES, useClaims } from '../model/useClaims';
import './ClaimsRegion.css';

const TIME_CLAIMS = new Set(['exp', 'nbf', 'iat']);

function isRegistered(name: string): name is RegisteredClaim {
  return Object.prototype.hasOwnProperty.call(REGISTERED_CLAIMS, name);
}

/** "RFC 7519 §4.1.4" → "4.1.4". */
function sectionOf(name: RegisteredClaim): string {
  return REGISTERED_CLAIMS[name].replace(/^.*§/, '');
}

function sameSpan(a: Span | undefined, b: Span): boolean {
  return a !== undefined && a.start === b.start && a.end === b.end;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

const BADGE_TONE = { error: 'badge-bad', warning: 'badge-warn', info: 'badge-info' } as const;
const BADGE_ICON = { error: '✗', warning: '⚠', info: 'ℹ' } as const;

function TimeCell({ name, value, now }: { name: string; value: number; now: number }) {
  const t = useStrings(claimsStrings);
  const lang = useLang();
  const local = localDateTime(lang, value);
  if (local === null) return null;
  const diff = value - now;
  const rel = relativeTime(lang, diff);
  const key =
    name === 'exp'
      ? diff > 0
        ? 'claims.rel.exp.future'
        : 'claims.rel.exp.past'
      : name === 'nbf'
        ? diff > 0
          ? 'claims.rel.nbf.future'
          : 'claims.rel.nbf.past'
        : diff > 0
          ? 'claims.rel.iat.future'
          : 'claims.rel.iat.past';
  return (
    <dl className="claim-time">
      <dt>{t('claims.time.local')}</dt>
      <dd>
        <time dateTime={numericDateToIso(value)}>{local}</time>
      </dd>
      <dt>{t('claims.time.iso')}</dt>
      <dd className="mono">{numericDateToIso(value)}</dd>
      <dd className="claim-relative" data-testid={`relative-${name}`}>
        {t(key, { rel })}
      </dd>
    </dl>
  );
}

function ClaimRow({
  claims,
  member,
  diagnostics,
  highlightable,
}: {
  claims: string;
  member: JsonMember;
  diagnostics: Diagnostic[];
  highlightable: boolean;
}) {
  const { state, dispatch, now } = usePlayground();
  const t = useStrings(claimsStrings);
  const name = member.name;
  const registered = isRegistered(name) ? name : null;
  const raw = claims.slice(member.valueSpan.start, member.valueSpan.end);
  const shown = raw.length > 300 ? `${raw.slice(0, 300)}…` : raw;
  const mine = diagnostics.filter((d) => sameSpan(d.jsonSpan, member.span));
  const message = useDiagnosticMessage(mine.length > 0);
  const isTime = TIME_CLAIMS.has(name) && typeof member.value === 'number';
  const hl = state.highlight;
  const lit =
    highlightable &&
    hl !== null &&
    hl.from === 'json' &&
    hl.part === 'payload' &&
    overlaps(hl.span, member.span);
  const ok =
    isTime && !mine.some((d) => d.severity !== 'info' || d.code === 'expired-within-leeway')
      ? t(`claims.badge.ok.${name as 'exp' | 'nbf' | 'iat'}`)
      : null;
  const on = () => {
    if (highlightable) {
      dispatch({
        type: 'highlight',
        highlight: { from: 'json', part: 'payload', span: member.span },
      });
    }
  };
  const off = () => {
    if (highlightable) dispatch({ type: 'highlight', highlight: null });
  };
  return (
    <tr
      tabIndex={0}
      className={lit ? 'claim-row hl-row' : 'claim-row'}
      data-claim={name}
      onMouseEnter={on}
      onMouseLeave={off}
      onFocus={on}
      onBlur={off}
    >
      <th scope="row">
        <code>{name}</code>
        <span className="claim-kind">{t(registered ? 'claims.registered' : 'claims.custom')}</span>
      </th>
      <td className="claim-value">
        <code className="mono">{shown}</code>
        {isTime && <TimeCell name={name} value={member.value as number} now={now} />}
      </td>
      <td className="claim-meaning">
        {t(registered ? `claims.meaning.${registered}` : 'claims.meaning.custom')}{' '}
        {registered ? (
          <a
            href={`https://www.rfc-editor.org/rfc/rfc7519#section-${sectionOf(registered)}`}
            target="_blank"
            rel="noreferrer"
          >
            {t('claims.rfcLink', { section: sectionOf(registered) })}
          </a>
        ) : (
          <a
            href="https://www.rfc-editor.org/rfc/rfc7519#section-4.3"
            target="_blank"
            rel="noreferrer"
          >
            {t('claims.rfcLink', { section: '4.2–4.3' })}
          </a>
        )}
      </td>
      <td>
        <div className="claim-status">
          {mine.map((d, i) => {
            const key = CLAIM_BADGES[d.code];
            return (
              <span
                key={i}
                className={`badge ${BADGE_TONE[d.severity]}`}
                data-code={d.code}
                title={message(d)}
              >
                <span aria-hidden="true">{BADGE_ICON[d.severity]}</span> {key ? t(key) : d.code}
              </span>
            );
          })}
          {ok && (
            <span className="badge badge-ok" data-code={`ok-${name}`}>
              <span aria-hidden="true">✓</span> {ok}
            </span>
          )}
        </div>
      </td>
    </tr>
  );
}

const STEPS = [
  { key: 'claims.clock.minusHour', label: 'claims.clock.minusHour.label', delta: -3600 },
  { key: 'claims.clock.minusMinute', label: 'claims.clock.minusMinute.label', delta: -60 },
  { key: 'claims.clock.plusMinute', label: 'claims.clock.plusMinute.label', delta: 60 },
  { key: 'claims.clock.plusHour', label: 'claims.clock.plusHour.label', delta: 3600 },
  { key: 'claims.clock.plusDay', label: 'claims.clock.plusDay.label', delta: 86400 },
] as const;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The value of a datetime-local input for a NumericDate, in local time. */
function localInputValue(seconds: number): string {
  const d = new Date(seconds * 1000);
  const y = d.getFullYear();
  if (Number.isNaN(y) || y < 1 || y > 9999) return '';
  return `${pad(y, 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

function Clock({ times }: { times: number[] }) {
  const { state, dispatch, now } = usePlayground();
  const t = useStrings(claimsStrings);
  const lang = useLang();
  const id = useId();
  // The slider spans the token's times with a day either side; without any, a month around the start.
  const [anchor] = useState(now);
  const min = times.length ? Math.min(...times) - 86400 : anchor - 30 * 86400;
  const max = times.length ? Math.max(...times) + 86400 : anchor + 30 * 86400;
  const travelling = !state.clock.live;
  const local = localDateTime(lang, now) ?? numericDateToIso(now);
  const go = (at: number) => {
    if (Number.isFinite(at))
      dispatch({ type: 'set-clock', clock: { live: false, at: Math.round(at) } });
  };
  return (
    <section className="clock" aria-labelledby={id}>
      <h3 id={id}>{t('claims.clock.title')}</h3>
      <p className="clock-now">
        <span>{t('claims.clock.now')}</span>{' '}
        <time dateTime={numericDateToIso(now)} data-testid="clock-now">
          {local}
        </time>{' '}
        <span className={`badge ${travelling ? 'badge-warn' : 'badge-ok'}`}>
          <span aria-hidden="true">{travelling ? '↷' : '●'}</span>{' '}
          {t(travelling ? 'claims.clock.travelling' : 'claims.clock.live')}
        </span>
      </p>
      <p role="status" className={travelling ? 'clock-travel' : 'visually-hidden'}>
        {travelling ? (
          <>
            <span aria-hidden="true">↷ </span>
            <span data-testid="time-travel">{t('claims.clock.travel', { date: local })}</span>
          </>
        ) : null}
      </p>
      <p className="muted">{t('claims.clock.help')}</p>
      <label className="clock-range">
        <span>{t('claims.clock.slider')}</span>
        <input
          type="range"
          data-testid="clock-range"
          min={min}
          max={max}
          step={60}
          value={Math.min(max, Math.max(min, now))}
          aria-valuetext={local}
          onChange={(e) => go(Number(e.target.value))}
        />
      </label>
      <div className="clock-fields">
        <label>
          <span>{t('claims.clock.seconds')}</span>
          <input
            type="number"
            data-testid="clock-seconds"
            step={1}
            value={now}
            onChange={(e) => e.target.value !== '' && go(Number(e.target.value))}
          />
        </label>
        <label>
          <span>{t('claims.clock.datetime')}</span>
          <input
            type="datetime-local"
            step={1}
            value={localInputValue(now)}
            onChange={(e) => {
              const ms = new Date(e.target.value).getTime();
              if (!Number.isNaN(ms)) go(ms / 1000);
            }}
          />
        </label>
      </div>
      <div className="clock-buttons">
        {STEPS.map((s) => (
          <button key={s.key} type="button" onClick={() => go(now + s.delta)}>
            {t(s.key)}
            <span className="visually-hidden"> ({t(s.label)})</span>
          </button>
        ))}
        <button
          type="button"
          disabled={!travelling}
          onClick={() => dispatch({ type: 'set-clock', clock: { live: true } })}
        >
          {t('claims.clock.backToLive')}
        </button>
      </div>
    </section>
  );
}

/** Rows the claims table shows; a payload of a hundred thousand members is counted, not laid out. */
const ROW_CAP = 100;

export function ClaimsRegion() {
  const t = useStrings(claimsStrings);
  const id = useId();
  const { claims, diagnostics, nested } = useClaims();
  const members = useMemo(() => claims?.members.filter((m) => m.depth === 0) ?? [], [claims]);
  const value = claims?.value;
  // Counted once per claims set: the clock renders this every second.
  const total = useMemo(
    () =>
      value !== null && typeof value === 'object' ? Object.keys(value).length : members.length,
    [value, members],
  );
  // Duplicate names are rows of their own; a payload past the parser's member cap is counted by keys.
  const more = Math.max(total, members.length) - Math.min(members.length, ROW_CAP);
  const times = members
    .filter((m) => TIME_CLAIMS.has(m.name) && typeof m.value === 'number')
    .map((m) => m.value as number)
    .filter((v) => Math.abs(v) < 1e11);
  const loose = diagnostics.filter((d) => !members.some((m) => sameSpan(d.jsonSpan, m.span)));
  return (
    <section className="panel claims-region" aria-labelledby={id}>
      <h2 id={id}>{t('claims.title')}</h2>
      {!claims ? (
        <p className="muted">{t('claims.none')}</p>
      ) : (
        <>
          {nested && <p className="muted">{t('claims.nested')}</p>}
          <div className="claims-table-wrap">
            <table className="claims-table">
              <thead>
                <tr>
                  <th scope="col">{t('claims.col.claim')}</th>
                  <th scope="col">{t('claims.col.value')}</th>
                  <th scope="col">{t('claims.col.meaning')}</th>
                  <th scope="col">{t('claims.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {members.slice(0, ROW_CAP).map((m, i) => (
                  <ClaimRow
                    key={`${m.name}:${i}`}
                    claims={claims.text}
                    member={m}
                    diagnostics={diagnostics}
                    highlightable={!nested}
                  />
                ))}
              </tbody>
            </table>
            {more > 0 && (
              <p className="muted" data-testid="claims-more">
                {t('claims.more', { count: more })}
              </p>
            )}
          </div>
          {loose.length > 0 && (
            <div className="claims-notes">
              <h3>{t('claims.notes')}</h3>
              <DiagnosticList diagnostics={loose} />
            </div>
          )}
        </>
      )}
      <Clock times={times} />
    </section>
  );
}
