/**
 * The one wait helper. Reads a resource until it reaches a wanted state, with a deadline, exponential backoff
 * with a cap, an injected clock, and one log line per state *change* (not per poll). A terminal failure state
 * stops the wait at once with the reason; running out of time says what was awaited, how long, and the last
 * state seen.
 */
import type { Clock } from '../action/clock.js'
import type { Logger } from '../action/logger.js'
import { WaitTimeoutError, formatDuration } from '../errors/index.js'

/** What a read of the resource says about the wait. */
export type PollVerdict = { done: true } | { done: false; failed: string } | { done: false; failed?: undefined }

/** Options of {@link pollUntil}. */
export interface PollOptions<T> {
  /** What is awaited, for messages: "runtime support_bot version 3 to be READY". */
  what: string
  /** Reads the resource once. Errors propagate (wrap them with `attempt` for a clear message). */
  read: () => Promise<T>
  /** A short state label for logs (`UPDATING`, `READY (live 3, target 3)`). */
  state: (value: T) => string
  /** Decides whether to stop: done, failed with a reason, or keep waiting. */
  verdict: (value: T) => PollVerdict
  /** Total time allowed, in ms. */
  timeoutMs: number
  /** First delay between reads (default 1 s), multiplied by `factor` (default 1.5) up to `maxIntervalMs` (default 5 s). */
  intervalMs?: number
  maxIntervalMs?: number
  factor?: number
  /**
   * Delay before the first read (default 0: read at once). For a wait that starts right after the call that began
   * the transition, whose answer already said "in progress": an immediate read can only say the same again.
   */
  firstReadAfterMs?: number
  clock: Clock
  log: Logger
}

/** Thrown when the resource reached a terminal failure state. */
export class PollFailedError extends Error {
  override readonly name = 'PollFailedError'
  constructor(
    readonly what: string,
    readonly reason: string,
  ) {
    super(reason)
  }
}

/** Waits until `verdict` says done; returns the last value read. */
export async function pollUntil<T>(options: PollOptions<T>): Promise<T> {
  const { clock, log } = options
  const start = clock.now()
  const deadline = start + options.timeoutMs
  const factor = options.factor ?? 1.5
  const maxInterval = options.maxIntervalMs ?? 5000
  let interval = options.intervalMs ?? 1000
  let lastState: string | undefined
  if (options.firstReadAfterMs) await clock.sleep(Math.min(options.firstReadAfterMs, options.timeoutMs))
  for (;;) {
    const value = await options.read()
    const state = options.state(value)
    if (state !== lastState) {
      log.info(`${options.what}: ${state} (after ${formatDuration(clock.now() - start)})`)
      lastState = state
    }
    const verdict = options.verdict(value)
    if (verdict.done) return value
    if (verdict.failed !== undefined) throw new PollFailedError(options.what, verdict.failed)
    const remaining = deadline - clock.now()
    if (remaining <= 0) throw new WaitTimeoutError(options.what, clock.now() - start, lastState)
    await clock.sleep(Math.min(interval, remaining))
    interval = Math.min(interval * factor, maxInterval)
  }
}
