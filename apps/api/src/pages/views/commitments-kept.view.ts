import type { CommitmentsKept, CommitmentsKeptReport } from '#domain';
import { cell, column, dataTable, type DataTable } from '../render/data-table.js';
import { csvNumber, formatNumber } from '../render/dutch-format.js';

const COLUMNS = [
  column('Bewindspersoon'),
  column('Gedaan', true),
  column('Op tijd nagekomen', true),
  column('Te laat nagekomen', true),
  column('Verlopen', true),
  column('Vervallen', true),
  column('Open', true),
  column('Mediane vertraging (dagen)', true),
];

function row(group: string, k: CommitmentsKept) {
  return [
    cell(group),
    cell(k.made),
    cell(k.fulfilledInTime),
    cell(k.fulfilledLate),
    cell(k.lapsed),
    cell(k.withdrawn),
    cell(k.open),
    cell(formatNumber(k.medianDelayDays), { csv: csvNumber(k.medianDelayDays) }),
  ];
}

/** Commitments made in the ministry's answers (and its official toezeggingen), by outcome as of the page's date. */
export function commitmentsKeptTable(report: CommitmentsKeptReport, csvHref: string, totalLabel = 'Heel het ministerie'): DataTable {
  return dataTable({
    id: 'toezeggingen-nagekomen',
    caption: 'Toezeggingen: gedaan, nagekomen, verlopen',
    columns: COLUMNS,
    rows: report.total.made > 0 ? [row(totalLabel, report.total), ...report.byMinister.map((g) => row(g.group, g))] : [],
    emptyText: 'Geen toezeggingen bekend.',
    csvHref,
  });
}
