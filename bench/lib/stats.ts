/**
 * Summary statistics for repeated measurements: every timing the benchmarks report is a median with its min and
 * max kept, so a noisy run on the shared machine is visible instead of averaged away.
 */

/** A measured series: median, min, max and the number of samples. */
export interface Series {
  median: number
  min: number
  max: number
  runs: number
}

/** Median (mean of the two middle values for an even count), min and max of `samples`. */
export function summarize(samples: readonly number[]): Series {
  if (samples.length === 0) throw new RangeError('no samples to summarize')
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  return { median: round(median), min: round(sorted[0]), max: round(sorted[sorted.length - 1]), runs: samples.length }
}

/** Rounds to 0.1 (milliseconds are not meaningful below that on a loaded machine). */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

/** Total length covered by intervals `[from, to]` (overlaps counted once): time spent in parallel transitions. */
export function unionMs(intervals: Array<[number, number]>): number {
  let total = 0
  let end = -Infinity
  for (const [from, to] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (to <= end) continue
    total += to - Math.max(from, end)
    end = to
  }
  return total
}
