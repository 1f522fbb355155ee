import type { AnswerStatus, PersonRef, QuestionListItem } from '#domain';
import { cell, column, dateCell, statusCell, wideColumn, type TableCell, type TableColumn } from '../render/data-table.js';
import { answerStatusTag } from '../render/status-labels.js';
import { bewindspersoonHref } from './bewindspersoon-link.js';
import { daysCell, questionIdCell, submittersText } from './question-cells.js';

/** The first columns of every table of question sets: which set, its status, its subject, who asked. */
export const LEADING_QUESTION_COLUMNS: readonly TableColumn[] = [column('Zaak'), column('Status'), wideColumn('Onderwerp'), column('Indieners')];

/** The cells under LEADING_QUESTION_COLUMNS. */
export function leadingQuestionCells(
  item: { key: string; zaak: string | null; status: AnswerStatus | null; title: string | null; submitters: readonly PersonRef[] },
  asOfParam: string | null,
): TableCell[] {
  return [questionIdCell(item, asOfParam), statusCell(answerStatusTag(item.status)), cell(item.title ?? ''), cell(submittersText(item.submitters))];
}

/** The columns of a list of question sets, on /vragen, a ministry's and a member's page. */
export const QUESTION_COLUMNS: TableColumn[] = [
  ...LEADING_QUESTION_COLUMNS,
  column('Bewindspersoon'),
  column('Ingediend'),
  column('Geldende termijn'),
  column('Beantwoord'),
  column('Dagen tot antwoord', true),
  column('Dagen open', true),
];

export function questionRow(item: QuestionListItem, asOfParam: string | null): TableCell[] {
  return [
    ...leadingQuestionCells(item, asOfParam),
    cell(item.minister ?? item.ministry?.name ?? '', { href: bewindspersoonHref(item.minister, [item.submittedOn, item.answeredOn], asOfParam) }),
    dateCell(item.submittedOn),
    dateCell(item.extendedTerm ?? item.term),
    dateCell(item.daysToAnswer !== null ? item.answeredOn : null),
    daysCell(item.daysToAnswer),
    daysCell(item.daysOutstanding),
  ];
}
