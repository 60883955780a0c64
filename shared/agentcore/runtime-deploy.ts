/**
 * deploy-runtime's logic: make one runtime in one environment run the desired configuration, minting a version
 * only when something really changed, and report success only when that version is READY and is what was asked.
 *
 * Call plan (the no-op budget is 3 control-plane calls): ListAgentRuntimes (find by name) → GetAgentRuntime
 * (latest configuration) → ListTagsForResource. A change adds UpdateAgentRuntime, the polls and one verifying read.
 * Everything that can be refused (image location, missing secrets, unknown image) is refused before the first
 * change; a rerun after any failure starts from what is live, so it finishes the job without duplicates.
 */
import {
  CreateAgentRuntimeCommand,
  UpdateAgentRuntimeCommand,
  type BedrockAgentCoreControlClient,
  type GetAgentRuntimeResponse,
} from '@aws-sdk/client-bedrock-agentcore-control'
import type { Clock } from '../action/clock.js'
import type { Logger } from '../action/logger.js'
import type { AwsClients } from '../aws/clients.js'
import type { EnvironmentSettings, RuntimeSettings } from '../config/types.js'
import {
  ConfigError,
  OperationError,
  WaitTimeoutError,
  attempt,
  causeMessage,
  formatDuration,
} from '../errors/index.js'
import { pollUntil } from '../poll/index.js'
import {
  describeRuntimeChange,
  diffRuntimeConfiguration,
  normaliseImageUri,
  type RuntimeFieldChange,
} from '../diff/runtime-config.js'
import { assertImageLocation, imageDigestOf, parseImageInput, resolveImage } from './runtime-image.js'
import {
  desiredRuntime,
  liveContainerUri,
  resolveRoleArn,
  runtimeRequest,
  type DesiredRuntime,
} from './runtime-configuration.js'
import { findRuntimeByName, type RuntimeSummary } from './runtime-lookup.js'
import { managedRuntimeTags, syncRuntimeTags } from './runtime-tags.js'
import {
  AGENTCORE_POLL,
  getRuntime,
  isInProgressStatus,
  waitForRuntimeSettled,
  waitForRuntimeVersion,
} from './runtime-wait.js'
import { isConflict } from './service-errors.js'
import { splitDescription, stampDescription } from './version-stamp.js'

/** What to deploy. */
export interface DeployRuntimeParams {
  environment: EnvironmentSettings
  runtime: RuntimeSettings
  /** The config file's path, for the runtime's tags. */
  configPath: string
  /** An ECR image URI (tag or digest); `undefined` keeps the live image (config-only change). */
  image?: string
  /** Overrides the execution role the config implies. */
  roleArn?: string
  /** Values of the config's secret environment variables. */
  secretValues: Record<string, string>
  waitTimeoutMs: number
  dryRun: boolean
  /** Written into the new version's description. */
  origin: { commit?: string; runUrl?: string }
}

/** What deployRuntime needs. */
export interface DeployRuntimeDeps {
  aws: AwsClients
  log: Logger
  clock: Clock
}

/** What happened. */
export interface DeployRuntimeResult {
  runtimeName: string
  /** Undefined only for a dry run of a first deploy. */
  runtimeId?: string
  runtimeArn?: string
  /** The version now live (new, or unchanged); undefined for a dry run of a first deploy. */
  version?: string
  /** The latest version before this run; undefined when the runtime was created. */
  previousVersion?: string
  /** Whether a version was (or, in a dry run, would be) minted. */
  changed: boolean
  created: boolean
  dryRun: boolean
  /** `READY`, or `DRY_RUN`. */
  status: string
  /** The digest-pinned image the version runs. */
  containerUri: string
  imageDigest?: string
  /** Field by field; secret values never included. */
  changes: RuntimeFieldChange[]
  /** Tag keys written (or that would be). */
  taggedKeys: string[]
  /** Time spent waiting for AgentCore. */
  waitedMs: number
}

/** How long a runtime that CreateAgentRuntime says exists may take to appear in the list. */
const LISTED_WAIT_MS = 60_000

