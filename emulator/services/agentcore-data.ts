/**
 * Amazon Bedrock AgentCore data plane: InvokeAgentRuntime (and StopRuntimeSession), as the real
 * @aws-sdk/client-bedrock-agentcore client sends them (AGENTCORE_FACTS.md §7). An invocation names the runtime by
 * ARN and the endpoint by `qualifier` (DEFAULT when absent); it is forwarded to a real agent process running the
 * version that endpoint serves (`agentcore/agent-processes.ts`), and the agent's answer streams back unchanged
 * (JSON, `text/event-stream`, MCP JSON-RPC).
 *
 * Readings chosen (stricter where AWS does not say; also in emulator/README.md):
 * - The endpoint ARN instead of the runtime ARN → ResourceNotFoundException (the real trap, §8).
 * - Another account's runtime → AccessDeniedException (no resource policy is emulated).
 * - An endpoint with no live version yet (CREATING) → RetryableConflictException (409, retryable);
 *   one that failed to create → ResourceNotFoundException.
 * - An agent answering 4xx/5xx, or dropping the connection → RuntimeClientError (424)
 *   "Received error (<status>) from runtime. Please check your CloudWatch logs for more information."
 * - JWT runtimes (customJWTAuthorizer): SigV4 calls are refused; bearer calls need a JWT whose `aud` / `client_id`
 *   match the allow-lists and that has not expired. The signature is NOT verified (there is no IdP here).
 * - Only the contract headers and the version's `requestHeaderAllowlist` reach the agent.
 */
import { request, type IncomingMessage } from 'node:http'
import type { ServiceHost } from '../host.js'
import { json, jsonError, ServiceError } from '../protocols/json.js'
import type { EmulatorRequest, EmulatorResponse, Service } from '../types.js'
import { AgentProcesses, type RunningAgent } from '../agentcore/agent-processes.js'
import { DEFAULT_ENDPOINT, type AgentRuntime, type RuntimeVersion } from '../agentcore/runtime-store.js'
import type { AgentcoreControlService } from './agentcore-control.js'

/** The data-plane service, with its agent processes exposed for tests. */
export interface AgentcoreDataService extends Service {
  readonly agents: AgentProcesses
}

const SESSION_HEADER = 'x-amzn-bedrock-agentcore-runtime-session-id'
/** Headers of the invocation contract that always reach the agent. */
const CONTRACT_HEADERS = [
  'content-type',
  'accept',
  SESSION_HEADER,
  'x-amzn-bedrock-agentcore-runtime-user-id',
  'mcp-session-id',
  'mcp-protocol-version',
  'mcp-method',
  'mcp-name',
  'x-amzn-trace-id',
  'traceparent',
  'tracestate',
  'baggage',
]
/** Headers of the agent's answer passed back to the caller. */
const ANSWER_HEADERS = ['content-type', 'mcp-session-id', 'mcp-protocol-version', 'cache-control']
const PATHS: Record<string, string> = { HTTP: '/invocations', AGUI: '/invocations', MCP: '/mcp', A2A: '/' }
const MAX_PAYLOAD_BYTES = 100 * 1024 * 1024

