/**
 * The AgentCore control plane's state and rules: runtimes, their immutable versions, endpoints, tags,
 * idempotency tokens and the timed CREATING/UPDATING/DELETING transitions. The HTTP layer
 * (`services/agentcore-control.ts`) parses requests and renders answers; everything the service decides lives here.
 *
 * Each runtime belongs to one account and region (those of the caller's credentials and signature), so two
 * accounts never see each other's runtimes. See emulator/README.md "## AgentCore" for the rules and the readings
 * chosen where AWS does not document the behaviour.
 */
import { randomBytes } from 'node:crypto'
import type { ServiceHost } from '../host.js'
import { ServiceError } from '../protocols/json.js'

/** Runtime and endpoint statuses (identical enums in the SDK). */
export type AgentCoreStatus =
  'CREATING' | 'CREATE_FAILED' | 'UPDATING' | 'UPDATE_FAILED' | 'READY' | 'DELETING' | 'DELETE_FAILED'

/** The full configuration of one version, as Get returns it (lifecycle defaults filled in). */
export interface RuntimeConfiguration {
  agentRuntimeArtifact: Record<string, any>
  roleArn: string
  networkConfiguration: Record<string, any>
  lifecycleConfiguration: { idleRuntimeSessionTimeout: number; maxLifetime: number }
  description?: string
  protocolConfiguration?: { serverProtocol: string }
  environmentVariables?: Record<string, string>
  authorizerConfiguration?: Record<string, any>
  requestHeaderConfiguration?: { requestHeaderAllowlist: string[] }
  metadataConfiguration?: Record<string, any>
  filesystemConfigurations?: Record<string, any>[]
  capacityProviderConfiguration?: Record<string, any>
  platformVersion?: string
}

/** One immutable version of a runtime. */
export interface RuntimeVersion {
  readonly version: string
  readonly configuration: Readonly<RuntimeConfiguration>
  status: AgentCoreStatus
  failureReason?: string
  readonly createdAt: string
  lastUpdatedAt: string
}

/** A runtime endpoint (DEFAULT or named). */
export interface RuntimeEndpoint {
  readonly name: string
  readonly id: string
  readonly arn: string
  description?: string
  status: AgentCoreStatus
  failureReason?: string
  liveVersion?: string
  targetVersion: string
  readonly createdAt: string
  lastUpdatedAt: string
}

/** A runtime with everything it owns. */
export interface AgentRuntime {
  readonly account: string
  readonly region: string
  readonly id: string
  readonly name: string
  readonly arn: string
  readonly workloadIdentityArn: string
  status: AgentCoreStatus
  failureReason?: string
  readonly createdAt: string
  lastUpdatedAt: string
  /** Version number → version; versions can be deleted individually, so numbers can have gaps. */
  readonly versions: Map<string, RuntimeVersion>
  /** The highest version ever minted (never reused, even after a version is deleted). */
  latestVersion: number
  readonly endpoints: Map<string, RuntimeEndpoint>
}

/** Who is calling: the account of the credentials and the region of the signature. */
export interface CallerScope {
  account: string
  region: string
}

/** Called when a runtime (all versions) or one version goes away, so agent processes can be stopped. */
export type RemovalListener = (runtimeId: string, version?: string) => void

export const DEFAULT_ENDPOINT = 'DEFAULT'
export const DEFAULT_LIFECYCLE = { idleRuntimeSessionTimeout: 900, maxLifetime: 28800 }
/** Named endpoints per runtime (DEFAULT excluded). */
export const MAX_NAMED_ENDPOINTS = 10
/** Versions a runtime can hold at once. */
export const MAX_VERSIONS = 1000
const SERVICE = 'bedrock-agentcore-control'
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

/** Ten random alphanumerics, the suffix of runtime ids. */
export function randomSuffix(length = 10): string {
  const bytes = randomBytes(length)
  return Array.from(bytes, (b) => ID_ALPHABET[b % ID_ALPHABET.length]).join('')
}

const now = () => new Date().toISOString()

const notFound = (message: string) => new ServiceError('ResourceNotFoundException', 404, message)
const conflict = (message: string) => new ServiceError('ConflictException', 409, message)

/** The control plane's state. */
export class RuntimeStore {
  private readonly runtimes = new Map<string, AgentRuntime>()
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly listeners: RemovalListener[] = []
  /** Resource ARN → tags (runtimes and endpoints); tags are never part of a version. */
  private readonly tags = new Map<string, Record<string, string>>()

  constructor(private readonly host: ServiceHost) {}

