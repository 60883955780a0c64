/**
 * Classifies what the AgentCore control plane throws. The SDK picks the exception class from the wire error type,
 * so the `name` is the stable part to test (`instanceof` would tie callers to one copy of the SDK package).
 */

/** The error's type name (`ConflictException`), or '' for values that are not errors. */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : ''
}

/** Another operation is in flight on the resource (an update, a create with the same name). */
export function isConflict(error: unknown): boolean {
  return errorName(error) === 'ConflictException'
}

/** The resource does not exist (or is not visible yet, right after a create). */
export function isNotFound(error: unknown): boolean {
  return errorName(error) === 'ResourceNotFoundException'
}

/**
 * Worth reading again later: throttling and server faults that outlived the SDK's own retries. Only used for
 * reads inside waits, where a retry costs nothing and a failed wait would leave the user guessing.
 */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const fault = error as Error & { $fault?: string; $retryable?: unknown; $metadata?: { httpStatusCode?: number } }
  const status = fault.$metadata?.httpStatusCode ?? 0
  return (
    /Throttling|TooManyRequests|RequestLimitExceeded|InternalServer|ServiceUnavailable/.test(error.name) ||
    fault.$retryable !== undefined ||
    status === 429 ||
    status >= 500
  )
}
