/** Everything Korean the playground needs up front, loaded only when Korean is chosen. */
import type { StringKey } from './index';
import { appKo } from './app.ko';
import { diagnosticKo, KO } from './diagnostics.ko';
import { toolbarKo } from './toolbar.ko';
import { tokenKo } from './token.ko';

export const KO_STRINGS: Record<StringKey, string> = {
  ...appKo,
  ...toolbarKo,
  ...tokenKo,

  ...diagnosticKo,
};

export { KO as KO_DIAGNOSTICS };
