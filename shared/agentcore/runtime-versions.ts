/**
 * A runtime's versions with what made them: ListAgentRuntimeVersions returns each version's description, where
 * deploy-runtime stamped the commit, run URL and image digest ({@link splitDescription}). Used to resolve
 * `latest`, to refuse versions that do not exist or are not READY, and to show commits in rollback summaries.
 */
import {
  ListAgentRuntimeVersionsCommand,
  type BedrockAgentCoreControlClient,
} from '@aws-sdk/client-bedrock-agentcore-control'
import { attempt } from '../errors/index.js'
import { splitDescription, type VersionStamp } from './version-stamp.js'

/** One version of a runtime. */
export interface RuntimeVersion {
  /** `"3"` */
  version: string
  status: string
  lastUpdatedAt?: Date
  /** The config's description part (stamp removed). */
  description?: string
  /** Commit, run URL and image digest from the stamp, when deploy-runtime made the version. */
  stamp: VersionStamp
}

/** Every version of a runtime (all pages), newest first (by version number). */
export async function listRuntimeVersions(
  control: BedrockAgentCoreControlClient,
  runtimeId: string,
): Promise<RuntimeVersion[]> {
  const versions: RuntimeVersion[] = []
  let nextToken: string | undefined
  do {
    const page = await attempt('list versions of runtime', runtimeId, () =>
      control.send(new ListAgentRuntimeVersionsCommand({ agentRuntimeId: runtimeId, maxResults: 100, nextToken })),
    )
    for (const item of page.agentRuntimes ?? []) {
      if (!item.agentRuntimeVersion) continue
      const { text, stamp } = splitDescription(item.description)
      versions.push({
        version: item.agentRuntimeVersion,
        status: item.status ?? 'UNKNOWN',
        lastUpdatedAt: item.lastUpdatedAt,
        description: text,
        stamp: stamp ?? {},
      })
    }
    nextToken = page.nextToken
  } while (nextToken)
  return versions.sort((a, b) => Number(b.version) - Number(a.version))
}

/** The newest READY version, or `undefined`. */
export function latestReadyVersion(versions: RuntimeVersion[]): RuntimeVersion | undefined {
  return versions.find((v) => v.status === 'READY')
}

/** `3 (READY, commit 0123456)` lines for the most recent versions, for messages that list what exists. */
export function describeRecentVersions(versions: RuntimeVersion[], count = 10): string {
  if (versions.length === 0) return 'the runtime has no versions'
  const shown = versions.slice(0, count).map((v) => {
    const commit = v.stamp.commit ? `, commit ${v.stamp.commit.slice(0, 7)}` : ''
    return `${v.version} (${v.status}${commit})`
  })
  const more = versions.length > count ? `, and ${versions.length - count} older` : ''
  return `recent versions: ${shown.join(', ')}${more}`
}
