/**
 * The suite's single run wrapper: every action's `main.ts` is `runAction(name, async (ctx) => ...)`.
 * It is the only place that talks to the runner (workflow commands and files, written by ./workflow-commands.ts
 * rather than `@actions/core`, whose start-up cost every action would pay): logs, outputs, the job summary, masking and
 * the exit status. User-fixable errors become one clear line, other failures "Failed to <op> '<resource>': <cause>",
 * stacks go to the debug log only. It never calls `process.exit`: it sets `process.exitCode` through `setFailed`.
 */
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

/** A {@link Logger} backed by the runner's workflow commands; every line is redacted first. */
export function runnerLogger(redactor: Redactor): Logger {
  const clean = (m: string) => redactor.redact(m)
  return {
    debug: (m) => core.debug(clean(m)),
    info: (m) => core.info(clean(m)),
    warning: (m) => core.warning(clean(m)),
    error: (m) => core.error(clean(m)),
    group: (name, fn) => core.group(clean(name), fn),
  }
}

/** Runs an action's main function with the suite's error handling. Resolves in every case. */
export async function runAction(name: string, main: (ctx: ActionContext) => Promise<void>): Promise<void> {
  const redactor = new Redactor()
  const log = runnerLogger(redactor)
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
  try {
    await main(ctx)
  } catch (error) {
    core.setFailed(redactor.redact(failureMessage(name, error)))
    if (error instanceof Error && error.stack) core.debug(redactor.redact(error.stack))
  }
}

/** The one line (or block, for several config problems) a user sees when an action fails. */
export function failureMessage(action: string, error: unknown): string {
  if (error instanceof ConfigError) return error.describe()
  if (error instanceof OperationError || error instanceof WaitTimeoutError) return error.message
  return `Failed to run '${action}': ${causeMessage(error)}`
}
