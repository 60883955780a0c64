/**
 * Bounded parallelism for read fan-outs (drift-check reads every runtime of every environment): at most `limit`
 * calls in flight, results in input order. A bound keeps a large account from tripping AgentCore's throttling,
 * where unbounded `Promise.all` would; the SDK's adaptive retry absorbs what throttling remains.
 */

/** Maps `items` through `fn` with at most `limit` calls running at once. Rejects with the first failure. */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`concurrency limit must be a positive integer, got ${limit}`)
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index], index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/**
 * A shared limiter: several fan-outs (environments, runtimes within them) draw from one pool of `limit` slots, so
 * nesting does not multiply the number of calls in flight.
 */
export function createLimiter(limit: number): <R>(task: () => Promise<R>) => Promise<R> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`concurrency limit must be a positive integer, got ${limit}`)
  let active = 0
  const queue: (() => void)[] = []
  // A finishing task hands its slot straight to the next waiter, so a new caller cannot slip in between.
  const release = () => {
    const waiter = queue.shift()
    if (waiter) waiter()
    else active--
  }
  return async <R>(task: () => Promise<R>): Promise<R> => {
    if (active >= limit) await new Promise<void>((resolve) => queue.push(resolve))
    else active++
    try {
      return await task()
    } finally {
      release()
    }
  }
}
