/**
 * The suite's error taxonomy. Two kinds matter to a user:
 * - a {@link ConfigError} is something the user can fix (config file, inputs): shown as one clear line, no stack;
 * - everything else failed while doing something: shown as "Failed to <op> '<resource>': <cause>".
 */

/** One problem found in user input, with where it is when known. */
export interface Problem {
  /** File the problem is in, when it comes from a file. */
  file?: string
  /** 1-based line and column, when known. */
  line?: number
  column?: number
  /** Dotted path inside the document (`runtimes.support_bot.network.mode`) or the input name. */
  path?: string
  /** What is wrong and, where possible, how to fix it. */
  message: string
}

/** Formats a problem as `file:line:col: path: message` (parts that are unknown are left out). */
export function formatProblem(p: Problem): string {
  const where = p.file
    ? [p.file, p.line, p.line !== undefined ? p.column : undefined].filter((x) => x !== undefined).join(':')
    : ''
  return [where, p.path, p.message].filter((x) => x !== undefined && x !== '').join(': ')
}

/**
 * A user-fixable error: a bad config file, a bad input, a refused precondition (wrong account, missing image).
 * Carries every problem found so that the user fixes them all in one go.
 */
export class ConfigError extends Error {
  override readonly name: string = 'ConfigError'
  readonly problems: Problem[]
  constructor(message: string, problems: Problem[] = [], options?: { cause?: unknown }) {
    super(message, options)
    this.problems = problems
  }
  /** The message followed by one line per problem. */
  describe(): string {
    if (this.problems.length === 0) return this.message
    return [this.message, ...this.problems.map((p) => `  ${formatProblem(p)}`)].join('\n')
  }
}

/** A bad action input: names the input, the value and what is allowed. */
export class InputError extends ConfigError {
  override readonly name = 'InputError'
  readonly input: string
  constructor(input: string, message: string) {
    super(`Input '${input}': ${message}`, [])
    this.input = input
  }
}

/** An operation on a resource that failed; its message is "Failed to <op> '<resource>': <cause>". */
export class OperationError extends Error {
  override readonly name = 'OperationError'
  readonly operation: string
  readonly resource: string
  constructor(operation: string, resource: string, cause: unknown) {
    super(`Failed to ${operation} '${resource}': ${causeMessage(cause)}`, { cause })
    this.operation = operation
    this.resource = resource
  }
}

/** A wait that ran out of time: says what was awaited, for how long, and the last state seen. */
export class WaitTimeoutError extends Error {
  override readonly name = 'WaitTimeoutError'
  readonly lastState: string | undefined
  constructor(what: string, waitedMs: number, lastState: string | undefined) {
    super(`Timed out after ${formatDuration(waitedMs)} waiting for ${what}; last state: ${lastState ?? 'none seen'}`)
    this.lastState = lastState
  }
}

/** The message of any thrown value, with the AWS error name when it adds information. */
export function causeMessage(cause: unknown): string {
  if (cause instanceof Error) {
    const name = cause.name && cause.name !== 'Error' && !cause.message.startsWith(cause.name) ? `${cause.name}: ` : ''
    return `${name}${cause.message || '(no message)'}`
  }
  return String(cause)
}

/** Wraps `fn` so that any failure becomes an {@link OperationError} naming the operation and resource. */
export async function attempt<T>(operation: string, resource: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    if (error instanceof ConfigError || error instanceof OperationError || error instanceof WaitTimeoutError)
      throw error
    throw new OperationError(operation, resource, error)
  }
}

/** `1h2m3s`-style rendering of a duration in milliseconds. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`
  let s = Math.round(ms / 1000)
  const h = Math.floor(s / 3600)
  s -= h * 3600
  const m = Math.floor(s / 60)
  s -= m * 60
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s || (!h && !m) ? `${s}s` : ''}`
}
