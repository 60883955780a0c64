/**
 * Deleting a named endpoint: used by the pipeline for its temporary smoke-test endpoint, and to undo an endpoint the
 * pipeline created before a failure. DEFAULT cannot be deleted (the service removes it with the runtime).
 */
import {
  DeleteAgentRuntimeEndpointCommand,
  type BedrockAgentCoreControlClient,
} from '@aws-sdk/client-bedrock-agentcore-control'
import { OperationError } from '../errors/index.js'
import { pollUntil } from '../poll/index.js'
import { DEFAULT_ENDPOINT, endpointState, getEndpoint } from './runtime-endpoint.js'
import { AGENTCORE_POLL, type WaitDeps } from './runtime-wait.js'
import { isNotFound } from './service-errors.js'

/** Deletes a named endpoint and waits until it is gone; an endpoint that is already gone is success. */
export async function deleteEndpoint(
  control: BedrockAgentCoreControlClient,
  target: { runtimeId: string; runtimeName: string; endpointName: string; timeoutMs: number },
  deps: WaitDeps,
): Promise<void> {
  if (target.endpointName === DEFAULT_ENDPOINT) throw new Error('DEFAULT cannot be deleted')
  try {
    await control.send(
      new DeleteAgentRuntimeEndpointCommand({ agentRuntimeId: target.runtimeId, endpointName: target.endpointName }),
    )
  } catch (error) {
    if (isNotFound(error)) return
    throw new OperationError('delete endpoint', `${target.runtimeName}/${target.endpointName}`, error)
  }
  await pollUntil({
    what: `endpoint ${target.endpointName} of ${target.runtimeName} to be deleted`,
    read: () => getEndpoint(control, target.runtimeId, target.endpointName),
    state: (e) => (e ? endpointState(e) : 'deleted'),
    verdict: (e) =>
      e === undefined
        ? { done: true }
        : e.status === 'DELETE_FAILED'
          ? { done: false, failed: `DELETE_FAILED: ${e.failureReason ?? 'no failureReason given'}` }
          : { done: false },
    timeoutMs: target.timeoutMs,
    ...AGENTCORE_POLL,
    ...deps,
  })
}
