/**
 * Turns the parsed file into the resolved config every action consumes: each environment's overrides merged
 * over its runtimes, defaults applied, and the rules that need the whole picture checked (unknown runtimes,
 * VPC settings, secrets that also have plain values, name collisions between environments that share an
 * account and region). Problems are reported where the offending value was written: in the environment's
 * override when it comes from there, else in the runtime's definition.
 */
import type {
  EnvironmentSettings,
  ImageSettings,
  LoadedConfig,
  NetworkSettings,
  RoleSettings,
  RuntimeSettings,
  SmokeTestSettings,
} from './types.js'
import type { DocumentPath } from './document.js'
import type { ProblemList } from './problems.js'
import { mergeRuntime, withoutNulls } from './merge.js'
import {
  ACCOUNT_ID,
  AGENTCORE_NAME,
  AGENTCORE_PLATFORM,
  ENVIRONMENT_NAME,
  REGION,
  DEFAULT_IDLE_TIMEOUT_SECONDS,
  DEFAULT_MAX_LIFETIME_SECONDS,
  ECR_REPOSITORY,
  MAX_ENVIRONMENT_VARIABLES,
  MAX_NAMED_ENDPOINTS,
  MAX_TAGS,
  clip,
  closestMatch,
  defaultRepositoryName,
  listNames,
  repositoryPathProblem,
} from './rules.js'
import {
  environmentSchema,
  runtimeOverrideSchema,
  runtimeSchema,
  type ConfigFile,
  type RuntimeDefinition,
  type RuntimeOverride,
} from './schema.js'
import { isRemoved, parseLeniently } from './lenient-parse.js'
import * as z from 'zod'

/** The parts of the file that parsed, with broken values left out (their problems are already listed). */
export interface ParsedPieces {
  runtimes: Map<string, ParsedRuntime>
  /** Every key under `runtimes:`, valid or not (an environment naming a broken runtime is not "unknown"). */
  runtimeKeys: string[]
  /** Every key under `environments:`, valid or not. */
  environmentNames: string[]
  /** Whether `runtimes:` / `environments:` are maps with nothing in them (a mistake worth its own message). */
  emptyRuntimes: boolean
  emptyEnvironments: boolean
  environments: Map<string, ParsedEnvironment>
}

/** A runtime definition and the paths (relative to it) that were left out as invalid. */
export interface ParsedRuntime {
  definition: RuntimeDefinition
  removed: DocumentPath[]
}

/** One environment; `placement` is missing when its account or region is invalid. */
export interface ParsedEnvironment {
  placement?: { account: string; region: string; roleToAssume?: string }
  tags: Record<string, string | null>
  /** Overrides by runtime key; `undefined` when the override could not be used at all. */
  runtimes: Map<string, ParsedOverride | undefined>
  /** Whether `runtimes:` is a map (when it is missing or not a map, the schema has said so already). */
  runtimesListed: boolean
}

/** An environment's override of one runtime and the paths (relative to it) left out as invalid. */
export interface ParsedOverride {
  override: RuntimeOverride | null
  removed: DocumentPath[]
}

/**
 * Parses the runtimes and environments one by one, so that one broken piece does not hide the others' problems.
 * Pieces under an invalid name are checked here too: the file schema skips the value of a key it rejects.
 */
