/**
 * promote-endpoint's logic: point named endpoints at a version (`latest`, a number, or `previous`), record what
 * they served before, and report success only when each endpoint is READY with `liveVersion == targetVersion ==`
 * the wanted version. A target that does not exist or is not READY is refused with the recent versions and their
 * commits; `expected-current-version` makes the move a compare-and-swap.
 */
import type {
  BedrockAgentCoreControlClient,
  GetAgentRuntimeEndpointResponse,
} from '@aws-sdk/client-bedrock-agentcore-control'
import type { Clock } from '../action/clock.js'
import type { Logger } from '../action/logger.js'
import type { AwsClients } from '../aws/clients.js'
import type { EnvironmentSettings, RuntimeSettings } from '../config/types.js'
import { ConfigError, OperationError } from '../errors/index.js'
import {
  DEFAULT_ENDPOINT,
  ENDPOINT_NAME,
  createEndpoint,
  endpointState,
  formatEndpointHistory,
  getEndpoint,
  parseEndpointHistory,
  updateEndpoint,
  waitForEndpoint,
  waitForEndpointSettled,
} from './runtime-endpoint.js'
import { findRuntimeByName } from './runtime-lookup.js'
import { isInProgressStatus } from './runtime-wait.js'
import {
  describeRecentVersions,
  latestReadyVersion,
  listRuntimeVersions,
  type RuntimeVersion,
} from './runtime-versions.js'
import { isConflict } from './service-errors.js'

/** Which version an endpoint should serve: `latest` (newest READY), `previous` (what it served before), or a number. */
export type VersionSelector = string

/** One endpoint to move and the selector for it. */
export interface EndpointTarget {
  endpoint: string
  selector: VersionSelector
}

/** What to promote. */
export interface PromoteEndpointsParams {
  environment: EnvironmentSettings
  runtime: RuntimeSettings
  /** Endpoint names from the input; empty means every named endpoint the config gives the runtime. */
  endpoints: string[]
  /** Selector from the input; `undefined` means each endpoint's selector in the config. */
  version?: VersionSelector
  /** Compare-and-swap: refuse unless the endpoint serves this version now. */
  expectedCurrentVersion?: string
  waitTimeoutMs: number
  dryRun: boolean
}

/** What promoteEndpoints needs. */
export interface PromoteEndpointsDeps {
  aws: AwsClients
  log: Logger
  clock: Clock
}

/** What happened to one endpoint. */
export interface EndpointPromotion {
  endpoint: string
  endpointArn?: string
  /** The version it served before (undefined when it was created). */
  fromVersion?: string
  toVersion: string
  changed: boolean
  created: boolean
  /** `READY`, or `DRY_RUN`. */
  status: string
  fromCommit?: string
  toCommit?: string
  waitedMs: number
}

/** The result for all endpoints. */
export interface PromoteEndpointsResult {
  runtimeName: string
  runtimeId: string
  runtimeArn?: string
  promotions: EndpointPromotion[]
  /** The runtime's versions, newest first (for summaries). */
  versions: RuntimeVersion[]
  dryRun: boolean
}

const VERSION_NUMBER = /^[1-9][0-9]{0,4}$/

/** Checks a selector's form: `latest`, `previous` or a version number. */
export function parseVersionSelector(value: string, source: string): VersionSelector {
  const text = value.trim()
  if (text === 'latest' || text === 'previous' || VERSION_NUMBER.test(text)) return text
  const hint = /^v\d+$/i.test(text) ? ` (versions are plain numbers: try '${text.slice(1)}')` : ''
  throw new ConfigError(`${source}: '${value}' is not a version; use latest, previous or a version number${hint}`)
}

/**
 * The endpoints to move and their selectors, checked before any AWS call: DEFAULT is refused (the service moves
 * it), names must be valid, and there must be something to promote.
 */
export function planEndpointTargets(
  params: Pick<PromoteEndpointsParams, 'runtime' | 'endpoints' | 'version' | 'environment'>,
): EndpointTarget[] {
  const { runtime } = params
  const version = params.version !== undefined ? parseVersionSelector(params.version, "Input 'version'") : undefined
  const names = params.endpoints.length ? params.endpoints : Object.keys(runtime.endpoints)
  if (names.length === 0) {
    throw new ConfigError(
      `Runtime '${runtime.key}' has no named endpoints in environment '${params.environment.name}': give the 'endpoint' input, or add one to the config (endpoints: { live: latest }). Traffic through DEFAULT follows every deploy by itself.`,
    )
  }
  return names.map((endpoint) => {
    if (endpoint === DEFAULT_ENDPOINT) {
      throw new ConfigError(
        `Endpoint 'DEFAULT' cannot be promoted: AgentCore moves it to every new version by itself. Promote a named endpoint (e.g. 'live') and send production traffic there.`,
      )
    }
    if (!ENDPOINT_NAME.test(endpoint)) {
      throw new ConfigError(
        `Endpoint name '${endpoint}' is not valid: AgentCore allows a letter, then letters, digits and '_' (48 at most)${endpoint.includes('-') ? `; try '${endpoint.replace(/-/g, '_')}'` : ''}`,
      )
    }
    const configured = runtime.endpoints[endpoint]
    const selector =
      version ??
      (configured !== undefined ? parseVersionSelector(configured, `Config endpoints.${endpoint}`) : 'latest')
    return { endpoint, selector }
  })
}

