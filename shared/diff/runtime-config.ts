/**
 * Desired runtime configuration vs a live version → the list of fields that differ. This is what decides
 * "no change" in deploy-runtime (every update mints a version, so a false "changed" churns versions) and what
 * drift-check reports. The comparison is normalised so that the service's own rewrites do not count as changes:
 * defaults it fills in (lifecycle 900/28800, protocol HTTP, network PUBLIC), list and map order (subnets, security
 * groups, headers, audiences, environment variables), absent vs empty, the image as tag+digest vs digest only, and
 * the version stamp in the description. Secret values are compared but never put in a change.
 */
import type { GetAgentRuntimeResponse } from '@aws-sdk/client-bedrock-agentcore-control'
import type { DesiredRuntime } from '../agentcore/runtime-configuration.js'
import {
  DEFAULT_IDLE_TIMEOUT_SECONDS,
  DEFAULT_MAX_LIFETIME_SECONDS,
  liveContainerUri,
} from '../agentcore/runtime-configuration.js'
import { splitDescription } from '../agentcore/version-stamp.js'

/** One field that differs. `from`/`to` are display strings (`undefined` = not set); secrets carry neither. */
export interface RuntimeFieldChange {
  /** `image`, `role`, `network`, `protocol`, `environment.NAME`, `lifecycle.idleTimeoutSeconds`, `authorizer`, `requestHeaders`, `description`. */
  field: string
  from?: string
  to?: string
  /** A secret environment variable: its values are never shown. */
  secret?: boolean
  /** For a secret: it is not set live at all (rather than set to another value). */
  added?: boolean
}

/** The live configuration in the comparable form of a {@link DesiredRuntime}. */
export function normaliseLiveRuntime(live: GetAgentRuntimeResponse): Omit<DesiredRuntime, 'secrets'> & {
  /** Every live environment variable (plain and secret alike: the service does not know the difference). */
  environment: Record<string, string>
} {
  const vpc = live.networkConfiguration?.networkModeConfig
  const jwt = live.authorizerConfiguration?.customJWTAuthorizer
  return {
    agentRuntimeName: live.agentRuntimeName ?? '',
    containerUri: liveContainerUri(live),
    roleArn: live.roleArn ?? '',
    network:
      live.networkConfiguration?.networkMode === 'VPC'
        ? { mode: 'VPC', subnets: vpc?.subnets ?? [], securityGroups: vpc?.securityGroups ?? [] }
        : { mode: 'PUBLIC' },
    protocol: live.protocolConfiguration?.serverProtocol ?? 'HTTP',
    environment: { ...(live.environmentVariables ?? {}) },
    lifecycle: {
      idleTimeoutSeconds: live.lifecycleConfiguration?.idleRuntimeSessionTimeout ?? DEFAULT_IDLE_TIMEOUT_SECONDS,
      maxLifetimeSeconds: live.lifecycleConfiguration?.maxLifetime ?? DEFAULT_MAX_LIFETIME_SECONDS,
    },
    authorizer: jwt?.discoveryUrl
      ? {
          discoveryUrl: jwt.discoveryUrl,
          allowedAudience: jwt.allowedAudience,
          allowedClients: jwt.allowedClients,
          allowedScopes: jwt.allowedScopes,
        }
      : undefined,
    requestHeaders: live.requestHeaderConfiguration?.requestHeaderAllowlist,
    description: splitDescription(live.description).text,
  }
}

/**
 * The image identity used for comparison: `registry/repository@digest` when a digest is present (a tag next to
 * a digest does not change what runs), else the URI as written (a tag alone cannot be compared with a digest and
 * counts as a change, which pins it).
 */
export function normaliseImageUri(uri: string | undefined): string | undefined {
  if (!uri) return undefined
  const at = uri.lastIndexOf('@')
  if (at < 0) return uri
  const name = uri.slice(0, at)
  const slash = name.indexOf('/')
  const colon = name.lastIndexOf(':')
  return `${colon > slash ? name.slice(0, colon) : name}${uri.slice(at)}`
}

/** Fields of `desired` that differ from `live`, in a stable order. Empty means "nothing to update". */
export function diffRuntimeConfiguration(desired: DesiredRuntime, live: GetAgentRuntimeResponse): RuntimeFieldChange[] {
  const current = normaliseLiveRuntime(live)
  const changes: RuntimeFieldChange[] = []
  const compare = (field: string, from: string | undefined, to: string | undefined) => {
    if (from !== to) changes.push({ field, from, to })
  }

  if (desired.containerUri !== undefined) {
    const from = normaliseImageUri(current.containerUri)
    const to = normaliseImageUri(desired.containerUri)
    if (from !== to) changes.push({ field: 'image', from: current.containerUri, to: desired.containerUri })
  }
  compare('role', current.roleArn || undefined, desired.roleArn)
  compare('network', networkText(current.network), networkText(desired.network))
  compare('protocol', current.protocol, desired.protocol)

  const names = new Set([
    ...Object.keys(current.environment),
    ...Object.keys(desired.environment),
    ...Object.keys(desired.secrets),
  ])
  for (const name of [...names].sort()) {
    const field = `environment.${name}`
    const liveValue = current.environment[name]
    if (name in desired.secrets) {
      const wanted = desired.secrets[name]
      // An unknown secret value (drift-check) can only be checked for presence.
      const differs = liveValue === undefined || (wanted !== undefined && wanted !== liveValue)
      if (differs) changes.push({ field, secret: true, added: liveValue === undefined })
    } else {
      compare(field, liveValue, desired.environment[name])
    }
  }

  compare(
    'lifecycle.idleTimeoutSeconds',
    `${current.lifecycle.idleTimeoutSeconds}`,
    `${desired.lifecycle.idleTimeoutSeconds}`,
  )
  compare(
    'lifecycle.maxLifetimeSeconds',
    `${current.lifecycle.maxLifetimeSeconds}`,
    `${desired.lifecycle.maxLifetimeSeconds}`,
  )
  compare('authorizer', authorizerText(current.authorizer), authorizerText(desired.authorizer))
  compare('requestHeaders', listText(current.requestHeaders), listText(desired.requestHeaders))
  if (desired.description !== undefined) compare('description', current.description, desired.description)
  return changes
}

/** One line per change for logs and summaries: values of secrets are never included. */
export function describeRuntimeChange(change: RuntimeFieldChange): string {
  if (change.secret) {
    return `${change.field}: ${change.added ? 'added' : 'changed'} (secret)`
  }
  const show = (value: string | undefined) => (value === undefined ? '(not set)' : value)
  return `${change.field}: ${show(change.from)} → ${show(change.to)}`
}

function networkText(network: DesiredRuntime['network']): string {
  if (network.mode === 'PUBLIC') return 'PUBLIC'
  return `VPC subnets=${listText(network.subnets) ?? ''} securityGroups=${listText(network.securityGroups) ?? ''}`
}

function authorizerText(jwt: DesiredRuntime['authorizer']): string | undefined {
  if (!jwt) return undefined
  const parts = [`jwt discoveryUrl=${jwt.discoveryUrl}`]
  for (const key of ['allowedAudience', 'allowedClients', 'allowedScopes'] as const) {
    const text = listText(jwt[key])
    if (text) parts.push(`${key}=${text}`)
  }
  return parts.join(' ')
}

/** A list as a sorted, de-duplicated text; empty and absent are the same (`undefined`). */
function listText(list: string[] | undefined): string | undefined {
  if (!list?.length) return undefined
  return `[${[...new Set(list)].sort().join(', ')}]`
}
