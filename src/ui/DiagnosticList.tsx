/**
 * The findings of the core as a list a student can read: severity as icon and word (never colour
 * alone), the sentence in the current language, and the RFC section it comes from. Hovering or
 * focusing a finding reports it, so the caller can highlight its span in the token.
 */
import { Suspense, type FocusEvent, type MouseEvent } from 'react';
import type { Diagnostic, Severity } from '../jwt/index';
import { useDiagnosticMessage, useLang, useT } from '../i18n/i18n';
import { rfcUrl, severityLabel } from '../i18n/strings/labels';
import './DiagnosticList.css';

const ICON: Record<Severity, string> = { error: '✕', warning: '⚠', info: 'ℹ' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; the core's order within each (sort is stable). */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

export interface DiagnosticListProps {
  diagnostics: readonly Diagnostic[];
  /** Called with the finding under the pointer or focus, and with null when it leaves. */
  onHover?: (d: Diagnostic | null) => void;
}

export function DiagnosticList(props: DiagnosticListProps) {
  if (props.diagnostics.length === 0) return null;
  // The list appears once its sentences are in (they load just after the first paint), and only the
  // list waits for them, not the pane around it.
  return (
    <Suspense fallback={null}>
      <DiagnosticItems {...props} />
    </Suspense>
  );
}

function DiagnosticItems({ diagnostics, onHover }: DiagnosticListProps) {
  const lang = useLang();
  const t = useT();
  const message = useDiagnosticMessage();

  // Moving between the item and its own link is not leaving the finding.
  const leave = (e: FocusEvent<HTMLElement> | MouseEvent<HTMLElement>) => {
    const next = e.relatedTarget;
    if (next instanceof Node && e.currentTarget.contains(next)) return;
    onHover?.(null);
  };

  return (
    <ul className="diagnostic-list" aria-label={t('diagnostics.label')}>
      {sortDiagnostics(diagnostics).map((d, i) => {
        const url = rfcUrl(d.rfc);
        return (
          <li
            key={`${d.code}:${d.span?.start ?? ''}:${i}`}
            className={`diagnostic diagnostic-${d.severity}`}
            data-code={d.code}
            data-severity={d.severity}
            tabIndex={0}
            onMouseEnter={() => onHover?.(d)}
            onMouseLeave={leave}
            onFocus={() => onHover?.(d)}
            onBlur={leave}
          >
            <span className="diagnostic-severity">
              <span aria-hidden="true">{ICON[d.severity]}</span> {severityLabel(lang, d.severity)}
            </span>
            <span className="diagnostic-message">{message(d)}</span>
            {url ? (
              <a className="diagnostic-rfc" href={url} target="_blank" rel="noreferrer">
                {d.rfc}
                <span className="visually-hidden"> ({t('diagnostics.newTab')})</span>
              </a>
            ) : (
              <span className="diagnostic-rfc">{d.rfc}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