export function parsePieces(value: unknown, problems: ProblemList): ParsedPieces {
  const root = isMap(value) ? value : {}
  const runtimes = new Map<string, ParsedRuntime>()
  const rawRuntimes = isMap(root.runtimes) ? root.runtimes : {}
  for (const [key, definition] of Object.entries(rawRuntimes)) {
    if (!AGENTCORE_NAME.test(key)) {
      const checked = runtimeSchema.nullable().safeParse(definition)
      if (!checked.success) problems.addIssues(checked.error.issues, definition, ['runtimes', key])
      continue
    }
    const parsed = parseLeniently(runtimeSchema.nullable(), definition)
    if (parsed.data !== undefined) runtimes.set(key, { definition: parsed.data ?? {}, removed: parsed.removed })
  }
  const environments = new Map<string, ParsedEnvironment>()
  const rawEnvironments = isMap(root.environments) ? root.environments : {}
  for (const [name, environment] of Object.entries(rawEnvironments)) {
    if (!ENVIRONMENT_NAME.test(name)) {
      const checked = environmentSchema.safeParse(environment)
      if (!checked.success) problems.addIssues(checked.error.issues, environment, ['environments', name])
    }
    if (!isMap(environment)) continue
    const placement = placementSchema.safeParse(environment)
    const tags = tagsSchema.safeParse(environment.tags)
    const overrides = new Map<string, ParsedOverride | undefined>()
    for (const [key, override] of Object.entries(isMap(environment.runtimes) ? environment.runtimes : {})) {
      const parsed = parseLeniently(runtimeOverrideSchema.nullable(), override)
      overrides.set(key, parsed.data === undefined ? undefined : { override: parsed.data, removed: parsed.removed })
    }
    environments.set(name, {
      ...(placement.success ? { placement: placement.data } : {}),
      tags: tags.success ? (tags.data ?? {}) : {},
      runtimes: overrides,
      runtimesListed: isMap(environment.runtimes),
    })
  }
  return {
    runtimes,
    runtimeKeys: Object.keys(rawRuntimes),
    environmentNames: Object.keys(rawEnvironments),
    emptyRuntimes: isMap(root.runtimes) && Object.keys(rawRuntimes).length === 0,
    emptyEnvironments: isMap(root.environments) && Object.keys(rawEnvironments).length === 0,
    environments,
  }
}

/**
 * The pieces of a file the schema accepted as a whole: nothing to leave out, so no second parse (a large file
 * is validated once, which is most of what `validate` costs after reading the YAML).
 */
export function piecesOfValidFile(file: ConfigFile): ParsedPieces {
  const runtimes = new Map<string, ParsedRuntime>()
  for (const [key, definition] of Object.entries(file.runtimes))
    runtimes.set(key, { definition: definition ?? {}, removed: [] })
  const environments = new Map<string, ParsedEnvironment>()
  for (const [name, environment] of Object.entries(file.environments)) {
    const overrides = new Map<string, ParsedOverride | undefined>()
    for (const [key, override] of Object.entries(environment.runtimes)) overrides.set(key, { override, removed: [] })
    const { account, region, roleToAssume } = environment
    environments.set(name, {
      placement: { account, region, ...(roleToAssume ? { roleToAssume } : {}) },
      tags: environment.tags ?? {},
      runtimes: overrides,
      runtimesListed: true,
    })
  }
  const runtimeKeys = Object.keys(file.runtimes)
  const environmentNames = Object.keys(file.environments)
  return {
    runtimes,
    runtimeKeys,
    environmentNames,
    emptyRuntimes: runtimeKeys.length === 0,
    emptyEnvironments: environmentNames.length === 0,
    environments,
  }
}

/** An environment's placement, extracted once the file schema has reported what is wrong with it. */
const placementSchema = z.object({
  account: z.string().regex(ACCOUNT_ID),
  region: z.string().regex(REGION),
  roleToAssume: z.string().optional(),
})
const tagsSchema = z.record(z.string(), z.string().nullable()).optional()

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Where a merged runtime's values were written, to point problems at the right line. */
class RuntimeSource {
  constructor(
    private readonly problems: ProblemList,
    readonly key: string,
    readonly environment: string | undefined,
    private readonly removed: readonly DocumentPath[] = [],
  ) {}

  get definitionPath(): DocumentPath {
    return ['runtimes', this.key]
  }

  get overridePath(): DocumentPath | undefined {
    return this.environment === undefined ? undefined : ['environments', this.environment, 'runtimes', this.key]
  }

  /** Reports at the override's value when it wrote `relative`, else at the definition's (the deeper one wins). */
  report(relative: DocumentPath, message: string): void {
    // A value the schema rejected was left out and already reported: a second message about it adds nothing.
    if (isRemoved(relative, this.removed)) return
    const document = this.problems.document
    const inOverride = this.overridePath ? [...this.overridePath, ...relative] : undefined
    const inDefinition = [...this.definitionPath, ...relative]
    if (inOverride && document.find(inOverride)) return this.problems.add(inOverride, message)
    if (document.find(inDefinition)) return this.problems.add(inDefinition, message)
    const fromOverride = inOverride ? document.nearest(inOverride) : undefined
    const fromDefinition = document.nearest(inDefinition)
    const overrideDepth = fromOverride ? fromOverride.depth - (this.overridePath?.length ?? 0) : -1
    const definitionDepth = fromDefinition.depth - this.definitionPath.length
    // On a tie at the runtime itself, the definition is where the runtime was written: point there.
    const overrideWins = overrideDepth > definitionDepth || (overrideDepth === definitionDepth && overrideDepth > 0)
    if (inOverride && fromOverride && overrideDepth >= 0 && overrideWins) {
      this.problems.addAt(fromOverride.located, inOverride.slice(0, fromOverride.depth), message, 'key')
    } else {
      this.problems.addAt(fromDefinition.located, inDefinition.slice(0, fromDefinition.depth), message, 'key')
    }
  }
}

