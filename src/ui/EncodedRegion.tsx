/**
 * The encoded token: a plain textarea whose text is exactly state.token, over a mirror that colours the
 * parts, underlines findings and marks what is highlighted. Cleaning pasted text is always the
 * student's explicit choice: the core shows what it left out, the buttons here remove it.
 */
import {
  lazy,
  startTransition,
  Suspense,
  useDeferredValue,
  useMemo,
  useRef,
  useEffect,
  useState,
  type SyntheticEvent,
} from 'react';
import { usePlayground } from '../model/context';
import { inspectAhead } from '../model/inspectToken';
import { useLang, useT } from '../i18n/i18n';
import type { Inspection, PartName, Span } from '../jwt/index';
import { LazyDiagnosticList as DiagnosticList } from './LazyDiagnosticList';
import type { Example } from '../model/defaultExample';
import {
  COLLAPSE_AT,
  COLLAPSE_PARTS,
  diagRange,
  highlightedInput,
  PART_LIST_CAP,
  partClass,
  hugePaste,
  renderRuns,
  useAutoGrow,
  useCollapsed,
  type PaintRange,
} from './paint';
import type { StringKey } from '../i18n/strings';
import { inPane } from '../model/panes';
import { firstScreenLazy } from './preload';
import './EncodedRegion.css';

const Microscope = lazy(() => import('./Microscope'));
// The size meter is a part of the first screen in a chunk of its own.
const SizeMeter = firstScreenLazy(() => import('./SizeMeter'));
const HugeText = lazy(() => import('./HugeText'));
const PasteNotices = lazy(() => import('./PasteNotices'));

/** When the token editor folds its text: too long, too many lines, or too many parts for a token. */
const TOKEN_FOLDS = { chars: COLLAPSE_AT, parts: COLLAPSE_PARTS };

/** Above this size the token is shown as plain text (no coloured mirror). */
const LARGE = 50_000;
const TOKEN_PARTS = new Set<PartName>([
  'input',
  'header',
  'payload',
  'signature',
  'encrypted-key',
  'iv',
  'ciphertext',
  'tag',
]);

function mirrorRanges(insp: Inspection, highlight: Span | null, large: boolean): PaintRange[] {
  const ranges: PaintRange[] = [];
  for (const seg of insp.segments) {
    const cls = partClass(insp, seg.name);
    if (cls) ranges.push({ start: seg.span.start, end: seg.span.end, cls });
  }
  let count = 0;
  for (const d of insp.diagnostics) {
    if (!d.span || !TOKEN_PARTS.has(d.part) || (large && count > 50)) continue;
    const r = diagRange(d.span, d.severity, insp.input.length);
    if (r) {
      ranges.push(r);
      count++;
    }
  }
  if (highlight && !large) ranges.push({ ...highlight, cls: 'hl' });
  return ranges;
}