/** How many times an update is re-planned after a ConflictException before giving up. */
const MAX_CONFLICT_RETRIES = 5

/**
 * Checks what needs no AWS call: the image's form and location, and that every secret the config lists has a
 * value. Throws a {@link ConfigError} naming what to fix.
 */
export function checkDeployParams(params: DeployRuntimeParams, log: Logger): void {
  if (params.image) assertImageLocation(parseImageInput(params.image), params.environment)
  const missing = params.runtime.secrets.filter((name) => params.secretValues[name] === undefined)
  if (missing.length) {
    throw new ConfigError(
      `Runtime '${params.runtime.key}' lists secret environment variables without a value: ${missing.join(', ')}. ` +
        `Pass them in the 'secrets' input, one NAME=value per line (e.g. ${missing[0]}=\${{ secrets.${missing[0]} }}).`,
    )
  }
  const unknown = Object.keys(params.secretValues).filter((name) => !params.runtime.secrets.includes(name))
  if (unknown.length) {
    log.warning(
      `Ignoring 'secrets' entries the config does not list under runtimes.${params.runtime.key}.secrets: ${unknown.join(', ')}`,
    )
  }
}

/** Creates or updates the runtime; see the module comment for the guarantees. */
export async function deployRuntime(
  params: DeployRuntimeParams,
  deps: DeployRuntimeDeps,
): Promise<DeployRuntimeResult> {
  const { runtime, environment } = params
  const { log, clock } = deps
  const name = runtime.agentRuntimeName
  checkDeployParams(params, log)
  // `wait-timeout` budgets the time spent waiting for AgentCore (all waits of this run together), not API calls.
  let waitedMs = 0

  const image = params.image ? parseImageInput(params.image) : undefined
  const resolved = image ? await resolveImage(deps.aws, image) : undefined
  if (image && resolved && image.digest === undefined) log.info(`Image tag ${image.tag} is ${resolved.digest}`)

  const desired = desiredRuntime(runtime, {
    containerUri: resolved?.containerUri,
    roleArn: resolveRoleArn(runtime, environment, params.roleArn),
    secretValues: params.secretValues,
  })
  const tags = managedRuntimeTags({ configPath: params.configPath, environment: environment.name, tags: runtime.tags })
  const control = await deps.aws.control()

  let summary = await findRuntimeByName(control, name)
  if (!summary) {
    if (!desired.containerUri) {
      throw new ConfigError(
        `Runtime '${name}' does not exist in environment '${environment.name}' (account ${environment.account}, ${environment.region}) yet: give the 'image' input for its first deploy.`,
      )
    }
    const created = await createRuntime(control, params, desired, tags, deps)
    if (!('conflict' in created)) return created
    // Someone created it between our list and our create (or the list lagged): update what is there.
    const t = clock.now()
    summary = await waitForRuntimeListed(control, name, params.waitTimeoutMs, deps, created.conflict)
    waitedMs += clock.now() - t
  }
  return updateRuntime(control, summary, params, desired, tags, deps, waitedMs)
}

