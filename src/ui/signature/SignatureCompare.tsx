import { useId, type ReactNode } from 'react';
import { encodeBase64url } from '../../jwt/index';
import { usePlayground } from '../../model/context';
import { countDifferences, diffMask, runsOf, toHex } from '../../model/signatureModel';
import { DiagnosticList } from '../DiagnosticList';
import { useSigText } from './text';

function Marked({ items, mask, sep }: { items: string[]; mask: boolean[]; sep: string }) {
  if (items.length === 0) return <EmptyMark />;
  return (
    <>
      {runsOf(mask).map((r) => {
        const text = items.slice(r.start, r.end).join(sep) + (r.end < items.length ? sep : '');
        return r.diff ? (
          <mark key={r.start} className="sig-diff">
            {text}
          </mark>
        ) : (
          <span key={r.start}>{text}</span>
        );
      })}
    </>
  );
}

function EmptyMark() {
  const t = useSigText();
  return <span className="muted">{t('cmp.empty')}</span>;
}

function SignatureColumn({
  title,
  text,
  bytes,
  other,
  otherText,
}: {
  title: string;
  text: string;
  bytes: Uint8Array;
  other: Uint8Array;
  otherText: string;
}) {
  const t = useSigText();
  return (
    <div className="sig-column">
      <h4>
        {title} <span className="muted">({t('cmp.bytes', { count: bytes.length })})</span>
      </h4>
      <p className="sig-label">{t('cmp.base64url')}</p>
      <p className="sig-value mono">
        <Marked items={[...text]} mask={diffMask(text, otherText)} sep="" />
      </p>
      <p className="sig-label">{t('cmp.hex')}</p>
      <p className="sig-value sig-hex mono">
        <Marked items={toHex(bytes)} mask={diffMask(bytes, other)} sep=" " />
      </p>
    </div>
  );
}

export function SignatureCompare() {
  const { inspection, derived } = usePlayground();
  const t = useSigText();
  const id = useId();
  if (inspection.kind !== 'jws') return null;
  const info = inspection.algInfo;
  const seg = inspection.segments[2];
  const tokenText = seg?.text ?? '';
  const tokenBytes = seg?.bytes ?? new Uint8Array();
  const m = derived.value?.made ?? null;
  let body: ReactNode;
  if (inspection.alg === 'none') body = <p className="muted">{t('cmp.none')}</p>;
  else if (!m) body = <p className="muted">{derived.pending ? t('cmp.computing') : ''}</p>;
  else if (m.kind === 'nokey') body = <p className="muted">{t('cmp.noKey')}</p>;
  else if (m.kind === 'public') body = <p className="key-hint">{t('cmp.cannotSign')}</p>;
  else if (m.kind === 'failed') {
    body = (
      <>
        <p className="key-hint">{t('cmp.failed')}</p>
        <DiagnosticList diagnostics={m.diagnostics} />
      </>
    );
  } else {
    const madeText = encodeBase64url(m.signature);
    const differ = countDifferences(tokenBytes, m.signature);
    const total = Math.max(tokenBytes.length, m.signature.length);
    body = (
      <>
        <div className="sig-columns">
          <SignatureColumn
            title={t('cmp.token')}
            text={tokenText}
            bytes={tokenBytes}
            other={m.signature}
            otherText={madeText}
          />
          <SignatureColumn
            title={t('cmp.computed')}
            text={madeText}
            bytes={m.signature}
            other={tokenBytes}
            otherText={tokenText}
          />
        </div>
        <p className="sig-count" data-testid="signature-diff">
          {differ === 0 ? t('cmp.same', { total }) : t('cmp.differ', { count: differ, total })}
          {tokenBytes.length !== m.signature.length &&
            ' ' + t('cmp.lengths', { a: tokenBytes.length, b: m.signature.length })}
        </p>
        {info && !info.deterministic && (
          <p className="key-hint" data-testid="signature-random">
            <span aria-hidden="true">ℹ </span>
            {t('cmp.random', { alg: info.alg })}
          </p>
        )}
      </>
    );
  }
  return (
    <section className="sig-section" aria-labelledby={id}>
      <h3 id={id}>{t('cmp.title')}</h3>
      {body}
    </section>
  );
}
