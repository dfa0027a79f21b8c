/** Sentences about a key: its format and what it holds, and which key of a set the token selects. */
import { selectKey, type Inspection, type KeyEntry, type ParsedKey } from '../../jwt/index';
import type { KeyFormatChoice } from '../../model/state';
import type { T } from './text';

export function tokenKid(insp: Inspection): string | undefined {
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
export function chosenKey(p: ParsedKey | null, insp: Inspection): KeyEntry | null {
  if (!p) return null;
  return selectKey(p, tokenKid(insp), insp.alg ?? undefined).key;
}

/** One sentence naming the key's format and what it holds. */
export function describeKey(
  t: T,
  p: ParsedKey,
  format: KeyFormatChoice,
  insp: Inspection,
): string | null {
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
