import { BEWINDSPERSONEN, type Bewindspersoon } from './bewindspersonen.data.js';

// Posts compare without case, accents, the prepositions "van"/"voor" and punctuation, so the listing's
// "minister justitie en veiligheid" and the page's "Minister van Justitie en Veiligheid" are one post.
function postKey(post: string): string {
  return post
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[,.]/g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0 && word !== 'van' && word !== 'voor')
    .join(' ');
}

/** Whether two ways of writing a post name the same post. */
export function samePost(a: string, b: string): boolean {
  return postKey(a) === postKey(b);
}

/** Everyone who held a post on a date, the most recent to take it first (staatssecretaris posts often have two holders). */
export function holdersOn(post: string, date: string, table: readonly Bewindspersoon[] = BEWINDSPERSONEN): Bewindspersoon[] {
  const key = postKey(post);
  const holders = table.filter((entry) => entry.from <= date && (entry.to === null || date <= entry.to) && postKey(entry.post) === key);
  return holders.sort((a, b) => b.from.localeCompare(a.from));
}

/** Who held a post on a date (the one who took it over, on the day of a hand-over), else null. */
export function holderOn(post: string, date: string, table: readonly Bewindspersoon[] = BEWINDSPERSONEN): Bewindspersoon | null {
  return holdersOn(post, date, table)[0] ?? null;
}
