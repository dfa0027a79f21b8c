/**
 * The decoded header and payload, editable. By default JSON reads one member per line (white space
 * changed, nothing else); the exact decoded text is one click away. Editing the readable view keeps the
 * draft as typed while it has focus and gives the token its compact form; the exact view edits the
 * exact text. Pointing at a member highlights the token characters that encode it, and a selection in
 * the token marks the JSON it encodes.
 */
import {
  lazy,
  Suspense,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type SyntheticEvent,
} from 'react';
import { usePlayground } from '../model/context';
import { useT } from '../i18n/i18n';
import {
  decodeUtf8,
  inputSpanToJson,
  type Inspection,
  type JsonMember,
  type Span,
} from '../jwt/index';
import {
  COLLAPSE_PART_AT,
  diagRange,
  hex,
  jsonTokens,
  renderRuns,
  restoreCR,
  showCR,
  useAutoGrow,
  useCollapsed,
  type PaintRange,
  occurrences,
} from './paint';
import { LazyDiagnosticList as DiagnosticList } from './LazyDiagnosticList';
import { inPane } from '../model/panes';
import { compactJson, offsetMap, parsesAsJson, prettyJson } from './readableJson';
import './DecodedRegion.css';

// An encrypted token's payload (decryption verdict, plaintext) and Sign mode's Encrypt panel load on use.
const HugeText = lazy(() => import('./HugeText'));
const JweSlot = lazy(() => import('./jwe/JweSlot').then((m) => ({ default: m.JweSlot })));

type Part = 'header' | 'payload';
type JsonView = 'pretty' | 'exact';

type PartView =
  | { state: 'text'; text: string }
  | { state: 'empty' | 'invalid' | 'b64' | 'jwe' }
  | { state: 'bytes'; bytes: Uint8Array };

/** The decoded text of a part, or why there is none. */
function viewOf(insp: Inspection, part: Part): PartView {
  if (insp.kind === 'invalid') return { state: insp.segments.length === 0 ? 'empty' : 'invalid' };
  if (insp.kind === 'jwe' && part === 'payload') return { state: 'jwe' };
  const seg = insp.segments[part === 'header' ? 0 : 1];
  if (!seg?.bytes) return { state: 'b64' };
  const known = part === 'header' ? insp.header?.text : insp.payload?.text;
  if (known != null) return { state: 'text', text: known };
  // The JSON did not parse: the decoded text is still worth showing and editing.
  const utf8 = decodeUtf8(seg.bytes);
  return utf8.ok ? { state: 'text', text: utf8.text } : { state: 'bytes', bytes: seg.bytes };
}

export function DecodedRegion() {
  const { state } = usePlayground();
  const t = useT();
  const [view, setView] = useState<JsonView>('pretty');
  return (
    <div className="decoded-region">
      <div className="dec-view" role="group" aria-label={t('dec.view.label')}>
        {(['pretty', 'exact'] as const).map((v) => (
          <button
            key={v}
            type="button"
            data-testid={`json-view-${v}`}
            aria-pressed={view === v}
            onClick={() => setView(v)}
          >
            {t(v === 'pretty' ? 'dec.view.pretty' : 'dec.view.exact')}
          </button>
        ))}
        <span className="hint">
          {t(view === 'pretty' ? 'dec.view.prettyHint' : 'dec.view.exactHint')}
        </span>
      </div>
      {state.mode === 'verify' && state.originalToken !== null && (
        <p className="dec-note badge-warn" role="note" data-testid="edit-note">
          <span aria-hidden="true">⚠ </span>
          {t('dec.verifyNote')}
        </p>
      )}
      {state.mode === 'sign' && (
        <p className="dec-note badge-info" role="note" data-testid="edit-note">
          <span aria-hidden="true">ℹ </span>
          {t('dec.signNote')}
        </p>
      )}
      <PartPanel part="header" view={view} />
      <PartPanel part="payload" view={view} />
      {state.mode === 'sign' && (
        <Suspense fallback={null}>
          <JweSlot pane="encrypt" />
        </Suspense>
      )}
    </div>
  );
}

