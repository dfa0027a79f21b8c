/**
 * Every `data-testid` the pages carry, in one typed list. Components are checked against it by the
 * compiler (src/testids.d.ts types the attribute), the tests' literals by scripts/testids.test.ts,
 * and a lesson's focus names one of them. A renamed id is a type error, not a test that silently
 * finds nothing.
 */
export const TEST_IDS = [
  'claims-more',
  'claims-status',
  'clock-now',
  'clock-range',
  'clock-seconds',
  'crack-base-words',
  'crack-file',
  'crack-list-active',
  'crack-own',
  'crack-panel',
  'crack-preview',
  'crack-rate',
  'crack-raw',
  'crack-result',
  'crack-start',
  'crack-stop',
  'crack-tried',
  'crack-use-own',
  'decryption-diagnostics',
  'decryption-status',
  'edit-note',
  'gen-alg',
  'gen-button',
  'gen-template',
  'highlight-probe',
  'jwe-alg',
  'jwe-decrypt-key',
  'jwe-enc',
  'jwe-encrypt',
  'jwe-encrypt-button',
  'jwe-encrypt-key',
  'jwe-nested',
  'jwe-open-with-key',
  'jwe-open-without-key',
  'jwe-output',
  'kept-key',
  'kept-token',
  'key-collapsed',
  'key-description',
  'key-format',
  'key-from-link',
  'key-input',
  'key-offer',
  'key-signs',
  'key-weak',
  'lab',
  'lab-cleared',
  'lab-hint',
  'lab-http-response',
  'lab-outcome',
  'lab-reason',
  'lab-request',
  'lab-response',
  'lab-send',
  'lab-sources',
  'lab-status',
  'lab-status-line',
  'lab-title',
  'labs-progress',
  'legend-more',
  'lesson-playground',
  'microscope',
  'microscope-last',
  'microscope-utf8',
  'mode-toggle',
  'page-failed',
  'pane-failed',
  'paste-notices',
  'policy-key-decides',
  'policy-status',
  'resign',
  'restore-previous',
  'server-mode',
  'share-url',
  'sign-key-input',
  'signature-diff',
  'signature-random',
  'signature-status',
  'signing-input',
  'sim-attacker-loot',
  'sim-bytes-chart',
  'sim-counters',
  'sim-diagram',
  'sim-explanation',
  'sim-feedback',
  'sim-growth-chart',
  'sim-hop',
  'sim-leak',
  'sim-progress',
  'sim-question',
  'sim-refused',
  'sim-request',
  'sim-response',
  'sim-scenario',
  'sim-script',
  'sim-status',
  'sim-try',
  'sim-try-token',
  'sims-list',
  'state-probe',
  'time-travel',
  'token-collapsed',
  'token-diagnostics',
  'token-input',
  'token-mirror',
  'token-probe',
  'verdict-strip',
  'verdict-summary',
  'why-panel',
] as const;

/** The decoded parts that have their own editor. */
type DecodedPart = 'header' | 'payload';

/** A test id: one of the fixed list, or one made from a part, a view or an item's id. */
export type TestId =
  | (typeof TEST_IDS)[number]
  | `${DecodedPart}-${'json' | 'hex' | 'message' | 'diagnostics' | 'collapsed'}`
  | `json-view-${'pretty' | 'exact'}`
  /** A claim's relative time, by claim name. */
  | `relative-${string}`
  /** A lab in the list, by lab id. */
  | `lab-item-${string}`
  /** A lab's resource (JWKS, public key…), by resource id. */
  | `res-${string}`;

/** The patterns of the made ids, for checks over test files. */
export const MADE_TEST_IDS: readonly RegExp[] = [
  /^(header|payload)-(json|hex|message|diagnostics|collapsed)$/,
  /^json-view-(pretty|exact)$/,
  /^relative-.+$/,
  /^lab-item-.+$/,
  /^res-.+$/,
];

/** Whether a string is a test id the pages can carry. */
export function isTestId(id: string): id is TestId {
  return (TEST_IDS as readonly string[]).includes(id) || MADE_TEST_IDS.some((p) => p.test(id));
}
