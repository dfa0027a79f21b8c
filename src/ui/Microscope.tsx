/**
 * The base64url microscope: for the selected token characters, the 6 bits each one stands for, the
 * bytes every group of 4 characters makes (RFC 4648 §5), and the UTF-8 characters those bytes spell.
 * Loaded lazily: most visits never open it.
 */
import { usePlayground } from '../model/context';
import { useStrings } from '../i18n/i18n';
import { microscopeStrings } from '../i18n/strings/microscope';
import {
  byteOffsetToText,
  canonicalLastChar,
  charsToBytes,
  decodeUtf8,
  encodeUtf8,
  sextet,
  textOffsetsToBytes,
  type Segment,
} from '../jwt/index';
import { hex, highlightedInput } from './paint';
import type { StringKey } from '../i18n/strings';

const MAX_CHARS = 64;

function showChar(ch: string): string {
  if (ch === ' ') return '␣';
  const code = ch.codePointAt(0)!;
  return code < 0x20 || code === 0x7f ? JSON.stringify(ch).slice(1, -1) : ch;
}

function codePoint(ch: string): string {
  return 'U+' + ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

export default function Microscope() {
  const { state, inspection } = usePlayground();
  const t = useStrings(microscopeStrings);
  const span = highlightedInput(inspection, state.highlight);
  const seg = span
    ? inspection.segments.find(
        (s) =>
          (span.start < s.span.end && span.end > s.span.start) ||
          (span.start === span.end && span.start >= s.span.start && span.start < s.span.end),
      )
    : undefined;
  if (!span || !seg) {
    return (
      <div className="microscope" data-testid="microscope">
        <h3>{t('mic.title')}</h3>
        <p className="hint">{t('mic.empty')}</p>
      </div>
    );
  }
  const c0 = Math.max(span.start, seg.span.start) - seg.span.start;
  const c1 = Math.max(Math.min(span.end, seg.span.end) - seg.span.start, c0 + 1);
  const end = Math.min(c1, c0 + MAX_CHARS);
  return (
    <div className="microscope" data-testid="microscope">
      <h3>{t('mic.title')}</h3>
      <p>
        {t('mic.where', {
          part: t(`enc.part.${seg.name}` as StringKey),
          start: c0 + 1,
          end,
        })}
      </p>
      {c1 - c0 > MAX_CHARS && (
        <p className="hint">{t('mic.capped', { max: MAX_CHARS, count: c1 - c0 })}</p>
      )}
      <Chars seg={seg} c0={c0} end={end} />
      {seg.bytes && <Groups seg={seg} bytes={seg.bytes} c0={c0} end={end} />}
      {seg.bytes && <Utf8 bytes={seg.bytes} c0={c0} end={end} />}
      {seg.bytes && end === seg.text.length && <LastChar text={seg.text} />}
    </div>
  );
}

function Chars({ seg, c0, end }: { seg: Segment; c0: number; end: number }) {
  const t = useStrings(microscopeStrings);
  const chars = [...seg.text.slice(c0, end)];
  return (
    <>
      <h4 className="mic-sub">{t('mic.chars')}</h4>
      <ul className="chars" aria-label={t('mic.chars')}>
        {chars.map((ch, i) => {
          const v = sextet(ch);
          return (
            <li key={i}>
              <span>{showChar(ch)}</span>
              <span className="bits">
                {v === null ? t('mic.invalid') : `${v.toString(2).padStart(6, '0')} = ${v}`}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Groups({
  seg,
  bytes,
  c0,
  end,
}: {
  seg: Segment;
  bytes: Uint8Array;
  c0: number;
  end: number;
}) {
  const t = useStrings(microscopeStrings);
  const rows: { q: number; chars: string; hex: string }[] = [];
  for (let q = Math.floor(c0 / 4) * 4; q < end; q += 4) {
    const qEnd = Math.min(q + 4, seg.text.length);
    const [b0, b1] = charsToBytes(q, qEnd, bytes.length);
    rows.push({ q, chars: seg.text.slice(q, qEnd), hex: hex(bytes, b0, b1) });
  }
  return (
    <>
      <h4 className="mic-sub">{t('mic.groups')}</h4>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('mic.col.group')}</th>
            <th scope="col">{t('mic.col.bytes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.q}>
              <td className="mono">{r.chars}</td>
              <td className="mono">{r.hex}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The selected bytes, widened to whole UTF-8 characters, one row per character. */
function Utf8({ bytes, c0, end }: { bytes: Uint8Array; c0: number; end: number }) {
  const t = useStrings(microscopeStrings);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return <p className="hint">{t('mic.binary')}</p>;
  const text = decoded.text;
  const [b0, b1] = charsToBytes(c0, end, bytes.length);
  const t0 = byteOffsetToText(text, b0);
  const t1 = byteOffsetToText(text, b1, true);
  let offset = textOffsetsToBytes(text, [t0])[0]!;
  const rows = [...text.slice(t0, t1)].map((ch) => {
    const n = encodeUtf8(ch).length;
    const row = { ch, start: offset, n };
    offset += n;
    return row;
  });
  return (
    <>
      <h4 className="mic-sub">{t('mic.utf8')}</h4>
      <table data-testid="microscope-utf8">
        <thead>
          <tr>
            <th scope="col">{t('mic.col.text')}</th>
            <th scope="col">{t('mic.col.codepoint')}</th>
            <th scope="col">{t('mic.col.bytes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.start}>
              <td>{showChar(r.ch)}</td>
              <td className="mono">{codePoint(r.ch)}</td>
              <td className="mono">
                {hex(bytes, r.start, r.start + r.n)}{' '}
                <span className="hint">
                  ({r.n === 1 ? t('mic.onebyte') : t('mic.nbytes', { count: r.n })})
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function LastChar({ text }: { text: string }) {
  const t = useStrings(microscopeStrings);
  const unused = (text.length * 6) % 8;
  if (unused === 0) return null;
  const canonical = canonicalLastChar(text);
  const last = text[text.length - 1]!;
  return (
    <p data-testid="microscope-last">
      {t('mic.last', { data: 6 - unused, pad: unused })}{' '}
      {canonical === null
        ? t('mic.last.ok', { char: last })
        : t('mic.last.bad', { char: last, canonical })}
    </p>
  );
}
