/**
 * The resolved configuration every action consumes: one environment's view of one runtime, with the
 * environment's overrides already merged over the runtime's defaults (maps merge deeply, lists are replaced).
 * The schema in `schema.ts` parses `agentcore.yaml`; `resolve.ts` turns it into these types.
 */

/** AgentCore's server protocols. */
export type ServerProtocol = 'HTTP' | 'MCP' | 'A2A' | 'AGUI'

/** How the runtime reaches the network. */
export type NetworkSettings = { mode: 'PUBLIC' } | { mode: 'VPC'; subnets: string[]; securityGroups: string[] }

/** How the container image is built and where it is kept. */
export interface ImageSettings {
  /** ECR repository name (in the environment's account and region). */
  repository: string
  /** Build context, relative to the repository root. */
  context: string
  /** Dockerfile, relative to the context. */
  dockerfile: string
  /** Target platform; AgentCore runs `linux/arm64` only. */
  platform: string
  /** Build arguments (plain values; build secrets come through the action's inputs). */
  buildArgs: Record<string, string>
  /** ECR repository settings applied when build-push creates the repository. */
  scanOnPush: boolean
  tagMutability: 'MUTABLE' | 'IMMUTABLE'
  /** Images the lifecycle policy keeps. */
  keepImages: number
}

/** A JWT authorizer (runtimes behind it are invoked with a bearer token, not SigV4). */
export interface JwtAuthorizer {
  discoveryUrl: string
  allowedAudience?: string[]
  allowedClients?: string[]
  allowedScopes?: string[]
}

/** An IAM policy statement, as written in the config. */
export interface PolicyStatement {
  Sid?: string
  Effect: 'Allow' | 'Deny'
  Action: string | string[]
  Resource: string | string[]
  Condition?: Record<string, Record<string, string | string[]>>
}

/** The execution role: bring your own (`arn`) or one that ensure-role manages. */
export type RoleSettings =
  | { kind: 'existing'; arn: string }
  | {
      kind: 'managed'
      /** Model IDs (or ARNs) the agent may invoke; a `*` is allowed only when written here. */
      models: string[]
      managedPolicies: string[]
      statements: PolicyStatement[]
      permissionsBoundary?: string
    }

/** What the smoke test sends and expects, from the config's `smokeTest`. */
export interface SmokeTestSettings {
  payload: unknown
  expect: {
    status?: number
    contains?: string
    regex?: string
    json?: unknown
    maxLatencyMs?: number
    /** MCP runtimes: tool names `tools/list` must return. */
    tools?: string[]
  }
}

/** One runtime as one environment runs it. */
export interface RuntimeSettings {
  /** The key under `runtimes:` in the config. */
  key: string
  /** The AgentCore runtime name (`^[a-zA-Z][a-zA-Z0-9_]{0,47}$`): the key, unless the environment renames it. */
  agentRuntimeName: string
  description?: string
  image: ImageSettings
  protocol: ServerProtocol
  network: NetworkSettings
  /** Plain environment variables. */
  environment: Record<string, string>
  /** Names of environment variables whose values come from the action's `secrets` input; never printed. */
  secrets: string[]
  /** Seconds; undefined means the service default (900 and 28800). */
  lifecycle: { idleTimeoutSeconds?: number; maxLifetimeSeconds?: number }
  authorizer?: { jwt: JwtAuthorizer }
  /** Request headers forwarded to the container. */
  requestHeaders?: string[]
  role: RoleSettings
  /** Named endpoints (never `DEFAULT`) → `latest` or a version number as a string (`"12"`). */
  endpoints: Record<string, string>
  smokeTest?: SmokeTestSettings
  /** Tags for the runtime: the environment's tags merged with the runtime's. */
  tags: Record<string, string>
}

/** One environment (dev, staging, prod). */
export interface EnvironmentSettings {
  name: string
  /** 12-digit AWS account ID, always a string. */
  account: string
  region: string
  /** Role to assume for this environment when one job reads several accounts (drift-check). */
  roleToAssume?: string
  tags: Record<string, string>
  /** The runtimes this environment runs, by config key, resolved. */
  runtimes: Record<string, RuntimeSettings>
}

/** A loaded and validated config file. */
export interface LoadedConfig {
  /** Path as given (for messages and tags). */
  path: string
  version: 1
  /** Every runtime key defined under `runtimes:`. */
  runtimeKeys: string[]
  environments: Record<string, EnvironmentSettings>
}
