/**
 * Keeps one failing pane or page from blanking the app. The inputs live in the shell's reducer above
 * every boundary, so a crash here never loses what the student typed; the fallback says so and offers
 * a way back, which mounts the children afresh. A boundary also resets itself when `resetKeys` (the
 * token, the key) changes: the next edit may well be the fix.
 */
import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import './ErrorBoundary.css';

interface Props {
  children: ReactNode;
  /** A change of any of these values (compared one by one) clears the error. */
  resetKeys?: readonly unknown[];
  /** What to show instead of the children; the default is a small notice with a retry button. */
  fallback?: (retry: () => void) => ReactNode;
  className?: string;
}

interface BoundaryState {
  failed: boolean;
  resetKeys: readonly unknown[];
  /** Bumped by "show again" so the children mount afresh instead of reusing a broken tree. */
  attempt: number;
}

export class ErrorBoundary extends Component<Props, BoundaryState> {
  state: BoundaryState = { failed: false, resetKeys: this.props.resetKeys ?? [], attempt: 0 };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: Props,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    const next = props.resetKeys ?? [];
    const same =
      next.length === state.resetKeys.length &&
      next.every((k, i) => Object.is(k, state.resetKeys[i]));
    if (same) return null;
    // Only a failed boundary re-mounts its children; a working one just remembers the new keys.
    return state.failed
      ? { failed: false, resetKeys: next, attempt: state.attempt + 1 }
      : { resetKeys: next };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever reports the bug; the student sees the notice.
    console.error('A pane failed:', error, info.componentStack);
  }

  retry = (): void => {
    this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }));
  };

  render(): ReactNode {
    if (this.state.failed) {
      return this.props.fallback ? (
        this.props.fallback(this.retry)
      ) : (
        <PaneFailed retry={this.retry} className={this.props.className} />
      );
    }
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}

function PaneFailed({ retry, className }: { retry: () => void; className?: string }) {
  const t = useT();
  return (
    <section
      className={`panel pane-failed${className ? ` ${className}` : ''}`}
      role="alert"
      data-testid="pane-failed"
    >
      <p>
        <strong>⚠ {t('app.failed.title')}</strong> {t('app.failed.pane')}
      </p>
      <button type="button" onClick={retry}>
        {t('app.failed.retry')}
      </button>
    </section>
  );
}

/**
 * The fallback of a whole page: the token and the key stay in plain text fields that still edit the
 * state, so the student can copy them or fix what broke the page; any edit brings the page back.
 */
export function PageFailed({
  retry,
  token,
  keyText,
  onToken,
  onKey,
}: {
  retry: () => void;
  token: string;
  keyText: string;
  onToken: (text: string) => void;
  onKey: (text: string) => void;
}) {
  const t = useT();
  return (
    <section className="panel pane-failed page-failed" data-testid="page-failed">
      <p role="alert">
        <strong>⚠ {t('app.failed.title')}</strong> {t('app.failed.page')}
      </p>
      <label className="kept-field">
        <span>{t('app.failed.token')}</span>
        <textarea
          data-testid="kept-token"
          className="mono"
          rows={4}
          spellCheck={false}
          value={token}
          onChange={(e) => onToken(e.target.value)}
        />
      </label>
      <label className="kept-field">
        <span>{t('app.failed.key')}</span>
        <textarea
          data-testid="kept-key"
          className="mono"
          rows={3}
          spellCheck={false}
          value={keyText}
          onChange={(e) => onKey(e.target.value)}
        />
      </label>
      <button type="button" onClick={retry}>
        {t('app.failed.retryPage')}
      </button>
    </section>
  );
}
