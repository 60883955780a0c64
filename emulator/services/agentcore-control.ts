/**
 * Amazon Bedrock AgentCore control plane (restJson1), as the real SDK client speaks it: runtimes, versions,
 * endpoints and tags (AGENTCORE_FACTS.md §2–§6). Requests are parsed and validated here; the state and rules live
 * in `agentcore/runtime-store.ts`.
 *
 * Readings chosen where AWS does not document the behaviour (stricter one each time; also in emulator/README.md):
 * - UpdateAgentRuntime replaces the whole configuration: optional fields left out are cleared, not carried over.
 * - `networkConfiguration` defaults to `{networkMode: PUBLIC}`; `lifecycleConfiguration` to 900/28800 seconds.
 * - Update/Delete of a runtime that is CREATING, UPDATING or DELETING → ConflictException.
 * - An endpoint can only be created on, or moved to, a READY version (else ConflictException); created without
 *   a version it pins to the latest version at that moment; DEFAULT cannot be updated (ValidationException).
 * - A repeated request with the same `clientToken` and the same parameters answers what the first one answered;
 *   the same token with other parameters → ValidationException (reason IdempotentParameterMismatchException).
 * - Lists page 10 items by default (maxResults 1–100); versions are listed newest first.
 * - Path ids are validated against the real patterns (a malformed runtime id → ValidationException).
 */
import type { ServiceHost } from '../host.js'
import { json, jsonError, parseJsonBody, ServiceError } from '../protocols/json.js'
import type { EmulatorRequest, EmulatorResponse, Service } from '../types.js'
import { page } from '../agentcore/paging.js'
import {
  DEFAULT_LIFECYCLE,
  RuntimeStore,
  type AgentRuntime,
  type CallerScope,
  type RuntimeConfiguration,
  type RuntimeEndpoint,
  type RuntimeVersion,
} from '../agentcore/runtime-store.js'
import {
  checkRuntimeConfiguration,
  checkTags,
  CLIENT_TOKEN_PATTERN,
  FieldChecker,
  NAME_PATTERN,
  RUNTIME_ID_PATTERN,
  VERSION_PATTERN,
} from '../agentcore/validation.js'

/** The control-plane service, with its store exposed for the data plane and for tests. */
export interface AgentcoreControlService extends Service {
  readonly store: RuntimeStore
}

const ROUTES: [method: string, pattern: RegExp, operation: string][] = [
  ['PUT', /^\/runtimes\/?$/, 'CreateAgentRuntime'],
  ['POST', /^\/runtimes\/?$/, 'ListAgentRuntimes'],
  ['GET', /^\/runtimes\/([^/]+)\/?$/, 'GetAgentRuntime'],
  ['PUT', /^\/runtimes\/([^/]+)\/?$/, 'UpdateAgentRuntime'],
  ['DELETE', /^\/runtimes\/([^/]+)\/?$/, 'DeleteAgentRuntime'],
  ['POST', /^\/runtimes\/([^/]+)\/versions\/?$/, 'ListAgentRuntimeVersions'],
  ['PUT', /^\/runtimes\/([^/]+)\/runtime-endpoints\/?$/, 'CreateAgentRuntimeEndpoint'],
  ['POST', /^\/runtimes\/([^/]+)\/runtime-endpoints\/?$/, 'ListAgentRuntimeEndpoints'],
  ['GET', /^\/runtimes\/([^/]+)\/runtime-endpoints\/([^/]+)\/?$/, 'GetAgentRuntimeEndpoint'],
  ['PUT', /^\/runtimes\/([^/]+)\/runtime-endpoints\/([^/]+)\/?$/, 'UpdateAgentRuntimeEndpoint'],
  ['DELETE', /^\/runtimes\/([^/]+)\/runtime-endpoints\/([^/]+)\/?$/, 'DeleteAgentRuntimeEndpoint'],
  ['POST', /^\/tags\/(.+)$/, 'TagResource'],
  ['DELETE', /^\/tags\/(.+)$/, 'UntagResource'],
  ['GET', /^\/tags\/(.+)$/, 'ListTagsForResource'],
]

/** Operations whose answers are replayed for a repeated clientToken. */
const IDEMPOTENT = new Set([
  'CreateAgentRuntime',
  'UpdateAgentRuntime',
  'DeleteAgentRuntime',
  'CreateAgentRuntimeEndpoint',
  'UpdateAgentRuntimeEndpoint',
  'DeleteAgentRuntimeEndpoint',
])

