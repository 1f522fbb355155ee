import { officeTitleAt } from './office-title.util.js';

// "Minister van Buitenlandse Zaken" → ["minister van Buitenlandse Zaken"];
// "Ministers van Landbouw, Natuur en Voedselkwaliteit en voor Natuur en Stikstof" →
//   ["minister van Landbouw, Natuur en Voedselkwaliteit", "minister voor Natuur en Stikstof"];
// "Ministers van Klimaat en Groene Groei en van Sociale Zaken en Werkgelegenheid en de Staatssecretaris van
//   Infrastructuur en Waterstaat" → three roles. Ministry names contain " en " themselves, so the phrase is cut
// only at " en " followed by "van", "voor", "de" or "aan de", and at "," followed by an office or "de".
// The role word is lower-cased; the ministry is kept as written.

const SPLIT_AFTER_EN = ['van ', 'voor ', 'de ', 'aan de '];
const LEADING_ARTICLES = ['aan de ', 'de ', 'het '];

function splitPoints(text: string): string[] {
  const segments: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ' && text.startsWith(' en ', i)) {
      const after = text.slice(i + 4, i + 12).toLowerCase();
      if (SPLIT_AFTER_EN.some((f) => after.startsWith(f))) {
        segments.push(text.slice(start, i));
        start = i + 4;
        i += 3;
      }
    } else if (text[i] === ',') {
      const after = text.slice(i + 1, i + 26).trimStart();
      if (officeTitleAt(after) !== null || after.toLowerCase().startsWith('de ')) {
        segments.push(text.slice(start, i));
        start = i + 1;
      }
    }
  }
  segments.push(text.slice(start));
  return segments;
}

function withoutArticle(segment: string): string {
  let text = segment.trim();
  for (const article of LEADING_ARTICLES) {
    if (text.toLowerCase().startsWith(article)) text = text.slice(article.length).trimStart();
  }
  return text;
}

export function parseAddressees(phrase: string): string[] {
  const roles: string[] = [];
  let previousRole: string | null = null;
  for (const raw of splitPoints(phrase)) {
    const segment = withoutArticle(raw);
    const title = officeTitleAt(segment);
    let role: string | null = null;
    let rest = '';
    if (title !== null) {
      role = title.role;
      rest = segment.slice(title.length).trim();
    } else if (previousRole !== null && /^(?:van|voor) /i.test(segment)) {
      role = previousRole;
      rest = segment;
    }
    if (role === null) continue;
    previousRole = role;
    roles.push(rest.length > 0 ? `${role} ${rest}` : role);
  }
  return [...new Set(roles)];
}
