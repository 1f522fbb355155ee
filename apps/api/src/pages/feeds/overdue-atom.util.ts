import { Feed } from 'feed';
import type { KamerDate, OverdueEvent, PublicQuestionFilter } from '#domain';
import { pageUrl } from '../render/page-url.js';
import { filterLabel } from './filter-label.util.js';
import { escapeHtml } from '../../common/escape-html.util.js';

function instant(date: KamerDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The sets that went overdue in the window as an Atom feed, newest first; each entry's id names the set and the term it missed. */
export function overdueAtom(events: readonly OverdueEvent[], filter: PublicQuestionFilter, asOf: KamerDate, publicUrl: string): string {
  const self = `${publicUrl}${pageUrl('/feeds/achterstallig.atom', { ...filter })}`;
  const feed = new Feed({
    id: self,
    title: `termijnwacht: nieuw achterstallige Kamervragen (${filterLabel(filter)})`,
    description: 'Vragensets die de termijn hebben overschreden, gedateerd op de dag na de termijn die gold.',
    link: `${publicUrl}/achterstallig`,
    language: 'nl',
    updated: instant(events[0]?.becameOverdueOn ?? asOf),
    generator: 'termijnwacht',
    feedLinks: { atom: self },
    author: { name: 'termijnwacht' },
    copyright: 'Gegevens: Tweede Kamer der Staten-Generaal',
  });
  for (const e of events) {
    const id = e.zaak ?? e.key;
    const link = `${publicUrl}/vragen/${encodeURIComponent(e.key)}`;
    const who = e.submitters.map((s) => (s.party ? `${s.name} (${s.party})` : s.name)).join(', ');
    const since = e.answeredOn ? ` Inmiddels beantwoord op ${e.answeredOn}.` : '';
    feed.addItem({
      id: `urn:termijnwacht:question:${encodeURIComponent(e.key)}:overdue:${e.term}`,
      title: escapeHtml(`Achterstallig${e.deferred ? ' na uitstel' : ''}: ${id} ${e.title ?? ''}`.trim()),
      link,
      date: instant(e.becameOverdueOn),
      published: instant(e.becameOverdueOn),
      description: escapeHtml(
        `De ${e.deferred ? 'verlengde ' : ''}termijn verstreek op ${e.term}${e.minister ? ` (${e.minister})` : ''}. Indieners: ${who || 'onbekend'}.${since}`,
      ),
    });
  }
  return feed.atom1();
}
