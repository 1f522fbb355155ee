import type { PersonRef } from '#domain';
import { cell, type TableCell } from '../render/data-table.js';
import { pageUrl } from '../render/page-url.js';

// Cells that several question tables share, so a set reads the same on every page.

export function questionHref(key: string, asOf: string | null): string {
  return pageUrl(`/vragen/${encodeURIComponent(key)}`, { asOf });
}

/** The zaak number (or the key when the document named no zaak), linked to the set's page. */
export function questionIdCell(item: { key: string; zaak: string | null }, asOf: string | null): TableCell {
  return cell(item.zaak ?? item.key, { href: questionHref(item.key, asOf) });
}

export function submittersText(submitters: readonly PersonRef[]): string {
  return submitters.map((s) => (s.party ? `${s.name} (${s.party})` : s.name)).join(', ');
}

export function daysCell(days: number | null): TableCell {
  return cell(days === null ? '' : days);
}
