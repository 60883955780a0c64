/**
 * drift-check's comparison: the committed config against live AgentCore, per environment and runtime. Read-only:
 * only List/Get/Describe calls and CloudFormation drift detection (which changes nothing).
 *
 * Call budget (what makes 3 environments × 50 runtimes fast): per environment one GetCallerIdentity (the account
 * guard) and ListAgentRuntimes pages of 100; per runtime GetAgentRuntime (latest version) and
 * ListAgentRuntimeEndpoints; ListTagsForResource only for runtimes that are *not* in the config (to find the
 * unmanaged ones); CloudFormation drift detection only for roles ensure-role manages. Every call goes through one
 * shared limiter, so nested fan-outs never exceed the bound, and the SDK's adaptive retry backs off on throttling.
 */
import {
  GetAgentRuntimeCommand,
  ListAgentRuntimeEndpointsCommand,
  ListTagsForResourceCommand,
  type AgentRuntimeEndpoint,
  type GetAgentRuntimeResponse,
} from '@aws-sdk/client-bedrock-agentcore-control'
import type { Clock } from '../action/clock.js'
import type { Logger } from '../action/logger.js'
import { desiredRuntime, liveContainerUri, resolveRoleArn } from '../agentcore/runtime-configuration.js'
import { listRuntimes, type RuntimeSummary } from '../agentcore/runtime-lookup.js'
import { CONFIG_TAG, ENVIRONMENT_TAG, managedRuntimeTags } from '../agentcore/runtime-tags.js'
import { callerAccount } from '../aws/account.js'
import type { AwsClients } from '../aws/clients.js'
import type { EnvironmentSettings, LoadedConfig, RuntimeSettings } from '../config/types.js'
import { OperationError, attempt, causeMessage } from '../errors/index.js'
import { roleStackName } from '../iam/names.js'
import { createLimiter } from './concurrency.js'
import {
  buildDriftReport,
  type DriftItem,
  type DriftReport,
  type EnvironmentDrift,
  type RuntimeDrift,
} from './drift-report.js'
import { detectRoleStackDrift } from './role-stack-drift.js'
import { describeRuntimeChange, diffRuntimeConfiguration } from './runtime-config.js'

/** Calls in flight at once across all environments. */
export const DEFAULT_DRIFT_CONCURRENCY = 16

/** What to check. */
export interface DriftCheckParams {
  config: LoadedConfig
  /** The config path as the workflow names it (runtimes are tagged with it by deploy-runtime). */
  configPath: string
  /** Environment names; empty = all, in config order. */
  environments: string[]
  concurrency?: number
}

/** What the check needs. */
export interface DriftCheckDeps {
  /** Clients for an environment: its region and, when it has `roleToAssume`, that role's credentials. */
  clientsFor(environment: EnvironmentSettings): Promise<AwsClients>
  clock: Clock
  log: Logger
}

/** Checks every requested environment; an unreadable environment is reported, the others still checked. */
export async function checkDrift(params: DriftCheckParams, deps: DriftCheckDeps): Promise<DriftReport> {
  const limit = createLimiter(params.concurrency ?? DEFAULT_DRIFT_CONCURRENCY)
  const names = params.environments.length ? params.environments : Object.keys(params.config.environments)
  const environments = await Promise.all(
    names.map((name) => checkEnvironment(params.config.environments[name], params.configPath, deps, limit)),
  )
  return buildDriftReport(params.configPath, environments, new Date(deps.clock.now()))
}

type Limiter = ReturnType<typeof createLimiter>

