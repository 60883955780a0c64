/**
 * Where a smoke test goes: the runtime (found by name: AgentCore has no get-by-name) and the endpoint, read once
 * before invoking so that a missing runtime or endpoint is one clear message instead of a 404 from the data plane,
 * and so the summary can say which version served the answer.
 */
import {
  GetAgentRuntimeEndpointCommand,
  type BedrockAgentCoreControlClient,
} from '@aws-sdk/client-bedrock-agentcore-control'
import { findRuntimeByName } from '../agentcore/runtime-lookup.js'
import { ConfigError, OperationError } from '../errors/index.js'

/** The resolved target. */
export interface InvocationTarget {
  runtimeName: string
  runtimeId: string
  runtimeArn: string
  endpoint: string
  endpointStatus: string
  /** The version the endpoint serves. */
  liveVersion?: string
  targetVersion?: string
}

/** Resolves runtime and endpoint; a missing one is a {@link ConfigError} that says what to run first. */
export async function resolveInvocationTarget(
  params: { runtimeName: string; endpoint: string; environment: string },
  control: BedrockAgentCoreControlClient,
): Promise<InvocationTarget> {
  const runtime = await findRuntimeByName(control, params.runtimeName)
  if (!runtime?.agentRuntimeId || !runtime.agentRuntimeArn)
    throw new ConfigError(
      `Runtime '${params.runtimeName}' does not exist in environment '${params.environment}'; deploy it first (deploy-runtime).`,
    )
  const resource = `${params.runtimeName}/${params.endpoint}`
  let endpoint
  try {
    endpoint = await control.send(
      new GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtime.agentRuntimeId, endpointName: params.endpoint }),
    )
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException')
      throw new ConfigError(
        `Endpoint '${params.endpoint}' does not exist on runtime '${params.runtimeName}' in environment '${params.environment}'; create it first (promote-endpoint).`,
      )
    throw new OperationError('read endpoint', resource, error)
  }
  return {
    runtimeName: params.runtimeName,
    runtimeId: runtime.agentRuntimeId,
    runtimeArn: runtime.agentRuntimeArn,
    endpoint: params.endpoint,
    endpointStatus: endpoint.status ?? 'UNKNOWN',
    ...(endpoint.liveVersion ? { liveVersion: endpoint.liveVersion } : {}),
    ...(endpoint.targetVersion ? { targetVersion: endpoint.targetVersion } : {}),
  }
}
