/**
 * The zod schema of `agentcore.yaml`: what the FILE may contain. Everything under a runtime is optional here,
 * because an environment's override is merged over the runtime before the result is complete; the rules that
 * need the merged runtime (VPC needs subnets, a secret may not also be plain, name collisions...) live in
 * `resolve.ts`. Defaults are applied after merging too (never with zod's `.default()`, which would make an
 * override's missing key overwrite the runtime's value); they appear here only as `meta.default` for the
 * JSON Schema and the docs.
 */
import * as z from 'zod'
import {
  ACCOUNT_ID,
  AGENTCORE_NAME,
  AGENTCORE_PLATFORM,
  DEFAULT_IDLE_TIMEOUT_SECONDS,
  DEFAULT_MAX_LIFETIME_SECONDS,
  DISCOVERY_URL,
  ECR_REPOSITORY,
  ENVIRONMENT_NAME,
  MAX_ENVIRONMENT_KEY_LENGTH,
  MAX_ENVIRONMENT_VALUE_LENGTH,
  MAX_LIFECYCLE_SECONDS,
  MAX_NAMED_ENDPOINTS,
  MAX_REQUEST_HEADERS,
  MAX_REQUEST_HEADER_LENGTH,
  MAX_TAGS,
  MAX_TAG_KEY_LENGTH,
  MAX_TAG_VALUE_LENGTH,
  MAX_VPC_ITEMS,
  MIN_LIFECYCLE_SECONDS,
  POLICY_ARN,
  REGION,
  ROLE_ARN,
  SECURITY_GROUP_ID,
  SERVICE_MANAGED_ENDPOINT,
  SUBNET_ID,
  TAG_TEXT,
  VERSION_NUMBER,
  agentCoreNameProblem,
  clip,
  requestHeaderProblem,
} from './rules.js'

/**
 * Marks the message of an unknown-key issue: the converter in `problems.ts` replaces it with one problem per
 * unknown key, each with a "did you mean" hint computed from the keys listed after the marker.
 */
export const KNOWN_KEYS_MARKER = '\u0000known-keys:'

/** A strict object whose unknown keys are reported with the keys that are allowed. */
function section<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape).join(',')
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `${KNOWN_KEYS_MARKER}${known}` : undefined),
  })
}

/** An AgentCore name (runtime or endpoint) with a corrected name in the message when it is invalid. */
function agentCoreName(what: string) {
  return z.string().regex(AGENTCORE_NAME, {
    error: (issue) => agentCoreNameProblem(what, String(issue.input)),
  })
}

/**
 * A plain-text value (environment variable, tag, build argument). YAML reads `8080` and `true` as a number and
 * a boolean; those are taken as the text they spell. Non-integer numbers are refused: `1.10` would become "1.1".
 */
function plainText(what: string) {
  return z
    .union([z.string(), z.int(), z.boolean()], {
      error: (issue) =>
        typeof issue.input === 'number'
          ? `${what} ${String(issue.input)} is a decimal number to YAML, which would change its text; quote it`
          : `${what} must be text (quote it), not ${describeValue(issue.input)}`,
    })
    .transform(String)
}

/** One of fixed values; a value in the wrong case is answered with the right spelling. */
function choice<const T extends readonly [string, ...string[]]>(what: string, values: T) {
  return z.enum(values, {
    error: (issue) => {
      const fixed = values.find((v) => typeof issue.input === 'string' && v.toLowerCase() === issue.input.toLowerCase())
      const allowed = values.map((v) => `'${v}'`).join(', ')
      return fixed
        ? `${what} '${clip(issue.input)}' must be written '${fixed}'`
        : `${what} must be one of ${allowed}, not ${describeValue(issue.input)}`
    },
  })
}

