/**
 * What was left out of a pasted token (a `Bearer ` prefix, quotes, white space, line breaks), shown
 * with a button that cleans the text: cleaning is always the student's choice, never silent. Loaded
 * only when a paste needs it.
 */
import { useStrings } from '../i18n/i18n';
import { defineStrings } from '../i18n/strings/define';
import type { Diagnostic, Inspection } from '../jwt/index';

const strings = defineStrings({
  en: {
    'enc.notice.title': 'Left out when decoding',
    'enc.notice.bearer':
      'The text starts with "{prefix}", the HTTP Authorization scheme (RFC 6750 §2.1). It is not part of the token.',
    'enc.notice.whitespace': 'White space around the token is not part of it.',
    'enc.notice.quotes': 'The token is wrapped in quotes, as if copied from JSON or code.',
    'enc.notice.leftOut': 'Left out: {text}',
    'enc.notice.keep': 'Your text stays exactly as typed until you choose to clean it.',
    'enc.notice.remove': 'Remove it from the text',
    'enc.notice.breaks':
      'There are line breaks or spaces inside the token, for example from an RFC that breaks lines for display. A token must be one unbroken line.',
    'enc.notice.removeBreaks': 'Remove line breaks',
  },
  ko: {
    'enc.notice.title': '디코딩할 때 제외한 부분',
    'enc.notice.bearer':
      '입력이 HTTP Authorization 스킴인 "{prefix}"로 시작합니다(RFC 6750 §2.1). 이 부분은 토큰에 포함되지 않습니다.',
    'enc.notice.whitespace': '토큰 앞뒤의 공백은 토큰에 포함되지 않습니다.',
    'enc.notice.quotes': 'JSON이나 코드에서 복사한 것처럼 토큰이 따옴표로 감싸여 있습니다.',
    'enc.notice.leftOut': '제외한 부분: {text}',
    'enc.notice.keep': '직접 정리하기 전까지는 입력한 텍스트를 그대로 둡니다.',
    'enc.notice.remove': '입력에서 지우기',
    'enc.notice.breaks':
      '토큰 안에 줄바꿈이나 공백이 있습니다. RFC 문서처럼 보기 좋게 줄을 나눈 토큰을 복사하면 이렇게 됩니다. 토큰은 끊김 없는 한 줄이어야 합니다.',
    'enc.notice.removeBreaks': '줄바꿈 지우기',
  },
});

/** Invisible characters as signs, so what was left out can be seen. */
function visible(text: string): string {
  return text.replace(/ /g, '␣').replace(/\t/g, '⇥').replace(/\r?\n/g, '↵');
}

/** `leftOut`: the paste's findings with the span left out; `breaks`: line breaks inside the token. */
export default function PasteNotices({
  insp,
  leftOut: wrappers,
  breaks,
  onClean,
}: {
  insp: Inspection;
  leftOut: Diagnostic[];
  breaks: boolean;
  onClean: (token: string) => void;
}) {
  const t = useStrings(strings);
  const { start, end } = insp.tokenSpan;
  return (
    <div className="paste-notices" data-testid="paste-notices">
      {wrappers.length > 0 && (
        <div className="notice badge-warn" role="note">
          <strong>{t('enc.notice.title')}</strong>
          <ul>
            {wrappers.map((d, i) => (
              <li key={i}>
                {d.code === 'bearer-prefix'
                  ? t('enc.notice.bearer', { prefix: String(d.params.prefix ?? 'Bearer') })
                  : t(
                      d.code === 'surrounding-quotes'
                        ? 'enc.notice.quotes'
                        : 'enc.notice.whitespace',
                    )}{' '}
                <span className="mono left-out">
                  {t('enc.notice.leftOut', {
                    text: visible(insp.input.slice(d.span!.start, d.span!.end)),
                  })}
                </span>
              </li>
            ))}
          </ul>
          <p className="hint">{t('enc.notice.keep')}</p>
          <button type="button" onClick={() => onClean(insp.token)}>
            {t('enc.notice.remove')}
          </button>
        </div>
      )}
      {breaks && (
        <div className="notice badge-warn" role="note">
          <p>{t('enc.notice.breaks')}</p>
          <button
            type="button"
            onClick={() =>
              onClean(
                insp.input.slice(0, start) + insp.token.replace(/\s+/g, '') + insp.input.slice(end),
              )
            }
          >
            {t('enc.notice.removeBreaks')}
          </button>
        </div>
      )}
    </div>
  );
}
