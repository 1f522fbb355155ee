const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML content and quoted attributes, for the few places built without the page templates (which
 * escape on their own): error pages before routing, the pages behind mail links, Atom fields a reader treats as HTML
 * (a title like "<script>…" would otherwise be markup there), and the chart's accessible label.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