function PartPanel({ part, view: jsonView }: { part: Part; view: JsonView }) {
  const { inspection, dispatch } = usePlayground();
  const t = useT();
  const view = viewOf(inspection, part);
  const title = t(part === 'header' ? 'dec.header.title' : 'dec.payload.title');
  const partName = t(`enc.part.${part}`);
  const kind = part === 'payload' ? inspection.payload?.kind : undefined;
  const jwe = inspection.kind === 'jwe';
  return (
    <section className={`panel dec-panel dec-${part}`} aria-labelledby={`dec-${part}-title`}>
      <h2 id={`dec-${part}-title`} className="panel-title">
        <span className={`part-${part}`}>{title}</span>
      </h2>
      {view.state === 'text' ? (
        <>
          {jwe && <p className="hint">{t('dec.jwe.header')}</p>}
          {/* Only when the core says it is text: broken JSON and non-object JSON have their own findings. */}
          {part === 'payload' &&
            inspection.diagnostics.some((d) => d.code === 'payload-not-json') && (
              <p className="hint">{t('dec.text')}</p>
            )}
          {kind === 'empty' && <p className="hint">{t('dec.payloadEmpty')}</p>}
          {kind === 'jwt' && (
            <p className="hint">
              {t('dec.nested')}{' '}
              <button
                type="button"
                onClick={() => dispatch({ type: 'set-token', token: view.text })}
              >
                {t('dec.openInner')}
              </button>
            </p>
          )}
          <JsonEditor part={part} text={view.text} readOnly={jwe} view={jsonView} />
        </>
      ) : view.state === 'bytes' ? (
        <>
          <p>
            {kind === 'binary'
              ? t('dec.binary', { count: view.bytes.length })
              : t('dec.notUtf8', { part: partName })}
          </p>
          <pre className="dec-hex mono" data-testid={`${part}-hex`}>
            {hex(view.bytes)}
          </pre>
        </>
      ) : view.state === 'jwe' ? (
        <Suspense fallback={null}>
          <JweSlot pane="payload" />
        </Suspense>
      ) : (
        <p className="dec-message" data-testid={`${part}-message`}>
          {view.state === 'empty'
            ? t('dec.empty')
            : view.state === 'invalid'
              ? t('dec.invalid')
              : t('dec.notB64', { part: partName })}
        </p>
      )}
    </section>
  );
}

/** Above this many characters a decoded part is shown without syntax colours. */
const LARGE_PART = 40_000;

