import { kamerDateOf } from '../rules/kamer-date-of.util.js';
import type { KamerDate } from '../rules/kamer-date.util.js';

/**
 * The Kamer date a job is about: its explicit asOf, else the day it was scheduled to run (creation time + delay),
 * so a Monday digest that a busy worker picks up on Tuesday is still Monday's.
 */
export function nominalRunDate(job: { data: { asOf?: KamerDate }; timestamp: number; delay?: number }, timeZone: string): KamerDate {
  return job.data.asOf ?? kamerDateOf(new Date(job.timestamp + (job.delay ?? 0)), timeZone);
}