/** What a value is, for messages: "a list", "a map", "the number 5". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a map'
  // Cut long text: a message quotes enough to find the value, never a whole file read by mistake (or on purpose).
  if (typeof value === 'string') return `the text '${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `the ${typeof value} ${String(value)}`
  }
  return `a ${typeof value}`
}

function seconds(what: string) {
  const range = `${what} must be a whole number of seconds from ${MIN_LIFECYCLE_SECONDS} to ${MAX_LIFECYCLE_SECONDS}`
  return z
    .int({ error: range })
    .min(MIN_LIFECYCLE_SECONDS, { error: range })
    .max(MAX_LIFECYCLE_SECONDS, { error: range })
}

function textList(what: string) {
  return z.array(z.string({ error: `each ${what} must be text` }), { error: `${what}s must be a list` })
}

const tagMap = z
  .record(
    z
      .string()
      .min(1, { error: 'tag keys must not be empty' })
      .max(MAX_TAG_KEY_LENGTH, { error: `tag keys are at most ${MAX_TAG_KEY_LENGTH} characters` })
      .regex(TAG_TEXT, { error: 'tag keys allow letters, digits, spaces and _ . : / = + - @ only' })
      .refine((key) => !key.toLowerCase().startsWith('aws:'), { error: "tag keys starting with 'aws:' are reserved" }),
    plainText('a tag value')
      .pipe(
        z
          .string()
          .max(MAX_TAG_VALUE_LENGTH, { error: `tag values are at most ${MAX_TAG_VALUE_LENGTH} characters` })
          .regex(TAG_TEXT, { error: 'tag values allow letters, digits, spaces and _ . : / = + - @ only' }),
      )
      .nullable(),
  )
  .meta({ description: `Tags (at most ${MAX_TAGS} in all, keys up to 128 and values up to 256 characters).` })

const imageSchema = section({
  repository: z
    .string()
    .min(2, { error: 'ECR repository names are 2–256 characters' })
    .max(256, { error: 'ECR repository names are 2–256 characters' })
    .regex(ECR_REPOSITORY, {
      error: (issue) =>
        `ECR repository '${clip(issue.input)}' is invalid: use lower-case letters, digits and . _ - / (try '${clip(
          String(issue.input)
            .toLowerCase()
            .replace(/[^a-z0-9._/-]+/g, '-'),
        )}')`,
    })
    .optional()
    .meta({ description: "ECR repository name. Default: the runtime's key, lower-cased, with '_' turned into '-'." }),
  context: z
    .string()
    .optional()
    .meta({ description: 'Build context, relative to the repository root (must stay inside it).', default: '.' }),
  dockerfile: z
    .string()
    .optional()
    .meta({ description: 'Dockerfile, relative to the build context.', default: 'Dockerfile' }),
  platform: z
    .literal(AGENTCORE_PLATFORM, {
      error: `AgentCore runs ${AGENTCORE_PLATFORM} images only; use platform: ${AGENTCORE_PLATFORM}`,
    })
    .optional()
    .meta({ description: 'Target platform. AgentCore runs linux/arm64 only.', default: AGENTCORE_PLATFORM }),
  buildArgs: z
    .record(z.string(), plainText('a build argument').nullable())
    .optional()
    .meta({ description: 'Build arguments (plain values; build secrets come through the action inputs).' }),
  scanOnPush: z
    .boolean({ error: 'scanOnPush must be true or false' })
    .optional()
    .meta({ description: 'ECR scan on push, set when build-push creates the repository.', default: true }),
  tagMutability: choice('tagMutability', ['MUTABLE', 'IMMUTABLE'])
    .optional()
    .meta({ description: 'ECR tag mutability, set when build-push creates the repository.', default: 'IMMUTABLE' }),
  keepImages: z
    .int({ error: 'keepImages must be a whole number from 1 to 10000' })
    .min(1, { error: 'keepImages must be a whole number from 1 to 10000' })
    .max(10000, { error: 'keepImages must be a whole number from 1 to 10000' })
    .optional()
    .meta({ description: 'Images the ECR lifecycle policy keeps.', default: 30 }),
})

const networkSchema = section({
  mode: choice('network mode', ['PUBLIC', 'VPC']).optional().meta({ description: 'PUBLIC or VPC.', default: 'PUBLIC' }),
  subnets: z
    .array(
      z.string().regex(SUBNET_ID, {
        error: (issue) => `'${clip(issue.input)}' is not a subnet ID (subnet- followed by 8–17 letters or digits)`,
      }),
      { error: 'subnets must be a list of subnet IDs' },
    )
    .min(1, { error: `VPC mode needs 1–${MAX_VPC_ITEMS} subnets` })
    .max(MAX_VPC_ITEMS, { error: `VPC mode allows at most ${MAX_VPC_ITEMS} subnets` })
    .optional()
    .meta({ description: 'VPC mode: 1–16 subnet IDs (`subnet-…`).' }),
  securityGroups: z
    .array(
      z.string().regex(SECURITY_GROUP_ID, {
        error: (issue) => `'${clip(issue.input)}' is not a security group ID (sg- followed by 8–17 letters or digits)`,
      }),
      { error: 'securityGroups must be a list of security group IDs' },
    )
    .min(1, { error: `VPC mode needs 1–${MAX_VPC_ITEMS} security groups` })
    .max(MAX_VPC_ITEMS, { error: `VPC mode allows at most ${MAX_VPC_ITEMS} security groups` })
    .optional()
    .meta({ description: 'VPC mode: 1–16 security group IDs (`sg-…`).' }),
})

const lifecycleSchema = section({
  idleTimeoutSeconds: seconds('idleTimeoutSeconds')
    .optional()
    .meta({ description: 'Idle session timeout, 60–28800 seconds.', default: DEFAULT_IDLE_TIMEOUT_SECONDS }),
  maxLifetimeSeconds: seconds('maxLifetimeSeconds')
    .optional()
    .meta({ description: 'Maximum session lifetime, 60–28800 seconds.', default: DEFAULT_MAX_LIFETIME_SECONDS }),
})

const jwtSchema = section({
  discoveryUrl: z
    .string()
    .regex(DISCOVERY_URL, {
      error: 'discoveryUrl must be an https URL ending in /.well-known/openid-configuration',
    })
    .optional()
    .meta({ description: 'OIDC discovery URL (https://…/.well-known/openid-configuration). Required.' }),
  allowedAudience: textList('audience').optional().meta({ description: 'Accepted `aud` values.' }),
  allowedClients: textList('client').optional().meta({ description: 'Accepted `client_id` values.' }),
  allowedScopes: textList('scope').optional().meta({ description: 'Accepted scopes.' }),
})

const authorizerSchema = section({
  jwt: jwtSchema.meta({ description: 'A custom JWT authorizer: callers send a bearer token instead of SigV4.' }),
})

const statementSchema = z
  .strictObject({
    Sid: z.string().optional(),
    Effect: choice('Effect', ['Allow', 'Deny']),
    Action: z.union([z.string(), z.array(z.string())], { error: 'Action must be text or a list of text' }),
    Resource: z.union([z.string(), z.array(z.string())], { error: 'Resource must be text or a list of text' }),
    Condition: z.record(z.string(), z.record(z.string(), z.union([z.string(), z.array(z.string())]))).optional(),
  })
  .meta({ description: 'An IAM policy statement (Effect, Action, Resource, optional Sid and Condition).' })

const roleSchema = section({
  arn: z
    .string()
    .max(2048, { error: 'role ARNs are at most 2048 characters' })
    .regex(ROLE_ARN, {
      error: (issue) => `'${clip(issue.input)}' is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME)`,
    })
    .optional()
    .meta({ description: 'Bring your own execution role. Excludes the managed-role keys below.' }),
  models: textList('model')
    .optional()
    .meta({ description: 'Managed role: model IDs or ARNs the agent may invoke (`*` only where you write it).' }),
  managedPolicies: z
    .array(
      z.string().regex(POLICY_ARN, {
        error: (issue) => `'${clip(issue.input)}' is not an IAM policy ARN (arn:aws:iam::aws:policy/NAME)`,
      }),
      { error: 'managedPolicies must be a list of policy ARNs' },
    )
    .optional()
    .meta({ description: 'Managed role: IAM managed policy ARNs to attach.' }),
  statements: z
    .array(statementSchema, { error: 'statements must be a list of IAM policy statements' })
    .optional()
    .meta({ description: 'Managed role: extra IAM policy statements.' }),
  permissionsBoundary: z
    .string()
    .regex(POLICY_ARN, {
      error: (issue) => `'${clip(issue.input)}' is not an IAM policy ARN (arn:aws:iam::123456789012:policy/NAME)`,
    })
    .optional()
    .meta({ description: 'Managed role: permissions boundary policy ARN.' }),
})

/** `latest` or a version number; YAML may give the number as an integer. */
const endpointTargetError = (issue: { input?: unknown }): string =>
  `endpoint target ${typeof issue.input === 'string' ? `'${clip(issue.input)}'` : describeValue(issue.input)} is invalid; use 'latest' or a version number (1–99999)`