function JsonEditor({
  part,
  text,
  readOnly,
  view,
}: {
  part: Part;
  text: string;
  readOnly: boolean;
  view: JsonView;
}) {
  const { state, dispatch, inspection, claimDiagnostics } = usePlayground();
  const t = useT();
  const input = useRef<HTMLTextAreaElement>(null);
  const mirror = useRef<HTMLDivElement>(null);
  const hovered = useRef(-1);
  // The readable view's text as typed: re-formatting under the caret, or on blur under the pointer on
  // its way to a button below, would move things. It holds until the part changes from elsewhere.
  const [typed, setTyped] = useState<{ draft: string; sent: string } | null>(null);
  const draft = typed && typed.sent === text ? typed.draft : null;

  const json = part === 'header' ? inspection.header : inspection.payload?.json;
  const isJson = json?.text === text;
  const members = useMemo(
    () => (isJson && json ? json.members.filter((m) => m.depth === 0) : []),
    [isJson, json],
  );

  const readable = view === 'pretty' && (draft !== null || (isJson && text.length <= LARGE_PART));
  const display = useMemo(
    () => (!readable ? text : (draft ?? (isJson ? prettyJson(text) : text))),
    [readable, draft, isJson, text],
  );
  const shown = showCR(display);
  // Spans are offsets in the exact text; this carries them to the text on screen.
  const map = useMemo(() => (display === text ? null : offsetMap(text, display)), [display, text]);
  const aligned = display === text || map !== null;
  const at = (i: number): number => (map ? (map[i] ?? display.length) : i);

  const diagnostics = useMemo(() => {
    const own = inspection.diagnostics.filter((d) => d.part === part && d.jsonSpan);
    return part === 'payload' ? [...own, ...claimDiagnostics.filter((d) => d.jsonSpan)] : own;
  }, [inspection, claimDiagnostics, part]);

  const h = state.highlight;
  const marked = useMemo((): Span | null => {
    if (!h) return null;
    if (h.from === 'json') return h.part === part ? h.span : null;
    const r = inputSpanToJson(inspection, h.span);
    return r && r.part === part ? r.span : null;
  }, [h, inspection, part]);

  // Large parts are shown as plain text (no coloured mirror), so typing stays fast.
  const plain = shown.length > LARGE_PART;
  const nodes = useMemo(() => {
    if (plain) return null;
    const ranges: PaintRange[] = jsonTokens(shown);
    if (aligned) {
      const to = (s: Span): Span => ({ start: at(s.start), end: at(s.end) });
      members.forEach((m, i) => ranges.push({ ...to(m.span), cls: 'j-member', member: i }));
      for (const d of diagnostics) {
        const r = diagRange(to(d.jsonSpan!), d.severity, shown.length);
        if (r) ranges.push(r);
      }
      if (marked) ranges.push({ ...to(marked), cls: 'hl' });
    }
    return renderRuns(shown, ranges);
    // `at` reads only `map`, which is listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown, members, diagnostics, marked, plain, aligned, map]);

  const syncScroll = useAutoGrow(input, mirror, shown, nodes, 480);
  // As many rows as the text has lines (at least three, at most what the growth allows): the first
  // screen's copy, which no script grows, and the app's first frame are then as tall as the app.
  const rows = useMemo(() => Math.min(Math.max(occurrences(shown, '\n') + 1, 3), 22), [shown]);
  const [collapsed, expand] = useCollapsed(shown, { chars: COLLAPSE_PART_AT });

  const point = (m: JsonMember | undefined): void => {
    if (m) dispatch({ type: 'highlight', highlight: { from: 'json', part, span: m.span } });
    else if (h?.from === 'json' && h.part === part)
      dispatch({ type: 'highlight', highlight: null });
  };

  const onCaret = (e: SyntheticEvent<HTMLTextAreaElement>): void => {
    const caret = e.currentTarget.selectionStart;
    const m = aligned
      ? members.find((x) => at(x.span.start) <= caret && caret <= at(x.span.end))
      : undefined;
    if (
      h?.from === 'json' &&
      m &&
      h.part === part &&
      h.span.start === m.span.start &&
      h.span.end === m.span.end
    ) {
      return;
    }
    point(m);
  };

  // The textarea covers the mirror, so look through it for the member run under the pointer.
  const onMouseMove = (e: MouseEvent<HTMLTextAreaElement>): void => {
    if (typeof document.elementsFromPoint !== 'function') return;
    const el = document
      .elementsFromPoint(e.clientX, e.clientY)
      .find(
        (x): x is HTMLElement =>
          x instanceof HTMLElement && x.dataset.m !== undefined && !!mirror.current?.contains(x),
      );
    const index = el ? Number(el.dataset.m) : -1;
    if (index === hovered.current) return;
    hovered.current = index;
    point(members[index]);
  };

  const listed = inPane(diagnostics, 'json');
  const labelId = `${part}-json-label`;
  return (
    <>
      <label id={labelId} htmlFor={`${part}-json`} className="dec-label">
        {t(
          part !== 'header'
            ? 'dec.payload.label'
            : readOnly
              ? 'dec.header.label.readOnly'
              : 'dec.header.label',
        )}
      </label>
      {!readOnly && (
        <p className="hint" id={`${part}-json-hint`}>
          {t(state.mode === 'sign' ? 'dec.hint.sign' : 'dec.hint.verify')}
        </p>
      )}
      {collapsed ? (
        <Suspense fallback={null}>
          <HugeText
            id={`${part}-json`}
            text={shown}
            reason={collapsed}
            testId={`${part}-collapsed`}
            labelledBy={labelId}
            onEdit={expand}
          />
        </Suspense>
      ) : (
        <div className={`overlay json-overlay${plain ? ' plain' : ''}`}>
          <div ref={mirror} className="overlay-mirror" aria-hidden="true">
            {nodes}
          </div>
          <textarea
            ref={input}
            id={`${part}-json`}
            data-testid={`${part}-json`}
            className="overlay-input"
            value={shown}
            readOnly={readOnly}
            spellCheck={false}
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="off"
            aria-describedby={readOnly ? undefined : `${part}-json-hint`}
            aria-invalid={listed.length > 0 || undefined}
            rows={rows}
            onChange={(e) => {
              const value = restoreCR(e.target.value);
              if (!readable) {
                dispatch({ type: 'edit-part', part, text: value });
                return;
              }
              // A draft that parses goes into the token compact, so a compact token stays compact.
              const next = parsesAsJson(value) ? compactJson(value) : value;
              setTyped({ draft: value, sent: next });
              if (next !== text) dispatch({ type: 'edit-part', part, text: next });
            }}
            onScroll={syncScroll}
            onSelect={onCaret}
            onKeyUp={onCaret}
            onClick={onCaret}
            onMouseMove={onMouseMove}
            onMouseLeave={() => {
              hovered.current = -1;
            }}
          />
        </div>
      )}
      {listed.length > 0 && (
        <>
          <h3 className="dec-subtitle">{t('dec.diag.title')}</h3>
          <div data-testid={`${part}-diagnostics`}>
            <DiagnosticList
              diagnostics={listed}
              onHover={(d) =>
                dispatch({
                  type: 'highlight',
                  highlight: d?.jsonSpan ? { from: 'json', part, span: d.jsonSpan } : null,
                })
              }
            />
          </div>
        </>
      )}
    </>
  );
}
