/** Real SDK clients pointed at an emulator, and a small wait helper, for the AgentCore conformance tests. */
import {
  BedrockAgentCoreControlClient,
  GetAgentRuntimeCommand,
  GetAgentRuntimeEndpointCommand,
} from '@aws-sdk/client-bedrock-agentcore-control'
import { BedrockAgentCoreClient } from '@aws-sdk/client-bedrock-agentcore'
import type { Emulator } from '../../../emulator/index.js'

export const ACCOUNT = '111111111111'
export const REGION = 'us-west-2'
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/agent-execution`
export const IMAGE = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/support-bot:v1`

/** Config for a real SDK client: the emulator's endpoint (tests may set it; production code never does). */
export function clientConfig(emulator: Emulator, account = ACCOUNT) {
  return {
    endpoint: emulator.awsEndpointUrl,
    region: REGION,
    credentials: { accessKeyId: `AKIA${account}`, secretAccessKey: 'secret' },
    maxAttempts: 1,
  }
}

export function controlClient(emulator: Emulator, account = ACCOUNT): BedrockAgentCoreControlClient {
  return new BedrockAgentCoreControlClient(clientConfig(emulator, account))
}

export function dataClient(emulator: Emulator, account = ACCOUNT): BedrockAgentCoreClient {
  return new BedrockAgentCoreClient(clientConfig(emulator, account))
}

/** Polls GetAgentRuntime until the status is not transitional; returns the last answer. */
export async function waitForRuntime(client: BedrockAgentCoreControlClient, agentRuntimeId: string) {
  for (let i = 0; i < 200; i++) {
    const runtime = await client.send(new GetAgentRuntimeCommand({ agentRuntimeId }))
    if (!['CREATING', 'UPDATING', 'DELETING'].includes(runtime.status ?? '')) return runtime
    await new Promise((r) => setTimeout(r, 10))
  }
  throw new Error(`runtime ${agentRuntimeId} never settled`)
}

/** Polls GetAgentRuntimeEndpoint until the status is not transitional. */
export async function waitForEndpoint(
  client: BedrockAgentCoreControlClient,
  agentRuntimeId: string,
  endpointName: string,
) {
  for (let i = 0; i < 200; i++) {
    const endpoint = await client.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId, endpointName }))
    if (!['CREATING', 'UPDATING', 'DELETING'].includes(endpoint.status ?? '')) return endpoint
    await new Promise((r) => setTimeout(r, 10))
  }
  throw new Error(`endpoint ${endpointName} of ${agentRuntimeId} never settled`)
}