/** Resolves every environment and checks the rules that span runtimes and environments. */
export function resolveConfig(path: string, pieces: ParsedPieces, problems: ProblemList): LoadedConfig {
  if (pieces.emptyRuntimes) {
    problems.add(['runtimes'], 'no runtimes are defined; add one, e.g. runtimes: { support_bot: { description: ... } }')
  }
  if (pieces.emptyEnvironments) {
    problems.add(['environments'], 'no environments are defined; add one with an account, a region and its runtimes')
  }
  const environments: Record<string, EnvironmentSettings> = {}
  const runByAnyEnvironment = new Set<string>()
  for (const [name, environment] of pieces.environments) {
    const runtimes: Record<string, RuntimeSettings> = {}
    if (environment.runtimesListed && environment.runtimes.size === 0) {
      problems.add(
        ['environments', name, 'runtimes'],
        `environment '${clip(name)}' runs no runtimes; list at least one of: ${listNames(pieces.runtimeKeys)}`,
      )
    }
    for (const [key, override] of environment.runtimes) {
      runByAnyEnvironment.add(key)
      if (!pieces.runtimeKeys.includes(key)) {
        const close = closestMatch(key, pieces.runtimeKeys)
        const hint = close ? `did you mean '${close}'?` : `defined runtimes: ${listNames(pieces.runtimeKeys) || 'none'}`
        problems.add(
          ['environments', name, 'runtimes', key],
          `environment '${clip(name)}' runs '${clip(key)}', which is not defined under runtimes: ${hint}`,
          'key',
          ['environments', name, 'runtimes'],
        )
        continue
      }
      const parsed = pieces.runtimes.get(key)
      if (!parsed || override === undefined) continue
      const source = new RuntimeSource(problems, key, name, [...parsed.removed, ...override.removed])
      const merged = mergeRuntime(parsed.definition, override.override)
      runtimes[key] = resolveRuntime(key, merged, override.override?.name, environment.tags, source)
    }
    if (!environment.placement) continue
    const { account, region, roleToAssume } = environment.placement
    environments[name] = {
      name,
      account,
      region,
      ...(roleToAssume ? { roleToAssume } : {}),
      tags: withoutNulls(environment.tags),
      runtimes,
    }
  }
  // A runtime no environment runs is still checked on its own, so that its problems do not wait for first use.
  for (const [key, parsed] of pieces.runtimes) {
    if (runByAnyEnvironment.has(key)) continue
    resolveRuntime(key, parsed.definition, undefined, {}, new RuntimeSource(problems, key, undefined, parsed.removed))
  }
  checkNameCollisions(environments, problems)
  return { path, version: 1, runtimeKeys: pieces.runtimeKeys, environments }
}

