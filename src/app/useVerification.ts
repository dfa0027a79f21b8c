import { useEffect, useRef, useState } from 'react';
import { check, type CheckOptions, type CheckResult } from '../jwt/index';
import { keyInputFrom } from './keyInput';
import type { KeyFormatChoice, Policy } from './state';

export interface Verification {
  /** The latest result for the current inputs, or null while none has arrived. */
  result: CheckResult | null;
  /** True while a check for the current inputs is running (an older result may still be shown). */
  pending: boolean;
}

/** Options for the core's check from the playground's policy. */
export function checkOptions(
  keyText: string,
  keyFormat: KeyFormatChoice,
  policy: Policy,
  now: number,
): CheckOptions {
  const options: CheckOptions = {
    key: keyInputFrom(keyText, keyFormat),
    now,
    leeway: policy.leeway,
  };
  if (policy.algorithms) options.algorithms = policy.algorithms;
  if (policy.audience.trim()) options.audience = policy.audience.trim();
  if (policy.issuer.trim()) options.issuer = policy.issuer.trim();
  return options;
}

/**
 * Runs the core's check in the background whenever the token, key or policy changes. Results that
 * arrive for inputs that have changed since are dropped; typing never waits for WebCrypto.
 * `now` is read when a check starts; claim times are re-evaluated separately as the clock ticks.
 */
export function useVerification(
  token: string,
  keyText: string,
  keyFormat: KeyFormatChoice,
  policy: Policy,
  now: () => number,
  enabled = true,
): Verification {
  const [state, setState] = useState<{ for: unknown; result: CheckResult | null }>({
    for: null,
    result: null,
  });
  const latest = useRef(0);
  const nowRef = useRef(now);
  useEffect(() => {
    nowRef.current = now;
  });
  const inputs = `${token}\u0000${keyText}\u0000${keyFormat}\u0000${JSON.stringify(policy)}`;

  useEffect(() => {
    if (!enabled) return;
    const id = ++latest.current;
    let cancelled = false;
    void check(token, checkOptions(keyText, keyFormat, policy, nowRef.current())).then((result) => {
      if (!cancelled && id === latest.current) setState({ for: inputs, result });
    });
    return () => {
      cancelled = true;
    };
    // `inputs` stands for token, key and policy together.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inputs, enabled]);

  if (!enabled) return { result: null, pending: false };
  return { result: state.result, pending: state.for !== inputs };
}
