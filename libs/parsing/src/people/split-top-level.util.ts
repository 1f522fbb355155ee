// Splits a list of people at "," and " en " that stand outside parentheses:
// "Ceder (ChristenUnie) en Van der Staaij (SGP)" → ["Ceder (ChristenUnie)", "Van der Staaij (SGP)"];
// "Wopke Hoekstra (viceminister-president , minister buitenlandse zaken) (CDA)" stays one item.
// One pass over the text.

export function splitTopLevel(text: string, splitOnEn: boolean): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === ',') {
      items.push(text.slice(start, i));
      start = i + 1;
    } else if (depth === 0 && splitOnEn && ch === ' ' && text.startsWith(' en ', i)) {
      items.push(text.slice(start, i));
      start = i + 4;
      i += 3;
    }
  }
  items.push(text.slice(start));
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}
