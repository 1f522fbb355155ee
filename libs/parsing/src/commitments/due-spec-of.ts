import type { DuePart, DueRelation, DueSpec } from '../contract/due-spec.js';
import type { Time } from './due-time.js';

// The due specification of a time read by due-time.ts under its preposition: "voor" + de zomer → a season before,
// "uiterlijk" + 1 maart 2025 → a date by, "eind" + 2023 → the end of a year.

/** A date never relates "in" or "after" to itself in our specification: those read as "by" (the date as named). */
function dateRelation(relation: DueRelation): 'by' | 'before' | 'around' {
  return relation === 'before' || relation === 'around' ? relation : 'by';
}

function partOf(relation: DueRelation, part: DuePart, inner: Time): DueSpec {
  const base = specOf(relation, inner);
  if (base.kind === 'month' || base.kind === 'year') return { ...base, part };
  // "het begin van de zomer" is before it; "het einde van de zomer", "de loop van het zomerreces" are in it.
  if (base.kind === 'season' || base.kind === 'recess') return { ...base, relation: part === 'begin' ? 'before' : 'in' };
  return base;
}

export function specOf(relation: DueRelation, time: Time): DueSpec {
  switch (time.t) {
    case 'date':
      return { kind: 'date', relation: dateRelation(relation), day: time.day, month: time.month, year: time.year };
    case 'month':
      return { kind: 'month', relation, part: 'whole', month: time.month, year: time.year };
    case 'year':
      return { kind: 'year', relation, part: 'whole', year: time.year };
    case 'season':
      return { kind: 'season', relation, season: time.season, year: time.year };
    case 'recess':
      return { kind: 'recess', relation, recess: time.recess, year: time.year };
    case 'event':
      return { kind: 'parliamentary-event', relation, event: time.event, year: time.year };
    case 'quarter':
      return { kind: 'quarter', quarter: time.quarter, year: time.year };
    case 'half':
      return { kind: 'half-year', half: time.half, year: time.year };
    case 'span':
      return time.calendar
        ? { kind: 'relative', amount: time.amount, unit: time.unit, calendar: true }
        : { kind: 'relative', amount: time.amount, unit: time.unit };
    case 'vague':
      return { kind: 'asap' };
    case 'part':
      return partOf(relation, time.part, time.inner);
  }
}

/** The relation, or the part of the period, a preposition gives: "voor" → before, "eind" → the end, "medio" → the middle. */
export function prepositionMeaning(word: string): { relation: DueRelation; part?: DuePart } | null {
  switch (word) {
    case 'voor':
    case 'vóór':
    case 'tegen':
    case 'per':
      return { relation: 'before' };
    case 'uiterlijk':
    case 'op':
      return { relation: 'by' };
    case 'in':
    case 'tijdens':
    case 'gedurende':
      return { relation: 'in' };
    case 'rond':
    case 'rondom':
    case 'omstreeks':
      return { relation: 'around' };
    case 'na':
      return { relation: 'after' };
    case 'begin':
      return { relation: 'in', part: 'begin' };
    case 'eind':
    case 'einde':
    case 'ultimo':
      return { relation: 'in', part: 'end' };
    case 'medio':
    case 'half':
    case 'halverwege':
    case 'midden':
      return { relation: 'in', part: 'middle' };
    default:
      return null;
  }
}
