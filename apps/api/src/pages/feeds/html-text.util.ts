const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for a field a reader treats as HTML. The feed package writes Atom titles and summaries as type="html", so a
 * title like "<script>…" would be markup in a feed reader; escaped, it reads as the text it is.
 */
export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
