// The address of a paged list: one value per search parameter in, filters and page out.

/** A list's address with its filters (empty ones left out) and the page (left out for the first). */
export function listHref(path: string, params: Record<string, string | number | undefined>, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, page: page > 1 ? page : undefined })) {
    if (value !== undefined && String(value) !== "") query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** A page's search parameters with one value each (the first of a repeated one), for a list's filter schema. */
export async function firstValues(
  searchParams: Promise<Record<string, string | string[] | undefined>>,
): Promise<Record<string, string | undefined>> {
  return Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}
