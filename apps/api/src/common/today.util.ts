import { kamerDateOf, type KamerDate, type Policy } from '#domain';

/** Today in the policy's zone (Europe/Amsterdam): the apps read the clock, the rules never do. */
export function today(policy: Policy, clock: () => Date = () => new Date()): KamerDate {
  return kamerDateOf(clock(), policy.timeZone);
}
