import { personKey, toDayNumber, type QuestionDetail } from '#domain';
import { timelineChart } from '../charts/timeline.chart.js';
import { dataTable } from '../render/data-table.js';
import { formatLongDate, NO_DATA } from '../render/dutch-format.js';
import type { PageView } from '../render/page-view.js';
import { pageUrl } from '../render/page-url.js';
import { answerStatusTag, COMMITMENT_STATUS_TAGS } from '../render/status-labels.js';
import { answerSegments } from './answer-segments.util.js';
import { COMMITMENT_COLUMNS, commitmentRow } from './commitment-rows.js';
import { forecastSection } from './forecast-text.js';
import { bewindspersoonHref } from './bewindspersoon-link.js';

const PUBLICATIONS = 'https://zoek.officielebekendmakingen.nl';

export interface QuestionDetailData {
  detail: QuestionDetail;
  asOfGiven: boolean;
  norm: { term: number; extended: number };
}

/** One question set: its verdict, a timeline, the deferrals, every question with its answer and the commitments marked. */
export function questionDetailView({ detail: d, asOfGiven, norm }: QuestionDetailData): PageView {
  const asOfParam = asOfGiven ? d.asOf : null;
  const self = `/vragen/${encodeURIComponent(d.key)}`;
  const csv = (tabel: string) => pageUrl(self, { asOf: asOfParam, format: 'csv', tabel });
  const tag = answerStatusTag(d.status);
  const id = d.zaak ?? d.key;
  const commitmentLabel = (c: QuestionDetail['commitments'][number]) =>
    `Toezegging${c.dueDate ? `, uiterlijk ${formatLongDate(c.dueDate)}` : ''}: ${COMMITMENT_STATUS_TAGS[c.status].label.toLowerCase()}`;
  const commitments = dataTable({
    id: 'toezeggingen',
    caption: 'Toezeggingen in de antwoorden',
    columns: COMMITMENT_COLUMNS,
    rows: d.commitments.map((c) => commitmentRow(c, asOfParam)),
    emptyText: 'In de antwoorden is geen toezegging gevonden.',
    csvHref: csv('toezeggingen'),
  });
  // No timeline as of a date before the submission: there was nothing yet.
  const charts =
    d.submittedOn && d.status !== 'not_yet_submitted'
      ? [
          timelineChart({
            events: d.timeline,
            asOf: d.asOf,
            status: d.status,
            daysAfter: (date) => toDayNumber(date) - toDayNumber(d.submittedOn!),
            csvHref: csv('tijdlijn'),
          }),
        ]
      : [];
  const kpis = [
    d.daysToAnswer !== null
      ? { label: 'Dagen tot antwoord', value: String(d.daysToAnswer), note: `norm ${norm.term}, na uitstel ${norm.extended}`, tone: 'plain' }
      : { label: 'Dagen open', value: d.daysOutstanding === null ? NO_DATA : String(d.daysOutstanding), note: 'sinds indiening', tone: 'plain' },
    {
      label: 'Dagen over de termijn',
      value: String(d.daysOverTerm ?? 0),
      note: d.extendedTerm ? 'gerekend vanaf de verlengde termijn' : 'gerekend vanaf de termijn',
      tone: (d.daysOverTerm ?? 0) > 0 ? 'bad' : 'good',
    },
    {
      label: 'Uitstelberichten',
      value: String(d.deferralCount),
      note: d.hasLateDeferral ? 'waarvan een of meer te laat' : d.deferralCount > 0 ? 'op tijd verstuurd' : 'geen',
      tone: 'plain',
    },
  ];
  return {
    template: 'questionDetail',
    title: `${id}: ${d.title ?? 'vragenset'}`,
    description: `Kamervragen ${id}: termijn, uitstel, antwoord en toezeggingen.`,
    section: 'vragen',
    model: {
      id,
      title: d.title ?? '(geen titel bekend)',
      asOf: d.asOf,
      asOfLong: formatLongDate(d.asOf),
      status: tag,
      kpis,
      showTimeline: charts.length > 0,
      meta: {
        submittedOn: d.submittedOn ?? NO_DATA,
        term: d.term ?? NO_DATA,
        extendedTerm: d.extendedTerm,
        answeredOn: d.answeredOn && d.daysToAnswer !== null ? d.answeredOn : null,
        withdrawnOn: d.status === 'withdrawn' ? d.withdrawnOn : null,
        officialTerm: d.officialTerm,
        submitters: d.submitters.map((s) => ({ name: s.name, party: s.party ?? '', href: `/kamerleden/${encodeURIComponent(personKey(s.name))}` })),
        answeredBy: d.answeredBy.map((a) => ({
          text: [a.name, a.role].filter(Boolean).join(', '),
          href: bewindspersoonHref(a.name, [d.answeredOn, d.submittedOn], asOfParam),
        })),
        minister: d.minister ?? '',
        ministerHref: bewindspersoonHref(d.minister, [d.submittedOn, d.answeredOn], asOfParam),
        ministry: d.ministry ? { name: d.ministry.name, href: pageUrl(`/ministeries/${d.ministry.slug}`, { asOf: asOfParam }) } : null,
        topics: d.topics.join(', '),
        documents: [
          d.documents.question ? { label: `Vragen (${d.documents.question})`, href: `${PUBLICATIONS}/${encodeURIComponent(d.documents.question)}.html` } : null,
          d.documents.answer ? { label: `Antwoord (${d.documents.answer})`, href: `${PUBLICATIONS}/${encodeURIComponent(d.documents.answer)}.html` } : null,
        ].filter((x) => x !== null),
      },
      deferrals: d.deferrals.map((x) => ({
        date: x.date ?? '',
        dateLong: x.date ? formatLongDate(x.date) : 'datum onbekend',
        verdict: x.inTime === null ? 'niet te plaatsen' : x.inTime ? 'op tijd, vóór de termijn' : 'te laat, na de termijn',
        reason: x.reason,
        text: x.text,
      })),
      questions: d.questions.map((q) => {
        const own = d.commitments.filter((c) => c.questionNumber === q.number);
        return {
          number: q.number,
          text: q.text,
          hasAnswer: q.answer !== null && q.answer !== '',
          segments: answerSegments(q.answer ?? '', own, commitmentLabel),
          commitmentCount: own.length,
        };
      }),
      commitmentCount: d.commitments.length,
      forecast: forecastSection(d.forecast),
    },
    tables: [commitments],
    charts,
    alternates: [],
    csvName: `vraag-${id}`,
  };
}