export function EncodedRegion() {
  const { state, dispatch, inspection } = usePlayground();
  const t = useT();
  const lang = useLang();
  const input = useRef<HTMLTextAreaElement>(null);
  const mirror = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  const [scopeOpen, setScopeOpen] = useState(false);
  // The example menu's tokens load right after the first paint, not with it.
  const [examples, setExamples] = useState<Example[]>([]);
  useEffect(() => {
    let live = true;
    void import('../model/examples').then((m) => live && setExamples(m.EXAMPLES));
    return () => {
      live = false;
    };
  }, []);

  // Typing never waits for the mirror: it catches up when React has time.
  const shown = useDeferredValue(inspection);
  const large = shown.input.length > LARGE;
  const hl = large ? null : highlightedInput(shown, state.highlight);
  const hlStart = hl?.start ?? -1;
  const hlEnd = hl?.end ?? -1;
  // A very large token is shown as plain text: laying out a second copy of a megabyte (the mirror)
  // would double the work of every keystroke. The findings list still points at the positions.
  const mirrorNodes = useMemo(() => {
    if (large) return null;
    const span = hlStart >= 0 ? { start: hlStart, end: hlEnd } : null;
    return renderRuns(shown.input, mirrorRanges(shown, span, large));
  }, [shown, hlStart, hlEnd, large]);

  const syncScroll = useAutoGrow(input, mirror, state.token, mirrorNodes);
  const [collapsed, expand, fold] = useCollapsed(state.token, TOKEN_FOLDS);
  // What a paste brought along that decoding left out, and line breaks inside the token.
  const leftOut = inPane(inspection.diagnostics, 'paste').filter((d) => d.span);
  const breaks = inspection.diagnostics.some((d) => d.code === 'b64-whitespace');

  const onSelection = (e: SyntheticEvent<HTMLTextAreaElement>): void => {
    const ta = e.currentTarget;
    const span = { start: ta.selectionStart, end: ta.selectionEnd };
    const h = state.highlight;
    if (span.start === span.end) {
      if (h?.from === 'token') dispatch({ type: 'highlight', highlight: null });
      return;
    }
    if (h?.from === 'token' && h.span.start === span.start && h.span.end === span.end) return;
    dispatch({ type: 'highlight', highlight: { from: 'token', span } });
  };

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(state.token);
      setStatus(t('enc.copied'));
    } catch {
      // Older browsers or a denied permission: copy the selected textarea text instead.
      const ta = input.current;
      ta?.select();
      const ok = ta ? document.execCommand('copy') : false;
      setStatus(t(ok ? 'enc.copied' : 'enc.copyFailed'));
    }
  };

  return (
    <section className="panel encoded-region" aria-labelledby="encoded-title">
      <div className="enc-top">
        <h2 id="encoded-title" className="panel-title">
          {t('enc.title')}
        </h2>
        <label className="enc-examples">
          <span>{t('enc.examples')}</span>
          <select
            value=""
            onChange={(e) => {
              const ex = examples.find((x) => x.id === e.target.value);
              if (!ex) return;
              dispatch({
                type: 'load',
                token: ex.token,
                keyText: ex.keyText,
                keyFormat: ex.keyFormat,
                signKeyText: ex.signKeyText,
              });
              setStatus(t('enc.loaded', { title: ex.title[lang] }));
            }}
          >
            <option value="">{t('enc.examples.choose')}</option>
            {examples.map((ex) => (
              <option key={ex.id} value={ex.id}>
                {ex.title[lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label htmlFor="token-editor" id="token-label" className="enc-label">
        {t('enc.label')}
      </label>
      <p id="token-hint" className="hint">
        {t('enc.hint')}
      </p>
      {collapsed ? (
        <Suspense fallback={null}>
          <HugeText
            id="token-editor"
            text={state.token}
            reason={collapsed}
            testId="token-collapsed"
            labelledBy="token-label"
            onEdit={expand}
          />
        </Suspense>
      ) : (
        <div className={`overlay token-overlay${large ? ' plain' : ''}`}>
          <div
            ref={mirror}
            className="overlay-mirror"
            aria-hidden="true"
            data-testid="token-mirror"
          >
            {mirrorNodes}
          </div>
          <textarea
            ref={input}
            id="token-editor"
            data-testid="token-input"
            className="overlay-input"
            value={state.token}
            spellCheck={false}
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="off"
            aria-describedby="token-hint"
            rows={4}
            onChange={(e) => dispatch({ type: 'set-token', token: e.target.value })}
            onPaste={(e) => {
              const next = hugePaste(e, TOKEN_FOLDS);
              if (next === null) return;
              // Three tasks, none long: this one reads the clipboard, the next reads the token,
              // and a transition renders it (the clipboard's read of a 2 MB token, its reading
              // and its render were one task of 400 ms).
              void inspectAhead(next).then(() =>
                startTransition(() => {
                  fold();
                  dispatch({ type: 'set-token', token: next });
                }),
              );
            }}
            onScroll={syncScroll}
            onSelect={onSelection}
            onKeyUp={onSelection}
            onMouseUp={onSelection}
          />
        </div>
      )}
      {large && (
        <p className="hint" role="note">
          {t('enc.large', { kb: Math.round(inspection.input.length / 1024) })}
        </p>
      )}

      <PartLegend insp={inspection} />

      <div className="enc-actions">
        <button
          type="button"
          onClick={() => {
            dispatch({ type: 'set-token', token: '' });
            setStatus(t('enc.cleared'));
            input.current?.focus();
          }}
        >
          {t('enc.clear')}
        </button>
        {state.previous && (
          <button
            type="button"
            data-testid="restore-previous"
            onClick={() => {
              dispatch({ type: 'restore-previous' });
              setStatus(t('enc.restored'));
            }}
          >
            {t('enc.restore')}
          </button>
        )}
        <button type="button" onClick={() => void copy()} disabled={state.token.length === 0}>
          {t('enc.copy')}
        </button>
        <button
          type="button"
          aria-expanded={scopeOpen}
          aria-controls="microscope"
          onClick={() => setScopeOpen(!scopeOpen)}
        >
          {t(scopeOpen ? 'mic.close' : 'mic.open')}
        </button>
        <p className="enc-status" role="status" aria-live="polite">
          {status}
        </p>
      </div>

      {(leftOut.length > 0 || breaks) && (
        <Suspense fallback={null}>
          <PasteNotices
            insp={inspection}
            leftOut={leftOut}
            breaks={breaks}
            onClean={(token) => dispatch({ type: 'set-token', token })}
          />
        </Suspense>
      )}

      {scopeOpen && (
        <div id="microscope" className="microscope-box">
          <Suspense fallback={<p className="hint">{t('mic.loading')}</p>}>
            <Microscope />
          </Suspense>
        </div>
      )}
    </section>
  );
}

/**
 * The token's size and its findings. They come after the verdict strip (PlaygroundView), so on a
 * phone the verdict follows the token within one screen.
 */
export function TokenFindings() {
  const { dispatch, inspection } = usePlayground();
  const t = useT();
  const tokenDiagnostics = inspection.diagnostics.filter((d) => TOKEN_PARTS.has(d.part));
  return (
    <section className="panel token-findings" aria-label={t('enc.diag.title')}>
      <Suspense fallback={null}>
        <SizeMeter insp={inspection} />
      </Suspense>

      <h3 className="enc-subtitle">{t('enc.diag.title')}</h3>
      {tokenDiagnostics.length === 0 ? (
        <p className="hint">{t('enc.diag.none')}</p>
      ) : (
        <div data-testid="token-diagnostics">
          <DiagnosticList
            diagnostics={tokenDiagnostics}
            onHover={(d) =>
              dispatch({
                type: 'highlight',
                highlight: d?.span ? { from: 'token', span: d.span } : null,
              })
            }
          />
        </div>
      )}
    </section>
  );
}

function PartLegend({ insp }: { insp: Inspection }) {
  const t = useT();
  if (insp.segments.length === 0) return null;
  // Text of many dots has as many parts: list a few and count the rest, or the list alone would
  // hold the page for seconds.
  const more = insp.partCount - PART_LIST_CAP;
  return (
    <ul className="part-legend" aria-label={t('enc.legend.label')}>
      {insp.segments.slice(0, PART_LIST_CAP).map((seg, i) => {
        const name = t(`enc.part.${seg.name}` as StringKey);
        return (
          <li key={i} className={partClass(insp, seg.name) ?? 'part-input'}>
            {t('enc.legend.item', { part: name, count: seg.text.length })}
          </li>
        );
      })}
      {more > 0 && (
        <li className="part-more" data-testid="legend-more">
          {t('enc.legend.more', { count: more })}
        </li>
      )}
    </ul>
  );
}

/** What the core left out of the pasted text, and an explicit button to remove it. */
