import { MINISTRIES, type Bewindspersoon, type BewindspersoonEntry } from '#domain';

const NAMES = new Map(MINISTRIES.map((m) => [m.slug, m.name]));

/** "minister van Justitie en Veiligheid" → "Minister van Justitie en Veiligheid". */
export function postTitle(post: string): string {
  return post.charAt(0).toUpperCase() + post.slice(1);
}

export function ministryName(slug: string): string {
  return NAMES.get(slug) ?? slug;
}

/** "2017-10-26 – 2022-01-09", or "… – heden" while in office. */
export function tenureText(period: Pick<Bewindspersoon, 'from' | 'to'>): string {
  return `${period.from} – ${period.to ?? 'heden'}`;
}

/** The posts of a person, one per line of the list, most recent last. */
export function postsText(entry: BewindspersoonEntry): string {
  return entry.periods
    .map((p) => postTitle(p.post))
    .filter((p, i, all) => all.indexOf(p) === i)
    .join('; ');
}
