/**
 * The desired configuration of a runtime, from the resolved config, and the complete request that applies it.
 * UpdateAgentRuntime is a PUT: whatever it is not sent may be reset, so every update carries the whole managed
 * configuration, plus the live values of the fields the config does not manage (filesystems, capacity provider,
 * metadata, platform version, authorizer extras): read-modify-write.
 */
import type {
  CreateAgentRuntimeRequest,
  CustomJWTAuthorizerConfiguration,
  GetAgentRuntimeResponse,
} from '@aws-sdk/client-bedrock-agentcore-control'
import type { EnvironmentSettings, JwtAuthorizer, RuntimeSettings, ServerProtocol } from '../config/types.js'
import { executionRoleArn } from '../iam/names.js'

/** AgentCore's lifecycle defaults (seconds), which GetAgentRuntime reports when none were set. */
export const DEFAULT_IDLE_TIMEOUT_SECONDS = 900
export const DEFAULT_MAX_LIFETIME_SECONDS = 28800

/** What the config says a runtime should be, in comparable form. */
export interface DesiredRuntime {
  agentRuntimeName: string
  /** Digest-pinned image URI; `undefined` keeps the live image (a config-only change). */
  containerUri?: string
  roleArn: string
  network: { mode: 'PUBLIC' } | { mode: 'VPC'; subnets: string[]; securityGroups: string[] }
  protocol: ServerProtocol
  /** Plain environment variables. */
  environment: Record<string, string>
  /** Secret environment variables: name → value; `undefined` when the value is not known (drift-check). */
  secrets: Record<string, string | undefined>
  /** With AgentCore's defaults filled in, so that "unset" and "set to the default" compare equal. */
  lifecycle: { idleTimeoutSeconds: number; maxLifetimeSeconds: number }
  authorizer?: JwtAuthorizer
  /** Allow-listed request headers (order does not matter). */
  requestHeaders?: string[]
  /** The config's description; `undefined` means the config does not manage it (the live text is kept). */
  description?: string
}

/**
 * The execution role a runtime uses: the `role-arn` input when given, else the config's `role.arn`, else the role
 * ensure-role manages for this runtime and environment (derived by name, so no lookup is needed).
 */
export function resolveRoleArn(runtime: RuntimeSettings, environment: EnvironmentSettings, override?: string): string {
  if (override) return override
  if (runtime.role.kind === 'existing') return runtime.role.arn
  return executionRoleArn(environment.account, environment.name, runtime.agentRuntimeName)
}

/** Builds the {@link DesiredRuntime} for one runtime in one environment. */
export function desiredRuntime(
  runtime: RuntimeSettings,
  options: { containerUri?: string; roleArn: string; secretValues?: Record<string, string> },
): DesiredRuntime {
  return {
    agentRuntimeName: runtime.agentRuntimeName,
    containerUri: options.containerUri,
    roleArn: options.roleArn,
    network:
      runtime.network.mode === 'VPC'
        ? { mode: 'VPC', subnets: [...runtime.network.subnets], securityGroups: [...runtime.network.securityGroups] }
        : { mode: 'PUBLIC' },
    protocol: runtime.protocol,
    environment: { ...runtime.environment },
    secrets: Object.fromEntries(runtime.secrets.map((name) => [name, options.secretValues?.[name]])),
    lifecycle: {
      idleTimeoutSeconds: runtime.lifecycle.idleTimeoutSeconds ?? DEFAULT_IDLE_TIMEOUT_SECONDS,
      maxLifetimeSeconds: runtime.lifecycle.maxLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS,
    },
    authorizer: runtime.authorizer?.jwt,
    requestHeaders: runtime.requestHeaders?.length ? [...runtime.requestHeaders] : undefined,
    description: runtime.description,
  }
}

/** The live container URI of a runtime version, if it runs a container. */
export function liveContainerUri(live: Pick<GetAgentRuntimeResponse, 'agentRuntimeArtifact'>): string | undefined {
  return live.agentRuntimeArtifact?.containerConfiguration?.containerUri
}

