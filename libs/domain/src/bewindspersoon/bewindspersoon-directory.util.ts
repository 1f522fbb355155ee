import { BEWINDSPERSONEN, type Bewindspersoon } from '../ministry/bewindspersonen.data.js';
import { bewindspersoonNameMatches } from '../ministry/bewindspersoon-name.util.js';
import { postOn } from '../ministry/post-on.util.js';
import { slugify } from '../person/person-key.util.js';

/** One person of the table of bewindspersonen, with every post they held. */
export interface BewindspersoonEntry {
  slug: string;
  name: string;
  /** Their rows of the table, oldest first. */
  periods: Bewindspersoon[];
  /** The slugs of the ministries of those posts, in the order first held. */
  ministries: string[];
  /** First day in office, and the last (null while in office). */
  from: string;
  to: string | null;
}

/** The people of the table, one entry per name, the most recent to take office first. */
export function bewindspersonenDirectory(table: readonly Bewindspersoon[] = BEWINDSPERSONEN): BewindspersoonEntry[] {
  const byName = new Map<string, Bewindspersoon[]>();
  for (const row of table) byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
  return [...byName]
    .map(([name, rows]) => {
      const periods = [...rows].sort((a, b) => a.from.localeCompare(b.from));
      const to = periods.some((p) => p.to === null)
        ? null
        : periods
            .map((p) => p.to!)
            .sort()
            .at(-1)!;
      return { slug: slugify(name), name, periods, ministries: [...new Set(periods.map((p) => p.ministry))], from: periods[0].from, to };
    })
    .sort((a, b) => b.from.localeCompare(a.from) || a.name.localeCompare(b.name, 'nl'));
}

/**
 * The slug of the person a label or a name stands for on the first of `dates` the table knows them
 * ("Minister van Justitie en Veiligheid (Grapperhaus)" in 2021 → ferdinand-grapperhaus), for links; null when it names
 * nobody, or a name that fits two people then.
 */
export function bewindspersoonSlugOf(
  label: string | null,
  dates: readonly (string | null)[],
  table: readonly Bewindspersoon[] = BEWINDSPERSONEN,
): string | null {
  if (!label) return null;
  const name = /\(([^)]+)\)\s*$/.exec(label)?.[1] ?? label;
  for (const date of dates) {
    const found = date ? postOn(name, date, table) : null;
    if (found) return slugify(found.name);
  }
  return null;
}

/**
 * The slug of the one person a label names among those who ever held a post at a ministry ("Minister van Buitenlandse
 * Zaken (Hoekstra)" at bz → wopke-hoekstra), for a ministry page's groups, which carry no date; null when none or two fit.
 */
export function bewindspersoonSlugAt(label: string, ministrySlug: string, table: readonly Bewindspersoon[] = BEWINDSPERSONEN): string | null {
  const name = /\(([^)]+)\)\s*$/.exec(label)?.[1] ?? label;
  const fits = new Set(table.filter((row) => row.ministry === ministrySlug && bewindspersoonNameMatches(name, row.name)).map((row) => row.name));
  return fits.size === 1 ? slugify([...fits][0]) : null;
}

/**
 * The heads of a ministry ('minister van …' at that ministry, as attributeToBewindspersoon reads the head) in the order
 * they took office: where the trend chart of a ministry's page marks a change of bewindspersoon.
 */
export function headsOfMinistry(ministrySlug: string, table: readonly Bewindspersoon[] = BEWINDSPERSONEN): Bewindspersoon[] {
  return table
    .filter((row) => row.ministry === ministrySlug && row.post.trim().toLowerCase().startsWith('minister van '))
    .sort((a, b) => a.from.localeCompare(b.from));
}