const endpointTarget = z
  .union(
    [
      z.literal('latest', { error: endpointTargetError }),
      z.string().regex(VERSION_NUMBER, { error: endpointTargetError }),
      z
        .int({ error: endpointTargetError })
        .min(1, { error: endpointTargetError })
        .max(99999, { error: endpointTargetError }),
    ],
    { error: endpointTargetError },
  )
  .transform(String)

const endpointsSchema = z
  .record(
    agentCoreName('endpoint name').refine((name) => name !== SERVICE_MANAGED_ENDPOINT, {
      error: `'${SERVICE_MANAGED_ENDPOINT}' is managed by AgentCore (it always follows the latest version) and cannot be configured; name your endpoint e.g. 'live'`,
    }),
    endpointTarget.nullable(),
  )
  .meta({
    description: `Named endpoints (at most ${MAX_NAMED_ENDPOINTS}, never DEFAULT) → \`latest\` or a version number.`,
  })

const smokeTestSchema = section({
  payload: z.unknown().optional().meta({ description: 'JSON payload sent to the runtime.', default: {} }),
  expect: section({
    status: z
      .int({ error: 'status must be an HTTP status code (100–599)' })
      .min(100, { error: 'status must be an HTTP status code (100–599)' })
      .max(599, { error: 'status must be an HTTP status code (100–599)' })
      .optional()
      .meta({ description: 'Expected HTTP status.' }),
    contains: z.string().optional().meta({ description: 'Text the answer must contain.' }),
    regex: z
      .string()
      .refine(isRegex, { error: (issue) => `regex '${clip(issue.input)}' is not a valid regular expression` })
      .optional()
      .meta({ description: 'JavaScript regular expression the answer must match.' }),
    json: z.unknown().optional().meta({ description: 'JSON subset the answer must contain.' }),
    maxLatencyMs: z
      .int({ error: 'maxLatencyMs must be a positive whole number of milliseconds' })
      .positive({ error: 'maxLatencyMs must be a positive whole number of milliseconds' })
      .optional()
      .meta({ description: 'Latency budget in milliseconds.' }),
    tools: textList('tool').optional().meta({ description: 'MCP runtimes: tool names `tools/list` must return.' }),
  })
    .optional()
    .meta({ description: 'What the answer must satisfy.' }),
})

