// The office words that open an addressee or an answerer ("Minister", "Ministers", "Staatssecretaris",
// "Minister-President"), longest first, with the singular lower-case role word they stand for.
const TITLES: ReadonlyArray<[string, string]> = [
  ['viceminister-president', 'viceminister-president'],
  ['minister-president', 'minister-president'],
  ['staatssecretarissen', 'staatssecretaris'],
  ['staatssecretaris', 'staatssecretaris'],
  ['ministers', 'minister'],
  ['minister', 'minister'],
];

export interface OfficeTitle {
  /** Singular, lower case: "minister", "staatssecretaris", "minister-president". */
  role: string;
  /** Length of the title as written at the start of the text. */
  length: number;
}

/** The office title a text starts with (followed by a space, comma or the end), else null. */
export function officeTitleAt(text: string): OfficeTitle | null {
  const lower = text.slice(0, 24).toLowerCase();
  for (const [word, role] of TITLES) {
    if (!lower.startsWith(word)) continue;
    const next = lower[word.length];
    if (next === undefined || next === ' ' || next === ',') return { role, length: word.length };
  }
  return null;
}