/** The data plane; invocations go to the agent processes in `agents`. */
export function createAgentcoreDataService(host: ServiceHost): AgentcoreDataService {
  const agents = new AgentProcesses(host.options)
  let subscribed = false
  const control = () => {
    const service = host.service<AgentcoreControlService>('bedrock-agentcore-control')
    if (!subscribed) {
      // Deleting a runtime or a version stops the agents that served it.
      service.store.onRemoval((runtimeId, version) => agents.stopRuntime(runtimeId, version))
      subscribed = true
    }
    return service.store
  }

  const operation = (req: EmulatorRequest) => {
    if (/^\/runtimes\/[^/]+\/invocations\/?$/.test(req.path)) return 'InvokeAgentRuntime'
    if (/^\/runtimes\/[^/]+\/stopruntimesession\/?$/.test(req.path)) return 'StopRuntimeSession'
    return 'Unknown'
  }

  /** The runtime, endpoint and version an invocation targets, after every check AWS makes first. */
  function resolve(req: EmulatorRequest): { runtime: AgentRuntime; version: RuntimeVersion; qualifier: string } {
    const label = decodeURIComponent(req.path.split('/')[2] ?? '')
    let account: string
    let region: string
    let runtimeId: string
    const arn = /^arn:aws:bedrock-agentcore:([a-z0-9-]+):(\d{12}):runtime\/([^/]+)(\/runtime-endpoint\/.+)?$/.exec(
      label,
    )
    if (arn) {
      if (arn[4]) throw noEndpoint(label, req.query.get('qualifier') ?? DEFAULT_ENDPOINT)
      ;[, region, account, runtimeId] = arn
    } else {
      const accountId = req.query.get('accountId')
      if (!accountId || !/^\d{12}$/.test(accountId))
        throw validation('accountId', 'accountId (12 digits) is required when agentRuntimeArn is a runtime id')
      ;[account, region, runtimeId] = [accountId, req.region, label]
    }
    // Unsigned (bearer-token) calls act for the runtime's owner; signed ones for the credentials' account.
    if (req.accessKeyId !== undefined && account !== req.account)
      throw new ServiceError(
        'AccessDeniedException',
        403,
        `User in account ${req.account} is not authorized to perform: bedrock-agentcore:InvokeAgentRuntime on resource: ${label}`,
      )
    const qualifier = req.query.get('qualifier') ?? DEFAULT_ENDPOINT
    const runtime = control().find({ account, region }, runtimeId)
    if (!runtime || (req.accessKeyId !== undefined && region !== req.region) || runtime.status === 'DELETING')
      throw noEndpoint(label, qualifier)
    const endpoint = runtime.endpoints.get(qualifier)
    if (!endpoint || endpoint.status === 'DELETING') throw noEndpoint(label, qualifier)
    if (endpoint.liveVersion === undefined) {
      if (endpoint.status === 'CREATING')
        throw new ServiceError(
          'RetryableConflictException',
          409,
          `Endpoint '${qualifier}' of '${runtime.id}' is still CREATING; retry when it is READY`,
        )
      throw noEndpoint(label, qualifier)
    }
    const version = runtime.versions.get(endpoint.liveVersion)
    if (!version) throw noEndpoint(label, qualifier)
    return { runtime, version, qualifier }
  }

  async function invoke(req: EmulatorRequest): Promise<EmulatorResponse> {
    const { runtime, version } = resolve(req)
    const config = version.configuration
    checkAuthorization(req, config.authorizerConfiguration)
    const sessionHeader = req.headers[SESSION_HEADER]
    const sessionId = typeof sessionHeader === 'string' ? sessionHeader : crypto.randomUUID()
    if (sessionId.length < 33 || sessionId.length > 256)
      throw validation('runtimeSessionId', 'runtimeSessionId must be between 33 and 256 characters')
    if (req.body.length === 0) throw validation('payload', 'payload must not be empty')
    if (req.body.length > MAX_PAYLOAD_BYTES) throw validation('payload', 'payload must be at most 100 MB')

    const protocol = config.protocolConfiguration?.serverProtocol ?? 'HTTP'
    const agent = await agents.ensure({
      runtimeId: runtime.id,
      runtimeName: runtime.name,
      runtimeArn: runtime.arn,
      region: runtime.region,
      version: version.version,
      containerUri: config.agentRuntimeArtifact.containerConfiguration?.containerUri,
      protocol,
      environment: { ...(config.environmentVariables ?? {}) },
    })
    const allowed = new Set([
      ...CONTRACT_HEADERS,
      ...(config.requestHeaderConfiguration?.requestHeaderAllowlist ?? []).map((h) => h.toLowerCase()),
    ])
    const headers: Record<string, string> = { [SESSION_HEADER]: sessionId, 'content-length': String(req.body.length) }
    for (const [name, value] of Object.entries(req.headers))
      if (allowed.has(name) && typeof value === 'string' && name !== SESSION_HEADER) headers[name] = value
    if (config.authorizerConfiguration && typeof req.headers.authorization === 'string')
      headers.authorization = req.headers.authorization

    const answer = await forward(agent, PATHS[protocol] ?? '/invocations', headers, req.body).catch(() => {
      agents.discard(agent)
      throw runtimeError('the connection to the runtime failed')
    })
    const status = answer.statusCode ?? 502
    if (status >= 400) {
      answer.resume()
      throw runtimeError(`Received error (${status}) from runtime`)
    }
    const responseHeaders: Record<string, string> = { [SESSION_HEADER]: sessionId }
    for (const name of ANSWER_HEADERS) {
      const value = answer.headers[name]
      if (typeof value === 'string') responseHeaders[name] = value
    }
    // contentType is a required member of the SDK's output.
    responseHeaders['content-type'] ??= 'application/octet-stream'
    for (const name of ['x-amzn-trace-id', 'traceparent', 'tracestate', 'baggage']) {
      const value = req.headers[name]
      if (typeof value === 'string') responseHeaders[name] = value
    }
    return { status, headers: responseHeaders, body: answer }
  }

  async function handle(req: EmulatorRequest, op: string): Promise<EmulatorResponse> {
    try {
      if (op === 'InvokeAgentRuntime') return await invoke(req)
      if (op === 'StopRuntimeSession') {
        resolve(req)
        const sessionId = req.headers[SESSION_HEADER]
        if (typeof sessionId !== 'string' || sessionId.length < 33)
          throw validation('runtimeSessionId', 'runtimeSessionId must be between 33 and 256 characters')
        return json(200, {}, { [SESSION_HEADER]: sessionId })
      }
      if (op.startsWith('Admin:')) return admin(req, op)
      return jsonError({ type: 'UnknownOperationException', status: 404, message: `${req.method} ${req.path}` })
    } catch (error) {
      if (error instanceof ServiceError) return jsonError(error.toFault(), error.extra)
      throw error
    }
  }

  /**
   * `POST /_emulator/bedrock-agentcore/agents {"match": "<containerUri | image | repository | runtime name>",
   * "script": "/abs/path.mjs"}` picks the program a runtime's processes run; `GET` lists them and the processes.
   */
  function admin(req: EmulatorRequest, op: string): EmulatorResponse {
    if (op === 'Admin:POST agents') {
      const body = JSON.parse(req.body.toString('utf8') || '{}') as { match?: unknown; script?: unknown }
      if (typeof body.match !== 'string' || typeof body.script !== 'string')
        return json(400, { message: 'send {"match": "<image, repository or runtime name>", "script": "<path>"}' })
      agents.register(body.match, body.script)
      return json(200, agents.snapshot())
    }
    if (op === 'Admin:GET agents') return json(200, agents.snapshot())
    return json(404, { message: `no admin route ${op.slice('Admin:'.length)}` })
  }

  return {
    name: 'bedrock-agentcore',
    agents,
    operation,
    handle,
    reset: () => agents.reset(),
    snapshot: () => agents.snapshot(),
    stop: () => agents.stopAll(),
  }
}