  /** Registers a listener for removed runtimes and versions. */
  onRemoval(listener: RemovalListener): void {
    this.listeners.push(listener)
  }

  /** Forgets everything and cancels pending transitions. */
  reset(): void {
    this.cancelTimers()
    this.runtimes.clear()
    this.tags.clear()
  }

  /** Cancels pending transitions (on stop). */
  cancelTimers(): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }

  /** All runtimes of a caller, oldest first. */
  list(scope: CallerScope): AgentRuntime[] {
    return [...this.runtimes.values()]
      .filter((r) => r.account === scope.account && r.region === scope.region)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  }

  /** Every runtime of every account, for the state snapshot. */
  all(): AgentRuntime[] {
    return [...this.runtimes.values()]
  }

  /** A runtime by id, or ResourceNotFoundException. */
  get(scope: CallerScope, runtimeId: string): AgentRuntime {
    const runtime = this.runtimes.get(key(scope, runtimeId))
    if (!runtime) throw notFound(`Agent runtime '${runtimeId}' not found`)
    return runtime
  }

  /** A runtime by id, or undefined. */
  find(scope: CallerScope, runtimeId: string): AgentRuntime | undefined {
    return this.runtimes.get(key(scope, runtimeId))
  }

  /** A version of a runtime, or ResourceNotFoundException. */
  version(runtime: AgentRuntime, version: string): RuntimeVersion {
    const found = runtime.versions.get(version)
    if (!found) throw notFound(`Version '${version}' of agent runtime '${runtime.id}' not found`)
    return found
  }

  /** The latest version (the one DEFAULT follows). */
  latest(runtime: AgentRuntime): RuntimeVersion {
    return runtime.versions.get(String(runtime.latestVersion)) as RuntimeVersion
  }

  /** An endpoint, or ResourceNotFoundException. */
  endpoint(runtime: AgentRuntime, name: string): RuntimeEndpoint {
    const found = runtime.endpoints.get(name)
    if (!found) throw notFound(`Endpoint '${name}' not found for agent runtime '${runtime.id}'`)
    return found
  }

  /** CreateAgentRuntime: version 1 and DEFAULT, both CREATING until the transition ends. */
  createRuntime(scope: CallerScope, name: string, configuration: RuntimeConfiguration): AgentRuntime {
    if (this.list(scope).some((r) => r.name === name))
      throw conflict(`An agent runtime with the name '${name}' already exists`)
    const id = `${name}-${randomSuffix()}`
    const arn = `arn:aws:bedrock-agentcore:${scope.region}:${scope.account}:runtime/${id}`
    const time = now()
    const runtime: AgentRuntime = {
      account: scope.account,
      region: scope.region,
      id,
      name,
      arn,
      workloadIdentityArn: `arn:aws:bedrock-agentcore:${scope.region}:${scope.account}:workload-identity-directory/default/workload-identity/${id}`,
      status: 'CREATING',
      createdAt: time,
      lastUpdatedAt: time,
      versions: new Map(),
      latestVersion: 1,
      endpoints: new Map(),
    }
    runtime.versions.set('1', newVersion('1', configuration, 'CREATING', time))
    runtime.endpoints.set(DEFAULT_ENDPOINT, this.newEndpoint(runtime, DEFAULT_ENDPOINT, '1', time))
    this.runtimes.set(key(scope, id), runtime)

    const failure = this.takeTransitionFault('CreateAgentRuntime', runtime)
    this.schedule(() => {
      const version = runtime.versions.get('1')
      const endpoint = runtime.endpoints.get(DEFAULT_ENDPOINT)
      const at = now()
      if (failure) {
        setStatus(runtime, 'CREATE_FAILED', at, failure)
        if (version) setStatus(version, 'CREATE_FAILED', at, failure)
        if (endpoint) setStatus(endpoint, 'CREATE_FAILED', at, failure)
        return
      }
      setStatus(runtime, 'READY', at)
      if (version) setStatus(version, 'READY', at)
      if (endpoint) {
        setStatus(endpoint, 'READY', at)
        endpoint.liveVersion = '1'
      }
    })
    return runtime
  }

  /** UpdateAgentRuntime: always mints a new version; DEFAULT moves to it once READY. */
  updateRuntime(scope: CallerScope, runtimeId: string, configuration: RuntimeConfiguration): RuntimeVersion {
    const runtime = this.get(scope, runtimeId)
    if (runtime.status === 'CREATING' || runtime.status === 'UPDATING' || runtime.status === 'DELETING')
      throw conflict(
        `Agent runtime '${runtimeId}' is ${runtime.status}; wait until it is READY (or failed) before updating it`,
      )
    if (runtime.versions.size >= MAX_VERSIONS)
      throw new ServiceError(
        'ServiceQuotaExceededException',
        402,
        `Agent runtime '${runtimeId}' has reached the limit of ${MAX_VERSIONS} versions; delete unused versions`,
      )
    const number = String(runtime.latestVersion + 1)
    const time = now()
    const version = newVersion(number, configuration, 'UPDATING', time)
    runtime.versions.set(number, version)
    runtime.latestVersion += 1
    setStatus(runtime, 'UPDATING', time)
    const endpoint = runtime.endpoints.get(DEFAULT_ENDPOINT)
    if (endpoint) {
      setStatus(endpoint, 'UPDATING', time)
      endpoint.targetVersion = number
    }

    const failure = this.takeTransitionFault('UpdateAgentRuntime', runtime)
    this.schedule(() => {
      const at = now()
      if (failure) {
        setStatus(runtime, 'UPDATE_FAILED', at, failure)
        setStatus(version, 'UPDATE_FAILED', at, failure)
        // DEFAULT keeps serving what it served before; it reports the failed roll to the new version.
        if (endpoint) setStatus(endpoint, endpoint.liveVersion ? 'UPDATE_FAILED' : 'CREATE_FAILED', at, failure)
        return
      }
      setStatus(runtime, 'READY', at)
      setStatus(version, 'READY', at)
      if (endpoint && endpoint.targetVersion === number) {
        setStatus(endpoint, 'READY', at)
        endpoint.liveVersion = number
      }
    })
    return version
  }

  /** DeleteAgentRuntime: one version, or the whole runtime with DEFAULT (named endpoints must be gone first). */
  deleteRuntime(scope: CallerScope, runtimeId: string, versionNumber?: string): AgentRuntime {
    const runtime = this.get(scope, runtimeId)
    if (runtime.status === 'CREATING' || runtime.status === 'UPDATING' || runtime.status === 'DELETING')
      throw conflict(`Agent runtime '${runtimeId}' is ${runtime.status}; it cannot be deleted now`)
    if (versionNumber !== undefined) {
      const version = this.version(runtime, versionNumber)
      if (Number(versionNumber) === runtime.latestVersion)
        throw conflict(`Version '${versionNumber}' is the latest version of '${runtimeId}' and serves DEFAULT`)
      const users = [...runtime.endpoints.values()].filter(
        (e) => e.liveVersion === versionNumber || e.targetVersion === versionNumber,
      )
      if (users.length > 0)
        throw conflict(
          `Version '${versionNumber}' is used by endpoint(s) ${users.map((e) => `'${e.name}'`).join(', ')}; move them first`,
        )
      if (version.status === 'DELETING') throw conflict(`Version '${versionNumber}' is already being deleted`)
      setStatus(version, 'DELETING', now())
      this.schedule(() => {
        runtime.versions.delete(versionNumber)
        this.notify(runtime.id, versionNumber)
      })
      return runtime
    }
    const named = [...runtime.endpoints.keys()].filter((n) => n !== DEFAULT_ENDPOINT)
    if (named.length > 0)
      throw conflict(`This agent has endpoints that must be deleted first: ${named.map((n) => `'${n}'`).join(', ')}`)
    const time = now()
    setStatus(runtime, 'DELETING', time)
    for (const endpoint of runtime.endpoints.values()) setStatus(endpoint, 'DELETING', time)
    const failure = this.takeTransitionFault('DeleteAgentRuntime', runtime)
    this.schedule(() => {
      if (failure) {
        const at = now()
        setStatus(runtime, 'DELETE_FAILED', at, failure)
        for (const endpoint of runtime.endpoints.values()) setStatus(endpoint, 'DELETE_FAILED', at, failure)
        return
      }
      this.runtimes.delete(key(runtime, runtime.id))
      for (const arn of [...this.tags.keys()])
        if (arn === runtime.arn || arn.startsWith(`${runtime.arn}/`)) this.tags.delete(arn)
      this.notify(runtime.id)
    })
    return runtime
  }

  /** CreateAgentRuntimeEndpoint: pins to the given version, or to the latest one at this moment. */
  createEndpoint(
    scope: CallerScope,
    runtimeId: string,
    name: string,
    versionNumber: string | undefined,
    description: string | undefined,
  ): RuntimeEndpoint {
    const runtime = this.get(scope, runtimeId)
    if (runtime.status === 'DELETING') throw conflict(`Agent runtime '${runtimeId}' is being deleted`)
    if (runtime.endpoints.has(name))
      throw conflict(`An endpoint with the name '${name}' already exists for agent runtime '${runtimeId}'`)
    const named = [...runtime.endpoints.keys()].filter((n) => n !== DEFAULT_ENDPOINT).length
    if (named >= MAX_NAMED_ENDPOINTS)
      throw new ServiceError(
        'ServiceQuotaExceededException',
        402,
        `Agent runtime '${runtimeId}' already has ${MAX_NAMED_ENDPOINTS} endpoints, the maximum (DEFAULT not counted)`,
      )
    const target = this.servableVersion(runtime, versionNumber)
    const time = now()
    const endpoint = this.newEndpoint(runtime, name, target, time)
    endpoint.description = description
    runtime.endpoints.set(name, endpoint)
    const failure = this.takeTransitionFault('CreateAgentRuntimeEndpoint', runtime, name)
    this.schedule(() => {
      const at = now()
      if (failure) return setStatus(endpoint, 'CREATE_FAILED', at, failure)
      setStatus(endpoint, 'READY', at)
      endpoint.liveVersion = target
    })
    return endpoint
  }

  /** UpdateAgentRuntimeEndpoint: rolls a named endpoint to another version; DEFAULT is service-managed. */
  updateEndpoint(
    scope: CallerScope,
    runtimeId: string,
    name: string,
    versionNumber: string | undefined,
    description: string | undefined,
  ): RuntimeEndpoint {
    const runtime = this.get(scope, runtimeId)
    const endpoint = this.endpoint(runtime, name)
    if (name === DEFAULT_ENDPOINT)
      throw new ServiceError(
        'ValidationException',
        400,
        'The DEFAULT endpoint always serves the latest version and cannot be updated; create a named endpoint',
        {
          reason: 'FieldValidationFailed',
          fieldList: [{ name: 'endpointName', message: 'DEFAULT cannot be updated' }],
        },
      )
    if (endpoint.status === 'CREATING' || endpoint.status === 'UPDATING' || endpoint.status === 'DELETING')
      throw conflict(`Endpoint '${name}' is ${endpoint.status}; wait until it is READY (or failed) before updating it`)
    const target = versionNumber === undefined ? (endpoint.liveVersion ?? endpoint.targetVersion) : versionNumber
    this.servableVersion(runtime, target)
    const time = now()
    setStatus(endpoint, 'UPDATING', time)
    endpoint.targetVersion = target
    if (description !== undefined) endpoint.description = description
    const failure = this.takeTransitionFault('UpdateAgentRuntimeEndpoint', runtime, name)
    this.schedule(() => {
      const at = now()
      if (failure) return setStatus(endpoint, 'UPDATE_FAILED', at, failure)
      setStatus(endpoint, 'READY', at)
      endpoint.liveVersion = target
    })
    return endpoint
  }

  /** DeleteAgentRuntimeEndpoint: DEFAULT goes only with its runtime. */
  deleteEndpoint(scope: CallerScope, runtimeId: string, name: string): RuntimeEndpoint {
    const runtime = this.get(scope, runtimeId)
    const endpoint = this.endpoint(runtime, name)
    if (name === DEFAULT_ENDPOINT) throw conflict('Default endpoints are removed when you delete the agent')
    if (endpoint.status === 'CREATING' || endpoint.status === 'UPDATING' || endpoint.status === 'DELETING')
      throw conflict(`Endpoint '${name}' is ${endpoint.status}; it cannot be deleted now`)
    setStatus(endpoint, 'DELETING', now())
    const failure = this.takeTransitionFault('DeleteAgentRuntimeEndpoint', runtime, name)
    this.schedule(() => {
      if (failure) return setStatus(endpoint, 'DELETE_FAILED', now(), failure)
      runtime.endpoints.delete(name)
      this.tags.delete(endpoint.arn)
    })
    return endpoint
  }

  /** The tags of a runtime or endpoint ARN the caller owns. */
  tagsOf(scope: CallerScope, arn: string): Record<string, string> {
    this.resolveArn(scope, arn)
    return { ...(this.tags.get(arn) ?? {}) }
  }

  /** Adds or overwrites tags; at most 50 per resource. */
  tag(scope: CallerScope, arn: string, tags: Record<string, string>): void {
    this.resolveArn(scope, arn)
    const merged = { ...(this.tags.get(arn) ?? {}), ...tags }
    if (Object.keys(merged).length > 50)
      throw new ServiceError('ServiceQuotaExceededException', 402, `Resource '${arn}' would have more than 50 tags`)
    this.tags.set(arn, merged)
  }

  /** Removes tag keys (absent keys are ignored). */
  untag(scope: CallerScope, arn: string, keys: string[]): void {
    this.resolveArn(scope, arn)
    const current = { ...(this.tags.get(arn) ?? {}) }
    for (const k of keys) delete current[k]
    this.tags.set(arn, current)
  }

  /**
   * The runtime (and endpoint) an ARN names. Another account's ARN is AccessDenied (no cross-account tagging);
   * a well-formed ARN of nothing is ResourceNotFound.
   */
  resolveArn(scope: CallerScope, arn: string): { runtime: AgentRuntime; endpoint?: RuntimeEndpoint } {
    const match =
      /^arn:aws:bedrock-agentcore:([a-z0-9-]+):(\d{12}):runtime\/([^/]+)(?:\/runtime-endpoint\/([^/]+))?$/.exec(arn)
    if (!match)
      throw new ServiceError('ValidationException', 400, `'${arn}' is not an AgentCore runtime or endpoint ARN`, {
        reason: 'FieldValidationFailed',
        fieldList: [{ name: 'resourceArn', message: 'Not an AgentCore runtime or endpoint ARN' }],
      })
    const [, region, account, runtimeId, endpointName] = match
    if (account !== scope.account)
      throw new ServiceError(
        'AccessDeniedException',
        403,
        `Account ${scope.account} is not authorized to access '${arn}' (it belongs to account ${account})`,
      )
    const runtime = this.find({ account, region }, runtimeId)
    if (!runtime || region !== scope.region) throw notFound(`Resource '${arn}' not found`)
    if (endpointName === undefined) return { runtime }
    return { runtime, endpoint: this.endpoint(runtime, endpointName) }
  }

  /** The version an endpoint may point at: it must exist and be READY. */
  private servableVersion(runtime: AgentRuntime, versionNumber: string | undefined): string {
    const number = versionNumber ?? String(runtime.latestVersion)
    const version = this.version(runtime, number)
    if (version.status !== 'READY')
      throw conflict(
        `Version '${number}' of agent runtime '${runtime.id}' is ${version.status}; an endpoint can only serve a READY version`,
      )
    return number
  }

  private newEndpoint(runtime: AgentRuntime, name: string, target: string, time: string): RuntimeEndpoint {
    return {
      name,
      id: `${name}-${randomSuffix()}`,
      arn: `${runtime.arn}/runtime-endpoint/${name}`,
      status: 'CREATING',
      targetVersion: target,
      createdAt: time,
      lastUpdatedAt: time,
    }
  }

  /**
   * A `failureReason` fault for the transition that starts now. Rules can target one runtime (or endpoint) with
   * `pathIncludes`, matched against `/runtimes/<runtimeId>/` (`.../runtime-endpoints/<name>/` for endpoints).
   */
  private takeTransitionFault(operation: string, runtime: AgentRuntime, endpointName?: string): string | undefined {
    const path = `/runtimes/${runtime.id}/${endpointName ? `runtime-endpoints/${endpointName}/` : ''}`
    return this.host.faults.take(SERVICE, operation, { path }, 'transition')?.failureReason
  }

  /** Runs `apply` after the transition delay configured now; stop()/reset() cancels it. */
  private schedule(apply: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      apply()
    }, this.host.settings.transitionDelayMs)
    timer.unref()
    this.timers.add(timer)
  }

  private notify(runtimeId: string, version?: string): void {
    for (const listener of this.listeners) listener(runtimeId, version)
  }
}

function key(scope: CallerScope, runtimeId: string): string {
  return `${scope.account}/${scope.region}/${runtimeId}`
}

function newVersion(
  version: string,
  configuration: RuntimeConfiguration,
  status: AgentCoreStatus,
  time: string,
): RuntimeVersion {
  // A deep, frozen copy: nothing a later request does can change what this version is.
  return {
    version,
    configuration: deepFreeze(structuredClone(configuration)),
    status,
    createdAt: time,
    lastUpdatedAt: time,
  }
}

function setStatus(
  target: { status: AgentCoreStatus; failureReason?: string; lastUpdatedAt: string },
  status: AgentCoreStatus,
  time: string,
  failureReason?: string,
): void {
  target.status = status
  target.lastUpdatedAt = time
  if (failureReason === undefined) delete target.failureReason
  else target.failureReason = failureReason
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}
