/**
 * The real AgentCore, ECR and IAM constraints the config file is checked against (AGENTCORE_FACTS.md §3, §5),
 * and the hints that turn a broken value into a fixed one. Kept apart from the zod schema so that the
 * cross-checks in `resolve.ts` and the schema enforce the very same rules.
 */

/** AgentCore runtime and endpoint names: letters, digits and `_`, starting with a letter, at most 48. */
export const AGENTCORE_NAME = /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/

/** The endpoint AgentCore creates and moves itself; it cannot be configured. */
export const SERVICE_MANAGED_ENDPOINT = 'DEFAULT'

/** Named endpoints one runtime may declare. */
export const MAX_NAMED_ENDPOINTS = 10

/** A runtime version as AgentCore writes it: 1–5 digits, no leading zero. */
export const VERSION_NUMBER = /^[1-9][0-9]{0,4}$/

/** Environment variables: at most 50 (plain values and secrets together), keys 1–100, values up to 5000. */
export const MAX_ENVIRONMENT_VARIABLES = 50
/** Longest environment variable name. */
export const MAX_ENVIRONMENT_KEY_LENGTH = 100
/** Longest environment variable value. */
export const MAX_ENVIRONMENT_VALUE_LENGTH = 5000

/** Lifecycle bounds in seconds (idle session timeout and maximum lifetime). */
export const MIN_LIFECYCLE_SECONDS = 60
/** Largest lifecycle value, in seconds. */
export const MAX_LIFECYCLE_SECONDS = 28800
/** What AgentCore uses when a lifecycle value is not set. */
export const DEFAULT_IDLE_TIMEOUT_SECONDS = 900
/** AgentCore's default maximum session lifetime, in seconds. */
export const DEFAULT_MAX_LIFETIME_SECONDS = 28800

/** VPC mode: 1–16 subnets and 1–16 security groups. */
export const SUBNET_ID = /^subnet-[0-9a-zA-Z]{8,17}$/
/** A security group ID. */
export const SECURITY_GROUP_ID = /^sg-[0-9a-zA-Z]{8,17}$/
/** Most subnets, and most security groups, in VPC mode. */
export const MAX_VPC_ITEMS = 16

/** An IAM role ARN as CreateAgentRuntime accepts it. */
export const ROLE_ARN = /^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role\/.+$/
/** An IAM managed policy ARN (AWS-managed or customer-managed). */
export const POLICY_ARN = /^arn:aws(-[^:]+)?:iam::(aws|[0-9]{12}):policy\/.+$/

/** An AWS account ID. */
export const ACCOUNT_ID = /^[0-9]{12}$/
/** An AWS region code (`us-east-1`, `eu-central-2`, `us-gov-west-1`, `ap-southeast-7`). */
export const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$/

/** Tags: at most 50; keys 1–128, values up to 256, both from this alphabet; `aws:` is reserved. */
export const TAG_TEXT = /^[a-zA-Z0-9\s._:/=+@-]*$/
/** Most tags on one resource. */
export const MAX_TAGS = 50
/** Longest tag key. */
export const MAX_TAG_KEY_LENGTH = 128
/** Longest tag value. */
export const MAX_TAG_VALUE_LENGTH = 256

/** Request headers AgentCore forwards: 1–20 unique names, each up to 256 characters. */
export const MAX_REQUEST_HEADERS = 20
/** Longest request header name. */
export const MAX_REQUEST_HEADER_LENGTH = 256

/** Header names AgentCore forwards: letters, digits, `-` and `_`. */
export const HEADER_NAME = /^[A-Za-z0-9_-]+$/
/** The one `x-amzn-` prefix AgentCore forwards. */
export const CUSTOM_HEADER_PREFIX = 'X-Amzn-Bedrock-AgentCore-Runtime-Custom-'
/** Headers AgentCore refuses to forward (developer guide, "Pass custom headers", restricted headers). */
export const RESTRICTED_HEADERS = new Set(
  [
    'Proxy-Authorization',
    'WWW-Authenticate',
    'Accept',
    'Accept-Charset',
    'Accept-Encoding',
    'Accept-Language',
    'Content-Type',
    'Content-Length',
    'Content-Encoding',
    'Content-Language',
    'Content-Location',
    'Content-Range',
    'Cache-Control',
    'ETag',
    'Expires',
    'If-Match',
    'If-Modified-Since',
    'If-None-Match',
    'If-Range',
    'If-Unmodified-Since',
    'Last-Modified',
    'Pragma',
    'Vary',
    'Connection',
    'Keep-Alive',
    'Proxy-Connection',
    'Upgrade',
    'Host',
    'Referer',
    'User-Agent',
    'From',
    'Range',
    'Accept-Ranges',
    'Transfer-Encoding',
    'TE',
    'Trailer',
  ].map((h) => h.toLowerCase()),
)

