// The structured due specification of a commitment: what its deadline phrase says, before any calendar is applied.
// libs/parsing reads the phrase (commitments/due-phrase.ts, the one due-date grammar); libs/domain resolves the
// specification against the date the promise was made, the recess calendar and the policy. Part of the parse contract.

/** A year as written: a number, "dit jaar" ('this'), "volgend jaar" ('next'), or null when the phrase names none
 * (then the first such time on or after the day the promise was made is meant). */
export type DueYear = number | 'this' | 'next' | null;

/** How a phrase relates to the time it names: "uiterlijk / niet later dan" (by), "voor / vóór" (before), "rond / omstreeks"
 * (around), "in / tijdens" (in), "na" (after). */
export type DueRelation = 'by' | 'before' | 'around' | 'in' | 'after';

/** Which part of a month or year: "begin", "medio", "eind"; 'whole' for "in maart", "in 2024", "in de loop van …". */
export type DuePart = 'begin' | 'middle' | 'end' | 'whole';

export type DueUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

export type DueSeason = 'spring' | 'summer' | 'autumn' | 'winter';

/** The Kamer's recesses; 'next' for "voor het reces" (whichever comes first). */
export type DueRecess = 'zomerreces' | 'kerstreces' | 'herfstreces' | 'voorjaarsreces' | 'meireces' | 'next';

/** Dated moments of the budget year, and documents or meetings without a calendar date ("de eerstvolgende voortgangsrapportage"). */
export type DueEvent = 'prinsjesdag' | 'voorjaarsnota' | 'verantwoordingsdag' | 'next-document' | 'next-meeting' | 'cabinet-term';

export type DueSpec =
  /** "niet later dan 1 juli 2025", "vóór 1 januari", "(1 december 2023)"; month 1–12. */
  | { kind: 'date'; relation: 'by' | 'before' | 'around'; day: number; month: number; year: DueYear }
  /** "in juni", "eind maart", "begin mei", "vóór april", "(juli 2022)". */
  | { kind: 'month'; relation: DueRelation; part: DuePart; month: number; year: DueYear }
  /** "in het eerste kwartaal van 2023", "Q3". */
  | { kind: 'quarter'; quarter: 1 | 2 | 3 | 4; year: DueYear }
  /** "in de eerste helft van 2024". */
  | { kind: 'half-year'; half: 1 | 2; year: DueYear }
  /** "voor het einde van het jaar", "begin volgend jaar", "medio 2023", "in 2024", "vóór 2025". */
  | { kind: 'year'; relation: DueRelation; part: DuePart; year: DueYear }
  /** "voor de zomer", "in het najaar", "rond de zomer", "na de zomer". */
  | { kind: 'season'; relation: DueRelation; season: DueSeason; year: DueYear }
  /** "voor het kerstreces", "tijdens het zomerreces", "direct na het zomerreces". */
  | { kind: 'recess'; relation: DueRelation; recess: DueRecess; year: DueYear }
  /** "voor Prinsjesdag", "bij de Voorjaarsnota", "in de eerstvolgende voortgangsrapportage". */
  | { kind: 'parliamentary-event'; relation: DueRelation; event: DueEvent; year: DueYear }
  /** "zo spoedig mogelijk", "op korte termijn", "binnenkort", "de komende weken": no date stated. */
  | { kind: 'asap' }
  /** "binnen drie weken", "over 14 dagen", "binnen een half jaar"; with `calendar`, to the end of the calendar unit that
   * many units ahead: "deze week" (0 weeks), "volgende maand" (1 month), "dit kwartaal" (0 quarters). */
  | { kind: 'relative'; amount: number; unit: DueUnit; calendar?: true }
  /** "zodra het rapport verschijnt", "na afronding van het onderzoek": a condition, no date. */
  | { kind: 'condition'; text: string }
  /** A phrase given (by a person correcting a commitment) that the grammar does not read. */
  | { kind: 'unrecognised'; text: string }
  /** No due phrase. */
  | { kind: 'none' };

export const NO_DUE: DueSpec = Object.freeze({ kind: 'none' });
