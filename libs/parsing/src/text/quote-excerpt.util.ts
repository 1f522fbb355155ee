// A short, quoted piece of a line for messages, so a clerk sees what was read without a 50 MB line in the error.
const MAX_EXCERPT = 80;

export function quoteExcerpt(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= MAX_EXCERPT ? `"${trimmed}"` : `"${trimmed.slice(0, MAX_EXCERPT)}…"`;
}
