import type { OnTimeChange, OnTimeComparison, OnTimeShare } from '#domain';
import { cell, column, dataTable, type DataTable, type TableCell } from '../render/data-table.js';
import { csvNumber, formatNumber, formatShare } from '../render/dutch-format.js';

// "Sneller / trager / geen verschil aantoonbaar" with the figures behind it, for the ministry (and minister) pages.

const COLUMNS = [column('Groep'), column('Op tijd', true), column('Beslist', true), column('Aandeel op tijd', true), column('95%-interval (Wilson)')];

function intervalText(s: OnTimeShare): string {
  return s.interval ? `${formatShare(s.interval.low)} – ${formatShare(s.interval.high)}` : '—';
}

function shareRow(s: OnTimeShare) {
  return [
    cell(s.group),
    cell(s.onTime),
    cell(s.decided),
    cell(formatShare(s.share), { csv: csvNumber(s.share) }),
    cell(intervalText(s), { csv: s.interval ? `${s.interval.low.toFixed(4)}–${s.interval.high.toFixed(4)}` : '' }),
  ];
}

function points(x: number): string {
  const n = Math.round(x * 100);
  return `${n > 0 ? '+' : ''}${n}`;
}

/** One sentence: the verdict and the figures behind it. */
export function comparisonText(c: OnTimeComparison): string {
  const shares = `${formatShare(c.from.share)} (${c.from.onTime} van ${c.from.decided}) in ${c.from.group}, ${formatShare(c.to.share)} (${c.to.onTime} van ${c.to.decided}) in ${c.to.group}`;
  if (!c.test) return `${c.to.group} tegenover ${c.from.group}: geen verschil aantoonbaar; ${shares}.`;
  const d = c.test.differenceInterval;
  return `${c.to.group} tegenover ${c.from.group}: ${c.verdict}. Op tijd ${shares}; verschil ${points(c.test.difference)} procentpunt (95%-interval ${points(d.low)} tot ${points(d.high)}), p = ${formatNumber(c.test.pValue, 3)}.`;
}

/** Links for the names in the per-minister and per-tenure tables: a Monday-list label, and a name of the table. */
export interface MinisterLinks {
  label(label: string): string | null;
  name(name: string): string | null;
}

const NO_LINKS: MinisterLinks = { label: () => null, name: () => null };

export function onTimeChangeModel(
  change: OnTimeChange,
  csvHref: (tabel: string) => string,
  links: MinisterLinks = NO_LINKS,
): { model: { verdict: string | null; sentence: string | null; hasYears: boolean }; tables: DataTable[] } {
  const years = dataTable({
    id: 'op-tijd-per-vergaderjaar',
    caption: 'Aandeel op tijd per vergaderjaar, met 95%-interval',
    columns: COLUMNS.map((c, i) => (i === 0 ? column('Vergaderjaar') : c)),
    rows: change.byVergaderjaar.map(shareRow),
    emptyText: 'Nog geen beslist vragenset.',
    csvHref: csvHref('op-tijd-per-vergaderjaar'),
  });
  const ministers = dataTable({
    id: 'op-tijd-per-bewindspersoon',
    caption: 'Aandeel op tijd per bewindspersoon, met 95%-interval',
    columns: COLUMNS.map((c, i) => (i === 0 ? column('Bewindspersoon') : c)),
    rows: change.byMinister.map((s) => {
      const [name, ...rest] = shareRow(s);
      return [{ ...name, href: links.label(s.group) }, ...rest];
    }),
    emptyText: 'Nog geen beslist vragenset.',
    csvHref: csvHref('op-tijd-per-bewindspersoon'),
  });
  const tenures = dataTable({
    id: 'op-tijd-per-ambtstermijn',
    caption: 'Aandeel op tijd per bewindspersoon in functie: elke vragenset bij wie de post had toen de termijn afliep',
    columns: [column('Bewindspersoon'), column('In functie'), ...COLUMNS.slice(1)],
    rows: change.byTenure.map((s) => {
      const [name, ...rest] = shareRow(s);
      // The group is "Name (post, first day)"; the name is the table's own.
      const href = s.from ? links.name(s.group.replace(/\s*\(.*$/, '')) : null;
      return [{ ...name, href }, cell(s.from ? `${s.from} – ${s.to ?? 'heden'}` : '—'), ...rest];
    }),
    emptyText: 'Geen bewindspersonen bekend voor dit ministerie.',
    csvHref: csvHref('op-tijd-per-ambtstermijn'),
  });
  const c = change.lastYears;
  return {
    model: { verdict: c?.verdict ?? null, sentence: c ? comparisonText(c) : null, hasYears: change.byVergaderjaar.length > 0 },
    tables: [years, ministers, tenures],
  };
}

/** The columns of a table of years with their verdicts (yearVerdictRows). */
export const YEAR_VERDICT_COLUMNS = [column('Vergaderjaar'), ...COLUMNS.slice(1), column('Tegenover het jaar ervoor')];

/**
 * On-time share per vergaderjaar with its interval and, from the second year with decided sets on, the verdict of the
 * two-proportion test against the year before (a minister's and a party's page).
 */
export function yearVerdictRows(years: readonly OnTimeShare[], comparisons: readonly OnTimeComparison[]): TableCell[][] {
  const verdictOf = new Map(comparisons.map((c) => [c.to.group, c]));
  return years.map((s) => {
    const c = verdictOf.get(s.group);
    const p = c?.test ? `, p = ${formatNumber(c.test.pValue, 3)}` : '';
    return [...shareRow(s), cell(c ? `${c.verdict} (t.o.v. ${c.from.group}${p})` : '—', { csv: c?.verdict ?? '' })];
  });
}

export function yearsWithVerdictsTable(options: {
  id: string;
  caption: string;
  years: readonly OnTimeShare[];
  comparisons: readonly OnTimeComparison[];
  csvHref: string;
}): DataTable {
  return dataTable({
    id: options.id,
    caption: options.caption,
    columns: YEAR_VERDICT_COLUMNS,
    rows: yearVerdictRows(options.years, options.comparisons),
    emptyText: 'Nog geen beslist vragenset.',
    csvHref: options.csvHref,
  });
}