/** The control plane; its `store` is shared with the data plane. */
export function createAgentcoreControlService(host: ServiceHost): AgentcoreControlService {
  const store = new RuntimeStore(host)
  const tokens = new Map<string, { fingerprint: string; response: EmulatorResponse }>()

  const operation = (req: EmulatorRequest) => match(req)?.operation ?? 'Unknown'

  async function handle(req: EmulatorRequest, op: string): Promise<EmulatorResponse> {
    const routed = match(req)
    if (!routed)
      return jsonError({ type: 'UnknownOperationException', status: 404, message: `${req.method} ${req.path}` })
    const scope: CallerScope = { account: req.account, region: req.region }
    try {
      const body = req.method === 'PUT' || op === 'TagResource' ? parseJsonBody(req.body) : {}
      const token = IDEMPOTENT.has(op) ? clientToken(req, body) : undefined
      const tokenKey = token && `${scope.account}/${scope.region}/${op}/${token}`
      const fingerprint = `${req.path} ${canonical({ ...body, clientToken: undefined })} ${versionQuery(req) ?? ''}`
      if (tokenKey) {
        const seen = tokens.get(tokenKey)
        if (seen && seen.fingerprint === fingerprint) return seen.response
        if (seen)
          throw new ServiceError(
            'ValidationException',
            400,
            `The client token '${token}' was already used with different request parameters`,
            { reason: 'IdempotentParameterMismatchException' },
          )
      }
      const response = dispatch(op, routed.labels, body, req, scope)
      if (tokenKey && response.status < 300) tokens.set(tokenKey, { fingerprint, response })
      return response
    } catch (error) {
      if (error instanceof ServiceError) return jsonError(error.toFault(), error.extra)
      throw error
    }
  }

  function dispatch(
    op: string,
    labels: string[],
    body: Record<string, any>,
    req: EmulatorRequest,
    scope: CallerScope,
  ): EmulatorResponse {
    switch (op) {
      case 'CreateAgentRuntime': {
        const check = new FieldChecker()
        if (check.required('agentRuntimeName', body.agentRuntimeName))
          check.string('agentRuntimeName', body.agentRuntimeName, 1, 48, NAME_PATTERN)
        checkRuntimeConfiguration(check, body, 'create')
        checkTags(check, 'tags', body.tags)
        check.throwIfAny()
        const runtime = store.createRuntime(scope, body.agentRuntimeName, configurationOf(body))
        if (body.tags) store.tag(scope, runtime.arn, body.tags)
        return json(202, {
          agentRuntimeArn: runtime.arn,
          agentRuntimeId: runtime.id,
          agentRuntimeVersion: '1',
          createdAt: runtime.createdAt,
          status: runtime.status,
          workloadIdentityDetails: { workloadIdentityArn: runtime.workloadIdentityArn },
        })
      }
      case 'UpdateAgentRuntime': {
        const runtimeId = runtimeIdLabel(labels[0])
        const check = new FieldChecker()
        checkRuntimeConfiguration(check, body, 'update')
        check.throwIfAny()
        const version = store.updateRuntime(scope, runtimeId, configurationOf(body))
        const runtime = store.get(scope, runtimeId)
        return json(202, {
          agentRuntimeArn: runtime.arn,
          agentRuntimeId: runtime.id,
          agentRuntimeVersion: version.version,
          createdAt: runtime.createdAt,
          lastUpdatedAt: runtime.lastUpdatedAt,
          status: runtime.status,
          workloadIdentityDetails: { workloadIdentityArn: runtime.workloadIdentityArn },
        })
      }
      case 'GetAgentRuntime': {
        const runtime = store.get(scope, runtimeIdLabel(labels[0]))
        const requested = versionQuery(req)
        const version = requested === undefined ? store.latest(runtime) : store.version(runtime, requested)
        return json(200, renderRuntime(runtime, version, requested === undefined))
      }
      case 'ListAgentRuntimes': {
        const runtimes = store.list(scope)
        const { items, nextToken } = page(runtimes, req.query, `runtimes/${scope.account}/${scope.region}`)
        return json(200, { agentRuntimes: items.map((r) => summary(r, store.latest(r), true)), nextToken })
      }
      case 'ListAgentRuntimeVersions': {
        const runtime = store.get(scope, runtimeIdLabel(labels[0]))
        const versions = [...runtime.versions.values()].sort((a, b) => Number(b.version) - Number(a.version))
        const { items, nextToken } = page(versions, req.query, `versions/${runtime.arn}`)
        return json(200, {
          agentRuntimes: items.map((v) => summary(runtime, v, Number(v.version) === runtime.latestVersion)),
          nextToken,
        })
      }
      case 'DeleteAgentRuntime': {
        const runtimeId = runtimeIdLabel(labels[0])
        const version = versionQuery(req)
        const runtime = store.deleteRuntime(scope, runtimeId, version)
        return json(202, {
          status: version === undefined ? runtime.status : 'DELETING',
          agentRuntimeId: runtime.id,
          ...(version === undefined ? {} : { agentRuntimeVersion: version }),
        })
      }
      case 'CreateAgentRuntimeEndpoint': {
        const runtimeId = runtimeIdLabel(labels[0])
        const check = new FieldChecker()
        if (check.required('name', body.name)) check.string('name', body.name, 1, 48, NAME_PATTERN)
        check.string('agentRuntimeVersion', body.agentRuntimeVersion, 1, 5, VERSION_PATTERN)
        check.string('description', body.description, 1, 256)
        check.string('clientToken', body.clientToken, 33, 256, CLIENT_TOKEN_PATTERN)
        checkTags(check, 'tags', body.tags)
        check.throwIfAny()
        const endpoint = store.createEndpoint(scope, runtimeId, body.name, body.agentRuntimeVersion, body.description)
        const runtime = store.get(scope, runtimeId)
        if (body.tags) store.tag(scope, endpoint.arn, body.tags)
        return json(202, {
          targetVersion: endpoint.targetVersion,
          agentRuntimeEndpointArn: endpoint.arn,
          agentRuntimeArn: runtime.arn,
          agentRuntimeId: runtime.id,
          endpointName: endpoint.name,
          status: endpoint.status,
          createdAt: endpoint.createdAt,
        })
      }
      case 'UpdateAgentRuntimeEndpoint': {
        const runtimeId = runtimeIdLabel(labels[0])
        const name = endpointLabel(labels[1])
        const check = new FieldChecker()
        check.string('agentRuntimeVersion', body.agentRuntimeVersion, 1, 5, VERSION_PATTERN)
        check.string('description', body.description, 1, 256)
        check.string('clientToken', body.clientToken, 33, 256, CLIENT_TOKEN_PATTERN)
        check.throwIfAny()
        const endpoint = store.updateEndpoint(scope, runtimeId, name, body.agentRuntimeVersion, body.description)
        const runtime = store.get(scope, runtimeId)
        return json(202, {
          liveVersion: endpoint.liveVersion,
          targetVersion: endpoint.targetVersion,
          agentRuntimeEndpointArn: endpoint.arn,
          agentRuntimeArn: runtime.arn,
          status: endpoint.status,
          createdAt: endpoint.createdAt,
          lastUpdatedAt: endpoint.lastUpdatedAt,
        })
      }
      case 'GetAgentRuntimeEndpoint': {
        const runtime = store.get(scope, runtimeIdLabel(labels[0]))
        const endpoint = store.endpoint(runtime, endpointLabel(labels[1]))
        return json(200, { ...renderEndpoint(runtime, endpoint), failureReason: endpoint.failureReason })
      }
      case 'ListAgentRuntimeEndpoints': {
        const runtime = store.get(scope, runtimeIdLabel(labels[0]))
        const endpoints = [...runtime.endpoints.values()]
        const { items, nextToken } = page(endpoints, req.query, `endpoints/${runtime.arn}`)
        return json(200, { runtimeEndpoints: items.map((e) => renderEndpoint(runtime, e)), nextToken })
      }
      case 'DeleteAgentRuntimeEndpoint': {
        const runtimeId = runtimeIdLabel(labels[0])
        const endpoint = store.deleteEndpoint(scope, runtimeId, endpointLabel(labels[1]))
        return json(202, { status: endpoint.status, agentRuntimeId: runtimeId, endpointName: endpoint.name })
      }
      case 'TagResource': {
        const check = new FieldChecker()
        if (check.required('tags', body.tags)) checkTags(check, 'tags', body.tags)
        check.throwIfAny()
        store.tag(scope, decodeURIComponent(labels[0]), body.tags)
        return { status: 204 }
      }
      case 'UntagResource': {
        const keys = req.query.getAll('tagKeys')
        const check = new FieldChecker()
        if (keys.length === 0) check.add('tagKeys', null, 'Member must not be null')
        keys.forEach((k, i) => check.string(`tagKeys.${i + 1}`, k, 1, 128))
        check.throwIfAny()
        store.untag(scope, decodeURIComponent(labels[0]), keys)
        return { status: 204 }
      }
      case 'ListTagsForResource':
        return json(200, { tags: store.tagsOf(scope, decodeURIComponent(labels[0])) })
    }
    throw new ServiceError('UnknownOperationException', 404, `${op} is not emulated`)
  }

  const snapshot = () => ({
    runtimes: store.all().map((r) => ({
      account: r.account,
      region: r.region,
      id: r.id,
      name: r.name,
      arn: r.arn,
      status: r.status,
      failureReason: r.failureReason,
      latestVersion: String(r.latestVersion),
      versions: [...r.versions.values()].map((v) => ({ ...v })),
      endpoints: [...r.endpoints.values()].map((e) => ({ ...e })),
      tags: store.tagsOf(r, r.arn),
    })),
  })

  return {
    name: 'bedrock-agentcore-control',
    store,
    operation,
    handle,
    reset: () => {
      store.reset()
      tokens.clear()
    },
    snapshot,
    stop: async () => store.cancelTimers(),
  }
}

