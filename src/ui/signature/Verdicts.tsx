import type { ReactNode } from 'react';
import { algorithmsForKey } from '../../jwt/index';
import { usePlayground } from '../../model/context';
import { parsedKeyFor } from '../../model/derive';
import { uncheckedReason } from '../../model/signatureModel';
import { summarize, summarizeEncrypted, type Summary, type Tone } from '../../model/summary';
import { CLAIM_BADGES, useClaims } from '../../model/useClaims';
import { chosenKey } from './describeKey';
import { useSigText, type T } from './text';
import type { TestId } from '../../model/testIds';

const ICON: Record<Tone, string> = { ok: '✓', bad: '✗', warn: '⚠', info: '○' };
const BADGE: Record<Tone, string> = {
  ok: 'badge-ok',
  bad: 'badge-bad',
  warn: 'badge-warn',
  info: 'badge-info',
};

function Verdict({
  name,
  testId,
  status,
  tone,
  word,
  pending = false,
  children,
}: {
  name: string;
  testId: TestId;
  status: string;
  tone: Tone;
  word: string;
  pending?: boolean;
  children?: ReactNode;
}) {
  const t = useSigText();
  return (
    <li
      className={`verdict verdict-${tone}${pending ? ' verdict-pending' : ''}`}
      data-testid={testId}
      data-status={status}
      data-tone={tone}
      aria-busy={pending || undefined}
    >
      <span className="verdict-name">{name}</span>
      <span className={`badge ${BADGE[tone]}`}>
        <span aria-hidden="true">{ICON[tone]}</span> {word}
      </span>
      {pending && <span className="verdict-checking">{t('sig.status.checking')}</span>}
      {children && <div className="verdict-detail">{children}</div>}
    </li>
  );
}

function brokenWords(t: T, summary: Summary): string {
  return summary.policy.broken
    .map((d) =>
      d.code === 'aud-mismatch'
        ? t('policy.audMismatch')
        : d.code === 'iss-mismatch'
          ? t('policy.issMismatch')
          : t('policy.algNotAllowed', { alg: String(d.params.alg ?? 'none') }),
    )
    .join(', ');
}

/** The algorithms the key can serve: what the policy allows when it is left to the key. */
export function useKeyAlgorithms(): string[] {
  const { state, inspection, derived, verification } = usePlayground();
  const parsed = parsedKeyFor(derived, 'key', state.keyText, state.keyFormat);
  const selected = verification.result?.key ?? chosenKey(parsed, inspection);
  return selected ? algorithmsForKey(selected) : [];
}

/**
 * The verdicts (signature, claims, policy; for an encrypted token the decryption first) and the
 * one-line summary above them.
 */
export function Verdicts() {
  const { verification, state, signErrors, inspection, derived } = usePlayground();
  const t = useSigText();
  const claims = useClaims();
  const keyAlgs = useKeyAlgorithms();
  const { pending } = verification;
  const encrypted = inspection.kind === 'jwe';
  const decryption = encrypted ? (derived.value?.decryption ?? null) : null;
  const summary = encrypted
    ? summarizeEncrypted(
        verification.result,
        decryption,
        pending,
        claims.diagnostics,
        claims.claims !== null,
      )
    : summarize(verification.result, pending, claims.diagnostics, claims.claims !== null);
  // A nested token's inner JWS is judged as any other token: its own check.
  const result = decryption?.nested ?? verification.result;
  const sig = summary.signature;
  const signing = state.mode === 'sign' && pending;
  const reasons = summary.claims.errors
    .map((d) => {
      const key = CLAIM_BADGES[d.code];
      return key ? t(key) : d.code;
    })
    .join(', ');
  const broken = brokenWords(t, summary);
  const allowed = state.policy.algorithms ?? keyAlgs;
  const sigWord = sig.rejected ? t('sig.status.validRejected') : t(`sig.status.${sig.status}`);
  return (
    <>
      <p
        className={`verdict-summary badge ${BADGE[summary.overall.tone]}`}
        data-testid="verdict-summary"
        data-status={summary.overall.status}
        aria-live="polite"
        // When the verdict is first painted, in the prerendered copy or the app (npm run bench).
        {...{ elementtiming: 'verdict' }}
      >
        <span aria-hidden="true">{ICON[summary.overall.tone]} </span>
        {signing ? t('sig.status.signing') : t(`strip.overall.${summary.overall.status}`)}
      </p>
      <ul className="verdicts" aria-label={t('sig.verdicts')}>
        {summary.decryption && (
          <Verdict
            name={t('verdict.decryption')}
            testId="decryption-status"
            status={summary.decryption.status}
            tone={summary.decryption.tone}
            word={t(`verdict.decryption.${summary.decryption.status}`)}
            pending={summary.decryption.status === 'pending'}
          >
            {decryption?.alg &&
              decryption.enc &&
              t('verdict.decryption.with', { alg: decryption.alg, enc: decryption.enc })}
          </Verdict>
        )}
        <Verdict
          name={
            decryption?.nested
              ? `${t('sig.verdict.signature')} (${t('verdict.signature.inner')})`
              : t('sig.verdict.signature')
          }
          testId="signature-status"
          status={sig.status}
          tone={sig.tone}
          word={sigWord}
          pending={pending}
        >
          {result &&
            !pending &&
            sig.status === 'unchecked' &&
            t(`sig.reason.${uncheckedReason(result)}`)}
          {signErrors.length > 0 && t('resign.failed')}
        </Verdict>
        <Verdict
          name={t('sig.verdict.claims')}
          testId="claims-status"
          status={summary.claims.status}
          tone={summary.claims.tone}
          word={
            summary.claims.status === 'invalid'
              ? t('verdict.claims.invalid', { reasons })
              : t(`verdict.claims.${summary.claims.status}`)
          }
        />
        <Verdict
          name={t('sig.verdict.policy')}
          testId="policy-status"
          status={summary.policy.status}
          tone={summary.policy.tone}
          word={t(`verdict.policy.${summary.policy.status}`) + (broken ? `: ${broken}` : '')}
          pending={pending}
        >
          {allowed.length > 0 && `${t('policy.algs')}: ${allowed.join(', ')}`}
        </Verdict>
      </ul>
    </>
  );
}
