import { parseAddressees } from './addressees.parser.js';
import { officeTitleAt } from './office-title.util.js';

// Addressees named inside running text, as in a Mededeling: "… de schriftelijke vragen van de leden …
// van uw Kamer aan de Minister van Justitie en Veiligheid over het bericht …". The phrase runs from
// "aan de <office>" to " over ", " (" or the end of the sentence, and is at most MAX_PHRASE long.

const MAX_PHRASE = 300;
const PHRASE_ENDS = [' over ', ' (', '. ', ' niet ', ' kunnen '];

function phraseAfter(text: string, from: number): string {
  const window = text.slice(from, from + MAX_PHRASE);
  let end = window.length;
  for (const marker of PHRASE_ENDS) {
    const index = window.indexOf(marker);
    if (index >= 0 && index < end) end = index;
  }
  return window.slice(0, end).replace(/\.$/, '');
}

export function findAddressees(texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    for (let index = text.indexOf(' aan de '); index >= 0; index = text.indexOf(' aan de ', index + 1)) {
      const from = index + ' aan de '.length;
      if (officeTitleAt(text.slice(from, from + 24)) === null) continue;
      found.push(...parseAddressees(phraseAfter(text, from)));
    }
  }
  return [...new Set(found)];
}
