export type UrlParams = Record<string, string | number | readonly string[] | null | undefined>;

/** A same-origin link: the path with its non-empty parameters, in the order given. */
export function pageUrl(path: string, params: UrlParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) for (const v of value as readonly string[]) search.append(key, v);
    else search.append(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
