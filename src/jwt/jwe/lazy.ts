/**
 * The JWE entry points as the core's index exports them: each loads the JWE chunk on first use.
 */
const loadJwe = () => import('./entry');

export const decrypt: typeof import('./decrypt').decrypt = async (token, key, options) =>
  (await loadJwe()).decrypt(token, key, options);

export const encrypt: typeof import('./encrypt').encrypt = async (request) =>
  (await loadJwe()).encrypt(request);

export const generateJweKey: typeof import('./keys').generateJweKey = async (alg, enc) =>
  (await loadJwe()).generateJweKey(alg, enc);
