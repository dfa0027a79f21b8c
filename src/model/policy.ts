import type { CheckOptions, ClaimOptions } from '../jwt/index';
import type { Policy } from './state';

/** The core's check options for the playground's policy (the key is added by the caller). */
export function checkOptions(policy: Policy, now: number): CheckOptions {
  const options: CheckOptions = { now, leeway: policy.leeway };
  if (policy.algorithms) options.algorithms = policy.algorithms;
  if (policy.audience.trim()) options.audience = policy.audience.trim();
  if (policy.issuer.trim()) options.issuer = policy.issuer.trim();
  return options;
}

/** The claim checks' options for the playground's policy at `now`. */
export function claimOptionsOf(policy: Policy, now: number): ClaimOptions {
  const o: ClaimOptions = { now, leeway: policy.leeway };
  if (policy.audience.trim()) o.audience = policy.audience.trim();
  if (policy.issuer.trim()) o.issuer = policy.issuer.trim();
  return o;
}