/**
 * A warning when an environment sends its traffic through DEFAULT only (no named endpoint for the runtime):
 * DEFAULT moves to every new version as soon as it is READY, with no promotion step and no rollback.
 */
export function defaultEndpointWarning(environment: EnvironmentSettings, runtime: RuntimeSettings): string | undefined {
  if (Object.keys(runtime.endpoints).length > 0) return undefined
  return `Environment '${environment.name}' has no named endpoint for runtime '${runtime.key}': its traffic goes through DEFAULT, which switches to every new version as soon as it is READY (no promotion, no rollback). Add one, e.g. endpoints: { live: latest }, and invoke that.`
}

/**
 * Resolves a selector against the runtime's versions and the endpoint's history. Refuses versions that do not
 * exist or are not READY, listing what exists.
 */
export function resolveTargetVersion(
  selector: VersionSelector,
  versions: RuntimeVersion[],
  context: { runtimeName: string; endpoint: string; current?: GetAgentRuntimeEndpointResponse },
): string {
  const recent = describeRecentVersions(versions)
  if (selector === 'latest') {
    const latest = latestReadyVersion(versions)
    if (!latest) throw new ConfigError(`Runtime '${context.runtimeName}' has no READY version to promote; ${recent}`)
    return latest.version
  }
  let wanted = selector
  if (selector === 'previous') {
    const previous = parseEndpointHistory(context.current?.description)
    if (!previous) {
      throw new ConfigError(
        `Endpoint '${context.endpoint}' has no recorded previous version (${context.current ? 'it has not been promoted by this suite yet' : 'it does not exist yet'}), so 'previous' has nothing to return to. Give a version number instead; ${recent}`,
      )
    }
    wanted = previous
  }
  const found = versions.find((v) => v.version === wanted)
  if (!found) {
    throw new ConfigError(
      `Version ${wanted} of runtime '${context.runtimeName}' does not exist (deleted, or never created); ${recent}`,
    )
  }
  if (found.status !== 'READY') {
    throw new ConfigError(
      `Version ${wanted} of runtime '${context.runtimeName}' is ${found.status}, not READY; ${recent}`,
    )
  }
  return wanted
}

/** Promotes every planned endpoint in turn; stops at the first failure. */
export async function promoteEndpoints(
  params: PromoteEndpointsParams,
  deps: PromoteEndpointsDeps,
): Promise<PromoteEndpointsResult> {
  const { log } = deps
  const targets = planEndpointTargets(params)
  if (params.expectedCurrentVersion !== undefined && !VERSION_NUMBER.test(params.expectedCurrentVersion)) {
    throw new ConfigError(
      `Input 'expected-current-version': '${params.expectedCurrentVersion}' is not a version number`,
    )
  }
  const name = params.runtime.agentRuntimeName
  const control = await deps.aws.control()
  const summary = await findRuntimeByName(control, name)
  if (!summary?.agentRuntimeId) {
    throw new ConfigError(
      `Runtime '${name}' does not exist in environment '${params.environment.name}' (account ${params.environment.account}, ${params.environment.region}): deploy it first (deploy-runtime).`,
    )
  }
  const runtimeId = summary.agentRuntimeId
  const versions = await listRuntimeVersions(control, runtimeId)
  const promotions: EndpointPromotion[] = []
  for (const target of targets) {
    promotions.push(await promoteOne(control, { ...params, runtimeId, versions, target }, deps))
  }
  if (params.dryRun) log.info('Dry run: no endpoint was changed')
  return {
    runtimeName: name,
    runtimeId,
    runtimeArn: summary.agentRuntimeArn,
    promotions,
    versions,
    dryRun: params.dryRun,
  }
}

/** How many times a promotion is re-planned after a ConflictException. */
const MAX_CONFLICT_RETRIES = 5

