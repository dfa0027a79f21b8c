/** Every diagnostic code in one table (the two halves load at different times; this joins them). */
import { INSPECT_CODES } from './diagnostics';
import { VERIFY_CODES } from './verify-codes';
import { JWE_CODES } from './jwe/codes';

export const CODES = { ...INSPECT_CODES, ...VERIFY_CODES, ...JWE_CODES };
