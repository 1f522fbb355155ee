import type { Token } from './text-tokens.js';

// Who may promise: a member of the government or the government as a body, named as in the answer
// ("ik", "wij", "het kabinet", "Nederland", "mijn collega van OCW", "de Staatssecretaris voor Koninkrijksrelaties
// en Digitalisering"). Third parties (de NZa, de provincies, de politie, zij) never make a toezegging here.

const PRONOUNS = new Set(['ik', 'wij', 'we']);
const BODIES = new Set(['regering', 'rijksoverheid', 'overheid']);
const OFFICES = new Set([
  'minister',
  'ministers',
  'staatssecretaris',
  'staatssecretarissen',
  'minister-president',
  'premier',
  'bewindspersonen',
  'bewindspersoon',
]);
const COLLEAGUES = new Set(['collega', 'collega’s', "collega's", 'ambtgenoot', 'ambtgenoten']);
const MINISTRIES = new Set(['ministerie', 'departement']);
const STAFF = new Set(['ambtenaren', 'medewerkers', 'voorganger', 'ambtsvoorganger']);
/** A ministry by its portfolio name or abbreviation, as letters name it when it acts ("Defensie is gereed om …",
 *  "OCW zal …"); only capitalised, so "defensie" as a common noun is none. */
const MINISTRY_NAMES = new Set(['defensie', 'ocw', 'vws', 'bzk', 'ezk', 'lnv', 'lvvn', 'ienw', 'jenv', 'szw', 'kgg', 'vro']);
/** The armed forces are Defensie acting ("De komende jaren vervangt de Koninklijke Marine de onderzeeboten"). */
const ARMED_FORCES = new Set(['krijgsmacht', 'marine', 'landmacht', 'luchtmacht', 'marechaussee', 'koninklijke']);
const POSTS = new Set(['ambassade', 'ambassadeur', 'consulaat', 'consulaat-generaal', 'consulaten-generaal', 'vertegenwoordiging']);

/** Every word a government actor is made of, lower-case letters only (the parts of "collega’s" and "minister-president"
 *  are among them): a sentence without one, and without a cue word, cannot hold a fronted promise (find-cues.ts
 *  mayHoldCue), so these are derived from the sets above and cannot drift from them. */
export const ACTOR_WORDS: readonly string[] = [
  ...new Set([
    ...PRONOUNS,
    'nederland',
    'kabinet',
    ...BODIES,
    ...OFFICES,
    ...COLLEAGUES,
    ...MINISTRIES,
    ...STAFF,
    ...MINISTRY_NAMES,
    ...ARMED_FORCES,
    ...POSTS,
  ]),
].filter((w) => /^[a-z]+$/.test(w));

const low = (tokens: Token[], i: number): string => (i < tokens.length && i >= 0 ? tokens[i].low : '');
const cap = (tokens: Token[], i: number): boolean => i < tokens.length && i >= 0 && tokens[i].cap;

/** "van Justitie en Veiligheid", "voor Koninkrijksrelaties en Digitalisering": the end of the portfolio, or `at`. */
function portfolioEnd(tokens: Token[], at: number): number {
  if ((low(tokens, at) !== 'van' && low(tokens, at) !== 'voor') || !cap(tokens, at + 1)) return at;
  let k = at + 1;
  while (k < tokens.length && k - at < 12) {
    if (cap(tokens, k)) k++;
    else if ((low(tokens, k) === 'en' || tokens[k].raw === ',') && cap(tokens, k + 1)) k += 2;
    else break;
  }
  return k;
}

/** A capitalised name after an office: "Minister Hoekstra", "Staatssecretaris Van Huffelen". */
function nameEnd(tokens: Token[], at: number): number {
  let k = at;
  while (k < tokens.length && k - at < 4 && (cap(tokens, k) || (k > at && (low(tokens, k) === 'van' || low(tokens, k) === 'der' || low(tokens, k) === 'den'))))
    k++;
  while (k > at && !cap(tokens, k - 1)) k--;
  return k;
}

function twoWordActorEnd(tokens: Token[], i: number): number {
  const first = low(tokens, i);
  const second = low(tokens, i + 1);
  if ((first === 'het' || first === 'dit') && (second === 'kabinet' || second.startsWith('kabinet-'))) return i + 2;
  if (first === 'de' && BODIES.has(second)) return i + 2;
  if (first === 'de' && second === 'nederlandse' && (BODIES.has(low(tokens, i + 2)) || POSTS.has(low(tokens, i + 2)))) return i + 3;
  if ((first === 'mijn' || first === 'ons' || first === 'het') && MINISTRIES.has(second)) return portfolioEnd(tokens, i + 2);
  if ((first === 'mijn' || first === 'onze') && COLLEAGUES.has(second)) return portfolioEnd(tokens, i + 2);
  if ((first === 'mijn' || first === 'onze') && STAFF.has(second)) return i + 2;
  if ((first === 'de' || first === 'onze' || first === 'mijn') && POSTS.has(second)) return i + 2;
  if (first === 'de' && OFFICES.has(second)) return portfolioEnd(tokens, i + 2);
  if (first === 'de' && ARMED_FORCES.has(second)) {
    if (second !== 'koninklijke') return i + 2;
    return ARMED_FORCES.has(low(tokens, i + 2)) && low(tokens, i + 2) !== 'koninklijke' ? i + 3 : -1;
  }
  return -1;
}

/** The end (exclusive) of a government actor starting at token i, or -1. */
export function governmentActorEnd(tokens: Token[], i: number): number {
  if (i < 0 || i >= tokens.length || !tokens[i].isWord) return -1;
  const first = tokens[i].low;
  if (PRONOUNS.has(first)) return i + 1;
  if (first === 'nederland' && tokens[i].cap) return i + 1;
  if (MINISTRY_NAMES.has(first) && tokens[i].cap) return i + 1;
  if (OFFICES.has(first)) {
    const end = portfolioEnd(tokens, i + 1);
    if (end > i + 1) return end;
    if (cap(tokens, i + 1)) return nameEnd(tokens, i + 1);
    return -1;
  }
  const end = twoWordActorEnd(tokens, i);
  if (end < 0) return -1;
  // "de Minister van Justitie en Veiligheid en ik", "mijn collega van OCW en ik"
  if (low(tokens, end) === 'en' && PRONOUNS.has(low(tokens, end + 1))) return end + 2;
  return end;
}

/** The actor as written, with a sentence-initial capital of a function word made lower case ("Ik" → "ik"). */
export function actorText(text: string): string {
  const space = text.indexOf(' ');
  const firstWord = (space < 0 ? text : text.slice(0, space)).toLowerCase();
  const lowerable = ['ik', 'wij', 'we', 'mijn', 'onze', 'ons', 'het', 'de', 'dit'];
  return lowerable.includes(firstWord) ? text[0].toLowerCase() + text.slice(1) : text;
}