function forward(
  agent: RunningAgent,
  path: string,
  headers: Record<string, string>,
  body: Buffer,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: agent.port, path, method: 'POST', headers }, resolve)
    req.on('error', reject)
    req.end(body)
  })
}

/** The JWT rules of a customJWTAuthorizer runtime, and SigV4 for the others. */
function checkAuthorization(req: EmulatorRequest, authorizer: Record<string, any> | undefined): void {
  const mismatch = () =>
    new ServiceError(
      'AccessDeniedException',
      403,
      'Authorization method mismatch. The agent is configured for a different authorization method than what was used in your request.',
    )
  const jwt = authorizer?.customJWTAuthorizer as
    { allowedAudience?: string[]; allowedClients?: string[]; allowedScopes?: string[] } | undefined
  if (!jwt) {
    if (req.accessKeyId === undefined) throw mismatch()
    return
  }
  const bearer = /^Bearer (.+)$/i.exec(String(req.headers.authorization ?? ''))
  if (req.accessKeyId !== undefined || !bearer) throw mismatch()
  const claims = decodeJwt(bearer[1])
  const denied = (why: string) => new ServiceError('AccessDeniedException', 403, `Invalid bearer token: ${why}`)
  if (!claims) throw denied('not a JWT')
  if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) throw denied('the token has expired')
  const audiences = ([] as unknown[]).concat(claims.aud ?? [])
  if (jwt.allowedAudience?.length && !audiences.some((a) => jwt.allowedAudience?.includes(String(a))))
    throw denied('the audience is not allowed')
  const clientId = String(claims.client_id ?? claims.azp ?? '')
  if (jwt.allowedClients?.length && !jwt.allowedClients.includes(clientId)) throw denied('the client is not allowed')
}

function decodeJwt(token: string): Record<string, any> | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  try {
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as unknown
    return claims && typeof claims === 'object' ? (claims as Record<string, any>) : undefined
  } catch {
    return undefined
  }
}

function noEndpoint(label: string, qualifier: string): ServiceError {
  return new ServiceError(
    'ResourceNotFoundException',
    404,
    `No endpoint or agent found with qualifier '${qualifier}' for agent '${label}'`,
  )
}

function runtimeError(what: string): ServiceError {
  return new ServiceError('RuntimeClientError', 424, `${what}. Please check your CloudWatch logs for more information.`)
}

function validation(field: string, message: string): ServiceError {
  return new ServiceError('ValidationException', 400, message, {
    reason: 'FieldValidationFailed',
    fieldList: [{ name: field, message }],
  })
}
