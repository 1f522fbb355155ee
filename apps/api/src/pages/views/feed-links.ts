import type { PublicQuestionFilter } from '#domain';
import type { AlternateLink } from '../render/page-view.js';
import { pageUrl } from '../render/page-url.js';

export interface FeedLink {
  label: string;
  href: string;
  download: boolean;
}

/** The calendar and Atom feed for exactly this filter, and the page's CSV. */
export function feedLinks(filter: PublicQuestionFilter, csvHref: string): { links: FeedLink[]; alternates: AlternateLink[] } {
  const params = { ...filter };
  const ics = pageUrl('/feeds/termijnen.ics', params);
  const atom = pageUrl('/feeds/achterstallig.atom', params);
  return {
    links: [
      { label: 'Termijnen in je agenda (ICS)', href: ics, download: false },
      { label: 'Atom-feed: nieuw achterstallig', href: atom, download: false },
      { label: 'Download als CSV', href: csvHref, download: true },
    ],
    alternates: [
      { type: 'text/calendar', title: 'Termijnen (ICS)', href: ics },
      { type: 'application/atom+xml', title: 'Nieuw achterstallig (Atom)', href: atom },
    ],
  };
}
