import { COMMITMENT_STATUSES, type CommitmentStatus, type CommitmentView, type MinistryView } from '#domain';
import { dataTable } from '../render/data-table.js';
import { formatLongDate } from '../render/dutch-format.js';
import type { PageView } from '../render/page-view.js';
import { pageUrl } from '../render/page-url.js';
import { COMMITMENT_STATUS_TAGS } from '../render/status-labels.js';
import { COMMITMENT_COLUMNS, commitmentRow } from './commitment-rows.js';

export interface CommitmentSearch {
  statuses: CommitmentStatus[];
  ministry: string | null;
  actor: string | null;
  dueFrom: string | null;
  dueTo: string | null;
}

export interface CommitmentsData {
  asOf: string;
  asOfGiven: boolean;
  search: CommitmentSearch;
  /** Every commitment matching the filters except status: for the counts per status. */
  unfiltered: CommitmentView[];
  shown: CommitmentView[];
  ministries: MinistryView[];
}

const KPI_TONES: Record<CommitmentStatus, string> = { open: 'plain', overdue: 'bad', fulfilled: 'good', withdrawn: 'plain' };

/** /toezeggingen: commitments made in answers, open, past their date or kept, filterable. */
export function commitmentsView({ asOf, asOfGiven, search, unfiltered, shown, ministries }: CommitmentsData): PageView {
  const asOfParam = asOfGiven ? asOf : null;
  const params = {
    status: search.statuses.join(',') || null,
    ministry: search.ministry,
    actor: search.actor,
    dueFrom: search.dueFrom,
    dueTo: search.dueTo,
    asOf: asOfParam,
  };
  const table = dataTable({
    id: 'toezeggingen',
    caption: `${shown.length} toezeggingen`,
    columns: COMMITMENT_COLUMNS,
    rows: shown.map((c) => commitmentRow(c, asOfParam)),
    emptyText: 'Geen toezeggingen met deze filters.',
    csvHref: pageUrl('/toezeggingen', { ...params, format: 'csv', tabel: 'toezeggingen' }),
  });
  const kpis = COMMITMENT_STATUSES.map((status) => ({
    label: COMMITMENT_STATUS_TAGS[status].label,
    value: String(unfiltered.filter((c) => c.status === status).length),
    note:
      status === 'overdue'
        ? 'de datum is voorbij, niet nagekomen'
        : status === 'open'
          ? 'de datum komt nog'
          : status === 'fulfilled'
            ? 'met het stuk dat ze nakomt'
            : 'teruggenomen',
    tone: KPI_TONES[status],
  }));
  const selected = search.statuses.join(',');
  return {
    template: 'commitments',
    title: 'Toezeggingen',
    description: 'Toezeggingen die bewindspersonen deden in antwoorden op Kamervragen: open, over de datum en nagekomen.',
    section: 'toezeggingen',
    model: {
      asOf,
      asOfLong: formatLongDate(asOf),
      kpis,
      total: shown.length,
      // The calendar follows the list's ministry and actor filters; it holds what is still to be kept.
      feeds: [
        {
          label: 'Uiterlijke datums in je agenda (ICS)',
          href: pageUrl('/feeds/toezeggingen.ics', { ministry: search.ministry, actor: search.actor }),
          download: false,
        },
        { label: 'Download als CSV', href: table.csvHref, download: true },
      ],
      form: {
        statuses: [
          { value: 'open,overdue', label: 'Nog niet nagekomen', selected: selected === 'open,overdue' },
          ...COMMITMENT_STATUSES.map((s) => ({ value: s, label: COMMITMENT_STATUS_TAGS[s].label, selected: selected === s })),
        ],
        ministries: ministries.map((m) => ({ value: m.slug, label: m.name, selected: m.slug === search.ministry })),
        actor: search.actor ?? '',
        dueFrom: search.dueFrom ?? '',
        dueTo: search.dueTo ?? '',
        asOf: asOfParam ?? '',
      },
    },
    tables: [table],
    charts: [],
    alternates: [],
    csvName: `toezeggingen-${asOf}`,
  };
}
