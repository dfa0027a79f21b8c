/**
 * The page's one Trusted Types policy. The Content-Security-Policy says
 * `require-trusted-types-for 'script'; trusted-types jwt-playground`, so a plain string can no
 * longer start a script: every script URL (the service worker, the dictionary attack's workers)
 * goes through `scriptURL`, which lets through the app's own files only (same origin, http or
 * https) and throws on anything else, data: and blob: included. A worker runs under its own
 * script's CSP header, so it makes the same policy in its own realm when it starts helpers.
 * Where there are no Trusted Types (jsdom, a browser without them) it hands the URL back
 * unchanged: worker-src 'self' still guards it there.
 *
 * It lives in model because that is the lowest folder both the entry (main.tsx) and the labs
 * (their worker included) may import: the core (jwt) has no DOM, and i18n holds only strings.
 */

/** The policy's name, as the CSP's `trusted-types` directive allows it. */
export const TRUSTED_TYPES_POLICY = 'jwt-playground';

// Only what is used here: TypeScript's DOM typings do not describe Trusted Types.
interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}
interface PolicyFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy;
}

/** The absolute URL of one of the app's own files; a TypeError for anything else. */
function ownFile(input: string): string {
  const here = globalThis.location;
  const url = new URL(input, here.href);
  if (url.origin !== here.origin || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new TypeError(`Not one of this app's files, so it may not run as a script: ${input}`);
  }
  return url.href;
}

let policy: ScriptUrlPolicy | undefined;

/** A script URL the Trusted Types sinks accept (Worker, serviceWorker.register). */
export function scriptURL(url: string): string {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory) return url;
  policy ??= factory.createPolicy(TRUSTED_TYPES_POLICY, { createScriptURL: ownFile });
  // A TrustedScriptURL, which the sinks take where their typings say string.
  return policy.createScriptURL(url) as string;
}
