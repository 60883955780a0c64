/**
 * Where a run comes from (commit, workflow run URL, repository), read from the variables the runner sets. Used
 * to stamp versions, tag resources and link summaries. Pure: takes the environment as a record.
 */

/** The run's identity. Fields are undefined outside a runner. */
export interface RunContext {
  repository?: string
  sha?: string
  ref?: string
  runId?: string
  runAttempt?: string
  /** `https://github.com/<repo>/actions/runs/<id>` (GHES servers honoured). */
  runUrl?: string
  serverUrl: string
  apiUrl: string
  eventName?: string
  eventPath?: string
  workspace?: string
  actor?: string
}

/** Reads the run context from environment variables. */
export function readRunContext(env: Record<string, string | undefined> = process.env): RunContext {
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com'
  const repository = env.GITHUB_REPOSITORY || undefined
  const runId = env.GITHUB_RUN_ID || undefined
  return {
    repository,
    sha: env.GITHUB_SHA || undefined,
    ref: env.GITHUB_REF || undefined,
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT || undefined,
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
    serverUrl,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    eventName: env.GITHUB_EVENT_NAME || undefined,
    eventPath: env.GITHUB_EVENT_PATH || undefined,
    workspace: env.GITHUB_WORKSPACE || undefined,
    actor: env.GITHUB_ACTOR || undefined,
  }
}
