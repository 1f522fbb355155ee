/** 1-based number of the last line with text (where a cut-off document stops), 1 for an all-blank text. */
export function lastNonBlankLine(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i].trim().length > 0) return i + 1;
  return 1;
}
