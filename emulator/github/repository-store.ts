/**
 * The GitHub state the suite touches: issue (and pull request) comments and deployments with their statuses,
 * per repository. Objects carry the fields GitHub returns and octokit users read (`id`, `body`, `user`,
 * `html_url`, timestamps, ...). Any repository and issue number exists: the emulator does not model repositories.
 */

/** GitHub's comment body limit, as its error message states it (characters). */
export const MAX_COMMENT_CHARACTERS = 65536

/** The deployment status states GitHub accepts. */
export const DEPLOYMENT_STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success']

export interface IssueComment {
  id: number
  node_id: string
  url: string
  html_url: string
  issue_url: string
  body: string
  user: { login: string; id: number; type: string }
  created_at: string
  updated_at: string
  author_association: string
}

export interface Deployment {
  id: number
  node_id: string
  url: string
  statuses_url: string
  repository_url: string
  sha: string
  ref: string
  task: string
  payload: unknown
  original_environment: string
  environment: string
  description: string | null
  creator: { login: string; id: number; type: string }
  created_at: string
  updated_at: string
  transient_environment: boolean
  production_environment: boolean
}

export interface DeploymentStatus {
  id: number
  node_id: string
  url: string
  deployment_url: string
  state: string
  description: string
  environment: string
  environment_url: string
  log_url: string
  target_url: string
  creator: { login: string; id: number; type: string }
  created_at: string
  updated_at: string
}

interface Repository {
  comments: Map<number, IssueComment & { issue: number }>
  deployments: Map<number, Deployment>
  statuses: Map<number, DeploymentStatus[]>
}

/** GitHub timestamps have second precision. */
const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')

/** Every repository's comments and deployments. */
export class RepositoryStore {
  private readonly repositories = new Map<string, Repository>()
  private nextId = 1000

  reset(): void {
    this.repositories.clear()
    this.nextId = 1000
  }

  /** The comments of an issue, oldest first. */
  comments(repo: string, issue: number): IssueComment[] {
    return [...this.repository(repo).comments.values()]
      .filter((c) => c.issue === issue)
      .sort((a, b) => a.id - b.id)
      .map(publicComment)
  }

  comment(repo: string, id: number): IssueComment | undefined {
    const found = this.repository(repo).comments.get(id)
    return found && publicComment(found)
  }

  createComment(
    repo: string,
    issue: number,
    body: string,
    user: IssueComment['user'],
    apiUrl: string,
    htmlUrl: string,
  ): IssueComment {
    const id = this.nextId++
    const time = now()
    const comment = {
      id,
      node_id: `IC_${Buffer.from(`comment:${id}`).toString('base64url')}`,
      url: `${apiUrl}/repos/${repo}/issues/comments/${id}`,
      html_url: `${htmlUrl}/${repo}/issues/${issue}#issuecomment-${id}`,
      issue_url: `${apiUrl}/repos/${repo}/issues/${issue}`,
      body,
      user,
      created_at: time,
      updated_at: time,
      author_association: 'NONE',
      issue,
    }
    this.repository(repo).comments.set(id, comment)
    return publicComment(comment)
  }

  updateComment(repo: string, id: number, body: string): IssueComment | undefined {
    const comment = this.repository(repo).comments.get(id)
    if (!comment) return undefined
    comment.body = body
    comment.updated_at = now()
    return publicComment(comment)
  }

  deleteComment(repo: string, id: number): boolean {
    return this.repository(repo).comments.delete(id)
  }

  /** Deployments, newest first (as GitHub lists them), filtered like GitHub's query parameters. */
  deployments(repo: string, filter: { environment?: string; ref?: string; sha?: string; task?: string }): Deployment[] {
    return [...this.repository(repo).deployments.values()]
      .filter(
        (d) =>
          (filter.environment === undefined || d.environment === filter.environment) &&
          (filter.ref === undefined || d.ref === filter.ref) &&
          (filter.sha === undefined || d.sha === filter.sha) &&
          (filter.task === undefined || d.task === filter.task),
      )
      .sort((a, b) => b.id - a.id)
  }