/** The configuration fields of Create/UpdateAgentRuntime (everything but the name/ID, tags and client token). */
export type RuntimeRequestFields = Omit<CreateAgentRuntimeRequest, 'agentRuntimeName' | 'tags' | 'clientToken'> &
  Pick<GetAgentRuntimeResponse, 'metadataConfiguration'>

/**
 * The complete request for a create (no `live`) or an update (read-modify-write over `live`). `description` is
 * the full text to send (config description plus version stamp). Secret values come from `desired.secrets`; a
 * secret whose value is unknown keeps its live value.
 */
export function runtimeRequest(
  desired: DesiredRuntime,
  live: GetAgentRuntimeResponse | undefined,
  description: string,
): RuntimeRequestFields {
  const containerUri = desired.containerUri ?? (live && liveContainerUri(live))
  if (!containerUri) throw new Error(`no image for runtime '${desired.agentRuntimeName}'`)
  const liveEnv = live?.environmentVariables ?? {}
  const secrets = Object.fromEntries(
    Object.entries(desired.secrets)
      .map(([name, value]) => [name, value ?? liveEnv[name]])
      .filter((entry): entry is [string, string] => entry[1] !== undefined),
  )
  const liveVpc = live?.networkConfiguration?.networkModeConfig
  const request: RuntimeRequestFields = {
    agentRuntimeArtifact: { containerConfiguration: { containerUri } },
    roleArn: desired.roleArn,
    networkConfiguration:
      desired.network.mode === 'VPC'
        ? {
            networkMode: 'VPC',
            networkModeConfig: {
              subnets: desired.network.subnets,
              securityGroups: desired.network.securityGroups,
              // Update-only flag of pre-May-2026 VPC runtimes: carried, never invented (Create refuses it).
              ...(liveVpc?.requireServiceS3Endpoint !== undefined
                ? { requireServiceS3Endpoint: liveVpc.requireServiceS3Endpoint }
                : {}),
            },
          }
        : { networkMode: 'PUBLIC' },
    protocolConfiguration: { serverProtocol: desired.protocol },
    environmentVariables: { ...desired.environment, ...secrets },
    lifecycleConfiguration: {
      idleRuntimeSessionTimeout: desired.lifecycle.idleTimeoutSeconds,
      maxLifetime: desired.lifecycle.maxLifetimeSeconds,
    },
    description,
  }
  if (desired.authorizer) {
    request.authorizerConfiguration = {
      customJWTAuthorizer: jwtAuthorizer(desired.authorizer, live?.authorizerConfiguration?.customJWTAuthorizer),
    }
  }
  if (desired.requestHeaders?.length) {
    request.requestHeaderConfiguration = { requestHeaderAllowlist: desired.requestHeaders }
  }
  // Fields the config does not manage keep their live values.
  if (live?.metadataConfiguration) request.metadataConfiguration = live.metadataConfiguration
  if (live?.filesystemConfigurations) request.filesystemConfigurations = live.filesystemConfigurations
  if (live?.capacityProviderConfiguration) request.capacityProviderConfiguration = live.capacityProviderConfiguration
  if (live?.platformVersion) request.platformVersion = live.platformVersion
  return request
}

/** The config's JWT settings over the live authorizer's extras (claims, private endpoints) when it is the same one. */
function jwtAuthorizer(
  desired: JwtAuthorizer,
  live: CustomJWTAuthorizerConfiguration | undefined,
): CustomJWTAuthorizerConfiguration {
  const extras = live && live.discoveryUrl === desired.discoveryUrl ? live : {}
  const result: CustomJWTAuthorizerConfiguration = { ...extras, discoveryUrl: desired.discoveryUrl }
  for (const key of ['allowedAudience', 'allowedClients', 'allowedScopes'] as const) {
    if (desired[key]?.length) result[key] = desired[key]
    else delete result[key]
  }
  return result
}
