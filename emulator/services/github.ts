/**
 * The GitHub REST API endpoints the suite uses, under `/github` (so `GITHUB_API_URL=http://127.0.0.1:PORT/github`),
 * as octokit (`@actions/github`) calls them: issue comments (list with `Link` paging, get, create, update, delete)
 * and deployments (create, list, get, create/list statuses). Token rules: see `github/tokens.ts`. A comment body
 * over 65,536 characters is refused with GitHub's 422. Errors have GitHub's shape
 * `{message, documentation_url, status}`.
 *
 * Admin: `POST /_emulator/github/tokens {"token": "...", "permission": "read" | "write"}` registers a token.
 */
import type { ServiceHost } from '../host.js'
import type { EmulatorRequest, EmulatorResponse, Service } from '../types.js'
import { githubPage } from '../github/pagination.js'
import { DEPLOYMENT_STATES, MAX_COMMENT_CHARACTERS, RepositoryStore } from '../github/repository-store.js'
import { BOT_USER, TokenBook, type TokenPermission } from '../github/tokens.js'

const DOCS = 'https://docs.github.com/rest'
const HTML_URL = 'https://github.com'
const REPO = '/repos/([^/]+)/([^/]+)'

const ROUTES: [method: string, pattern: RegExp, operation: string, write: boolean][] = [
  ['GET', new RegExp(`^${REPO}/issues/(\\d+)/comments$`), 'ListIssueComments', false],
  ['POST', new RegExp(`^${REPO}/issues/(\\d+)/comments$`), 'CreateIssueComment', true],
  ['GET', new RegExp(`^${REPO}/issues/comments/(\\d+)$`), 'GetIssueComment', false],
  ['PATCH', new RegExp(`^${REPO}/issues/comments/(\\d+)$`), 'UpdateIssueComment', true],
  ['DELETE', new RegExp(`^${REPO}/issues/comments/(\\d+)$`), 'DeleteIssueComment', true],
  ['GET', new RegExp(`^${REPO}/deployments$`), 'ListDeployments', false],
  ['POST', new RegExp(`^${REPO}/deployments$`), 'CreateDeployment', true],
  ['GET', new RegExp(`^${REPO}/deployments/(\\d+)$`), 'GetDeployment', false],
  ['GET', new RegExp(`^${REPO}/deployments/(\\d+)/statuses$`), 'ListDeploymentStatuses', false],
  ['POST', new RegExp(`^${REPO}/deployments/(\\d+)/statuses$`), 'CreateDeploymentStatus', true],
]

type Answer = EmulatorResponse

