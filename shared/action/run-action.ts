/**
 * The suite's single run wrapper: every action's `main.ts` is `runAction(name, async (ctx) => ...)`.
 * It is the only place that talks to the runner (workflow commands and files, written by ./workflow-commands.ts
 * rather than `@actions/core`, whose start-up cost every action would pay): logs, outputs, the job summary, masking and
 * the exit status. User-fixable errors become one clear line, other failures "Failed to <op> '<resource>': <cause>",
 * stacks go to the debug log only. It never calls `process.exit` (it sets `process.exitCode` through `setFailed`),
 * except when the runner cancels the step: then it says what was in flight and exits at once.
 */
import { appendFileSync } from 'node:fs'
import * as core from './workflow-commands.js'
import { ConfigError, OperationError, WaitTimeoutError, causeMessage } from '../errors/index.js'
import { createAwsClients, type AwsClients, type AwsClientOptions } from '../aws/clients.js'
import { Inputs } from './inputs.js'
import { systemClock, type Clock } from './clock.js'
import type { Logger } from './logger.js'
import { Redactor } from './redact.js'

/** An output value; objects and arrays are written as JSON. */
export type OutputValue = string | number | boolean | object | undefined

/** What an action's main function receives. */
export interface ActionContext {
  /** The action's name (`deploy-runtime`), used in the user agent and messages. */
  readonly name: string
  readonly inputs: Inputs
  readonly log: Logger
  readonly clock: Clock
  /** Registers a secret: masked in the log and redacted from outputs, summary and error messages. */
  secret(value: string | undefined): void
  /** Redacts registered secrets from a text the action is about to publish elsewhere (a PR comment). */
  redact(text: string): string
  /** Sets outputs (kebab-case names); `undefined` values are skipped. */
  outputs(values: Record<string, OutputValue>): void
  /** Appends markdown to the job summary (skipped, with a debug line, outside a runner). */
  summary(markdown: string): Promise<void>
  /** AWS clients for a region, built lazily, with this action's user agent. */
  aws(region: string, options?: Omit<AwsClientOptions, 'region' | 'action'>): AwsClients
}

/**
 * A {@link Logger} backed by the runner's workflow commands; every line is redacted first. Open groups are pushed on
 * `inFlight` (when given) while they run: they name what the action was doing if it is cancelled.
 */
export function runnerLogger(redactor: Redactor, inFlight?: string[]): Logger {
  const clean = (m: string) => redactor.redact(m)
  return {
    debug: (m) => core.debug(clean(m)),
    info: (m) => core.info(clean(m)),
    warning: (m) => core.warning(clean(m)),
    error: (m) => core.error(clean(m)),
    group: async (name, fn) => {
      inFlight?.push(clean(name))
      try {
        return await core.group(clean(name), fn)
      } finally {
        inFlight?.splice(inFlight.lastIndexOf(clean(name)), 1)
      }
    },
  }
}

/**
 * What a cancelled run (the runner's SIGINT, then SIGTERM) tells the user: what was in flight, and that a rerun
 * finishes it. Every action's changes are requests AWS completes on its own and every rerun starts from what is live,
 * so stopping at once is safe; waiting for an operation to finish is not an option (the runner kills us soon after).
 */
export function cancellationMessage(action: string, signal: string, inFlight: readonly string[]): string {
  const what = inFlight.length > 0 ? inFlight.join(' > ') : 'starting up'
  return `${action} was cancelled (${signal}) while in flight: ${what}. Whatever AWS had already accepted completes on its own; rerun the step to finish the job (it starts from the live state, without duplicates).`
}

/** Installs SIGINT/SIGTERM handlers that report the cancellation (error line and job summary) and exit; returns the uninstaller. */
function onCancel(action: string, inFlight: readonly string[], redactor: Redactor): () => void {
  const handler = (signal: NodeJS.Signals) => {
    const message = redactor.redact(cancellationMessage(action, signal, inFlight))
    core.setFailed(message)
    // Synchronous on purpose: the process exits right after, an async write would be lost.
    const summary = process.env.GITHUB_STEP_SUMMARY
    if (summary) {
      try {
        appendFileSync(summary, `\n> [!WARNING]\n> ${message}\n`)
      } catch {
        // The error line above already says it.
      }
    }
    // eslint-disable-next-line no-restricted-syntax -- a cancelled step must stop now: the runner kills it next.
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  process.once('SIGINT', handler)
  process.once('SIGTERM', handler)
  return () => {
    process.off('SIGINT', handler)
    process.off('SIGTERM', handler)
  }
}

/** Runs an action's main function with the suite's error handling. Resolves in every case. */
export async function runAction(name: string, main: (ctx: ActionContext) => Promise<void>): Promise<void> {
  const redactor = new Redactor()
  const inFlight: string[] = []
  const log = runnerLogger(redactor, inFlight)
  const ctx: ActionContext = {
    name,
    inputs: new Inputs(process.env),
    log,
    clock: systemClock,
    secret(value) {
      if (value === undefined || value === '') return
      redactor.add(value)
      core.setSecret(value)
    },
    redact: (text) => redactor.redact(text),
    outputs(values) {
      for (const [key, value] of Object.entries(values)) {
        if (value === undefined) continue
        core.setOutput(key, redactor.redact(typeof value === 'object' ? JSON.stringify(value) : String(value)))
      }
    },
    async summary(markdown) {
      if (!process.env.GITHUB_STEP_SUMMARY) {
        log.debug('GITHUB_STEP_SUMMARY is not set; job summary skipped')
        return
      }
      await core.appendSummary(redactor.redact(markdown))
    },
    aws: (region, options) => createAwsClients({ ...options, region, action: name }),
  }
  const uninstall = onCancel(name, inFlight, redactor)
  try {
    await main(ctx)
  } catch (error) {
    core.setFailed(redactor.redact(failureMessage(name, error)))
    if (error instanceof Error && error.stack) core.debug(redactor.redact(error.stack))
  } finally {
    uninstall()
  }
}

/** The one line (or block, for several config problems) a user sees when an action fails. */
export function failureMessage(action: string, error: unknown): string {
  if (error instanceof ConfigError) return error.describe()
  if (error instanceof OperationError || error instanceof WaitTimeoutError) return error.message
  return `Failed to run '${action}': ${causeMessage(error)}`
}
