/**
 * Finding a runtime by its name. AgentCore has no get-by-name: every path uses the runtime ID
 * (`name-XXXXXXXXXX`), so the only way from a config's name to a runtime is to list and match.
 */
import {
  ListAgentRuntimesCommand,
  type AgentRuntime,
  type BedrockAgentCoreControlClient,
} from '@aws-sdk/client-bedrock-agentcore-control'
import { attempt } from '../errors/index.js'

/** The summary ListAgentRuntimes gives for a runtime: ID, ARN, latest version, status. */
export type RuntimeSummary = AgentRuntime

/**
 * Lists runtimes page by page (100 per page, the maximum) and returns the one named `name`, or `undefined`.
 * Stops at the first match, so a small account costs one call.
 */
export async function findRuntimeByName(
  control: BedrockAgentCoreControlClient,
  name: string,
): Promise<RuntimeSummary | undefined> {
  let nextToken: string | undefined
  do {
    const page = await attempt('list AgentCore runtimes', name, () =>
      control.send(new ListAgentRuntimesCommand({ maxResults: 100, nextToken })),
    )
    const found = page.agentRuntimes?.find((r) => r.agentRuntimeName === name)
    if (found) return found
    nextToken = page.nextToken
  } while (nextToken)
  return undefined
}

/** Every runtime in the region (drift-check's "unmanaged runtimes"), all pages. */
export async function listRuntimes(control: BedrockAgentCoreControlClient): Promise<RuntimeSummary[]> {
  const runtimes: RuntimeSummary[] = []
  let nextToken: string | undefined
  do {
    const page = await attempt('list AgentCore runtimes', 'all', () =>
      control.send(new ListAgentRuntimesCommand({ maxResults: 100, nextToken })),
    )
    runtimes.push(...(page.agentRuntimes ?? []))
    nextToken = page.nextToken
  } while (nextToken)
  return runtimes
}