async function promoteOne(
  control: BedrockAgentCoreControlClient,
  params: PromoteEndpointsParams & { runtimeId: string; versions: RuntimeVersion[]; target: EndpointTarget },
  deps: PromoteEndpointsDeps,
): Promise<EndpointPromotion> {
  const { log, clock } = deps
  const { runtimeId, versions, target } = params
  const runtimeName = params.runtime.agentRuntimeName
  const endpointName = target.endpoint
  // `wait-timeout` budgets the time spent waiting for AgentCore on this endpoint, not the API calls.
  let waitedMs = 0
  const remaining = () => Math.max(1, params.waitTimeoutMs - waitedMs)
  const timed = async <T>(wait: () => Promise<T>): Promise<T> => {
    const t = clock.now()
    try {
      return await wait()
    } finally {
      waitedMs += clock.now() - t
    }
  }
  const commitOf = (version: string | undefined) => versions.find((v) => v.version === version)?.stamp.commit
  const settle = () =>
    timed(() => waitForEndpointSettled(control, { runtimeId, runtimeName, endpointName, timeoutMs: remaining() }, deps))

  let current = await getEndpoint(control, runtimeId, endpointName)
  for (let attemptNo = 1; ; attemptNo++) {
    if (current && isInProgressStatus(current.status)) {
      log.info(`Endpoint ${endpointName} is ${endpointState(current)}; waiting for that to finish`)
      current = await settle()
    }
    const fromVersion = current?.liveVersion
    if (params.expectedCurrentVersion !== undefined && fromVersion !== params.expectedCurrentVersion) {
      throw new ConfigError(
        `Refusing to move endpoint '${endpointName}': it serves ${fromVersion ? `version ${fromVersion}` : 'nothing (it does not exist)'}, but expected-current-version is ${params.expectedCurrentVersion}. Someone else moved it; check what it serves before retrying.`,
      )
    }
    const toVersion = resolveTargetVersion(target.selector, versions, { runtimeName, endpoint: endpointName, current })
    const base = {
      endpoint: endpointName,
      endpointArn: current?.agentRuntimeEndpointArn,
      fromVersion,
      toVersion,
      fromCommit: commitOf(fromVersion),
      toCommit: commitOf(toVersion),
    }
    const serving =
      current?.status === 'READY' &&
      current.liveVersion === toVersion &&
      (current.targetVersion ?? current.liveVersion) === toVersion
    if (serving) {
      log.info(`Endpoint ${endpointName} already serves version ${toVersion}: nothing to do`)
      return { ...base, changed: false, created: false, status: params.dryRun ? 'DRY_RUN' : 'READY', waitedMs }
    }
    const verb = current ? 'update' : 'create'
    if (params.dryRun) {
      log.info(`Dry run: would ${verb} endpoint ${endpointName}: ${fromVersion ?? '(none)'} → ${toVersion}`)
      return { ...base, changed: true, created: !current, status: 'DRY_RUN', waitedMs }
    }
    // Record what it served before, unless it already serves the target (a retry after *_FAILED keeps the history).
    const description = fromVersion && fromVersion !== toVersion ? formatEndpointHistory(fromVersion) : undefined
    log.info(`${current ? 'Moving' : 'Creating'} endpoint ${endpointName}: ${fromVersion ?? '(none)'} → ${toVersion}`)
    try {
      if (current) await updateEndpoint(control, { runtimeId, endpointName, version: toVersion, description })
      else await createEndpoint(control, { runtimeId, endpointName, version: toVersion })
    } catch (error) {
      if (isConflict(error) && attemptNo < MAX_CONFLICT_RETRIES) {
        log.warning(`Endpoint ${endpointName} is being changed by another operation (or was just created); re-planning`)
        current = await settle()
        continue
      }
      throw new OperationError(`${verb} endpoint`, endpointName, error)
    }
    await timed(() =>
      waitForEndpoint(
        control,
        { runtimeId, runtimeName, endpointName, version: toVersion, timeoutMs: remaining() },
        deps,
      ),
    )
    const verified = await verifyEndpoint(control, { runtimeId, endpointName, version: toVersion })
    return {
      ...base,
      endpointArn: verified.agentRuntimeEndpointArn,
      changed: true,
      created: !current,
      status: verified.status ?? 'READY',
      waitedMs,
    }
  }
}

/** Reads the endpoint again after the wait: READY and serving the version, or the step fails. */
export async function verifyEndpoint(
  control: BedrockAgentCoreControlClient,
  expected: { runtimeId: string; endpointName: string; version: string },
): Promise<GetAgentRuntimeEndpointResponse> {
  const read = await getEndpoint(control, expected.runtimeId, expected.endpointName)
  const ok =
    read?.status === 'READY' &&
    read.liveVersion === expected.version &&
    (read.targetVersion ?? read.liveVersion) === expected.version
  if (!ok) {
    throw new OperationError(
      'verify endpoint',
      expected.endpointName,
      `expected READY serving version ${expected.version}, found ${endpointState(read)}`,
    )
  }
  return read
}