function match(req: EmulatorRequest): { operation: string; labels: string[] } | undefined {
  for (const [method, pattern, operation] of ROUTES) {
    if (method !== req.method) continue
    const found = pattern.exec(req.path)
    if (found) return { operation, labels: found.slice(1) }
  }
  return undefined
}

/** The full configuration of a version, from a Create/Update body, defaults filled in. */
function configurationOf(body: Record<string, any>): RuntimeConfiguration {
  const config: RuntimeConfiguration = {
    agentRuntimeArtifact: body.agentRuntimeArtifact,
    roleArn: body.roleArn,
    networkConfiguration: body.networkConfiguration ?? { networkMode: 'PUBLIC' },
    lifecycleConfiguration: { ...DEFAULT_LIFECYCLE, ...(body.lifecycleConfiguration ?? {}) },
  }
  for (const field of [
    'description',
    'protocolConfiguration',
    'environmentVariables',
    'authorizerConfiguration',
    'requestHeaderConfiguration',
    'metadataConfiguration',
    'filesystemConfigurations',
    'capacityProviderConfiguration',
    'platformVersion',
  ] as const) {
    if (body[field] !== undefined && body[field] !== null) (config as any)[field] = body[field]
  }
  return config
}

function renderRuntime(runtime: AgentRuntime, version: RuntimeVersion, latest: boolean): Record<string, unknown> {
  const status = latest || runtime.status === 'DELETING' ? runtime.status : version.status
  const failureReason = latest ? runtime.failureReason : version.failureReason
  return {
    agentRuntimeArn: runtime.arn,
    agentRuntimeName: runtime.name,
    agentRuntimeId: runtime.id,
    agentRuntimeVersion: version.version,
    createdAt: runtime.createdAt,
    lastUpdatedAt: latest ? runtime.lastUpdatedAt : version.lastUpdatedAt,
    status,
    ...(failureReason ? { failureReason } : {}),
    workloadIdentityDetails: { workloadIdentityArn: runtime.workloadIdentityArn },
    ...structuredClone(version.configuration),
  }
}

