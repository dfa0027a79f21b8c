/**
 * The signature side of the playground: the keys, the exact bytes the signature covers, the token's
 * signature next to the one the key makes, three separate verdicts (signature, claims, policy), and
 * an answer to "why didn't it verify?" found by actually trying the likely causes.
 */
import { lazy, Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { usePlayground } from '../app/context';
import { useLang, useStrings } from '../app/i18n';
import { signatureStrings } from './strings/signature';
import { claimsStrings } from './strings/claims';
import { mergeBundles } from './strings/define';
import { keyInputFrom } from '../app/keyInput';
import { resign, signingKey } from '../app/signing';
import { replaceSignature, type KeyFormatChoice, type State } from '../app/state';
import {
  ALG_NAMES,
  algorithmsForKey,
  detectSecretEncodings,
  encodeBase64url,
  encodeUtf8,
  parseKey,
  selectKey,
  sign,
  type Diagnostic,
  type Inspection,
  type KeyEntry,
  type ParsedKey,
} from '../jwt/index';
import { DiagnosticList } from './DiagnosticList';
import { diagnosticMessage } from './strings/diagnostics';
import {
  countDifferences,
  diffMask,
  policyVerdict,
  runsOf,
  secretShortfall,
  signatureVerdict,
  toHex,
  uncheckedReason,
  type VerdictStatus,
} from './signatureModel';
import { CLAIM_BADGES, useClaims } from './useClaims';
import { explainFailure, needsExplanation, type Cause, type WhyAnswer } from './whyInvalid';
import './SignatureRegion.css';

const GeneratePanel = lazy(() => import('./GeneratePanel'));

// The signature pane also shows the claims' badge words.
const TEXT = mergeBundles(signatureStrings, claimsStrings);
type TextKey = keyof (typeof TEXT)['en'];
type T = ReturnType<typeof useStrings<TextKey>>;

// --- async values -------------------------------------------------------------------------------

/**
 * The result of an async computation for `key` (null: nothing to compute). A result that arrives
 * after the key has changed is dropped; the last one stays available as `stale`.
 */
function useAsync<V>(
  key: string | null,
  run: () => Promise<V>,
): { value: V | null; stale: V | null; pending: boolean } {
  const [got, setGot] = useState<{ key: string; value: V } | null>(null);
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  useEffect(() => {
    if (key === null) return;
    let cancelled = false;
    runRef.current().then(
      (value) => {
        if (!cancelled) setGot({ key, value });
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [key]);
  const fresh = got !== null && got.key === key;
  return {
    value: fresh ? got.value : null,
    stale: got?.value ?? null,
    pending: key !== null && !fresh,
  };
}

// Parsing a PEM or JWK imports it through WebCrypto: remember the last few by text and format.
const parsed = new Map<string, Promise<ParsedKey>>();
function parseCached(text: string, format: KeyFormatChoice): Promise<ParsedKey> {
  const id = `${format}\u0000${text}`;
  let p = parsed.get(id);
  if (!p) {
    const input = keyInputFrom(text, format);
    p = input ? parseKey(input) : Promise.resolve({ format: 'unknown', keys: [], diagnostics: [] });
    parsed.set(id, p);
    if (parsed.size > 12) parsed.delete(parsed.keys().next().value!);
  }
  return p;
}

function useParsedKey(text: string, format: KeyFormatChoice) {
  return useAsync(text ? `${format}\u0000${text}` : null, () => parseCached(text, format));
}

// --- describing keys ----------------------------------------------------------------------------

function tokenKid(insp: Inspection): string | undefined {
  const kid = (insp.header?.value as Record<string, unknown> | undefined)?.kid;
  return typeof kid === 'string' ? kid : undefined;
}

function keyDetail(t: T, key: KeyEntry): string {
  return t(`key.detail.${key.kty}`, {
    bits: key.bits,
    crv: key.crv ?? '',
    kind: t(`key.kind.${key.kind}`),
  });
}

/** The key the verifier will use: the selected one from a set, else the only one. */
function chosenKey(p: ParsedKey | null, insp: Inspection): KeyEntry | null {
  if (!p) return null;
  return selectKey(p, tokenKid(insp), insp.alg ?? undefined).key;
}

/** One sentence naming the key's format and what it holds. */
function describeKey(t: T, p: ParsedKey, format: KeyFormatChoice, insp: Inspection): string | null {
  const first = p.keys[0];
  if (!first) return null;
  switch (p.format) {
    case 'secret': {
      const encoding = format === 'auto' ? 'utf8' : format;
      return t('key.secret', {
        bytes: first.bits / 8,
        bits: first.bits,
        encoding: t(`keyenc.${encoding}`),
      });
    }
    case 'jwks': {
      const count = p.keys.length;
      if (count === 1) return t('key.jwks.single', { detail: keyDetail(t, first) });
      const kid = tokenKid(insp);
      const alg = insp.alg ?? '';
      if (!insp.alg) return t('key.jwks.count', { count });
      const sel = selectKey(p, kid, alg);
      if (sel.key) {
        const detail = keyDetail(t, sel.key);
        return kid !== undefined
          ? t('key.jwks.kid', { count, kid, detail })
          : t('key.jwks.alg', { count, alg, detail });
      }
      if (sel.reason === 'kid-not-found') return t('key.jwks.noKid', { count, kid: kid ?? '' });
      if (sel.reason === 'ambiguous') return t('key.jwks.ambiguous', { count, alg });
      return t('key.jwks.none', { count, alg });
    }
    case 'jwk':
      return t('key.described', { format: t('key.fmt.jwk'), detail: keyDetail(t, first) });
    case 'unknown':
      return null;
    default:
      return t('key.described', { format: t(`key.fmt.${p.format}`), detail: keyDetail(t, first) });
  }
}

const FORMATS: KeyFormatChoice[] = ['auto', 'utf8', 'base64', 'base64url', 'hex'];

function KeySummary({
  id,
  p,
  pending,
  text,
  format,
  weakCommon,
}: {
  id: string;
  p: ParsedKey | null;
  pending: boolean;
  text: string;
  format: KeyFormatChoice;
  weakCommon: boolean;
}) {
  const t = useStrings(TEXT);
  const { inspection } = usePlayground();
  if (!text) {
    return (
      <p id={id} className="key-summary muted">
        {t('key.empty')}
      </p>
    );
  }
  if (!p) {
    return (
      <p id={id} className="key-summary muted">
        {pending ? t('key.reading') : ''}
      </p>
    );
  }
  const sentence = describeKey(t, p, format, inspection);
  const errors = p.diagnostics.filter((d) => d.severity === 'error');
  const key = chosenKey(p, inspection) ?? p.keys[0] ?? null;
  const short = secretShortfall(key, inspection.algInfo);
  const others =
    format === 'auto' && p.format === 'secret'
      ? detectSecretEncodings(text).filter((e) => e !== 'utf8')
      : [];
  return (
    <div id={id} className="key-summary">
      {sentence && <p data-testid="key-description">{sentence}</p>}
      {errors.length > 0 && (
        <>
          <p className="key-error">
            <span aria-hidden="true">✗ </span>
            {t('key.unreadable')}
          </p>
          <DiagnosticList diagnostics={errors} />
        </>
      )}
      {short && (
        <p className="key-weak" data-testid="key-weak">
          <span aria-hidden="true">⚠ </span>
          {t('key.weak.short', short)}
        </p>
      )}
      {weakCommon && (
        <p className="key-weak">
          <span aria-hidden="true">⚠ </span>
          {t('key.weak.common')}
        </p>
      )}
      {others.length > 0 && (
        <p className="key-hint">
          {t('key.secret.autoHint', { encodings: others.map((e) => t(`keyenc.${e}`)).join(', ') })}
        </p>
      )}
      {p.keys.some((k) => k.kind === 'private') && (
        <p className="key-hint">
          <span aria-hidden="true">ℹ </span>
          {t('key.private.inVerify')}
        </p>
      )}
    </div>
  );
}

function KeyFields({
  main,
  signer,
}: {
  main: ReturnType<typeof useParsedKey>;
  signer: ReturnType<typeof useParsedKey>;
}) {
  const { state, dispatch, inspection, verification } = usePlayground();
  const t = useStrings(TEXT);
  const id = useId();
  const p = main.value;
  const asymmetricToken =
    inspection.algInfo !== null && !['oct', null].includes(inspection.algInfo.kty);
  const showSigner =
    state.signKeyText !== '' ||
    asymmetricToken ||
    (p?.keys.some((k) => k.kind !== 'secret') ?? false);
  const weakCommon =
    !verification.pending &&
    (verification.result?.diagnostics.some((d) => d.code === 'hmac-key-guessable') ?? false);
  const signerPublicOnly =
    signer.value !== null &&
    signer.value.keys.length > 0 &&
    signer.value.keys.every((k) => k.kind === 'public');
  return (
    <section className="sig-section key-fields" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('key.title')}</h3>
      <label htmlFor={`${id}-key`} className="field-label">
        {t('key.verify.label')}
      </label>
      <textarea
        id={`${id}-key`}
        className="key-input mono"
        data-testid="key-input"
        rows={3}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-describedby={`${id}-key-about`}
        value={state.keyText}
        onChange={(e) => dispatch({ type: 'set-key', text: e.target.value })}
      />
      <label className="key-format">
        <span>{t('key.format')}</span>
        <select
          data-testid="key-format"
          value={state.keyFormat}
          onChange={(e) =>
            dispatch({ type: 'set-key-format', format: e.target.value as KeyFormatChoice })
          }
        >
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`key.format.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <KeySummary
        id={`${id}-key-about`}
        p={main.value}
        pending={main.pending}
        text={state.keyText}
        format={state.keyFormat}
        weakCommon={weakCommon}
      />
      {showSigner && (
        <div className="sign-key">
          <label htmlFor={`${id}-sign`} className="field-label">
            <span aria-hidden="true">🔒 </span>
            {t('key.sign.label')}
          </label>
          <p className="key-hint" id={`${id}-sign-help`}>
            {t('key.sign.help')}
          </p>
          <p className="key-private-warning" id={`${id}-sign-warn`} role="note">
            <span aria-hidden="true">⚠ </span>
            {t('key.sign.warning')}
          </p>
          <textarea
            id={`${id}-sign`}
            className="key-input mono"
            data-testid="sign-key-input"
            rows={3}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            aria-describedby={`${id}-sign-help ${id}-sign-warn ${id}-sign-about`}
            value={state.signKeyText}
            onChange={(e) => dispatch({ type: 'set-sign-key', text: e.target.value })}
          />
          {state.signKeyText && (
            <KeySummary
              id={`${id}-sign-about`}
              p={signer.value}
              pending={signer.pending}
              text={state.signKeyText}
              format="auto"
              weakCommon={false}
            />
          )}
          {signerPublicOnly && (
            <p className="key-error">
              <span aria-hidden="true">✗ </span>
              {t('key.sign.public')}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

// --- the signing input and the two signatures ---------------------------------------------------

// A long part is shown by its ends: laying out a megabyte of it again would slow every keystroke.
const ELIDE_AFTER = 2000;

function elide(text: string, t: T): string {
  if (text.length <= ELIDE_AFTER) return text;
  const omitted = text.length - 1200;
  return `${text.slice(0, 1000)} ${t('input.elided', { count: omitted })} ${text.slice(-200)}`;
}

function SigningInput() {
  const { inspection } = usePlayground();
  const t = useStrings(TEXT);
  const id = useId();
  const input = inspection.kind === 'jws' ? inspection.signingInput : null;
  const dot = input?.indexOf('.') ?? -1;
  return (
    <section className="sig-section" aria-labelledby={id}>
      <h3 id={id}>{t('input.title')}</h3>
      {input === null || dot < 0 ? (
        <p className="muted">{t('input.none')}</p>
      ) : (
        <>
          <p className="key-hint">{t('input.help')}</p>
          <p className="signing-input mono" data-testid="signing-input">
            <span className="part-header">{elide(input.slice(0, dot), t)}</span>
            <span className="signing-dot">.</span>
            <span className="part-payload">{elide(input.slice(dot + 1), t)}</span>
          </p>
          <p className="muted">
            {t('input.length', { chars: input.length, bytes: encodeUtf8(input).length })}
          </p>
        </>
      )}
    </section>
  );
}

type Made =
  | { kind: 'nokey' }
  | { kind: 'public' }
  | { kind: 'ok'; signature: Uint8Array }
  | { kind: 'failed'; diagnostics: Diagnostic[] };

/** The signature the current signing key makes over the exact decoded header and payload text. */
function useMadeSignature(state: State, insp: Inspection) {
  const header = insp.kind === 'jws' ? insp.header?.text : undefined;
  const payload = insp.kind === 'jws' ? insp.payload?.text : undefined;
  const can = header != null && payload != null && insp.algInfo !== null && insp.alg !== 'none';
  const key = can
    ? [header, payload, state.signKeyText, state.keyText, state.keyFormat].join('\u0000')
    : null;
  return useAsync<Made>(key, async () => {
    const k = await signingKey(state, insp.alg);
    if (!k) return { kind: 'nokey' };
    if (k.kind === 'public') return { kind: 'public' };
    const r = await sign({ headerText: header!, payloadText: payload!, key: k });
    return r.ok
      ? { kind: 'ok', signature: r.signature }
      : { kind: 'failed', diagnostics: r.diagnostics };
  });
}

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
  const t = useStrings(TEXT);
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
  const t = useStrings(TEXT);
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

function SignatureCompare({ made }: { made: ReturnType<typeof useMadeSignature> }) {
  const { inspection } = usePlayground();
  const t = useStrings(TEXT);
  const id = useId();
  if (inspection.kind !== 'jws') return null;
  const info = inspection.algInfo;
  const seg = inspection.segments[2];
  const tokenText = seg?.text ?? '';
  const tokenBytes = seg?.bytes ?? new Uint8Array();
  const m = made.value;
  let body: ReactNode;
  if (inspection.alg === 'none') body = <p className="muted">{t('cmp.none')}</p>;
  else if (!m) body = <p className="muted">{made.pending ? t('cmp.computing') : ''}</p>;
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

// --- verdicts -------------------------------------------------------------------------------------

const ICON: Record<VerdictStatus, string> = {
  valid: '✓',
  invalid: '✗',
  unsecured: '⚠',
  unchecked: '○',
};
const TONE: Record<VerdictStatus, string> = {
  valid: 'badge-ok',
  invalid: 'badge-bad',
  unsecured: 'badge-warn',
  unchecked: 'badge-info',
};

function Verdict({
  name,
  testId,
  status,
  word,
  pending = false,
  children,
}: {
  name: string;
  testId: string;
  status: VerdictStatus;
  word: string;
  pending?: boolean;
  children?: ReactNode;
}) {
  const t = useStrings(TEXT);
  return (
    <li
      className={`verdict verdict-${status}${pending ? ' verdict-pending' : ''}`}
      data-testid={testId}
      data-status={status}
      aria-busy={pending || undefined}
    >
      <span className="verdict-name">{name}</span>
      <span className={`badge ${TONE[status]}`}>
        <span aria-hidden="true">{ICON[status]}</span> {word}
      </span>
      {pending && <span className="verdict-checking">{t('sig.status.checking')}</span>}
      {children && <div className="verdict-detail">{children}</div>}
    </li>
  );
}

function Verdicts({ keyAlgs }: { keyAlgs: string[] }) {
  const { verification, state } = usePlayground();
  const t = useStrings(TEXT);
  const claims = useClaims();
  const result = verification.result;
  const pending = verification.pending;
  const sig: VerdictStatus = result ? signatureVerdict(result.signature) : 'unchecked';
  const claimErrors = claims.diagnostics.filter((d) => d.severity === 'error');
  const claimStatus: VerdictStatus = !claims.claims
    ? 'unchecked'
    : claimErrors.length
      ? 'invalid'
      : 'valid';
  const reasons = claimErrors
    .map((d) => {
      const key = CLAIM_BADGES[d.code];
      return key ? t(key) : d.code;
    })
    .join(', ');
  const policy = policyVerdict(result, claims.diagnostics);
  const broken = policy.broken
    .map((d) =>
      d.code === 'aud-mismatch'
        ? t('policy.audMismatch')
        : d.code === 'iss-mismatch'
          ? t('policy.issMismatch')
          : t('policy.algNotAllowed', { alg: String(d.params.alg ?? 'none') }),
    )
    .join(', ');
  const allowed = state.policy.algorithms ?? keyAlgs;
  return (
    <ul className="verdicts" aria-label={t('sig.verdicts')}>
      <Verdict
        name={t('sig.verdict.signature')}
        testId="signature-status"
        status={sig}
        word={t(`sig.status.${sig}`)}
        pending={pending}
      >
        {result && !pending && sig === 'unchecked' && t(`sig.reason.${uncheckedReason(result)}`)}
      </Verdict>
      <Verdict
        name={t('sig.verdict.claims')}
        testId="claims-status"
        status={claimStatus}
        word={
          claimStatus === 'invalid'
            ? t('verdict.claims.invalid', { reasons })
            : t(`verdict.claims.${claimStatus}`)
        }
      >
        {claimStatus !== 'unchecked' && sig !== 'valid' && t('verdict.claims.signatureFirst')}
      </Verdict>
      <Verdict
        name={t('sig.verdict.policy')}
        testId="policy-status"
        status={policy.status}
        word={t(`verdict.policy.${policy.status}`) + (broken ? `: ${broken}` : '')}
        pending={pending}
      >
        {allowed.length > 0 && `${t('policy.algs')}: ${allowed.join(', ')}`}
      </Verdict>
    </ul>
  );
}

// --- policy -----------------------------------------------------------------------------------------

function PolicyEditor({ keyAlgs }: { keyAlgs: string[] }) {
  const { state, dispatch, inspection } = usePlayground();
  const t = useStrings(TEXT);
  const id = useId();
  const policy = state.policy;
  const set = (p: Partial<typeof policy>) => dispatch({ type: 'set-policy', policy: p });
  const fallback =
    keyAlgs.length > 0
      ? keyAlgs
      : inspection.alg && inspection.alg !== 'none'
        ? [inspection.alg]
        : ['HS256'];
  const list = policy.algorithms;
  return (
    <section className="sig-section policy" aria-labelledby={id}>
      <h3 id={id}>{t('policy.title')}</h3>
      <fieldset>
        <legend>{t('policy.algs')}</legend>
        <label className="check">
          <input
            type="checkbox"
            data-testid="policy-key-decides"
            checked={list === null}
            onChange={(e) => set({ algorithms: e.target.checked ? null : fallback })}
          />
          {t('policy.algs.key')}
        </label>
        {list === null ? (
          <p className="muted">{t('policy.algs.keyNow', { algs: keyAlgs.join(', ') || '—' })}</p>
        ) : (
          <div className="alg-grid" role="group" aria-label={t('policy.algs.list')}>
            {ALG_NAMES.map((a) => (
              <label key={a} className="check mono">
                <input
                  type="checkbox"
                  checked={list.includes(a)}
                  onChange={(e) =>
                    set({
                      algorithms: e.target.checked ? [...list, a] : list.filter((x) => x !== a),
                    })
                  }
                />
                {a}
              </label>
            ))}
          </div>
        )}
        {list?.includes('none') && (
          <p className="key-weak">
            <span aria-hidden="true">⚠ </span>
            {t('policy.algs.none')}
          </p>
        )}
      </fieldset>
      <div className="policy-fields">
        <label>
          <span>{t('policy.audience')}</span>
          <input
            type="text"
            value={policy.audience}
            placeholder={t('policy.empty')}
            onChange={(e) => set({ audience: e.target.value })}
          />
        </label>
        <label>
          <span>{t('policy.issuer')}</span>
          <input
            type="text"
            value={policy.issuer}
            placeholder={t('policy.empty')}
            onChange={(e) => set({ issuer: e.target.value })}
          />
        </label>
        <label>
          <span>{t('policy.leeway')}</span>
          <input
            type="number"
            min={0}
            step={1}
            value={policy.leeway}
            onChange={(e) => set({ leeway: Math.max(0, Math.floor(Number(e.target.value) || 0)) })}
          />
        </label>
      </div>
    </section>
  );
}

// --- why, re-sign, findings --------------------------------------------------------------------------

function causeText(
  t: T,
  lang: 'en' | 'ko',
  c: Cause,
  diagnostic: (d: Diagnostic) => string,
): string {
  switch (c.kind) {
    case 'alg-mismatch':
      return t('why.algMismatch', { alg: c.alg });
    case 'kid-not-found':
      return t('why.kid', { kid: c.kid });
    case 'key-unreadable':
      return `${t('why.unreadable')} ${diagnostic(c.diagnostic)}`;
    case 'encoding':
      return t('why.encoding', {
        encoding: t(`keyenc.${c.encoding}`),
        format: t(`key.format.${c.encoding}`),
      });
    case 'edited':
      return t('why.edited');
    case 'reformatted':
      return t('why.reformatted', {
        part: lang === 'ko' ? (c.part === 'header' ? '헤더' : '페이로드') : c.part,
        style: t(`why.style.${c.style}`),
      });
    case 'claims':
      return t('why.claims', {
        reasons: c.codes
          .map((code) => (CLAIM_BADGES[code] ? t(CLAIM_BADGES[code]) : code))
          .join(', '),
      });
    case 'wrong-key':
      return t('why.wrongKey');
  }
}

function triedText(t: T, answer: WhyAnswer): string {
  const parts = answer.tried.map((tr) =>
    tr.kind === 'encodings'
      ? t('why.try.encodings', { encodings: tr.encodings.map((e) => t(`keyenc.${e}`)).join(', ') })
      : t(tr.kind === 'original' ? 'why.try.original' : 'why.try.reformat'),
  );
  return t('why.tried', { list: parts.join('; ') || t('why.try.nothing') });
}

function WhyPanel() {
  const { state, verification, now } = usePlayground();
  const t = useStrings(TEXT);
  const lang = useLang();
  const id = useId();
  const claims = useClaims();
  const result = verification.result;
  const claimErrors = claims.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
  const show = result !== null && !verification.pending && needsExplanation(result, claimErrors);
  // The trials run only while the panel shows a failure, and only once per set of inputs.
  const key = show
    ? [
        state.token,
        state.originalToken ?? '',
        state.keyText,
        state.keyFormat,
        JSON.stringify(state.policy),
        result.signature,
        claimErrors.join(','),
      ].join('\u0000')
    : null;
  const answer = useAsync(key, () =>
    explainFailure(
      {
        token: state.token,
        originalToken: state.originalToken,
        keyText: state.keyText,
        keyFormat: state.keyFormat,
        policy: state.policy,
        now,
      },
      result!,
      claimErrors,
    ),
  );
  if (!show) return null;
  const a = answer.value;
  return (
    <section className="sig-section why" aria-labelledby={id} data-testid="why-panel">
      <h3 id={id}>{t('why.title')}</h3>
      {!a ? (
        <p className="muted" aria-live="polite">
          {t('why.checking')}
        </p>
      ) : (
        <>
          <ul className="why-causes" aria-live="polite">
            {a.causes.map((c, i) => (
              <li key={i} data-cause={c.kind}>
                <span aria-hidden="true">→ </span>
                {causeText(t, lang, c, (d) => diagnosticMessage(lang, d))}
              </li>
            ))}
          </ul>
          {a.tried.length > 0 && <p className="muted">{triedText(t, a)}</p>}
        </>
      )}
    </section>
  );
}

function Resign({ made }: { made: ReturnType<typeof useMadeSignature> }) {
  const { state, dispatch, inspection } = usePlayground();
  const t = useStrings(TEXT);
  const id = useId();
  const [status, setStatus] = useState<{
    for: string;
    ok: boolean;
    diagnostics: Diagnostic[];
  } | null>(null);
  if (state.mode === 'sign') return <p className="muted">{t('resign.signMode')}</p>;
  if (inspection.kind !== 'jws' || inspection.alg === 'none') return null;
  const m = made.value ?? made.stale;
  const reason: TextKey | null =
    m?.kind === 'public' ? 'resign.cannot' : m?.kind === 'nokey' ? 'resign.noKey' : null;
  const onClick = async (): Promise<void> => {
    const from = state.token;
    const r = await resign(state, inspection);
    if (r.ok) dispatch({ type: 'signed', from, token: r.token });
    // The message belongs to the token it produced (or failed on); any later edit clears it.
    const after = r.ok ? replaceSignature(from, r.token) : from;
    setStatus({ for: after, ok: r.ok, diagnostics: r.ok ? [] : r.diagnostics });
  };
  const shown = status?.for === state.token ? status : null;
  return (
    <div className="resign">
      <button
        type="button"
        data-testid="resign"
        disabled={reason !== null}
        aria-describedby={`${id}-help`}
        onClick={() => void onClick()}
      >
        {t('resign.button')}
      </button>
      <p id={`${id}-help`} className={reason ? 'key-hint' : 'muted'}>
        {t(reason ?? 'resign.help')}
      </p>
      <div aria-live="polite">
        {shown?.ok && <p className="resign-done">{t('resign.done')}</p>}
        {shown && !shown.ok && (
          <>
            <p className="key-error">{t('resign.failed')}</p>
            <DiagnosticList diagnostics={shown.diagnostics} />
          </>
        )}
      </div>
    </div>
  );
}

const RELEVANT_PARTS = new Set(['key', 'signature']);
const RELEVANT_CODES = new Set([
  'alg-not-allowed',
  'alg-none-not-allowed',
  'alg-none',
  'alg-unsupported-here',
  'jwe-not-verifiable',
]);
// Shown next to the key already, in the key's own words.
const SHOWN_WITH_KEY = new Set(['hmac-key-short', 'hmac-key-guessable', 'key-private']);

function Findings({ shownElsewhere }: { shownElsewhere: readonly Diagnostic[] }) {
  const { verification, dispatch } = usePlayground();
  const t = useStrings(TEXT);
  const id = useId();
  const result = verification.result;
  if (!result) return null;
  const list = result.diagnostics.filter(
    (d) =>
      (RELEVANT_PARTS.has(d.part) || RELEVANT_CODES.has(d.code)) &&
      !SHOWN_WITH_KEY.has(d.code) &&
      !shownElsewhere.some((s) => s.code === d.code && s.message === d.message),
  );
  if (list.length === 0) return null;
  return (
    <section className="sig-section" aria-labelledby={id}>
      <h3 id={id}>{t('diag.title')}</h3>
      <DiagnosticList
        diagnostics={list}
        onHover={(d) =>
          dispatch({
            type: 'highlight',
            highlight: d?.span ? { from: 'token', span: d.span } : null,
          })
        }
      />
    </section>
  );
}

function Generate() {
  const t = useStrings(TEXT);
  const [open, setOpen] = useState(false);
  return (
    <details className="sig-section generate" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('gen.title')}</summary>
      {open && (
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
          <GeneratePanel />
        </Suspense>
      )}
    </details>
  );
}

// --- the panel --------------------------------------------------------------------------------------

export function SignatureRegion() {
  const { state, inspection, verification } = usePlayground();
  const t = useStrings(TEXT);
  const id = useId();
  const main = useParsedKey(state.keyText, state.keyFormat);
  const signer = useParsedKey(state.signKeyText, 'auto');
  const made = useMadeSignature(state, inspection);
  const selected = verification.result?.key ?? chosenKey(main.value, inspection);
  const keyAlgs: string[] = selected ? algorithmsForKey(selected) : [];
  const parseErrors = main.value?.diagnostics ?? [];
  return (
    <section className="panel signature-region" aria-labelledby={id}>
      <h2 id={id}>{t('sig.title')}</h2>
      <Verdicts keyAlgs={keyAlgs} />
      <WhyPanel />
      <div className="sig-grid">
        <div className="sig-col">
          <KeyFields main={main} signer={signer} />
          <Resign made={made} />
          <PolicyEditor keyAlgs={keyAlgs} />
        </div>
        <div className="sig-col">
          <SigningInput />
          <SignatureCompare made={made} />
          <Findings shownElsewhere={parseErrors} />
          <Generate />
        </div>
      </div>
    </section>
  );
}