/** The create path. Returns the ConflictException when the name turned out to exist already. */
async function createRuntime(
  control: BedrockAgentCoreControlClient,
  params: DeployRuntimeParams,
  desired: DesiredRuntime,
  tags: Record<string, string>,
  deps: DeployRuntimeDeps,
): Promise<DeployRuntimeResult | { conflict: unknown }> {
  const { log, clock } = deps
  const name = desired.agentRuntimeName
  const containerUri = desired.containerUri as string
  const changes = diffRuntimeConfiguration(desired, {} as GetAgentRuntimeResponse)
  const base = {
    runtimeName: name,
    previousVersion: undefined,
    changed: true,
    created: true,
    containerUri,
    imageDigest: imageDigestOf(containerUri),
    changes,
    taggedKeys: Object.keys(tags).sort(),
  }
  if (params.dryRun) {
    log.info(`Dry run: would create runtime ${name} with ${containerUri}`)
    return { ...base, dryRun: true, status: 'DRY_RUN', waitedMs: 0 }
  }
  const description = stampDescription(desired.description, {
    ...params.origin,
    imageDigest: imageDigestOf(containerUri),
  })
  log.info(`Creating runtime ${name} with ${containerUri}`)
  let response
  try {
    response = await control.send(
      new CreateAgentRuntimeCommand({
        agentRuntimeName: name,
        ...runtimeRequest(desired, undefined, description),
        tags,
      }),
    )
  } catch (error) {
    if (isConflict(error)) {
      log.warning(`Runtime ${name} already exists although the list did not show it; updating it instead`)
      return { conflict: error }
    }
    throw new OperationError('create runtime', name, error)
  }
  const runtimeId = response.agentRuntimeId as string
  const version = response.agentRuntimeVersion ?? '1'
  const waitStart = clock.now()
  await waitForRuntimeVersion(control, { runtimeId, name, version, timeoutMs: params.waitTimeoutMs }, deps)
  const waitedMs = clock.now() - waitStart
  const verified = await verifyRuntimeVersion(control, { runtimeId, name, version, containerUri })
  return {
    ...base,
    runtimeId,
    runtimeArn: response.agentRuntimeArn ?? verified.agentRuntimeArn,
    version,
    dryRun: false,
    status: verified.status ?? 'READY',
    waitedMs,
  }
}

/** The update path: read, compare, update only on a difference, retrying on the new state after a conflict. */
async function updateRuntime(
  control: BedrockAgentCoreControlClient,
  summary: RuntimeSummary,
  params: DeployRuntimeParams,
  desired: DesiredRuntime,
  tags: Record<string, string>,
  deps: DeployRuntimeDeps,
  waitedBefore: number,
): Promise<DeployRuntimeResult> {
  const { log, clock } = deps
  const name = desired.agentRuntimeName
  const runtimeId = summary.agentRuntimeId as string
  let waitedMs = waitedBefore
  const remaining = () => Math.max(1, params.waitTimeoutMs - waitedMs)
  const settle = async () => {
    const t = clock.now()
    const settled = await waitForRuntimeSettled(control, { runtimeId, name, timeoutMs: remaining() }, deps)
    waitedMs += clock.now() - t
    return settled
  }

  // Listed but not readable yet happens right after someone else's create (eventual consistency): wait for it.
  let live = (await getRuntime(control, runtimeId)) ?? (await settle())
  for (let attemptNo = 1; ; attemptNo++) {
    if (isInProgressStatus(live.status)) {
      log.info(`Runtime ${name} is ${live.status} (version ${live.agentRuntimeVersion}); waiting for that to finish`)
      live = await settle()
    }
    const changes = diffRuntimeConfiguration(desired, live)
    const containerUri = desired.containerUri ?? liveContainerUri(live) ?? ''
    const runtimeArn = live.agentRuntimeArn ?? summary.agentRuntimeArn
    const previousVersion = live.agentRuntimeVersion
    const base = {
      runtimeName: name,
      runtimeId,
      runtimeArn,
      previousVersion,
      created: false,
      dryRun: params.dryRun,
      containerUri,
      imageDigest: imageDigestOf(containerUri),
      changes,
    }
    if (changes.length === 0 && live.status === 'READY') {
      log.info(`Runtime ${name} version ${live.agentRuntimeVersion} already matches the config: no new version`)
      const taggedKeys = await syncRuntimeTags(control, runtimeArn as string, tags, { dryRun: params.dryRun })
      return {
        ...base,
        version: live.agentRuntimeVersion,
        changed: false,
        status: params.dryRun ? 'DRY_RUN' : 'READY',
        taggedKeys,
        waitedMs,
      }
    }
    if (changes.length === 0) {
      log.warning(
        `Runtime ${name} version ${live.agentRuntimeVersion} is ${live.status} (${live.failureReason ?? 'no reason given'}); deploying it again`,
      )
    }
    for (const change of changes) log.info(`  ${describeRuntimeChange(change)}`)
    if (!desired.containerUri && !liveContainerUri(live)) {
      throw new ConfigError(`Runtime '${name}' does not run a container image: give the 'image' input`)
    }
    if (params.dryRun) {
      log.info(`Dry run: would update runtime ${name} (${changes.length} change(s)); nothing was changed`)
      return { ...base, version: previousVersion, changed: true, status: 'DRY_RUN', taggedKeys: [], waitedMs }
    }

    const liveText = splitDescription(live.description).text
    const description = stampDescription(desired.description ?? liveText, {
      ...params.origin,
      imageDigest: imageDigestOf(containerUri),
    })
    let response
    try {
      response = await control.send(
        new UpdateAgentRuntimeCommand({ agentRuntimeId: runtimeId, ...runtimeRequest(desired, live, description) }),
      )
    } catch (error) {
      if (isConflict(error) && attemptNo < MAX_CONFLICT_RETRIES) {
        log.warning(`Runtime ${name} is being changed by another operation; waiting for it, then re-planning`)
        live = await settle()
        continue
      }
      throw new OperationError('update runtime', name, error)
    }
    const version = response.agentRuntimeVersion as string
    log.info(`Runtime ${name}: version ${version} requested (previous ${previousVersion})`)
    const waitStart = clock.now()
    await waitForRuntimeVersion(control, { runtimeId, name, version, timeoutMs: remaining() }, deps)
    waitedMs += clock.now() - waitStart
    const verified = await verifyRuntimeVersion(control, { runtimeId, name, version, containerUri })
    const taggedKeys = await syncRuntimeTags(control, runtimeArn as string, tags)
    return { ...base, version, changed: true, status: verified.status ?? 'READY', taggedKeys, waitedMs }
  }
}

