import { isKamerDate, kamerDateOf, type KamerDate } from '#domain';
import { CliError } from '../exit-codes.js';

/** A date option (`--as-of`, `--since`): absent, or a real calendar date as YYYY-MM-DD; anything else is a usage error. */
export function dateOption(name: string, value: string | undefined): KamerDate | undefined {
  if (value === undefined) return undefined;
  if (!isKamerDate(value)) throw new CliError(`--${name} ${String(value)}: expected a real calendar date as YYYY-MM-DD`);
  return value;
}

/** `--as-of`: the date given, or today in the policy's zone (the CLI reads the clock, the rules never do). */
export function asOfOption(value: string | undefined, timeZone: string, clock: () => Date = () => new Date()): KamerDate {
  return dateOption('as-of', value) ?? kamerDateOf(clock(), timeZone);
}
