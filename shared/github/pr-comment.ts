/**
 * The sticky PR comment: one comment per key (config file and set of environments), found again by a hidden
 * marker and edited in place, so reruns and pushes never stack comments, and matrix jobs over different
 * environments each keep their own. Without permission to comment (a fork's read-only token) the caller gets a
 * `skipped` outcome to turn into a warning: the job summary still has the report.
 *
 * `@actions/github` reads `GITHUB_API_URL` and the event when first imported, so it is imported lazily, only when a
 * comment is really written (and tests point it at a local GitHub API through `GITHUB_API_URL`).
 */

/** The few GitHub calls the upsert makes (an `@actions/github` Octokit satisfies it). */
export interface IssueCommentsApi {
  listComments(params: {
    owner: string
    repo: string
    issue_number: number
    per_page: number
    page: number
  }): Promise<{ data: { id: number; body?: string | null; html_url?: string }[] }>
  createComment(params: {
    owner: string
    repo: string
    issue_number: number
    body: string
  }): Promise<{ data: { id: number; html_url?: string } }>
  updateComment(params: {
    owner: string
    repo: string
    comment_id: number
    body: string
  }): Promise<{ data: { id: number; html_url?: string } }>
}

/** Where the comment goes. */
export interface CommentTarget {
  /** `owner/name` */
  repository: string
  /** Pull request (or issue) number. */
  number: number
}

/** What happened. */
export type CommentOutcome =
  { status: 'created' | 'updated'; id: number; url?: string } | { status: 'skipped'; reason: string }

/** The hidden marker of drift-check's comment: one per config file and (sorted) set of environments. */
export function driftCommentMarker(configPath: string, environments: string[]): string {
  const clean = (s: string) => s.replace(/--/g, '-').replace(/[<>\s]/g, '_')
  return `<!-- agentcore-actions:drift config=${clean(configPath)} environments=${[...environments].sort().map(clean).join(',')} -->`
}

/** An Octokit for `token`, against `GITHUB_API_URL` (loaded on first use). */
export async function githubIssueComments(token: string): Promise<IssueCommentsApi> {
  const { getOctokit } = await import('@actions/github')
  return getOctokit(token).rest.issues
}

/** HTTP statuses that mean "not allowed to comment here" (forks, read-only tokens, no PR access). */
function isPermissionDenied(error: unknown): boolean {
  const status = (error as { status?: number }).status
  return status === 401 || status === 403 || status === 404
}

/**
 * Creates the comment carrying `marker`, or edits the first one found (all pages are searched, a PR can have
 * hundreds of comments). `body` must contain the marker. Permission failures resolve as `skipped`; anything else
 * rejects.
 */
export async function upsertComment(
  target: CommentTarget,
  marker: string,
  body: string,
  api: IssueCommentsApi,
): Promise<CommentOutcome> {
  if (!body.includes(marker)) throw new Error('the comment body must contain its marker')
  const [owner, repo] = target.repository.split('/')
  try {
    let existing: { id: number } | undefined
    for (let page = 1; !existing; page++) {
      const { data } = await api.listComments({ owner, repo, issue_number: target.number, per_page: 100, page })
      existing = data.find((c) => c.body?.includes(marker))
      if (data.length < 100) break
    }
    if (existing) {
      const { data } = await api.updateComment({ owner, repo, comment_id: existing.id, body })
      return { status: 'updated', id: data.id, ...(data.html_url ? { url: data.html_url } : {}) }
    }
    const { data } = await api.createComment({ owner, repo, issue_number: target.number, body })
    return { status: 'created', id: data.id, ...(data.html_url ? { url: data.html_url } : {}) }
  } catch (error) {
    if (isPermissionDenied(error)) {
      const status = (error as { status?: number }).status
      return {
        status: 'skipped',
        reason: `GitHub refused the comment on ${target.repository}#${target.number} (HTTP ${status}: ${(error as Error).message}). A pull request from a fork gets a read-only token; give the job 'pull-requests: write' for comments. The report is in the job summary.`,
      }
    }
    throw error
  }
}
