/**
 * A label broken into lines of at most `width` characters at spaces, joined by `|`, for an axis whose labelExpr
 * splits on it (vega draws an array label as lines). A phone chart keeps the whole name instead of "Minister van Bu…".
 */
export function wrapLabel(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('|');
}

/** The axis setting that draws a wrapped label as lines. */
export const WRAPPED_AXIS_LABELS = "split(datum.value, '|')";
