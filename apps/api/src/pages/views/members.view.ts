import type { MemberView } from '#domain';
import { cell, column, dataTable } from '../render/data-table.js';
import type { PageView } from '../render/page-view.js';
import { pageUrl } from '../render/page-url.js';

/** /kamerleden: everyone who asked written questions, with a link to their watch list. */
export function membersView(members: MemberView[]): PageView {
  const table = dataTable({
    id: 'kamerleden',
    caption: `${members.length} Kamerleden met schriftelijke vragen`,
    columns: [column('Kamerlid'), column('Partij'), column('Vragensets', true)],
    rows: members.map((m) => [cell(m.name, { href: `/kamerleden/${encodeURIComponent(m.slug)}` }), cell(m.party ?? ''), cell(m.questionSets)]),
    emptyText: 'Nog geen vragen ingelezen.',
    csvHref: pageUrl('/kamerleden', { format: 'csv', tabel: 'kamerleden' }),
  });
  return {
    template: 'members',
    title: 'Kamerleden',
    description: 'Kamerleden die schriftelijke vragen stelden, met hun eigen volglijst.',
    section: 'kamerleden',
    model: {},
    tables: [table],
    charts: [],
    alternates: [],
    csvName: 'kamerleden',
  };
}
