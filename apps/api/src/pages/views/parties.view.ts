import { UNKNOWN_GROUP, type LatencyReport, type PartyOnTimeChange, type Policy } from '#domain';
import { groupBarsChart } from '../charts/group-bars.chart.js';
import { cell, column, dataTable, type DataTable } from '../render/data-table.js';
import { csvNumber, formatLongDate, formatNumber, formatShare } from '../render/dutch-format.js';
import { normOf } from '../render/norm.js';
import type { PageView } from '../render/page-view.js';
import { pageUrl } from '../render/page-url.js';
import { YEAR_VERDICT_COLUMNS, yearVerdictRows } from './on-time-change.view.js';

export interface PartiesData {
  asOf: string;
  asOfGiven: boolean;
  /** The latency report grouped by party over all years. */
  overall: LatencyReport;
  /** The same per calendar year of submission, oldest first. */
  byYear: { year: string; report: LatencyReport }[];
  /** Per party, the on-time share per vergaderjaar with its interval and the verdict against the year before. */
  change: PartyOnTimeChange[];
  policy: Policy;
}

const partyName = (group: string) => (group === UNKNOWN_GROUP ? 'Partij onbekend' : group);

/**
 * /partijen: how fast the questions each party's members asked were answered, per year of submission. A set asked by
 * members of two parties counts for both (the API's groupBy=party).
 */
export function partiesView({ asOf, asOfGiven, overall, byYear, change, policy }: PartiesData): PageView {
  const asOfParam = asOfGiven ? asOf : null;
  const csv = (tabel: string) => pageUrl('/partijen', { asOf: asOfParam, format: 'csv', tabel });
  const rows = byYear.flatMap(({ year, report }) =>
    [...report.groups]
      .sort((a, b) => partyName(a.group).localeCompare(partyName(b.group), 'nl'))
      .map((g) => [
        cell(partyName(g.group), {
          href: g.group === UNKNOWN_GROUP ? null : pageUrl('/vragen', { party: g.group, from: `${year}-01-01`, to: `${year}-12-31`, asOf: asOfParam }),
        }),
        cell(year),
        cell(g.count),
        cell(g.answered),
        cell(formatShare(g.shareOnTime), { csv: csvNumber(g.shareOnTime) }),
        cell(formatNumber(g.medianDays), { csv: csvNumber(g.medianDays) }),
        cell(formatShare(g.shareWithDeferral), { csv: csvNumber(g.shareWithDeferral) }),
      ]),
  );
  const table = dataTable({
    id: 'per-partij-per-jaar',
    caption: 'Op tijd beantwoord per partij van de indieners en jaar van indiening',
    columns: [
      column('Partij'),
      column('Jaar'),
      column('Vragensets', true),
      column('Beantwoord', true),
      column('Op tijd', true),
      column('Mediaan dagen', true),
      column('Met uitstel', true),
    ],
    rows,
    emptyText: 'Nog geen vragensets.',
    csvHref: csv('per-partij-per-jaar'),
  });
  const years = partyYearsTable(change, csv('op-tijd-per-partij-per-vergaderjaar'));
  const groups = overall.groups.map((g) => ({ ...g, group: partyName(g.group) }));
  return {
    template: 'parties',
    title: 'Partijen',
    description: 'Hoe snel de vragen van de Kamerleden van elke partij werden beantwoord, per jaar.',
    section: 'partijen',
    model: { asOf, asOfLong: formatLongDate(asOf), norm: normOf(policy), hasGroups: groups.length > 0, hasChange: change.length > 0 },
    tables: [table, years],
    charts: [
      groupBarsChart(groups, normOf(policy), {
        id: 'per-partij',
        title: 'Mediaan antwoordtijd en op-tijd-aandeel per partij, alle jaren',
        groupLabel: 'Partij',
        keepOrder: false,
        csvHref: csv('per-partij'),
        hrefOf: (name) => (name === 'Partij onbekend' ? null : pageUrl('/vragen', { party: name, asOf: asOfParam })),
      }),
    ],
    alternates: [],
    csvName: `partijen-${asOf}`,
  };
}

/** Every party's years in one table, the party's name before the year (a phone shows each row as a card). */
function partyYearsTable(change: readonly PartyOnTimeChange[], csvHref: string): DataTable {
  return dataTable({
    id: 'op-tijd-per-partij-per-vergaderjaar',
    caption: 'Aandeel op tijd per partij en vergaderjaar, met 95%-interval en de toets tegen het jaar ervoor',
    columns: [column('Partij'), ...YEAR_VERDICT_COLUMNS],
    rows: change.flatMap((p) => yearVerdictRows(p.byVergaderjaar, p.consecutiveYears).map((row) => [cell(partyName(p.party)), ...row])),
    emptyText: 'Nog geen beslist vragenset.',
    csvHref,
  });
}
