/**
 * `maxResults` / `nextToken` paging as the control plane does it: the token is opaque to clients, bound to the
 * list it came from, and a token from another list (or a made-up one) is a ValidationException.
 */
import { ServiceError } from '../protocols/json.js'
import { FieldChecker } from './validation.js'

/** Default page size when `maxResults` is absent. Deliberately small so that callers must follow `nextToken`. */
export const DEFAULT_PAGE_SIZE = 10

/** One page of `items`, and the token for the next page when more remain. */
export function page<T>(items: T[], query: URLSearchParams, listKey: string): { items: T[]; nextToken?: string } {
  const check = new FieldChecker()
  const rawMax = query.get('maxResults')
  const maxResults = rawMax === null ? DEFAULT_PAGE_SIZE : Number(rawMax)
  check.integer('maxResults', maxResults, 1, 100)
  const token = query.get('nextToken')
  if (token !== null) check.string('nextToken', token, 1, 2048)
  check.throwIfAny()
  const offset = token === null ? 0 : decodeToken(token, listKey)
  const slice = items.slice(offset, offset + maxResults)
  const next = offset + maxResults
  return next < items.length ? { items: slice, nextToken: encodeToken(next, listKey) } : { items: slice }
}

function encodeToken(offset: number, listKey: string): string {
  return Buffer.from(JSON.stringify({ o: offset, k: listKey })).toString('base64url')
}

function decodeToken(token: string, listKey: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; k?: unknown }
    if (parsed.k === listKey && typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o >= 0)
      return parsed.o
  } catch {
    // fall through: not one of ours
  }
  throw new ServiceError('ValidationException', 400, 'The provided pagination token is invalid', {
    reason: 'FieldValidationFailed',
    fieldList: [{ name: 'nextToken', message: 'The provided pagination token is invalid' }],
  })
}
