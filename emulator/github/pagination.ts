/**
 * GitHub's list paging: `per_page` (default 30, max 100) and `page` (from 1) in the query, and a `Link` header with
 * `next`, `last`, `first` and `prev` relations, which octokit's paginate() follows.
 */

/** One page of `items` and the Link header for it. */
export function githubPage<T>(items: T[], query: URLSearchParams, url: string): { items: T[]; link?: string } {
  const perPage = clamp(Number(query.get('per_page') ?? 30), 1, 100)
  const pageNumber = Math.max(1, Math.floor(Number(query.get('page') ?? 1)) || 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const slice = items.slice((pageNumber - 1) * perPage, pageNumber * perPage)
  const linkTo = (n: number, rel: string) => {
    const target = new URL(url)
    for (const [k, v] of query) target.searchParams.set(k, v)
    target.searchParams.set('per_page', String(perPage))
    target.searchParams.set('page', String(n))
    return `<${target.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (pageNumber > 1) links.push(linkTo(pageNumber - 1, 'prev'))
  if (pageNumber < last) links.push(linkTo(pageNumber + 1, 'next'), linkTo(last, 'last'))
  if (pageNumber > 1) links.push(linkTo(1, 'first'))
  return links.length ? { items: slice, link: links.join(', ') } : { items: slice }
}

function clamp(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return 30
  return Math.min(max, Math.max(min, Math.floor(value)))
}
