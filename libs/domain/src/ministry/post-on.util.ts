import { BEWINDSPERSONEN, type Bewindspersoon } from './bewindspersonen.data.js';
import { bewindspersoonNameMatches } from './bewindspersoon-name.util.js';

function holds(entry: Bewindspersoon, date: string): boolean {
  return entry.from <= date && (entry.to === null || date <= entry.to);
}

/**
 * Every post the person a document names held on a date, the longest-held first (Van Weel in July 2025: Justitie en
 * Veiligheid, then Asiel en Migratie). Empty when the name is unknown on that date, and also when it fits two different
 * people in office then: a name that could be either is never guessed.
 */
export function postsOn(name: string, date: string, table: readonly Bewindspersoon[] = BEWINDSPERSONEN): Bewindspersoon[] {
  const found = table.filter((entry) => holds(entry, date) && bewindspersoonNameMatches(name, entry.name));
  if (new Set(found.map((entry) => entry.name)).size > 1) return [];
  return found.sort((a, b) => a.from.localeCompare(b.from));
}

/** The post of the person a document names on a date (their longest-held one when they held two), else null. */
export function postOn(name: string, date: string, table: readonly Bewindspersoon[] = BEWINDSPERSONEN): Bewindspersoon | null {
  return postsOn(name, date, table)[0] ?? null;
}
