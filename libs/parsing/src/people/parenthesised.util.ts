// "Wopke Hoekstra (viceminister-president , minister buitenlandse zaken) (CDA)" →
// { head: "Wopke Hoekstra", groups: ["viceminister-president , minister buitenlandse zaken", "CDA"] }.
// Only top-level groups are returned; text after an unclosed "(" is kept as a group of its own.

export interface Parenthesised {
  head: string;
  groups: string[];
}

export function splitParenthesised(text: string): Parenthesised {
  const groups: string[] = [];
  let depth = 0;
  let groupStart = -1;
  let headEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') {
      if (depth === 0) {
        groupStart = i + 1;
        if (headEnd < 0) headEnd = i;
      }
      depth++;
    } else if (ch === ')' && depth > 0) {
      depth--;
      if (depth === 0) groups.push(text.slice(groupStart, i).trim());
    }
  }
  if (depth > 0) groups.push(text.slice(groupStart).trim());
  const head = (headEnd < 0 ? text : text.slice(0, headEnd)).trim();
  return { head, groups: groups.filter((g) => g.length > 0) };
}