/** The GitHub REST endpoints; options `githubTokens` seed the token book. */
export function createGithubService(host: ServiceHost): Service {
  const store = new RepositoryStore()
  const tokens = new TokenBook((host.options.githubTokens as Record<string, TokenPermission> | undefined) ?? {})
  const apiUrl = () => `${host.baseUrl()}/github`

  const match = (req: EmulatorRequest) => {
    const path = req.path.replace(/^\/github/, '').replace(/\/$/, '')
    for (const [method, pattern, operation, write] of ROUTES) {
      const found = method === req.method ? pattern.exec(path) : null
      if (found) return { operation, write, labels: found.slice(1), path }
    }
    return undefined
  }

  async function handle(req: EmulatorRequest, op: string): Promise<Answer> {
    if (op.startsWith('Admin:')) return admin(req, op)
    const route = match(req)
    if (!route) return error(404, 'Not Found')
    const refusal = tokens.check(req.headers, route.write)
    if (refusal) return error(refusal.status, refusal.message)
    const [owner, name, id] = route.labels
    const repo = `${owner}/${name}`
    let body: Record<string, any> = {}
    if (req.method === 'POST' || req.method === 'PATCH') {
      try {
        body = req.body.length ? (JSON.parse(req.body.toString('utf8')) as Record<string, any>) : {}
      } catch {
        return error(400, 'Problems parsing JSON')
      }
    }
    const url = `${apiUrl()}${route.path}`

    switch (route.operation) {
      case 'ListIssueComments': {
        const { items, link } = githubPage(store.comments(repo, Number(id)), req.query, url)
        return ok(200, items, link)
      }
      case 'GetIssueComment': {
        const comment = store.comment(repo, Number(id))
        return comment ? ok(200, comment) : error(404, 'Not Found')
      }
      case 'CreateIssueComment':
      case 'UpdateIssueComment': {
        const invalid = checkCommentBody(body.body, route.operation)
        if (invalid) return invalid
        const comment =
          route.operation === 'CreateIssueComment'
            ? store.createComment(repo, Number(id), body.body, { ...BOT_USER }, apiUrl(), HTML_URL)
            : store.updateComment(repo, Number(id), body.body)
        if (!comment) return error(404, 'Not Found')
        return ok(route.operation === 'CreateIssueComment' ? 201 : 200, comment)
      }
      case 'DeleteIssueComment':
        return store.deleteComment(repo, Number(id)) ? { status: 204 } : error(404, 'Not Found')
      case 'ListDeployments': {
        const filter = Object.fromEntries(
          ['environment', 'ref', 'sha', 'task'].flatMap((k) => (req.query.has(k) ? [[k, req.query.get(k)]] : [])),
        )
        const { items, link } = githubPage(store.deployments(repo, filter), req.query, url)
        return ok(200, items, link)
      }
      case 'GetDeployment': {
        const deployment = store.deployment(repo, Number(id))
        return deployment ? ok(200, deployment) : error(404, 'Not Found')
      }
      case 'CreateDeployment': {
        if (typeof body.ref !== 'string' || body.ref === '')
          return validationFailed('Deployment', 'ref', 'missing_field', '"ref" wasn\'t supplied.')
        const environment = typeof body.environment === 'string' ? body.environment : 'production'
        const deployment = store.createDeployment(
          repo,
          {
            // A ref that looks like a commit is its own sha; branch names resolve to a stable made-up sha.
            sha: /^[0-9a-f]{40}$/.test(body.ref) ? body.ref : fakeSha(`${repo}@${body.ref}`),
            ref: body.ref,
            task: typeof body.task === 'string' ? body.task : 'deploy',
            payload: body.payload ?? {},
            original_environment: environment,
            environment,
            description: typeof body.description === 'string' ? body.description : null,
            creator: { ...BOT_USER },
            transient_environment: body.transient_environment === true,
            production_environment: body.production_environment ?? environment === 'production',
          },
          apiUrl(),
        )
        return ok(201, deployment)
      }
      case 'ListDeploymentStatuses': {
        if (!store.deployment(repo, Number(id))) return error(404, 'Not Found')
        const { items, link } = githubPage(store.statuses(repo, Number(id)), req.query, url)
        return ok(200, items, link)
      }
      case 'CreateDeploymentStatus': {
        const deployment = store.deployment(repo, Number(id))
        if (!deployment) return error(404, 'Not Found')
        if (!DEPLOYMENT_STATES.includes(body.state))
          return validationFailed(
            'DeploymentStatus',
            'state',
            'invalid',
            `state is not included in the list: ${DEPLOYMENT_STATES.join(', ')}`,
          )
        const status = store.createStatus(
          repo,
          deployment,
          {
            state: body.state,
            description: typeof body.description === 'string' ? body.description : '',
            environment_url: typeof body.environment_url === 'string' ? body.environment_url : '',
            log_url: typeof body.log_url === 'string' ? body.log_url : (body.target_url ?? ''),
            environment: typeof body.environment === 'string' ? body.environment : undefined,
          },
          body.auto_inactive !== false,
          apiUrl(),
        )
        return ok(201, status)
      }
    }
    return error(404, 'Not Found')
  }

  function admin(req: EmulatorRequest, op: string): Answer {
    if (op === 'Admin:POST tokens') {
      const body = JSON.parse(req.body.toString('utf8') || '{}') as { token?: unknown; permission?: unknown }
      if (typeof body.token !== 'string' || (body.permission !== 'read' && body.permission !== 'write'))
        return ok(400, { message: 'send {"token": "...", "permission": "read" | "write"}' })
      tokens.register(body.token, body.permission)
      return ok(200, tokens.snapshot())
    }
    return ok(404, { message: `no admin route ${op.slice('Admin:'.length)}` })
  }

  return {
    name: 'github',
    operation: (req) => match(req)?.operation ?? 'Unknown',
    handle,
    reset: () => {
      store.reset()
      tokens.reset()
    },
    snapshot: () => ({ repositories: store.snapshot(), tokens: tokens.snapshot() }),
  }
}

function ok(status: number, body: unknown, link?: string): Answer {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...(link ? { link } : {}) },
    body: JSON.stringify(body),
  }
}

function error(status: number, message: string): Answer {
  return ok(status, { message, documentation_url: DOCS, status: String(status) })
}

function validationFailed(resource: string, field: string, code: string, message: string): Answer {
  return ok(422, {
    message: 'Validation Failed',
    errors: [{ resource, code, field, message }],
    documentation_url: DOCS,
    status: '422',
  })
}

/** GitHub's answers to a missing or too long comment body. */
function checkCommentBody(body: unknown, operation: string): Answer | undefined {
  const docs = `${DOCS}/issues/comments#${operation === 'CreateIssueComment' ? 'create' : 'update'}-an-issue-comment`
  if (typeof body !== 'string')
    return ok(422, { message: 'Invalid request.\n\n"body" wasn\'t supplied.', documentation_url: docs, status: '422' })
  // GitHub counts characters (code points), not UTF-16 units.
  if ([...body].length > MAX_COMMENT_CHARACTERS)
    return ok(422, {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: `Body is too long (maximum is ${MAX_COMMENT_CHARACTERS} characters)`,
        },
      ],
      documentation_url: docs,
      status: '422',
    })
  return undefined
}

function fakeSha(text: string): string {
  let hex = ''
  for (let seed = 0; hex.length < 40; seed++) {
    let h = 2166136261 ^ seed
    for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619)
    hex += (h >>> 0).toString(16).padStart(8, '0')
  }
  return hex.slice(0, 40)
}
