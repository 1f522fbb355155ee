import type { BewindspersoonListItem } from '#domain';
import { cell, column, dataTable } from '../render/data-table.js';
import { csvNumber, formatLongDate, formatShare } from '../render/dutch-format.js';
import type { PageView } from '../render/page-view.js';
import { pageUrl } from '../render/page-url.js';
import { ministryName, postsText, tenureText } from './bewindspersoon-posts.js';

/** /bewindspersonen: every bewindspersoon of the table with the sets of their own tenure and the share answered on time. */
export function bewindspersonenView(people: readonly BewindspersoonListItem[], asOf: string, asOfGiven: boolean): PageView {
  const asOfParam = asOfGiven ? asOf : null;
  const table = dataTable({
    id: 'bewindspersonen',
    caption: `Bewindspersonen: ${people.length}`,
    columns: [
      column('Naam'),
      column('Post(en)'),
      column('Ministerie'),
      column('In functie'),
      column('Vragensets', true),
      column('Op tijd', true),
      column('95%-interval (Wilson)'),
    ],
    rows: people.map((p) => [
      cell(p.name, { href: pageUrl(`/bewindspersonen/${p.slug}`, { asOf: asOfParam }) }),
      cell(postsText(p)),
      cell(p.ministries.map(ministryName).join('; ')),
      cell(tenureText(p)),
      cell(p.sets),
      cell(formatShare(p.onTime.share), { csv: csvNumber(p.onTime.share) }),
      cell(p.onTime.interval ? `${formatShare(p.onTime.interval.low)} – ${formatShare(p.onTime.interval.high)}` : '—', {
        csv: p.onTime.interval ? `${p.onTime.interval.low.toFixed(4)}–${p.onTime.interval.high.toFixed(4)}` : '',
      }),
    ]),
    emptyText: 'Geen bewindspersonen bekend.',
    csvHref: pageUrl('/bewindspersonen', { asOf: asOfParam, format: 'csv', tabel: 'bewindspersonen' }),
  });
  return {
    template: 'bewindspersonen',
    title: 'Bewindspersonen',
    description: 'Antwoordtijd van Kamervragen per minister en staatssecretaris, over hun eigen ambtstermijn.',
    section: 'bewindspersonen',
    model: { asOf, asOfLong: formatLongDate(asOf) },
    tables: [table],
    charts: [],
    alternates: [],
    csvName: `bewindspersonen-${asOf}`,
  };
}
