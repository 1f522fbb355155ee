import { bewindspersoonSlugAt, bewindspersoonSlugOf } from '#domain';
import { pageUrl } from '../render/page-url.js';

/** The page of the bewindspersoon a label names on the first of `dates` they were in office, else null (no link). */
export function bewindspersoonHref(label: string | null, dates: readonly (string | null)[], asOfParam: string | null): string | null {
  const slug = bewindspersoonSlugOf(label, dates);
  return slug ? pageUrl(`/bewindspersonen/${slug}`, { asOf: asOfParam }) : null;
}

/** The same for a ministry page's groups, which carry no date: the one person of that name who served there. */
export function bewindspersoonHrefAt(label: string, ministrySlug: string, asOfParam: string | null): string | null {
  const slug = bewindspersoonSlugAt(label, ministrySlug);
  return slug ? pageUrl(`/bewindspersonen/${slug}`, { asOf: asOfParam }) : null;
}
