// The JWE half of the core as one chunk, loaded on demand through the core's index.
export { decrypt } from './decrypt';
export { encrypt } from './encrypt';
export { generateJweKey } from './keys';