/** After a create that met a ConflictException: the runtime exists, wait until the list shows it. */
async function waitForRuntimeListed(
  control: BedrockAgentCoreControlClient,
  name: string,
  timeoutMs: number,
  deps: DeployRuntimeDeps,
  conflict: unknown,
): Promise<RuntimeSummary> {
  const limitMs = Math.min(timeoutMs, LISTED_WAIT_MS)
  const found = await pollUntil<RuntimeSummary | undefined>({
    what: `runtime ${name} to appear in the runtime list`,
    read: () => findRuntimeByName(control, name),
    state: (s) => (s ? `listed as ${s.agentRuntimeId}` : 'not listed yet'),
    verdict: (s) => (s ? { done: true } : { done: false }),
    timeoutMs: limitMs,
    ...AGENTCORE_POLL,
    ...deps,
  }).catch((error: unknown) => {
    if (!(error instanceof WaitTimeoutError)) throw error
    // The conflict was not "it exists": report what the service said, with what was checked.
    throw new OperationError(
      'create runtime',
      name,
      `${causeMessage(conflict)} (and no runtime named ${name} appeared in the runtime list within ${formatDuration(limitMs)})`,
    )
  })
  return found as RuntimeSummary
}

/**
 * Reads the version again after the wait and checks it is what was asked: READY, the version number, the image.
 * A wait that ended READY is not enough on its own (the ECS deploy action's false-green lesson).
 */
export async function verifyRuntimeVersion(
  control: BedrockAgentCoreControlClient,
  expected: { runtimeId: string; name: string; version: string; containerUri: string },
): Promise<GetAgentRuntimeResponse> {
  const resource = `${expected.name} version ${expected.version}`
  const read = await attempt('verify runtime', resource, () =>
    getRuntime(control, expected.runtimeId, expected.version),
  )
  const problems: string[] = []
  if (!read) problems.push('it cannot be read')
  else {
    if (read.status !== 'READY') problems.push(`it is ${read.status}`)
    if (read.agentRuntimeVersion !== expected.version)
      problems.push(`the service answered version ${read.agentRuntimeVersion}`)
    const uri = liveContainerUri(read)
    if (normaliseImageUri(uri) !== normaliseImageUri(expected.containerUri))
      problems.push(`it runs ${uri ?? 'no image'} instead of ${expected.containerUri}`)
  }
  if (problems.length) throw new OperationError('verify runtime', resource, problems.join('; '))
  return read as GetAgentRuntimeResponse
}
