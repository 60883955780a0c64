/**
 * Waiting for runtime versions. AgentCore has no waiters for runtimes: Create/Update answer 202 with CREATING or
 * UPDATING and the version becomes READY (or *_FAILED with a `failureReason`) later. Reads that fail for a
 * passing reason (not visible yet right after a create, throttling or 5xx beyond the SDK's retries) are states
 * of the wait, not failures of it.
 */
import {
  GetAgentRuntimeCommand,
  type BedrockAgentCoreControlClient,
  type GetAgentRuntimeResponse,
} from '@aws-sdk/client-bedrock-agentcore-control'
import type { Clock } from '../action/clock.js'
import type { Logger } from '../action/logger.js'
import { OperationError, causeMessage } from '../errors/index.js'
import { PollFailedError, pollUntil } from '../poll/index.js'
import { isNotFound, isTransient } from './service-errors.js'

/**
 * Poll pacing for AgentCore: a read 1 s after the start, then slowly wider gaps up to one read every 2.5 s. Measured
 * with the emulator (bench/, `ready_lag_ms`): a 5 s transition is noticed within ~0.4 s and a 60 s one within 2.5 s,
 * at under one GetAgentRuntime per second on average (the old 250 ms × 1.5 up to 5 s made 1.7 reads per second
 * during short transitions and could notice a long one 5 s late). A 15-minute wait makes ~360 reads.
 */
export const AGENTCORE_POLL = { intervalMs: 1000, factor: 1.2, maxIntervalMs: 2500 } as const

/** States a runtime or endpoint passes through on its way to READY or a failure. */
export const IN_PROGRESS_STATUSES = ['CREATING', 'UPDATING', 'DELETING'] as const
/** Terminal failures; the resource's `failureReason` says why. */
export const FAILED_STATUSES = ['CREATE_FAILED', 'UPDATE_FAILED', 'DELETE_FAILED'] as const

/** Whether a status is a terminal failure. */
export function isFailedStatus(status: string | undefined): boolean {
  return (FAILED_STATUSES as readonly string[]).includes(status ?? '')
}

/** Whether a status means another operation is still running. */
export function isInProgressStatus(status: string | undefined): boolean {
  return (IN_PROGRESS_STATUSES as readonly string[]).includes(status ?? '')
}

/** What a wait needs besides the client. */
export interface WaitDeps {
  clock: Clock
  log: Logger
}

/** A read that may not have found the resource (yet) or may have been refused for now. */
type Observation<T> = { value: T } | { missing: string }

async function observe<T>(read: () => Promise<T>): Promise<Observation<T>> {
  try {
    return { value: await read() }
  } catch (error) {
    if (isNotFound(error)) return { missing: 'not visible yet' }
    if (isTransient(error)) return { missing: `read refused for now (${causeMessage(error)})` }
    throw error
  }
}

/**
 * Reads one runtime version (latest when `version` is omitted). `undefined` when the runtime does not exist.
 */
export async function getRuntime(
  control: BedrockAgentCoreControlClient,
  runtimeId: string,
  version?: string,
): Promise<GetAgentRuntimeResponse | undefined> {
  try {
    return await control.send(new GetAgentRuntimeCommand({ agentRuntimeId: runtimeId, agentRuntimeVersion: version }))
  } catch (error) {
    if (isNotFound(error)) return undefined
    throw new OperationError('read runtime', version ? `${runtimeId} version ${version}` : runtimeId, error)
  }
}

/**
 * Waits until version `version` of runtime `name` is READY and returns that read. A *_FAILED status fails with the
 * service's `failureReason`; running out of time says what was awaited and the last state seen.
 */
export async function waitForRuntimeVersion(
  control: BedrockAgentCoreControlClient,
  target: { runtimeId: string; name: string; version: string; timeoutMs: number },
  deps: WaitDeps,
): Promise<GetAgentRuntimeResponse> {
  const what = `runtime ${target.name} version ${target.version} to be READY`
  try {
    const result = await pollUntil<Observation<GetAgentRuntimeResponse>>({
      what,
      read: () =>
        observe(() =>
          control.send(
            new GetAgentRuntimeCommand({ agentRuntimeId: target.runtimeId, agentRuntimeVersion: target.version }),
          ),
        ),
      state: (o) => ('value' in o ? (o.value.status ?? 'UNKNOWN') : o.missing),
      verdict: (o) => {
        if (!('value' in o)) return { done: false }
        if (o.value.status === 'READY') return { done: true }
        if (isFailedStatus(o.value.status))
          return { done: false, failed: `${o.value.status}: ${o.value.failureReason ?? 'no failureReason given'}` }
        return { done: false }
      },
      timeoutMs: target.timeoutMs,
      ...AGENTCORE_POLL,
      // The create/update answer already said CREATING/UPDATING: the first read waits one interval, and the
      // backoff continues from there (reads at 1 s, 2.2 s, 3.6 s, 5.4 s, ... after the change).
      firstReadAfterMs: AGENTCORE_POLL.intervalMs,
      intervalMs: AGENTCORE_POLL.intervalMs * AGENTCORE_POLL.factor,
      ...deps,
    })
    return (result as { value: GetAgentRuntimeResponse }).value
  } catch (error) {
    if (error instanceof PollFailedError)
      throw new OperationError('deploy runtime', `${target.name} version ${target.version}`, error.reason)
    throw error
  }
}

/**
 * Waits until no operation is running on the runtime (status not CREATING/UPDATING/DELETING) and returns the
 * latest version's read: used before changing a runtime someone else is changing, and after a ConflictException.
 */
export async function waitForRuntimeSettled(
  control: BedrockAgentCoreControlClient,
  target: { runtimeId: string; name: string; timeoutMs: number },
  deps: WaitDeps,
): Promise<GetAgentRuntimeResponse> {
  const result = await pollUntil<Observation<GetAgentRuntimeResponse>>({
    what: `runtime ${target.name} to finish its current operation`,
    read: () => observe(() => control.send(new GetAgentRuntimeCommand({ agentRuntimeId: target.runtimeId }))),
    state: (o) =>
      'value' in o ? `${o.value.status ?? 'UNKNOWN'} (version ${o.value.agentRuntimeVersion})` : o.missing,
    verdict: (o) => ('value' in o && !isInProgressStatus(o.value.status) ? { done: true } : { done: false }),
    timeoutMs: target.timeoutMs,
    ...AGENTCORE_POLL,
    ...deps,
  })
  return (result as { value: GetAgentRuntimeResponse }).value
}
