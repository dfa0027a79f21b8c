/** The simulation texts (text.ts) in the current language, and which keys have one. */
import { format, useLang, type Params } from '../../i18n/i18n';
import { simTexts, type SimTextKey } from './text';

/** Whether a key (from a recorded step) has a text. */
export function isSimTextKey(key: string): key is SimTextKey {
  return key in simTexts.en;
}

/** The scenario texts in the current language. */
export function useSimText(): (key: SimTextKey, params?: Params) => string {
  const lang = useLang();
  return (key, params) => format(simTexts[lang][key], params);
}
