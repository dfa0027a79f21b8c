/** Every string bundle, including the ones that load with their own page: for completeness tests. */
import { appEn } from './app';
import { appKo } from './app.ko';
import { claimsStrings } from './claims';
import { diagnosticEn } from './diagnostics';
import { diagnosticKo } from './diagnostics.ko';
import { labsStrings } from './labs';
import { lessonStrings } from './lessons';
import { microscopeStrings } from './microscope';
import { sizeStrings } from './size';
import { shareStrings } from './share';
import { signatureStrings } from './signature';
import { verdictStrings } from './verdict';
import { simsStrings } from './sims';
import { toolbarEn } from './toolbar';
import { toolbarKo } from './toolbar.ko';
import { tokenEn } from './token';
import { tokenKo } from './token.ko';

export const ALL_BUNDLES = {
  appStrings: { en: appEn, ko: appKo },
  toolbarStrings: { en: toolbarEn, ko: toolbarKo },
  tokenStrings: { en: tokenEn, ko: tokenKo },
  diagnosticStrings: { en: diagnosticEn, ko: diagnosticKo },
  signatureStrings,
  verdictStrings,
  claimsStrings,
  simsStrings,
  labsStrings,
  lessonStrings,
  microscopeStrings,
  sizeStrings,
  shareStrings,
};