async function checkEnvironment(
  environment: EnvironmentSettings,
  configPath: string,
  deps: DriftCheckDeps,
  limit: Limiter,
): Promise<EnvironmentDrift> {
  const base = { name: environment.name, account: environment.account, region: environment.region }
  let aws: AwsClients
  let live: RuntimeSummary[]
  try {
    aws = await deps.clientsFor(environment)
    const account = await limit(() => callerAccount(aws))
    if (account !== environment.account)
      throw new Error(
        `the credentials are for account ${account || '(unknown)'}, not ${environment.account}; give the environment a roleToAssume or run with credentials for its account`,
      )
    const control = await aws.control()
    live = await limit(() => listRuntimes(control))
  } catch (error) {
    const message = errorText(error)
    deps.log.warning(`Environment '${environment.name}' could not be read: ${message}`)
    return { ...base, status: 'error', error: message, runtimes: [], unmanaged: [] }
  }
  const byName = new Map(live.map((r) => [r.agentRuntimeName, r]))
  const runtimes = await Promise.all(
    Object.values(environment.runtimes).map((runtime) =>
      checkRuntime(runtime, environment, byName.get(runtime.agentRuntimeName), aws, deps, limit),
    ),
  )
  const configured = new Set(Object.values(environment.runtimes).map((r) => r.agentRuntimeName))
  const others = live.filter((r) => r.agentRuntimeName && !configured.has(r.agentRuntimeName) && r.agentRuntimeArn)
  const wanted = managedRuntimeTags({ configPath, environment: environment.name })
  const unmanaged: DriftItem[] = []
  await Promise.all(
    others.map(async (summary) => {
      try {
        const control = await aws.control()
        const tags = await limit(() =>
          control.send(new ListTagsForResourceCommand({ resourceArn: summary.agentRuntimeArn })),
        )
        if (tags.tags?.[CONFIG_TAG] === wanted[CONFIG_TAG] && tags.tags?.[ENVIRONMENT_TAG] === wanted[ENVIRONMENT_TAG])
          unmanaged.push({
            kind: 'runtime-unmanaged',
            runtime: summary.agentRuntimeName ?? '',
            actual: summary.agentRuntimeArn,
            message: `runtime '${summary.agentRuntimeName}' is tagged as deployed from ${configPath} to ${environment.name} but is no longer in the config`,
          })
      } catch (error) {
        deps.log.warning(`Tags of runtime '${summary.agentRuntimeName}' could not be read: ${causeMessage(error)}`)
      }
    }),
  )
  unmanaged.sort((a, b) => a.runtime.localeCompare(b.runtime))
  const drifted = runtimes.some((r) => r.status === 'drifted' || r.status === 'missing') || unmanaged.length > 0
  return { ...base, status: drifted ? 'drifted' : 'in-sync', runtimes, unmanaged }
}

async function checkRuntime(
  runtime: RuntimeSettings,
  environment: EnvironmentSettings,
  summary: RuntimeSummary | undefined,
  aws: AwsClients,
  deps: DriftCheckDeps,
  limit: Limiter,
): Promise<RuntimeDrift> {
  const name = runtime.agentRuntimeName
  if (!summary?.agentRuntimeId)
    return {
      key: runtime.key,
      name,
      status: 'missing',
      items: [
        {
          kind: 'runtime-missing',
          runtime: name,
          message: `runtime '${name}' is in the config but does not exist in ${environment.name}`,
        },
      ],
    }
  const id = summary.agentRuntimeId
  try {
    const control = await aws.control()
    const [live, endpoints, roleItems] = await Promise.all([
      limit(() =>
        attempt('read runtime', name, () => control.send(new GetAgentRuntimeCommand({ agentRuntimeId: id }))),
      ),
      listEndpoints(id, name, aws, limit),
      runtime.role.kind === 'managed' ? checkRoleStack(runtime, environment, aws, deps, limit) : Promise.resolve([]),
    ])
    const items = [...compareRuntime(runtime, environment, live, endpoints), ...roleItems]
    return {
      key: runtime.key,
      name,
      status: items.length ? 'drifted' : 'in-sync',
      runtimeId: id,
      ...(live.agentRuntimeVersion ? { latestVersion: live.agentRuntimeVersion } : {}),
      items,
    }
  } catch (error) {
    const message = errorText(error)
    return {
      key: runtime.key,
      name,
      status: 'error',
      runtimeId: id,
      items: [{ kind: 'read-error', runtime: name, message: `runtime '${name}' could not be read: ${message}` }],
    }
  }
}

async function listEndpoints(
  id: string,
  name: string,
  aws: AwsClients,
  limit: Limiter,
): Promise<AgentRuntimeEndpoint[]> {
  const control = await aws.control()
  const endpoints: AgentRuntimeEndpoint[] = []
  let nextToken: string | undefined
  do {
    const page = await limit(() =>
      attempt('list endpoints of runtime', name, () =>
        control.send(new ListAgentRuntimeEndpointsCommand({ agentRuntimeId: id, maxResults: 100, nextToken })),
      ),
    )
    endpoints.push(...(page.runtimeEndpoints ?? []))
    nextToken = page.nextToken
  } while (nextToken)
  return endpoints
}

async function checkRoleStack(
  runtime: RuntimeSettings,
  environment: EnvironmentSettings,
  aws: AwsClients,
  deps: DriftCheckDeps,
  limit: Limiter,
): Promise<DriftItem[]> {
  const name = runtime.agentRuntimeName
  const stack = roleStackName(environment.name, name)
  const cloudFormation = await aws.cloudFormation()
  // The limiter wraps each call, not the whole detection: a slow detection must not hold a slot while it waits.
  const limited = {
    send: ((command: never) => limit(() => cloudFormation.send(command))) as typeof cloudFormation.send,
  } as typeof cloudFormation
  const drift = await detectRoleStackDrift(stack, { cloudFormation: limited, clock: deps.clock, log: deps.log })
  if (!drift.exists)
    return [
      {
        kind: 'role-stack-missing',
        runtime: name,
        field: stack,
        message: `execution role stack '${stack}' does not exist; run ensure-role`,
      },
    ]
  return drift.resources.map((resource) => ({
    kind: 'role-stack',
    runtime: name,
    field: `${stack}/${resource.logicalId}`,
    actual: resource.status,
    message: `role stack resource ${resource.logicalId} (${resource.type}) is ${resource.status}${
      resource.properties.length ? `: ${resource.properties.map((p) => p.path).join(', ')} changed` : ''
    }`,
  }))
}