function isRegex(source: string): boolean {
  try {
    new RegExp(source)
    return true
  } catch {
    return false
  }
}

/** The keys a runtime may have (under `runtimes:` and in an environment's override). */
const runtimeShape = {
  description: z
    .string()
    .min(1, { error: 'description must not be empty' })
    .max(4096, { error: 'description is at most 4096 characters' })
    .optional()
    .meta({ description: 'Runtime description (1–4096 characters).' }),
  image: imageSchema.optional().meta({ description: 'How the container image is built and where it is kept.' }),
  protocol: choice('protocol', ['HTTP', 'MCP', 'A2A', 'AGUI'])
    .optional()
    .meta({ description: 'Server protocol.', default: 'HTTP' }),
  network: networkSchema.optional().meta({ description: 'Network mode; VPC needs subnets and securityGroups.' }),
  environment: z
    .record(
      z
        .string()
        .min(1, { error: 'environment variable names must not be empty' })
        .max(MAX_ENVIRONMENT_KEY_LENGTH, {
          error: `environment variable names are at most ${MAX_ENVIRONMENT_KEY_LENGTH} characters`,
        }),
      plainText('an environment variable value')
        .pipe(
          z.string().max(MAX_ENVIRONMENT_VALUE_LENGTH, {
            error: `environment variable values are at most ${MAX_ENVIRONMENT_VALUE_LENGTH} characters`,
          }),
        )
        .nullable(),
    )
    .optional()
    .meta({ description: 'Plain environment variables (at most 50 with the secrets; names 1–100, values ≤ 5000).' }),
  secrets: z
    .array(
      z
        .string({ error: 'each secret must be an environment variable name' })
        .min(1, { error: 'secret names must not be empty' })
        .max(MAX_ENVIRONMENT_KEY_LENGTH, {
          error: `secret names are at most ${MAX_ENVIRONMENT_KEY_LENGTH} characters`,
        }),
      {
        error:
          "secrets must be a list of environment variable names, e.g. secrets: [API_KEY]; their values come from the action's secrets input, never from this file",
      },
    )
    .optional()
    .meta({ description: "Environment variables whose values come from the action's `secrets` input." }),
  lifecycle: lifecycleSchema
    .optional()
    .meta({ description: 'Session lifecycle; unset values use the service defaults.' }),
  authorizer: authorizerSchema.optional().meta({ description: 'Inbound authorization; unset means SigV4 (IAM).' }),
  requestHeaders: z
    .array(
      z
        .string({ error: 'each request header must be a header name' })
        .min(1, { error: 'request header names must not be empty' })
        .max(MAX_REQUEST_HEADER_LENGTH, {
          error: `request header names are at most ${MAX_REQUEST_HEADER_LENGTH} characters`,
        })
        .superRefine((name, context) => {
          const problem = requestHeaderProblem(name)
          if (problem) context.addIssue({ code: 'custom', message: problem, input: name })
        }),
      { error: 'requestHeaders must be a list of header names' },
    )
    .min(1, { error: 'requestHeaders needs at least one header (or leave it out)' })
    .max(MAX_REQUEST_HEADERS, { error: `requestHeaders allows at most ${MAX_REQUEST_HEADERS} headers` })
    .optional()
    .meta({ description: 'Request headers forwarded to the container (1–20 unique names).' }),
  role: roleSchema.optional().meta({ description: 'Execution role: `arn`, or managed-role settings.' }),
  endpoints: endpointsSchema.optional(),
  smokeTest: smokeTestSchema.optional().meta({ description: 'What invoke-smoke-test sends and expects.' }),
  tags: tagMap.optional(),
}

