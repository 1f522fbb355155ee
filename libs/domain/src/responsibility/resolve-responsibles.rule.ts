import { BEWINDSPERSONEN, type Bewindspersoon } from '../ministry/bewindspersonen.data.js';
import { bewindspersoonNameMatches } from '../ministry/bewindspersoon-name.util.js';
import { holdersOn, samePost } from '../ministry/holder-on.util.js';
import { ministryFromRole } from '../ministry/ministry-from-role.util.js';
import { postsOn } from '../ministry/post-on.util.js';
import { ministerLabel } from '../question-set/minister-label.util.js';

// Who must answer a question set, from every source its documents and the open data give, decided in one place:
// 1. the answerers ("Beantwoord door" names, "Antwoord van Minister X (Ministerie)"), in their order; a bare name
//    takes its post from the table of bewindspersonen on the day the set was submitted (Grapperhaus in November 2021:
//    minister van Justitie en Veiligheid), or on the day it was answered when the table has nobody of that name then;
// 2. the addressees (the question header's "aan de Minister van …", "mede namens …", the open data's "Gericht aan"),
//    each named after whoever held the post that day, unless an answerer already stands for that post;
// 3. only when neither names anyone: what a writer stored on the set itself (its ministry and minister label).
// A set none of these name has no responsible at all: it is listed as "adressaat nog onbekend", never guessed.

export interface ResponsibleSources {
  submittedOn: string | null;
  answeredOn: string | null;
  answerers: readonly { name: string; role: string | null }[];
  /** Roles as written ("minister van Financiën", "minister justitie en veiligheid"). */
  addressees: readonly string[];
  stored: { ministrySlug: string | null; ministerLabel: string | null };
}

export interface Responsible {
  ministrySlug: string | null;
  /** "Minister van Justitie en Veiligheid (Grapperhaus)"; null only for a stored ministry without a minister. */
  minister: string | null;
  /** The person as the documents name them, when known. */
  personName: string | null;
  source: 'answerer' | 'addressee' | 'stored';
}

/**
 * The post a role names: its first part that is not a "vice" hat ("viceminister-president, minister buitenlandse
 * zaken"). Parts are cut only before an office word: "minister van Onderwijs, Cultuur en Wetenschap" is one post.
 */
function mainPost(role: string): string {
  return (
    role
      .split(/,\s*(?=(?:vice)?minister|staatssecretaris|premier)/i)
      .map((part) => part.trim())
      .find((part) => part.length > 0 && !part.toLowerCase().startsWith('vice')) ?? role.trim()
  );
}

function fromAnswerer(answerer: { name: string; role: string | null }, dates: string[], table: readonly Bewindspersoon[]): Responsible {
  const posts = dates.map((date) => postsOn(answerer.name, date, table)).find((found) => found.length > 0) ?? [];
  if (answerer.role) {
    const post = mainPost(answerer.role);
    // The table knows which ministry a post belonged to at the time (Klimaat en Energie sat at EZK in 2022).
    const known = posts.find((p) => samePost(p.post, post));
    const ministrySlug = known?.ministry ?? ministryFromRole(post)?.slug ?? null;
    return { ministrySlug, minister: ministerLabel(answerer.role, answerer.name), personName: answerer.name, source: 'answerer' };
  }
  const post = posts[0];
  if (post) return { ministrySlug: post.ministry, minister: ministerLabel(post.post, answerer.name), personName: answerer.name, source: 'answerer' };
  // A name the table does not know on those days: the set still sits under that person, in no ministry.
  return { ministrySlug: null, minister: answerer.name, personName: answerer.name, source: 'answerer' };
}

function fromAddressee(role: string, date: string | null, answerers: readonly Responsible[], table: readonly Bewindspersoon[]): Responsible | null {
  const post = mainPost(role);
  const holders = date ? holdersOn(post, date, table) : [];
  const holderMatches = (r: Responsible) => r.personName !== null && holders.some((h) => bewindspersoonNameMatches(r.personName!, h.name));
  const ministrySlug = holders[0]?.ministry ?? ministryFromRole(post)?.slug ?? null;
  // Answered by the holder, or by someone in that very post: already listed.
  if (answerers.some((r) => holderMatches(r) || (r.ministrySlug === ministrySlug && r.minister !== null && samePost(postOfLabel(r.minister), post))))
    return null;
  // Two staatssecretarissen of one ministry: the document does not say which, so the post is named without a person.
  const holder = holders.length === 1 ? holders[0] : null;
  return { ministrySlug, minister: ministerLabel(post, holder?.name ?? null), personName: holder?.name ?? null, source: 'addressee' };
}

/** "Minister van Justitie en Veiligheid (Van Weel)" → "Minister van Justitie en Veiligheid". */
function postOfLabel(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, '');
}

/** Everyone who must answer the set, the first the one it is shown under when one name is needed. */
export function resolveResponsibles(sources: ResponsibleSources, table: readonly Bewindspersoon[] = BEWINDSPERSONEN): Responsible[] {
  const dates = [sources.submittedOn, sources.answeredOn].filter((d): d is string => d !== null);
  const result: Responsible[] = [];
  const add = (r: Responsible) => {
    if (!result.some((e) => e.ministrySlug === r.ministrySlug && e.minister === r.minister)) result.push(r);
  };
  for (const answerer of sources.answerers) add(fromAnswerer(answerer, dates, table));
  for (const role of sources.addressees) {
    const r = fromAddressee(role, dates[0] ?? null, result, table);
    if (r) add(r);
  }
  if (result.length === 0 && (sources.stored.ministrySlug !== null || sources.stored.ministerLabel !== null)) {
    add({ ministrySlug: sources.stored.ministrySlug, minister: sources.stored.ministerLabel, personName: null, source: 'stored' });
  }
  return result;
}
