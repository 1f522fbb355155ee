/**
 * How far the shorter of two texts is contained in the longer, over content words (4+ letters): the overlap
 * coefficient. The register often words a commitment more briefly than the answer sentence it came from, which
 * Jaccard would punish. Texts of fewer than four content words never match.
 */
export function textSimilarity(a: string, b: string): number {
  const words = (text: string) =>
    new Set(
      text
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .match(/[a-z]{4,}/g) ?? [],
    );
  const left = words(a);
  const right = words(b);
  if (left.size < 4 || right.size < 4) return 0;
  let shared = 0;
  for (const w of left) if (right.has(w)) shared += 1;
  return shared / Math.min(left.size, right.size);
}
