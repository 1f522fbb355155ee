import { STALE_AFTER_DAYS, type DataExtent } from '#domain';
import { formatLongDate } from '../render/dutch-format.js';
import { pageUrl } from '../render/page-url.js';

export interface DataExtentNotice {
  holds: string;
  synced: string;
  stale: boolean;
  staleText: string;
  links: { href: string; text: string }[];
}

/**
 * The lines that keep a first look from being blank: what termijnwacht holds and until when, how to fetch more when
 * that is old, and a link to the latest date that has something to show when the date asked about has nothing.
 */
export function dataExtentNotice(extent: DataExtent, page: { path: string; asOf: string; overdueTotal: number }): DataExtentNotice {
  const links: { href: string; text: string }[] = [];
  if (extent.dataUntil !== null && extent.staleDays !== null && extent.staleDays > STALE_AFTER_DAYS) {
    links.push({
      href: pageUrl(page.path, { asOf: extent.dataUntil }),
      text: `${page.path === '/' ? 'Het overzicht' : 'De lijst'} op ${formatLongDate(extent.dataUntil)}, de laatste datum met gegevens`,
    });
  }
  if (page.overdueTotal === 0 && extent.latestOverdue !== null) {
    const { asOf, total } = extent.latestOverdue;
    links.push({
      href: pageUrl('/achterstallig', { asOf }),
      text: `De lijst op ${formatLongDate(asOf, true)}, de laatste stand met achterstallige vragen (${total})`,
    });
  }
  return {
    holds:
      extent.questionSets === 0
        ? 'termijnwacht bevat nog geen vragensets.'
        : `termijnwacht bevat ${extent.questionSets} vragensets, ingediend vanaf ${formatLongDate(extent.firstSubmittedOn!)}; gegevens tot ${formatLongDate(extent.dataUntil!)} (het laatste document: vraag, antwoord of uitstelbericht).`,
    synced:
      extent.lastSyncAt === null
        ? 'Nog nooit bijgewerkt uit de open data van de Kamer.'
        : `Laatst bijgewerkt uit de open data van de Kamer op ${formatLongDate(extent.lastSyncAt.slice(0, 10))}.`,
    stale: extent.staleDays === null || extent.staleDays > STALE_AFTER_DAYS,
    staleText:
      extent.staleDays === null
        ? 'Lees documenten in met npx termijnwacht import MAP, of haal de open data van de Kamer op met npx termijnwacht sync.'
        : `De gegevens lopen ${extent.staleDays} dagen achter op ${formatLongDate(page.asOf)}: haal nieuwe op met npx termijnwacht sync (de open data van de Kamer) of lees documenten in met npx termijnwacht import MAP.`,
    links,
  };
}
