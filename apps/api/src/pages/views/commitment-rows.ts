import type { CommitmentView } from '#domain';
import { cell, column, dateCell, statusCell, wideColumn, type TableCell, type TableColumn } from '../render/data-table.js';
import { COMMITMENT_STATUS_TAGS, STRENGTH_LABELS } from '../render/status-labels.js';
import { questionHref } from './question-cells.js';

export const COMMITMENT_COLUMNS: TableColumn[] = [
  wideColumn('Toezegging'),
  column('Wie'),
  column('Vraagset'),
  column('Gedaan op'),
  column('Uiterlijk'),
  column('Termijn'),
  column('Sterkte'),
  column('Status'),
];

/** How the due date was arrived at, in words. */
export function dueBasis(c: CommitmentView): string {
  if (!c.dueDate) return 'geen datum';
  if (c.dueImplied) return 'geen datum genoemd; standaardtermijn';
  return c.dueText ? `“${c.dueText}”` : 'genoemde datum';
}

export function commitmentRow(c: CommitmentView, asOfParam: string | null): TableCell[] {
  const set = c.zaak ?? c.questionSetKey;
  return [
    cell(c.text),
    cell(c.actor ?? ''),
    set && c.questionSetKey
      ? cell(c.questionNumber ? `${set}, vraag ${c.questionNumber}` : set, { href: questionHref(c.questionSetKey, asOfParam) })
      : cell(''),
    dateCell(c.madeOn),
    dateCell(c.dueDate),
    cell(dueBasis(c)),
    cell(STRENGTH_LABELS[c.strength] ?? c.strength),
    statusCell(COMMITMENT_STATUS_TAGS[c.status]),
  ];
}
