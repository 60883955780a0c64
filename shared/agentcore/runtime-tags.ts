/**
 * Tags on a runtime. UpdateAgentRuntime does not take tags and GetAgentRuntime does not return them, so tags go
 * through ListTagsForResource / TagResource. Only missing or different tags are written: an unchanged runtime
 * costs one read. Tags this suite did not set are never removed (they may belong to someone else).
 */
import {
  ListTagsForResourceCommand,
  TagResourceCommand,
  type BedrockAgentCoreControlClient,
} from '@aws-sdk/client-bedrock-agentcore-control'
import { attempt } from '../errors/index.js'

/** Tag keys this suite sets on what it manages. */
export const MANAGED_BY_TAG = 'managed-by'
export const MANAGED_BY_VALUE = 'agentcore-actions'
export const CONFIG_TAG = 'agentcore-actions:config'
export const ENVIRONMENT_TAG = 'agentcore-actions:environment'

/** AgentCore's tag value alphabet; anything else is replaced so a path with odd characters cannot fail a deploy. */
function tagValue(value: string): string {
  return value.replace(/[^a-zA-Z0-9\s._:/=+@-]/g, '_').slice(0, 256)
}

/** The tags a managed runtime carries: the config's tags plus managed-by, config path and environment. */
export function managedRuntimeTags(options: {
  configPath: string
  environment: string
  tags?: Record<string, string>
}): Record<string, string> {
  return {
    ...Object.fromEntries(Object.entries(options.tags ?? {}).map(([k, v]) => [k, tagValue(v)])),
    [MANAGED_BY_TAG]: MANAGED_BY_VALUE,
    [CONFIG_TAG]: tagValue(options.configPath),
    [ENVIRONMENT_TAG]: tagValue(options.environment),
  }
}

/**
 * Makes the runtime carry `wanted` (other tags untouched). Returns the keys it wrote (empty when all were there);
 * in dry-run it only reports them.
 */
export async function syncRuntimeTags(
  control: BedrockAgentCoreControlClient,
  runtimeArn: string,
  wanted: Record<string, string>,
  options: { dryRun?: boolean } = {},
): Promise<string[]> {
  const current = await attempt('read tags of runtime', runtimeArn, () =>
    control.send(new ListTagsForResourceCommand({ resourceArn: runtimeArn })),
  )
  const missing = Object.fromEntries(Object.entries(wanted).filter(([k, v]) => current.tags?.[k] !== v))
  const keys = Object.keys(missing).sort()
  if (keys.length && !options.dryRun) {
    await attempt('tag runtime', runtimeArn, () =>
      control.send(new TagResourceCommand({ resourceArn: runtimeArn, tags: missing })),
    )
  }
  return keys
}