/** The image's repository (`<registry>/<repository>`), without tag or digest. */
export function imageRepository(uri: string): string {
  const withoutDigest = uri.split('@')[0]
  const slash = withoutDigest.indexOf('/')
  const colon = withoutDigest.lastIndexOf(':')
  return colon > slash ? withoutDigest.slice(0, colon) : withoutDigest
}

/** Pure comparison of one runtime's config with its live latest version and endpoints. */
export function compareRuntime(
  runtime: RuntimeSettings,
  environment: EnvironmentSettings,
  live: GetAgentRuntimeResponse,
  endpoints: AgentRuntimeEndpoint[],
): DriftItem[] {
  const name = runtime.agentRuntimeName
  const items: DriftItem[] = []
  if (live.status && live.status !== 'READY')
    items.push({
      kind: 'runtime-status',
      runtime: name,
      actual: live.status,
      message: `runtime '${name}' is ${live.status}${live.failureReason ? `: ${live.failureReason}` : ''}`,
    })
  // The config names a repository, not an image: drift-check can say the image comes from elsewhere, while the
  // digest is deploy-runtime's to choose.
  const liveImage = liveContainerUri(live)
  const expectedRepository = `${environment.account}.dkr.ecr.${environment.region}.amazonaws.com/${runtime.image.repository}`
  if (liveImage && imageRepository(liveImage) !== expectedRepository)
    items.push({
      kind: 'runtime-field',
      runtime: name,
      field: 'image',
      expected: `${expectedRepository}@…`,
      actual: liveImage,
      message: `image: runs ${liveImage}, the config's repository is ${expectedRepository}`,
    })
  const desired = desiredRuntime(runtime, { roleArn: resolveRoleArn(runtime, environment) })
  const plain = new Set(Object.keys(runtime.environment))
  for (const change of diffRuntimeConfiguration(desired, live)) {
    const variable = change.field.startsWith('environment.') ? change.field.slice('environment.'.length) : undefined
    // A live variable the config does not know may hold anything, a secret included: its name only.
    const hidden = change.secret || (variable !== undefined && !plain.has(variable))
    items.push({
      kind: 'runtime-field',
      runtime: name,
      field: change.field,
      ...(hidden ? { secret: true } : {}),
      ...(!hidden && change.to !== undefined ? { expected: change.to } : {}),
      ...(!hidden && change.from !== undefined ? { actual: change.from } : {}),
      message: hidden
        ? change.secret
          ? describeRuntimeChange(change)
          : `${change.field}: set live but not in the config (value not shown)`
        : `${change.field}: config ${change.to ?? '(not set)'}, live ${change.from ?? '(not set)'}`,
    })
  }
  const latest = live.agentRuntimeVersion
  const byName = new Map(endpoints.map((e) => [e.name, e]))
  for (const [endpoint, selector] of Object.entries(runtime.endpoints)) {
    const found = byName.get(endpoint)
    const wantedVersion = selector === 'latest' ? latest : selector
    if (!found) {
      items.push({
        kind: 'endpoint-missing',
        runtime: name,
        endpoint,
        expected: wantedVersion,
        message: `endpoint '${endpoint}' is in the config (${selector}) but does not exist`,
      })
      continue
    }
    if (found.status && found.status !== 'READY')
      items.push({
        kind: 'endpoint-status',
        runtime: name,
        endpoint,
        actual: found.status,
        message: `endpoint '${endpoint}' is ${found.status}${
          found.targetVersion && found.targetVersion !== found.liveVersion
            ? ` (moving to version ${found.targetVersion})`
            : ''
        }`,
      })
    if (wantedVersion !== undefined && found.liveVersion !== wantedVersion)
      items.push({
        kind: 'endpoint-version',
        runtime: name,
        endpoint,
        expected: wantedVersion,
        actual: found.liveVersion ?? '(none)',
        message: `endpoint '${endpoint}' serves version ${found.liveVersion ?? '(none)'}, the config says ${selector}${
          selector === 'latest' ? ` (version ${latest})` : ''
        }`,
      })
  }
  for (const endpoint of endpoints) {
    if (!endpoint.name || endpoint.name === 'DEFAULT' || endpoint.name in runtime.endpoints) continue
    items.push({
      kind: 'endpoint-extra',
      runtime: name,
      endpoint: endpoint.name,
      actual: endpoint.liveVersion,
      message: `endpoint '${endpoint.name}' (version ${endpoint.liveVersion ?? '?'}) exists but is not in the config`,
    })
  }
  return items
}

/** An error's text for the report: our own operation errors already read well, without their class name. */
function errorText(error: unknown): string {
  return error instanceof OperationError ? error.message : causeMessage(error)
}