/** A runtime as defined under `runtimes:`. */
export const runtimeSchema = section(runtimeShape)

/** An environment's override of one runtime: any runtime key, plus `name`. */
export const runtimeOverrideSchema = section({
  name: agentCoreName('runtime name')
    .optional()
    .meta({ description: 'The AgentCore runtime name in this environment. Default: the runtime key.' }),
  ...runtimeShape,
})

/** One environment under `environments:`. */
export const environmentSchema = section({
  account: z
    .string({
      error: (issue) => {
        const digits = typeof issue.input === 'number' && Number.isInteger(issue.input) ? String(issue.input) : ''
        // 9–12 digits: an account ID YAML turned into a number, possibly losing leading zeros.
        if (/^[0-9]{9,12}$/.test(digits)) {
          const lost = digits.length < 12 ? ' (and drops leading zeros)' : ''
          return `account must be quoted: YAML reads ${digits} as a number${lost}; write account: "${digits.padStart(12, '0')}"`
        }
        return `account must be a 12-digit AWS account ID in quotes, not ${describeValue(issue.input)}`
      },
    })
    .regex(ACCOUNT_ID, {
      error: (issue) => `account '${clip(issue.input)}' is not a 12-digit AWS account ID`,
    })
    .meta({ description: 'AWS account ID (12 digits, quoted). Deploying with another account is refused.' }),
  region: z
    .string({ error: 'region must be an AWS region code such as us-east-1' })
    .regex(REGION, {
      error: (issue) => {
        const region = String(issue.input)
        const fixed = region.toLowerCase().replace(/_/g, '-')
        return REGION.test(fixed)
          ? `region '${clip(region)}' must be written '${clip(fixed)}'`
          : `region '${clip(region)}' is not an AWS region code such as us-east-1`
      },
    })
    .meta({ description: 'AWS region code, e.g. us-east-1.' }),
  roleToAssume: z
    .string()
    .regex(ROLE_ARN, {
      error: (issue) => `'${clip(issue.input)}' is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME)`,
    })
    .optional()
    .meta({ description: 'Role to assume for this environment when one job reads several accounts (drift-check).' }),
  tags: tagMap.optional(),
  runtimes: z
    .record(z.string(), runtimeOverrideSchema.nullable())
    .meta({ description: 'The runtimes this environment runs (key present = runs it), each with its overrides.' }),
})

/** The whole file. */
export const configSchema = section({
  $schema: z.string().optional().meta({ description: 'JSON Schema reference for editors (ignored).' }),
  version: z
    .literal(1, { error: 'version must be 1 (the only config format there is)' })
    .meta({ description: 'Config format version: 1.' }),
  runtimes: z
    .record(agentCoreName('runtime name'), runtimeSchema.nullable())
    .meta({ description: 'Runtimes, by key; the key is the AgentCore runtime name unless an environment renames it.' }),
  environments: z
    .record(
      z.string().regex(ENVIRONMENT_NAME, {
        error: (issue) =>
          `environment name '${clip(issue.input)}' must be 1–64 letters, digits, '_', '.' or '-', starting with a letter or digit`,
      }),
      environmentSchema,
    )
    .meta({
      description: 'Environments (dev, staging, prod), each with an account, a region and the runtimes it runs.',
    }),
})

/** The file as parsed, before merging. */
export type ConfigFile = z.output<typeof configSchema>
/** A runtime definition as parsed. */
export type RuntimeDefinition = z.output<typeof runtimeSchema>
/** An environment's override as parsed. */
export type RuntimeOverride = z.output<typeof runtimeOverrideSchema>
