import type { ParsedAnswerer } from '../contract/parsed-document.js';
import { ministryPreposition } from '../people/ministry-preposition.util.js';
import { parseAddressees } from '../people/addressees.parser.js';
import { officeTitleAt } from '../people/office-title.util.js';
import { splitParenthesised } from '../people/parenthesised.util.js';

// The answerers in "Antwoord van Minister Van Weel (Justitie en Veiligheid) en antwoord van Staatssecretaris
// Coenradie (Justitie en Veiligheid)" — the text between "Antwoord van" and "(ontvangen …)". A trailing
// "mede namens de Minister van …" names an office, not a person: it is left out of answeredBy (which needs a name)
// and reported back as onBehalfOf, offices that answer with the answerer (the page adds them to addressedTo).
// An answerer named only by office ("de Minister van Financiën") is reported back as unnamed.

export interface PageAnswerers {
  answerers: ParsedAnswerer[];
  unnamed: string[];
  /** Offices named after "mede namens", as parseAddressees writes them: ["minister van Klimaat en Groene Groei"]. */
  onBehalfOf: string[];
}

function coSigners(text: string): string[] {
  const index = text.toLowerCase().indexOf('mede namens');
  return index < 0
    ? []
    : parseAddressees(
        text
          .slice(index + 'mede namens'.length)
          .trim()
          .replace(/,$/, ''),
      );
}

function withoutCoSigners(text: string): string {
  const index = text.toLowerCase().indexOf('mede namens');
  return (index >= 0 ? text.slice(0, index) : text).trim().replace(/,$/, '').trim();
}

function parsePart(part: string, addressedTo: readonly string[]): ParsedAnswerer | null {
  let text = part.trim();
  if (text.toLowerCase().startsWith('de ')) text = text.slice(3);
  const title = officeTitleAt(text);
  if (title === null) return null;
  const { head, groups } = splitParenthesised(text.slice(title.length));
  // Case matters: "Minister Van Weel" is a name, "Minister van Financiën" an office without one.
  if (head.length === 0 || head.startsWith('van ') || head.startsWith('voor ')) return null;
  const portfolio = groups.length > 0 ? groups[groups.length - 1] : null;
  const role = portfolio === null ? title.role : `${title.role} ${ministryPreposition(title.role, portfolio, addressedTo)} ${portfolio}`;
  return { name: head, role, party: null };
}

export function parsePageAnswerers(text: string, addressedTo: readonly string[]): PageAnswerers {
  const answerers: PageAnswerers = { answerers: [], unnamed: [], onBehalfOf: [] };
  const lower = text.toLowerCase();
  const separator = ' en antwoord van ';
  let start = 0;
  const parts: string[] = [];
  for (let index = lower.indexOf(separator); index >= 0; index = lower.indexOf(separator, start)) {
    parts.push(text.slice(start, index));
    start = index + separator.length;
  }
  parts.push(text.slice(start));
  for (const part of parts) {
    for (const office of coSigners(part)) if (!answerers.onBehalfOf.includes(office)) answerers.onBehalfOf.push(office);
    const cleaned = withoutCoSigners(part);
    if (cleaned.length === 0) continue;
    const answerer = parsePart(cleaned, addressedTo);
    if (answerer) answerers.answerers.push(answerer);
    else answerers.unnamed.push(cleaned);
  }
  return answerers;
}
