/**
 * The stamp deploy-runtime writes into every version's description: which commit, which workflow run and which
 * image digest made it. ListAgentRuntimeVersions returns descriptions, so promote-endpoint and a rollback workflow
 * can show each version's commit without any store of their own.
 *
 * Format: the config's own description (if any), a newline, then one line
 *
 *     agentcore-actions: commit=<sha> run=<url> image=<sha256:digest>
 *
 * (keys in that order, each optional, values without spaces). The stamp changes on every run, so "did the
 * configuration change" compares only the part before it ({@link splitDescription}).
 */

/** What a version was made from. */
export interface VersionStamp {
  commit?: string
  runUrl?: string
  imageDigest?: string
}

const STAMP_PREFIX = 'agentcore-actions:'
/** AgentCore's limit for a runtime description. */
export const MAX_RUNTIME_DESCRIPTION = 4096

/** Renders the stamp line (`agentcore-actions: commit=... run=... image=...`). */
export function formatVersionStamp(stamp: VersionStamp): string {
  const parts = [
    ['commit', stamp.commit],
    ['run', stamp.runUrl],
    ['image', stamp.imageDigest],
  ]
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${String(value).replace(/\s+/g, '')}`)
  return [STAMP_PREFIX, ...parts].join(' ')
}

/**
 * The description to send: the config's description and the stamp on its own last line, within AgentCore's 4096
 * characters (the config's part is cut, never the stamp, which tools parse).
 */
export function stampDescription(configDescription: string | undefined, stamp: VersionStamp): string {
  const line = formatVersionStamp(stamp)
  if (!configDescription) return line
  const room = MAX_RUNTIME_DESCRIPTION - line.length - 1
  return `${configDescription.slice(0, Math.max(0, room))}\n${line}`
}

/** Splits a live description into the config's part and the parsed stamp (either may be absent). */
export function splitDescription(description: string | undefined): { text?: string; stamp?: VersionStamp } {
  if (!description) return {}
  const lines = description.split('\n')
  const last = lines[lines.length - 1]
  if (!last.startsWith(STAMP_PREFIX)) return { text: description }
  const stamp: VersionStamp = {}
  for (const token of last.slice(STAMP_PREFIX.length).trim().split(/\s+/)) {
    const eq = token.indexOf('=')
    if (eq <= 0) continue
    const [key, value] = [token.slice(0, eq), token.slice(eq + 1)]
    if (key === 'commit') stamp.commit = value
    else if (key === 'run') stamp.runUrl = value
    else if (key === 'image') stamp.imageDigest = value
  }
  const text = lines.slice(0, -1).join('\n')
  return { text: text === '' ? undefined : text, stamp }
}

/** The commit a version was deployed from, shortened for humans (`0123456`), or `undefined`. */
export function shortCommit(commit: string | undefined): string | undefined {
  return commit ? commit.slice(0, 7) : undefined
}
