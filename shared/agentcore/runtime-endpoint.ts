/**
 * Runtime endpoints: read, create, update, wait. A named endpoint serves one version until it is updated; the
 * service-managed DEFAULT endpoint follows every new version on its own. Note the API's naming asymmetry: Create
 * takes `name`, the other operations `endpointName`.
 *
 * The version an endpoint served before its last promotion is recorded in the endpoint's own description
 * (`agentcore-actions: previous=3`), so `version: previous` works from any later workflow run, with no state on
 * the runner.
 */
import {
  CreateAgentRuntimeEndpointCommand,
  GetAgentRuntimeEndpointCommand,
  ListAgentRuntimeEndpointsCommand,
  UpdateAgentRuntimeEndpointCommand,
  type AgentRuntimeEndpoint,
  type BedrockAgentCoreControlClient,
  type GetAgentRuntimeEndpointResponse,
} from '@aws-sdk/client-bedrock-agentcore-control'
import { OperationError, attempt } from '../errors/index.js'
import { PollFailedError, pollUntil } from '../poll/index.js'
import { AGENTCORE_POLL, isFailedStatus, isInProgressStatus, type WaitDeps } from './runtime-wait.js'
import { isNotFound, isTransient } from './service-errors.js'

/** The endpoint AgentCore manages itself; it cannot be promoted. */
export const DEFAULT_ENDPOINT = 'DEFAULT'
/** Endpoint (and runtime) name rule. */
export const ENDPOINT_NAME = /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/

const HISTORY_PREFIX = 'agentcore-actions: previous='

/** The endpoint description that records the version it served before: `agentcore-actions: previous=3`. */
export function formatEndpointHistory(previousVersion: string): string {
  return `${HISTORY_PREFIX}${previousVersion}`
}

/** The previous version recorded in an endpoint description, or `undefined` when it has no history. */
export function parseEndpointHistory(description: string | undefined): string | undefined {
  const match = /agentcore-actions: previous=([1-9][0-9]{0,4})\b/.exec(description ?? '')
  return match?.[1]
}

/** Reads an endpoint; `undefined` when it does not exist. */
export async function getEndpoint(
  control: BedrockAgentCoreControlClient,
  runtimeId: string,
  endpointName: string,
): Promise<GetAgentRuntimeEndpointResponse | undefined> {
  try {
    return await control.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, endpointName }))
  } catch (error) {
    if (isNotFound(error)) return undefined
    throw new OperationError('read endpoint', endpointName, error)
  }
}

/** Every endpoint of a runtime (all pages), DEFAULT included. */
export async function listEndpoints(
  control: BedrockAgentCoreControlClient,
  runtimeId: string,
): Promise<AgentRuntimeEndpoint[]> {
  const endpoints: AgentRuntimeEndpoint[] = []
  let nextToken: string | undefined
  do {
    const page = await attempt('list endpoints of runtime', runtimeId, () =>
      control.send(new ListAgentRuntimeEndpointsCommand({ agentRuntimeId: runtimeId, maxResults: 100, nextToken })),
    )
    endpoints.push(...(page.runtimeEndpoints ?? []))
    nextToken = page.nextToken
  } while (nextToken)
  return endpoints
}

/**
 * Creates a named endpoint on an explicit version (one created without a version pins to the version of that
 * moment forever). Throws the SDK error as is, so callers can tell a ConflictException (it exists) apart.
 */
export async function createEndpoint(
  control: BedrockAgentCoreControlClient,
  target: { runtimeId: string; endpointName: string; version: string; description?: string },
): Promise<void> {
  await control.send(
    new CreateAgentRuntimeEndpointCommand({
      agentRuntimeId: target.runtimeId,
      name: target.endpointName,
      agentRuntimeVersion: target.version,
      description: target.description,
    }),
  )
}

/** Points an endpoint at a version. Throws the SDK error as is (ConflictException while another update runs). */
export async function updateEndpoint(
  control: BedrockAgentCoreControlClient,
  target: { runtimeId: string; endpointName: string; version: string; description?: string },
): Promise<void> {
  await control.send(
    new UpdateAgentRuntimeEndpointCommand({
      agentRuntimeId: target.runtimeId,
      endpointName: target.endpointName,
      agentRuntimeVersion: target.version,
      description: target.description,
    }),
  )
}

/** `READY (live 3, target 3)` */
export function endpointState(endpoint: GetAgentRuntimeEndpointResponse | undefined): string {
  if (!endpoint) return 'not visible yet'
  return `${endpoint.status ?? 'UNKNOWN'} (live ${endpoint.liveVersion ?? '-'}, target ${endpoint.targetVersion ?? '-'})`
}

async function readForWait(
  control: BedrockAgentCoreControlClient,
  runtimeId: string,
  endpointName: string,
): Promise<GetAgentRuntimeEndpointResponse | undefined> {
  try {
    return await control.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, endpointName }))
  } catch (error) {
    // Not visible right after a create, or throttled beyond the SDK's retries: read again later.
    if (isNotFound(error) || isTransient(error)) return undefined
    throw error
  }
}

/**
 * Waits until the endpoint is READY and serves `version` (`liveVersion == targetVersion == version`); fails at
 * once on *_FAILED with the service's `failureReason`.
 */
export async function waitForEndpoint(
  control: BedrockAgentCoreControlClient,
  target: { runtimeId: string; runtimeName: string; endpointName: string; version: string; timeoutMs: number },
  deps: WaitDeps,
): Promise<GetAgentRuntimeEndpointResponse> {
  const what = `endpoint ${target.endpointName} of ${target.runtimeName} to serve version ${target.version}`
  try {
    const endpoint = await pollUntil({
      what,
      read: () => readForWait(control, target.runtimeId, target.endpointName),
      state: endpointState,
      verdict: (e) => {
        if (!e) return { done: false }
        if (isFailedStatus(e.status))
          return { done: false, failed: `${e.status}: ${e.failureReason ?? 'no failureReason given'}` }
        const serving = e.liveVersion === target.version && (e.targetVersion ?? e.liveVersion) === target.version
        return e.status === 'READY' && serving ? { done: true } : { done: false }
      },
      timeoutMs: target.timeoutMs,
      ...AGENTCORE_POLL,
      ...deps,
    })
    return endpoint as GetAgentRuntimeEndpointResponse
  } catch (error) {
    if (error instanceof PollFailedError)
      throw new OperationError('promote endpoint', `${target.endpointName} to version ${target.version}`, error.reason)
    throw error
  }
}

/** Waits until no operation runs on the endpoint (after a ConflictException, or before changing it). */
export async function waitForEndpointSettled(
  control: BedrockAgentCoreControlClient,
  target: { runtimeId: string; runtimeName: string; endpointName: string; timeoutMs: number },
  deps: WaitDeps,
): Promise<GetAgentRuntimeEndpointResponse | undefined> {
  return pollUntil({
    what: `endpoint ${target.endpointName} of ${target.runtimeName} to finish its current operation`,
    read: () => readForWait(control, target.runtimeId, target.endpointName),
    state: endpointState,
    verdict: (e) => (e && !isInProgressStatus(e.status) ? { done: true } : { done: false }),
    timeoutMs: target.timeoutMs,
    ...AGENTCORE_POLL,
    ...deps,
  })
}