function summary(runtime: AgentRuntime, version: RuntimeVersion, latest: boolean): Record<string, unknown> {
  return {
    agentRuntimeArn: runtime.arn,
    agentRuntimeId: runtime.id,
    agentRuntimeVersion: version.version,
    agentRuntimeName: runtime.name,
    description: version.configuration.description,
    lastUpdatedAt: latest ? runtime.lastUpdatedAt : version.lastUpdatedAt,
    status: latest || runtime.status === 'DELETING' ? runtime.status : version.status,
  }
}

function renderEndpoint(runtime: AgentRuntime, endpoint: RuntimeEndpoint): Record<string, unknown> {
  return {
    name: endpoint.name,
    id: endpoint.id,
    liveVersion: endpoint.liveVersion,
    targetVersion: endpoint.targetVersion,
    agentRuntimeEndpointArn: endpoint.arn,
    agentRuntimeArn: runtime.arn,
    description: endpoint.description,
    status: endpoint.status,
    createdAt: endpoint.createdAt,
    lastUpdatedAt: endpoint.lastUpdatedAt,
  }
}

function runtimeIdLabel(raw: string): string {
  const id = decodeURIComponent(raw)
  const check = new FieldChecker()
  check.string('agentRuntimeId', id, 1, 111, RUNTIME_ID_PATTERN)
  check.throwIfAny()
  return id
}

function endpointLabel(raw: string): string {
  const name = decodeURIComponent(raw)
  const check = new FieldChecker()
  check.string('endpointName', name, 1, 48, NAME_PATTERN)
  check.throwIfAny()
  return name
}

function versionQuery(req: EmulatorRequest): string | undefined {
  const version = req.query.get('version')
  if (version === null) return undefined
  const check = new FieldChecker()
  check.string('agentRuntimeVersion', version, 1, 5, VERSION_PATTERN)
  check.throwIfAny()
  return version
}

function clientToken(req: EmulatorRequest, body: Record<string, any>): string | undefined {
  const token = (body.clientToken as string | undefined) ?? req.query.get('clientToken') ?? undefined
  if (token === undefined) return undefined
  const check = new FieldChecker()
  check.string('clientToken', token, 33, 256, CLIENT_TOKEN_PATTERN)
  check.throwIfAny()
  return token
}

/** JSON with sorted keys, so that two equal bodies compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  )
}
