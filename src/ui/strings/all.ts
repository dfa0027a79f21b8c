/** Every string bundle, including the ones that load with their own page: for completeness tests. */
import { appStrings } from './app';
import { claimsStrings } from './claims';
import { diagnosticStrings } from './diagnostics';
import { labsStrings } from './labs';
import { lessonStrings } from './lessons';
import { signatureStrings } from './signature';
import { simsStrings } from './sims';
import { toolbarStrings } from './toolbar';
import { exampleStrings, tokenStrings } from './token';

export const ALL_BUNDLES = {
  appStrings,
  toolbarStrings,
  tokenStrings,
  exampleStrings,
  diagnosticStrings,
  signatureStrings,
  claimsStrings,
  simsStrings,
  labsStrings,
  lessonStrings,
};