/** Applies the defaults to a merged runtime and checks what needs the merged result. */
function resolveRuntime(
  key: string,
  runtime: RuntimeDefinition,
  renamed: string | undefined,
  environmentTags: Record<string, string | null>,
  source: RuntimeSource,
): RuntimeSettings {
  const image = resolveImage(key, runtime, source)
  const network = resolveNetwork(runtime, source)
  const environment = withoutNulls(runtime.environment)
  const secrets = runtime.secrets ?? []
  secrets.forEach((secret, index) => {
    if (secret in environment) {
      source.report(
        ['secrets', index],
        `'${secret}' is listed in secrets and also has a plain value under environment; a secret's value comes only from the action's secrets input: remove one of them`,
      )
    }
    if (secrets.indexOf(secret) !== index) source.report(['secrets', index], `secret '${secret}' is listed twice`)
  })
  const variableCount = Object.keys(environment).length + new Set(secrets).size
  if (variableCount > MAX_ENVIRONMENT_VARIABLES) {
    source.report(
      ['environment'],
      `${variableCount} environment variables (plain and secrets together); AgentCore allows at most ${MAX_ENVIRONMENT_VARIABLES}`,
    )
  }
  const lifecycle = runtime.lifecycle ?? {}
  const idle = lifecycle.idleTimeoutSeconds ?? DEFAULT_IDLE_TIMEOUT_SECONDS
  const maxLifetime = lifecycle.maxLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS
  if (idle > maxLifetime) {
    source.report(
      ['lifecycle', lifecycle.idleTimeoutSeconds !== undefined ? 'idleTimeoutSeconds' : 'maxLifetimeSeconds'],
      `idleTimeoutSeconds (${idle}) must not exceed maxLifetimeSeconds (${maxLifetime})`,
    )
  }
  let authorizer: RuntimeSettings['authorizer']
  if (runtime.authorizer) {
    const { discoveryUrl, ...rest } = runtime.authorizer.jwt
    if (discoveryUrl === undefined) {
      source.report(
        ['authorizer', 'jwt', 'discoveryUrl'],
        'a JWT authorizer needs discoveryUrl: https://<issuer>/.well-known/openid-configuration',
      )
    } else {
      authorizer = { jwt: { discoveryUrl, ...rest } }
    }
  }
  const requestHeaders = runtime.requestHeaders
  requestHeaders?.forEach((header, index) => {
    if (header.toLowerCase() === 'authorization' && !authorizer && !runtime.authorizer) {
      source.report(
        ['requestHeaders', index],
        'AgentCore forwards the Authorization header only to runtimes with a JWT authorizer: add authorizer: { jwt: { discoveryUrl: ... } } or remove the header',
      )
    }
    if (requestHeaders.findIndex((h) => h.toLowerCase() === header.toLowerCase()) !== index) {
      source.report(['requestHeaders', index], `request header '${clip(header)}' is listed twice`)
    }
  })
  const endpoints = withoutNulls(runtime.endpoints)
  const endpointCount = Object.keys(endpoints).length
  if (endpointCount > MAX_NAMED_ENDPOINTS) {
    source.report(
      ['endpoints'],
      `${endpointCount} named endpoints; AgentCore allows at most ${MAX_NAMED_ENDPOINTS} per runtime (DEFAULT not counted)`,
    )
  }
  const tags = { ...withoutNulls(environmentTags), ...withoutNulls(runtime.tags) }
  if (Object.keys(tags).length > MAX_TAGS) {
    source.report(
      ['tags'],
      `${Object.keys(tags).length} tags (the environment's and the runtime's together); AWS allows at most ${MAX_TAGS}`,
    )
  }
  return {
    key,
    agentRuntimeName: renamed ?? key,
    ...(runtime.description !== undefined ? { description: runtime.description } : {}),
    image,
    protocol: runtime.protocol ?? 'HTTP',
    network,
    environment,
    secrets,
    lifecycle: {
      ...(lifecycle.idleTimeoutSeconds !== undefined ? { idleTimeoutSeconds: lifecycle.idleTimeoutSeconds } : {}),
      ...(lifecycle.maxLifetimeSeconds !== undefined ? { maxLifetimeSeconds: lifecycle.maxLifetimeSeconds } : {}),
    },
    ...(authorizer ? { authorizer } : {}),
    ...(requestHeaders ? { requestHeaders } : {}),
    role: resolveRole(runtime, source),
    endpoints,
    ...(runtime.smokeTest ? { smokeTest: resolveSmokeTest(runtime.smokeTest) } : {}),
    tags,
  }
}

function resolveImage(key: string, runtime: RuntimeDefinition, source: RuntimeSource): ImageSettings {
  const image = runtime.image ?? {}
  const repository = image.repository ?? defaultRepositoryName(key)
  if (image.repository === undefined && (!ECR_REPOSITORY.test(repository) || repository.length < 2)) {
    source.report(
      ['image', 'repository'],
      `the default ECR repository name '${repository}' (from the runtime key) is not valid; set image.repository (2–256 lower-case letters, digits, . _ - /)`,
    )
  }
  const context = image.context ?? '.'
  const dockerfile = image.dockerfile ?? 'Dockerfile'
  const contextProblem = repositoryPathProblem(context)
  if (contextProblem) source.report(['image', 'context'], `build context ${contextProblem}`)
  else {
    const dockerfileProblem = repositoryPathProblem(`${context}/${dockerfile}`)
    if (dockerfileProblem || repositoryPathProblem(dockerfile)?.includes('absolute')) {
      source.report(
        ['image', 'dockerfile'],
        `dockerfile '${clip(dockerfile)}' must be a path relative to the build context that stays inside the repository`,
      )
    }
  }
  return {
    repository,
    context,
    dockerfile,
    platform: image.platform ?? AGENTCORE_PLATFORM,
    buildArgs: withoutNulls(image.buildArgs),
    scanOnPush: image.scanOnPush ?? true,
    tagMutability: image.tagMutability ?? 'IMMUTABLE',
    keepImages: image.keepImages ?? 30,
  }
}

