/**
 * What a list of findings shows around each sentence: the severity in words and the link to the
 * RFC section. Only the lists use them, and they load after the first paint, so these do too.
 */
import type { Severity } from '../../jwt/index';
import type { Lang } from '../lang';

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  en: { error: 'Error', warning: 'Warning', info: 'Note' },
  ko: { error: '오류', warning: '경고', info: '정보' },
};

export function severityLabel(lang: Lang, severity: Severity): string {
  return SEVERITY[lang][severity];
}

/**
 * The rfc-editor.org address of the first RFC a reference names, at its first section or appendix:
 * "RFC 7515 §4.1.1" → …/rfc7515#section-4.1.1, "RFC 7515 App. C" → …/rfc7515#appendix-C.
 */
export function rfcUrl(rfc: string): string | null {
  const m = /RFC\s*(\d+)([^;]*)/i.exec(rfc);
  if (!m) return null;
  const base = `https://www.rfc-editor.org/rfc/rfc${m[1]}`;
  // Only the text up to the next RFC number belongs to the first RFC.
  const rest = (m[2] ?? '').split(/RFC/i)[0] ?? '';
  const ref = /§\s*(\d+(?:\.\d+)*)|App(?:endix|\.)?\s*([A-Z](?:\.\d+)*)/.exec(rest);
  if (!ref) return base;
  return ref[1] ? `${base}#section-${ref[1]}` : `${base}#appendix-${ref[2]}`;
}
