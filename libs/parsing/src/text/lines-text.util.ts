import { stripTrailingFootnoteMarker } from './footnote-marker.util.js';

/** Already trimmed, non-blank lines joined with "\n" (paragraph breaks collapse), footnote markers optionally removed. */
export function linesText(lines: readonly string[], stripFootnotes: boolean): string {
  if (!stripFootnotes) return lines.join('\n');
  let text = '';
  for (let i = 0; i < lines.length; i++) text += (i === 0 ? '' : '\n') + stripTrailingFootnoteMarker(lines[i]);
  return text;
}
