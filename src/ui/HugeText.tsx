/**
 * A text too long to lay out in an editor without holding the page for seconds (a 10 MB token takes
 * Chromium over ten seconds): its start and end, how much is left out, and a way to edit it in full
 * anyway. The text itself is kept whole and checked like any other; only the view is shortened, and
 * it says so. Loaded only when such a text arrives.
 */
import { useId, useMemo } from 'react';
import { useStrings } from '../i18n/i18n';
import { defineStrings } from '../i18n/strings/define';
import './HugeText.css';
import type { TestId } from '../model/testIds';
import { occurrences, type FoldReason } from './paint';

const HEAD = 2000;
const TAIL = 500;

const strings = defineStrings({
  en: {
    'huge.note':
      'This text is {chars} characters long. Shown in full it would hold the page for seconds, so only its start and end are here; the whole text is kept and checked.',
    'huge.lines':
      'This text has {lines} lines. Laid out in full they would hold the page, so only its start and end are here; the whole text is kept and checked.',
    'huge.parts':
      'This text has {parts} parts between dots: a token has three, or five when encrypted. Only its start and end are here; the whole text is kept and checked.',
    'huge.omitted': '… {count} characters not shown …',
    'huge.edit': 'Edit it here in full (slow)',
  },
  ko: {
    'huge.note':
      '이 텍스트는 {chars}자입니다. 전부 보여 주면 페이지가 몇 초 동안 멈추기 때문에 앞부분과 끝부분만 보여 줍니다. 텍스트는 빠짐없이 보관하고 검사합니다.',
    'huge.lines':
      '이 텍스트는 {lines}줄입니다. 전부 배치하면 페이지가 멈추기 때문에 앞부분과 끝부분만 보여 줍니다. 텍스트는 빠짐없이 보관하고 검사합니다.',
    'huge.parts':
      '이 텍스트는 점으로 나뉜 부분이 {parts}개입니다. 토큰은 세 부분(암호화된 토큰은 다섯 부분)이므로 앞부분과 끝부분만 보여 줍니다. 텍스트는 빠짐없이 보관하고 검사합니다.',
    'huge.omitted': '… {count}자 생략 …',
    'huge.edit': '여기서 전부 편집하기(느림)',
  },
});

export default function HugeText({
  id,
  text,
  reason,
  testId,
  labelledBy,
  onEdit,
}: {
  /** The editor's id, so links and labels that point at the editor find its stand-in. */
  id: string;
  text: string;
  /** Why it is folded, which the note says. */
  reason: FoldReason;
  testId: TestId;
  labelledBy: string;
  onEdit: () => void;
}) {
  const t = useStrings(strings);
  const button = useId();
  // Lines are the line breaks and one, parts the dots and one. Counted once per text.
  const pieces = useMemo(
    () => (reason === 'chars' ? 0 : occurrences(text, reason === 'lines' ? '\n' : '.') + 1),
    [text, reason],
  ).toLocaleString();
  const note =
    reason === 'lines'
      ? t('huge.lines', { lines: pieces })
      : reason === 'parts'
        ? t('huge.parts', { parts: pieces })
        : t('huge.note', { chars: text.length.toLocaleString() });
  return (
    <div className="huge-text" data-testid={testId}>
      <p className="hint" role="note">
        {note}
      </p>
      <pre id={id} className="huge-preview mono" aria-labelledby={labelledBy} tabIndex={0}>
        {text.slice(0, HEAD)}
        <span className="huge-omitted">
          {'\n'}
          {t('huge.omitted', { count: (text.length - HEAD - TAIL).toLocaleString() })}
          {'\n'}
        </span>
        {text.slice(-TAIL)}
      </pre>
      {/* Named with its field too: the token and a decoded part can both be folded at once. */}
      <button
        type="button"
        id={button}
        aria-labelledby={`${button} ${labelledBy}`}
        onClick={onEdit}
      >
        {t('huge.edit')}
      </button>
    </div>
  );
}
