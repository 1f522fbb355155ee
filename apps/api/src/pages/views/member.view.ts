import type { LatencyProfile, MemberView, QuestionListPage } from '#domain';
import { groupBarsChart } from '../charts/group-bars.chart.js';
import { statusBarsChart } from '../charts/status-bars.chart.js';
import { dataTable } from '../render/data-table.js';
import { formatLongDate } from '../render/dutch-format.js';
import type { PageView } from '../render/page-view.js';
import { pageUrl } from '../render/page-url.js';
import { feedLinks } from './feed-links.js';
import { profileKpis } from './profile-kpis.js';
import { subscribeForm } from './subscribe-form.js';
import { QUESTION_COLUMNS, questionRow } from './question-rows.js';

export interface MemberData {
  member: MemberView;
  profile: LatencyProfile;
  open: QuestionListPage;
  all: QuestionListPage;
  asOfGiven: boolean;
  norm: { term: number; extended: number };
  /** The CSRF token for the subscribe form. */
  formToken: string;
}

/**
 * /kamerleden/:slug: a member's own watch list. What is still open comes first, longest waiting on top; then every
 * set they asked; the calendar, feed and CSV links carry exactly this member as their filter.
 */
export function memberView({ member, profile, open, all, asOfGiven, norm, formToken }: MemberData): PageView {
  const asOf = profile.asOf;
  const asOfParam = asOfGiven ? asOf : null;
  const self = `/kamerleden/${encodeURIComponent(member.slug)}`;
  const csv = (tabel: string) => pageUrl(self, { asOf: asOfParam, format: 'csv', tabel });
  const feeds = feedLinks({ submitter: member.slug }, csv('alle'));
  const openTable = dataTable({
    id: 'open',
    caption: `Nog niet beantwoord: ${open.total}`,
    columns: QUESTION_COLUMNS,
    rows: open.items.map((item) => questionRow(item, asOfParam)),
    emptyText: 'Alle vragen van dit Kamerlid zijn beantwoord of ingetrokken.',
    csvHref: csv('open'),
  });
  const allTable = dataTable({
    id: 'alle',
    caption: `Alle vragensets: ${all.total}`,
    columns: QUESTION_COLUMNS,
    rows: all.items.map((item) => questionRow(item, asOfParam)),
    emptyText: 'Geen vragensets.',
    csvHref: csv('alle'),
  });
  return {
    template: 'member',
    title: member.party ? `${member.name} (${member.party})` : member.name,
    description: `De schriftelijke vragen van ${member.name} en hoe snel ze werden beantwoord.`,
    section: 'kamerleden',
    model: {
      name: member.name,
      party: member.party ?? '',
      asOf,
      asOfLong: formatLongDate(asOf),
      kpis: profileKpis(profile, norm),
      feeds: feeds.links,
      hasSets: profile.summary.count > 0,
      subscribe: subscribeForm({ submitter: member.slug }, member.name, formToken, self),
    },
    tables: [openTable, allTable],
    charts:
      profile.summary.count > 0
        ? [
            statusBarsChart(profile.statusCounts, csv('per-status')),
            groupBarsChart(profile.byMinister, norm, {
              id: 'per-bewindspersoon',
              title: 'Antwoordtijd per bewindspersoon',
              groupLabel: 'Bewindspersoon',
              keepOrder: false,
              csvHref: csv('per-bewindspersoon'),
              hrefOf: () => null,
            }),
          ]
        : [],
    alternates: feeds.alternates,
    csvName: `kamerlid-${member.slug}-${asOf}`,
  };
}