/** Why AgentCore would not forward header `name`, or undefined. */
export function requestHeaderProblem(name: string): string | undefined {
  const lower = name.toLowerCase()
  if (!HEADER_NAME.test(name)) return `request header '${clip(name)}' may contain only letters, digits, '-' and '_'`
  if (lower.startsWith('x-amz-'))
    return `request header '${clip(name)}' is reserved: x-amz- headers belong to SigV4 signing`
  if (lower.startsWith('x-amzn-') && !lower.startsWith(CUSTOM_HEADER_PREFIX.toLowerCase())) {
    return `request header '${clip(name)}' is reserved: the only x-amzn- headers forwarded start with ${CUSTOM_HEADER_PREFIX}`
  }
  if (RESTRICTED_HEADERS.has(lower))
    return `request header '${clip(name)}' is on AgentCore's restricted list and cannot be forwarded`
  return undefined
}

/** An OIDC discovery URL as the JWT authorizer requires it. */
export const DISCOVERY_URL = /^https:\/\/.+\/\.well-known\/openid-configuration$/

/** An ECR repository name (2–256 characters). */
export const ECR_REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/

/** Environment names end up in tags, comment markers and messages: keep them plain. */
export const ENVIRONMENT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}$/

/** The only platform AgentCore runs. */
export const AGENTCORE_PLATFORM = 'linux/arm64'

/**
 * Why `name` is not a valid AgentCore name, with a corrected name to try.
 * `what` names the thing ("runtime name", "endpoint name") for the message.
 */
export function agentCoreNameProblem(what: string, name: string): string | undefined {
  if (AGENTCORE_NAME.test(name)) return undefined
  if (name === '') return `${what} is empty; AgentCore names are 1–48 letters, digits and '_', starting with a letter`
  const suggestion = suggestAgentCoreName(name)
  const tryIt = suggestion ? `: try '${suggestion}'` : ''
  if (name.length > 48)
    return `${what} '${clip(name)}' has ${name.length} characters; AgentCore allows at most 48${tryIt}`
  const bad = [...new Set(name.replace(/[a-zA-Z0-9_]/g, ''))]
  if (bad.length > 0) {
    const described = bad.map(describeCharacter).join(', ')
    const noun = bad.length === 1 ? `a ${described}` : described
    return `${what} '${clip(name)}' has ${noun}; AgentCore allows letters, digits and '_'${tryIt}`
  }
  return `${what} '${clip(name)}' must start with a letter${tryIt}`
}

/** A valid AgentCore name close to `name`: invalid characters become `_`, a letter first, cut to 48. */
export function suggestAgentCoreName(name: string): string | undefined {
  let fixed = name.replace(/[^a-zA-Z0-9_]/g, '_')
  fixed = fixed.replace(/^[^a-zA-Z]+/, '')
  fixed = fixed.slice(0, 48).replace(/_+$/, '')
  return AGENTCORE_NAME.test(fixed) ? fixed : undefined
}

function describeCharacter(c: string): string {
  const names: Record<string, string> = { '-': 'hyphen', ' ': 'space', '.': 'dot', '/': 'slash', ':': 'colon' }
  return names[c] ?? `'${c}'`
}

/** The ECR repository a runtime uses when `image.repository` is not set: ECR names are lower case, `_` → `-`. */
export function defaultRepositoryName(runtimeKey: string): string {
  return runtimeKey.toLowerCase().replace(/_/g, '-')
}

/**
 * Why a path from the config (build context, Dockerfile) does not stay inside the repository, or undefined.
 * Paths are relative to the repository root and use `/`.
 */
export function repositoryPathProblem(path: string): string | undefined {
  if (path.trim() === '') return 'is empty; use a path relative to the repository root, e.g. `.`'
  if (path.startsWith('/') || path.startsWith('\\') || /^[a-zA-Z]:[\\/]/.test(path) || path.startsWith('~')) {
    return `'${clip(path)}' is absolute; use a path relative to the repository root (e.g. 'agents/support')`
  }
  let depth = 0
  for (const part of path.split(/[\\/]+/)) {
    if (part === '..') depth -= 1
    else if (part !== '.' && part !== '') depth += 1
    if (depth < 0) return `'${clip(path)}' leaves the repository; paths must stay inside it (no '..' above the root)`
  }
  return undefined
}

/**
 * A value as messages quote it: at most 60 characters, so that a long value (a whole file pasted or read by
 * mistake) never floods a log or an annotation.
 */
export function clip(value: unknown): string {
  const text = String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

/** Names for a message: the first ten, then how many more (a config may define hundreds of runtimes). */
export function listNames(names: readonly string[], max = 10): string {
  const shown = names.slice(0, max).map(clip).join(', ')
  return names.length > max ? `${shown} and ${names.length - max} more` : shown
}

/** The edit distance between two strings, a swap of neighbours counting as one edit ("did you mean" hints). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[a.length][b.length]
}

/** The closest candidate to `word` (case-insensitive), when it is close enough to be a likely typo. */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  const allowed = Math.max(1, Math.floor(Math.max(word.length, 3) / 3))
  return bestDistance <= allowed ? best : undefined
}
