import { addDays, type DataExtent, type OverdueItem, type OverdueReport } from '#domain';
import { overdueByMinisterChart } from '../charts/overdue-by-minister.chart.js';
import { cell, column, dataTable, dateCell, type DataTable, type TableCell } from '../render/data-table.js';
import { formatLongDate } from '../render/dutch-format.js';
import type { PageView } from '../render/page-view.js';
import { pageUrl } from '../render/page-url.js';
import { dataExtentNotice } from './data-extent-notice.js';
import { daysCell } from './question-cells.js';
import { LEADING_QUESTION_COLUMNS, leadingQuestionCells } from './question-rows.js';
import { forecastCell } from './forecast-text.js';
import { bewindspersoonHref } from './bewindspersoon-link.js';

export interface OverdueData {
  report: OverdueReport;
  asOfGiven: boolean;
  today: string;
  norm: { term: number; extended: number };
  extent: DataExtent;
}

const COLUMNS = [
  ...LEADING_QUESTION_COLUMNS,
  column('Ingediend'),
  column('Termijn'),
  column('Uitstel: verlengd tot'),
  column('Dagen open', true),
  column('Dagen over', true),
  column('Verwacht rond (80%-interval)'),
];

function row(item: OverdueItem, asOfParam: string | null): TableCell[] {
  return [
    ...leadingQuestionCells(item, asOfParam),
    dateCell(item.submittedOn),
    dateCell(item.term),
    item.extendedTerm ? dateCell(item.extendedTerm) : cell('geen uitstel', { csv: '' }),
    daysCell(item.daysOutstanding),
    daysCell(item.daysOverTerm),
    forecastCell(item.forecast),
  ];
}

/** The Monday list as of a date: the same report as GET /reports/overdue, grouped by the minister who must answer. */
export function overdueView({ report, asOfGiven, today, norm, extent }: OverdueData): PageView {
  const asOf = report.asOf;
  const asOfParam = asOfGiven ? asOf : null;
  const csv = (tabel: string) => pageUrl('/achterstallig', { asOf: asOfParam, format: 'csv', tabel });
  const groups = report.groups.map((g, i) => ({
    minister: g.minister,
    // The Monday list names who held the post that day: the link goes to that person's page.
    ministerHref: bewindspersoonHref(g.minister, [asOf], asOfParam),
    count: g.count,
    ministryHref: g.ministry ? pageUrl(`/ministeries/${g.ministry.slug}`, { asOf: asOfParam }) : null,
    ministryName: g.ministry?.name ?? null,
    table: dataTable({
      id: `groep-${i + 1}`,
      caption: `${g.minister}: ${g.count} achterstallig`,
      columns: COLUMNS,
      rows: g.items.map((item) => row(item, asOfParam)),
      emptyText: 'Geen achterstallige vragensets.',
      csvHref: csv(`groep-${i + 1}`),
    }),
  }));
  // Each set once (a set several must answer is in several groups), those naming nobody last.
  const items = [...new Map([...report.groups.flatMap((g) => g.items), ...report.unknownAddressee.items].map((i) => [i.key, i])).values()];
  const all: DataTable = dataTable({
    id: 'lijst',
    caption: 'Alle achterstallige vragensets',
    columns: [column('Bewindspersoon'), ...COLUMNS],
    rows: items.map((item) => [cell(item.ministers.length > 0 ? item.ministers.join('; ') : 'adressaat nog onbekend'), ...row(item, asOfParam)]),
    emptyText: 'Geen achterstallige vragensets.',
    csvHref: csv('lijst'),
  });
  const unknown = report.unknownAddressee;
  const unknownAddressee =
    unknown.count === 0
      ? null
      : {
          count: unknown.count,
          reason: unknown.reason,
          table: dataTable({
            id: 'adressaat-onbekend',
            caption: `Adressaat nog onbekend: ${unknown.count} achterstallig`,
            columns: COLUMNS,
            rows: unknown.items.map((item) => row(item, asOfParam)),
            emptyText: 'Geen achterstallige vragensets.',
            csvHref: csv('adressaat-onbekend'),
          }),
        };
  const deferred = items.filter((i) => i.deferred).length;
  const longest = items.reduce((max, i) => Math.max(max, i.daysOutstanding), 0);
  const nextWeek = addDays(asOf, 7);
  return {
    template: 'overdue',
    title: `Achterstallig op ${formatLongDate(asOf)}`,
    description: 'De vragensets die niet binnen de termijn zijn beantwoord, per bewindspersoon, zoals de Kamer elke maandag publiceert.',
    section: 'achterstallig',
    model: {
      asOf,
      norm,
      showChart: report.total > 0,
      dataExtent: dataExtentNotice(extent, { path: '/achterstallig', asOf, overdueTotal: report.total }),
      asOfLong: formatLongDate(asOf, true),
      total: report.total,
      groups,
      unknownAddressee,
      kpis: [
        {
          label: 'Achterstallige vragensets',
          value: String(report.total),
          note: `bij ${report.groups.length} bewindspersonen${unknown.count > 0 ? `, ${unknown.count} adressaat nog onbekend` : ''}`,
          tone: report.total > 0 ? 'bad' : 'good',
        },
        { label: 'Zonder uitstelbericht', value: String(report.total - deferred), note: 'geen uitstelbericht ontvangen', tone: 'plain' },
        { label: 'Na uitstel', value: String(deferred), note: 'ook over de verlengde termijn', tone: 'plain' },
        { label: 'Langst open', value: items.length ? `${longest} dagen` : '—', note: 'sinds indiening', tone: 'plain' },
      ],
      listCsvHref: all.csvHref,
      feeds: [
        { label: 'Atom-feed: nieuw achterstallig', href: '/feeds/achterstallig.atom', download: false },
        { label: 'Agenda met alle termijnen (ICS)', href: '/feeds/termijnen.ics', download: false },
        { label: 'Hele lijst als CSV', href: all.csvHref, download: true },
      ],
      asOfForm: {
        action: '/achterstallig',
        asOf,
        links: [
          { href: pageUrl('/achterstallig', { asOf: addDays(asOf, -7) }), label: 'Een week eerder' },
          ...(nextWeek <= today ? [{ href: pageUrl('/achterstallig', { asOf: nextWeek }), label: 'Een week later' }] : []),
          ...(asOfGiven ? [{ href: '/achterstallig', label: 'Vandaag' }] : []),
        ],
      },
    },
    tables: [all, ...groups.map((g) => g.table), ...(unknownAddressee ? [unknownAddressee.table] : [])],
    charts: report.total > 0 ? [overdueByMinisterChart(report.groups, csv('per-bewindspersoon'))] : [],
    alternates: [{ type: 'application/atom+xml', title: 'Nieuw achterstallige vragen (Atom)', href: '/feeds/achterstallig.atom' }],
    csvName: `achterstallig-${asOf}`,
  };
}