function resolveNetwork(runtime: RuntimeDefinition, source: RuntimeSource): NetworkSettings {
  const network = runtime.network ?? {}
  if ((network.mode ?? 'PUBLIC') === 'PUBLIC') {
    for (const key of ['subnets', 'securityGroups'] as const) {
      if (network[key] !== undefined) {
        source.report(['network', key], `${key} are only used with mode: VPC; remove them or set network.mode: VPC`)
      }
    }
    return { mode: 'PUBLIC' }
  }
  for (const key of ['subnets', 'securityGroups'] as const) {
    if (network[key] === undefined) {
      const example = key === 'subnets' ? 'subnet-0123456789abcdef0' : 'sg-0123456789abcdef0'
      source.report(['network', key], `network mode VPC needs ${key}: add ${key}: [${example}] (1–16 IDs)`)
    }
  }
  return { mode: 'VPC', subnets: network.subnets ?? [], securityGroups: network.securityGroups ?? [] }
}

function resolveRole(runtime: RuntimeDefinition, source: RuntimeSource): RoleSettings {
  const role = runtime.role ?? {}
  if (role.arn !== undefined) {
    const managed = (['models', 'managedPolicies', 'statements', 'permissionsBoundary'] as const).filter(
      (key) => role[key] !== undefined,
    )
    if (managed.length > 0) {
      source.report(
        ['role', 'arn'],
        `role has both 'arn' and managed-role settings (${managed.join(', ')}); use 'arn' to bring your own role, or the managed settings, not both`,
      )
    }
    return { kind: 'existing', arn: role.arn }
  }
  return {
    kind: 'managed',
    models: role.models ?? [],
    managedPolicies: role.managedPolicies ?? [],
    statements: role.statements ?? [],
    ...(role.permissionsBoundary ? { permissionsBoundary: role.permissionsBoundary } : {}),
  }
}

function resolveSmokeTest(smokeTest: NonNullable<RuntimeDefinition['smokeTest']>): SmokeTestSettings {
  const expect = smokeTest.expect ?? {}
  return {
    payload: smokeTest.payload ?? {},
    expect: Object.fromEntries(Object.entries(expect).filter(([, value]) => value !== undefined)),
  }
}

/**
 * Two environments in the same account and region share AgentCore's namespace: the same runtime name in both
 * would make them deploy over each other. Each clash is reported at the later environment's runtime.
 */
function checkNameCollisions(environments: Record<string, EnvironmentSettings>, problems: ProblemList): void {
  const owners = new Map<string, { environment: string; key: string }>()
  for (const environment of Object.values(environments)) {
    for (const runtime of Object.values(environment.runtimes)) {
      const slot = `${environment.account}/${environment.region}/${runtime.agentRuntimeName}`
      const owner = owners.get(slot)
      if (!owner) {
        owners.set(slot, { environment: environment.name, key: runtime.key })
        continue
      }
      const overridePath = ['environments', environment.name, 'runtimes', runtime.key]
      const namePath = [...overridePath, 'name']
      const suggestion = `${runtime.agentRuntimeName}_${environment.name.replace(/[^a-zA-Z0-9_]/g, '_')}`.slice(0, 48)
      const located = problems.document.find(namePath) ? namePath : overridePath
      const clash =
        owner.environment === environment.name
          ? `runtimes '${owner.key}' and '${runtime.key}' of environment '${environment.name}' would both run AgentCore runtime '${runtime.agentRuntimeName}'`
          : `environments '${owner.environment}' and '${environment.name}' share account ${environment.account} and region ${environment.region}, and both would run AgentCore runtime '${runtime.agentRuntimeName}'`
      problems.add(
        located,
        `${clash}; give this one its own name, e.g. name: ${suggestion}`,
        located === namePath ? 'value' : 'key',
        overridePath,
      )
    }
  }
}
