/**
 * Parsing a piece of the config while leaving out what is broken, so that the checks that need the merged
 * runtime (secrets vs plain values, VPC settings, name clashes) still run on the rest and every problem of the
 * file is reported in one go. The broken values were already reported by the schema; the paths left out are
 * returned so that nothing is reported twice about the same value.
 */
import type * as z from 'zod'
import type { DocumentPath } from './document.js'

/** The parsed piece (undefined when it could not be repaired) and the paths that were left out. */
export interface LenientResult<T> {
  data: T | undefined
  removed: DocumentPath[]
}

/** Parses `value`, dropping each value zod rejects (a whole list when one item is bad), a few rounds at most. */
export function parseLeniently<T>(schema: z.ZodType<T>, value: unknown): LenientResult<T> {
  let current = structuredClone(value)
  const removed: DocumentPath[] = []
  for (let round = 0; round < 8; round++) {
    const parsed = schema.safeParse(current)
    if (parsed.success) return { data: parsed.data, removed }
    let changed = false
    for (const issue of parsed.error.issues) {
      const path = issue.path as (string | number)[]
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) changed = remove(current, [...path, key], removed) || changed
        continue
      }
      // An item of a list cannot be dropped without shifting the others: drop the list.
      const cut = path.findIndex((part) => typeof part === 'number')
      changed = remove(current, cut >= 0 ? path.slice(0, cut) : path, removed) || changed
    }
    if (!changed) return { data: undefined, removed }
    if (current === undefined) return { data: undefined, removed }
    // The root itself was bad: nothing left to parse.
    if (removed.some((p) => p.length === 0)) current = undefined
  }
  return { data: undefined, removed }
}

function remove(root: unknown, path: (string | number)[], removed: DocumentPath[]): boolean {
  if (path.length === 0) {
    removed.push([])
    return false
  }
  let parent = root
  for (const part of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return false
    parent = (parent as Record<string | number, unknown>)[part]
  }
  if (parent === null || typeof parent !== 'object') return false
  const last = path[path.length - 1]
  const container = parent as Record<string | number, unknown>
  if (!(last in container)) return false
  delete container[last]
  removed.push(path)
  return true
}

/** Whether `path` is one of `removed` or lies below one of them. */
export function isRemoved(path: DocumentPath, removed: readonly DocumentPath[]): boolean {
  return removed.some((cut) => cut.length <= path.length && cut.every((part, i) => String(part) === String(path[i])))
}