  deployment(repo: string, id: number): Deployment | undefined {
    return this.repository(repo).deployments.get(id)
  }

  createDeployment(
    repo: string,
    input: Omit<Deployment, 'id' | 'node_id' | 'url' | 'statuses_url' | 'repository_url' | 'created_at' | 'updated_at'>,
    apiUrl: string,
  ): Deployment {
    const id = this.nextId++
    const time = now()
    const url = `${apiUrl}/repos/${repo}/deployments/${id}`
    const deployment: Deployment = {
      id,
      node_id: `DE_${Buffer.from(`deployment:${id}`).toString('base64url')}`,
      url,
      statuses_url: `${url}/statuses`,
      repository_url: `${apiUrl}/repos/${repo}`,
      ...input,
      created_at: time,
      updated_at: time,
    }
    this.repository(repo).deployments.set(id, deployment)
    this.repository(repo).statuses.set(id, [])
    return deployment
  }

  /** Statuses of a deployment, newest first. */
  statuses(repo: string, deploymentId: number): DeploymentStatus[] {
    return [...(this.repository(repo).statuses.get(deploymentId) ?? [])].reverse()
  }

  /**
   * Adds a status. With `autoInactive` (GitHub's default), a `success` marks the earlier successful deployments of
   * the same environment `inactive`, as GitHub does.
   */
  createStatus(
    repo: string,
    deployment: Deployment,
    input: Pick<DeploymentStatus, 'state' | 'description' | 'environment_url' | 'log_url'> & { environment?: string },
    autoInactive: boolean,
    apiUrl: string,
  ): DeploymentStatus {
    if (input.environment) deployment.environment = input.environment
    const status = this.addStatus(repo, deployment, input, apiUrl)
    if (input.state === 'success' && autoInactive) {
      for (const other of this.repository(repo).deployments.values()) {
        if (other.id === deployment.id || other.environment !== deployment.environment) continue
        const latest = this.statuses(repo, other.id)[0]
        if (latest?.state === 'success')
          this.addStatus(repo, other, { state: 'inactive', description: '', environment_url: '', log_url: '' }, apiUrl)
      }
    }
    return status
  }

  snapshot(): unknown {
    return Object.fromEntries(
      [...this.repositories].map(([name, r]) => [
        name,
        {
          comments: [...r.comments.values()].map(publicComment),
          deployments: [...r.deployments.values()].map((d) => ({ ...d, statuses: this.statuses(name, d.id) })),
        },
      ]),
    )
  }

  private addStatus(
    repo: string,
    deployment: Deployment,
    input: Pick<DeploymentStatus, 'state' | 'description' | 'environment_url' | 'log_url'>,
    apiUrl: string,
  ): DeploymentStatus {
    const id = this.nextId++
    const time = now()
    const status: DeploymentStatus = {
      id,
      node_id: `DES_${Buffer.from(`status:${id}`).toString('base64url')}`,
      url: `${apiUrl}/repos/${repo}/deployments/${deployment.id}/statuses/${id}`,
      deployment_url: deployment.url,
      state: input.state,
      description: input.description,
      environment: deployment.environment,
      environment_url: input.environment_url,
      log_url: input.log_url,
      target_url: input.log_url,
      creator: deployment.creator,
      created_at: time,
      updated_at: time,
    }
    this.repository(repo).statuses.get(deployment.id)?.push(status)
    deployment.updated_at = time
    return status
  }

  private repository(name: string): Repository {
    const key = name.toLowerCase()
    let repository = this.repositories.get(key)
    if (!repository) {
      repository = { comments: new Map(), deployments: new Map(), statuses: new Map() }
      this.repositories.set(key, repository)
    }
    return repository
  }
}

function publicComment(comment: IssueComment & { issue?: number }): IssueComment {
  const { issue: _issue, ...rest } = comment
  return { ...rest, user: { ...rest.user } }
}
