/**
 * Korean particles after a value that is only known at run time: 이/가, 을/를, 은/는, 와/과,
 * (으)로, 이라는/라는, 이에요/예요 are chosen by whether the value's last sound ends in a consonant
 * (받침). A Hangul syllable says so itself; a final Latin letter or digit is judged by how Koreans
 * read it aloud ("JWT" → 티, "RS256" → 육, "HMAC" → 씨, "URL" → 엘).
 */

/** Final consonant of a sound: none, ㄹ (which takes 로, not 으로), or another one. */
type Final = 'none' | 'rieul' | 'other';

// How a digit is read (영 일 이 삼 사 오 육 칠 팔 구).
const DIGIT_FINAL: Final[] = [
  'other',
  'rieul',
  'none',
  'other',
  'none',
  'none',
  'other',
  'rieul',
  'rieul',
  'none',
];

// How a Latin letter is read in Korean: 엘, 알 end in ㄹ; 엠, 엔 in another consonant; the rest
// (에이, 비, 씨, …, 에프, 에스, 엑스) end in a vowel.
const LETTER_FINAL: Record<string, Final> = { l: 'rieul', r: 'rieul', m: 'other', n: 'other' };

function finalOf(word: string): Final {
  const text = word.replace(/[\s"'`”’)\]}>.,!?:;]+$/u, '');
  const last = text.at(-1);
  if (!last) return 'none';
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    if (jong === 0) return 'none';
    return jong === 8 ? 'rieul' : 'other';
  }
  if (/[0-9]/.test(last)) return DIGIT_FINAL[Number(last)] ?? 'none';
  return LETTER_FINAL[last.toLowerCase()] ?? 'none';
}

/** The particle pairs this helper knows, written as in a template: consonant form first. */
export const PARTICLES = [
  '이/가',
  '을/를',
  '은/는',
  '과/와',
  '와/과',
  '(으)로',
  '이라는/라는',
  '이에요/예요',
  '이어야/여야',
] as const;
export type Particle = (typeof PARTICLES)[number];

/** The particle that follows `word`, e.g. particle('HS256', '이/가') → '이'. */
export function particle(word: string, which: Particle): string {
  const f = finalOf(word);
  if (which === '(으)로') return f === 'other' ? '으로' : '로';
  if (which === '와/과') return f === 'none' ? '와' : '과';
  const [withFinal = '', withoutFinal = ''] = which.split('/');
  return f === 'none' ? withoutFinal : withFinal;
}

/** `word` followed by the right particle: withParticle('RS256', '을/를') → 'RS256을'. */
export function withParticle(word: string, which: Particle): string {
  return word + particle(word, which);
}

const PARTICLE_PATTERN = PARTICLES.map((p) => p.replace(/[()/]/g, '\\$&')).join('|');
const TEMPLATE = new RegExp(`\\{(\\w+)\\}(["'”’]?)(${PARTICLE_PATTERN})`, 'g');

/**
 * Fills `{name}` placeholders that a particle follows (`{alg}이/가`, `"{id}"이라는/라는`) and leaves
 * the other placeholders for the usual formatter.
 */
export function fillParticles(
  template: string,
  params: Record<string, string | number> = {},
): string {
  return template.replace(TEMPLATE, (m, name: string, quote: string, which: Particle) =>
    name in params ? `${String(params[name])}${quote}${particle(String(params[name]), which)}` : m,
  );
}
