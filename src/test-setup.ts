import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadDiagnostics, loadLanguage } from './i18n/i18n';

// Waits are for states: on a busy two-core machine a state can take seconds to arrive, so the
// ceiling of findBy/waitFor is generous (a passing wait returns as soon as the state is there).
configure({ asyncUtilTimeout: 15_000 });

// Korean, and the findings' sentences in both languages, load on demand in the page; components
// under test may render in either language.
await loadLanguage('ko');
await loadDiagnostics('en');

// jsdom's typed arrays come from another realm than the one Node's WebCrypto checks against, so real
// WebCrypto refuses them. Hand it Node buffers of the same bytes: the crypto stays real, only the
// wrapper object changes. (Core tests run in Node and need none of this.)
function nodeBytes(x: unknown): unknown {
  if (ArrayBuffer.isView(x)) return Buffer.from(x.buffer, x.byteOffset, x.byteLength);
  if (Object.prototype.toString.call(x) === '[object ArrayBuffer]') {
    return Buffer.from(new Uint8Array(x as ArrayBuffer));
  }
  // Algorithm parameters carry bytes too (AES-GCM's iv and additionalData, PBKDF2's salt).
  if (x !== null && typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype) {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, nodeBytes(v)]));
  }
  return x;
}
const subtle = crypto.subtle as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
for (const m of [
  'importKey',
  'exportKey',
  'sign',
  'verify',
  'digest',
  'deriveBits',
  'generateKey',
  'encrypt',
  'decrypt',
  'wrapKey',
  'unwrapKey',
]) {
  const original = subtle[m]!;
  subtle[m] = (...args: unknown[]) => original.apply(crypto.subtle, args.map(nodeBytes));
}

afterEach(() => {
  cleanup();
});
