/**
 * Request validation for the AgentCore control plane, with the real service's patterns and limits
 * (AGENTCORE_FACTS.md §3, §5). Failures are collected and answered as one `ValidationException` with
 * `reason: FieldValidationFailed` and a `fieldList`, in the wording AWS services use
 * ("1 validation error detected: Value '...' at '...' failed to satisfy constraint: ...").
 */
import { ServiceError } from '../protocols/json.js'

/** Runtime and endpoint names: letters, digits and `_`, starting with a letter (no hyphens). */
export const NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/
export const RUNTIME_ID_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]{0,99}-[a-zA-Z0-9]{10}$/
export const VERSION_PATTERN = /^[1-9][0-9]{0,4}$/
export const CONTAINER_URI_PATTERN =
  /^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com\/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)(?::[a-zA-Z0-9_.-]{1,128})?(?:@sha256:[a-f0-9]{64})?$/
export const ROLE_ARN_PATTERN = /^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role\/.+$/
export const CLIENT_TOKEN_PATTERN = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,256}$/
export const TAG_PATTERN = /^[a-zA-Z0-9\s._:/=+@-]*$/
const SECURITY_GROUP_PATTERN = /^sg-[0-9a-zA-Z]{8,17}$/
const SUBNET_PATTERN = /^subnet-[0-9a-zA-Z]{8,17}$/
const PROTOCOLS = ['HTTP', 'MCP', 'A2A', 'AGUI']
const NETWORK_MODES = ['PUBLIC', 'VPC']
const CODE_RUNTIMES = ['PYTHON_3_10', 'PYTHON_3_11', 'PYTHON_3_12', 'PYTHON_3_13', 'PYTHON_3_14', 'NODE_22']

/** One problem with one field. */
export interface FieldProblem {
  name: string
  message: string
}

/** Collects field problems; `throwIfAny` answers them as one ValidationException. */
export class FieldChecker {
  readonly problems: FieldProblem[] = []

  add(name: string, value: unknown, constraint: string): void {
    const shown = typeof value === 'string' ? value : JSON.stringify(value)
    this.problems.push({
      name,
      message: `Value '${shown === undefined ? 'null' : truncate(shown)}' at '${name}' failed to satisfy constraint: ${constraint}`,
    })
  }

  required(name: string, value: unknown): boolean {
    if (value === undefined || value === null) {
      this.add(name, null, 'Member must not be null')
      return false
    }
    return true
  }

  string(name: string, value: unknown, min: number, max: number, pattern?: RegExp): void {
    if (value === undefined || value === null) return
    if (typeof value !== 'string') return this.add(name, value, 'Member must be a string')
    if (value.length < min || value.length > max)
      return this.add(name, value, `Member must have length between ${min} and ${max}, inclusive`)
    if (pattern && !pattern.test(value))
      this.add(name, value, `Member must satisfy regular expression pattern: ${pattern.source.replace(/^\^|\$$/g, '')}`)
  }

  integer(name: string, value: unknown, min: number, max: number): void {
    if (value === undefined || value === null) return
    if (typeof value !== 'number' || !Number.isInteger(value)) return this.add(name, value, 'Member must be an integer')
    if (value < min) this.add(name, value, `Member must have value greater than or equal to ${min}`)
    else if (value > max) this.add(name, value, `Member must have value less than or equal to ${max}`)
  }

  oneOf(name: string, value: unknown, allowed: string[]): void {
    if (value === undefined || value === null) return
    if (typeof value !== 'string' || !allowed.includes(value))
      this.add(name, value, `Member must satisfy enum value set: [${allowed.join(', ')}]`)
  }

  list(name: string, value: unknown, min: number, max: number): value is unknown[] {
    if (value === undefined || value === null) return false
    if (!Array.isArray(value)) {
      this.add(name, value, 'Member must be a list')
      return false
    }
    if (value.length < min || value.length > max) {
      this.add(name, value, `Member must have length between ${min} and ${max}, inclusive`)
      return false
    }
    return true
  }

  object(name: string, value: unknown): value is Record<string, any> {
    if (value === undefined || value === null) return false
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.add(name, value, 'Member must be a structure')
      return false
    }
    return true
  }

  /** A union: exactly one member set. */
  union(name: string, value: unknown, members: string[]): string | undefined {
    if (!this.object(name, value)) return undefined
    const set = members.filter((m) => value[m] !== undefined && value[m] !== null)
    if (set.length !== 1) {
      this.add(name, value, `Member must have exactly one of [${members.join(', ')}] set`)
      return undefined
    }
    return set[0]
  }

  throwIfAny(): void {
    if (this.problems.length === 0) return
    const count = this.problems.length
    throw new ServiceError(
      'ValidationException',
      400,
      `${count} validation error${count === 1 ? '' : 's'} detected: ${this.problems.map((p) => p.message).join('; ')}`,
      { reason: 'FieldValidationFailed', fieldList: this.problems },
    )
  }
}

function truncate(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}...` : text
}

/** Validates the runtime configuration fields shared by Create and Update. */
export function checkRuntimeConfiguration(
  check: FieldChecker,
  body: Record<string, any>,
  mode: 'create' | 'update',
): void {
  if (check.required('agentRuntimeArtifact', body.agentRuntimeArtifact)) {
    const kind = check.union('agentRuntimeArtifact', body.agentRuntimeArtifact, [
      'containerConfiguration',
      'codeConfiguration',
    ])
    if (kind === 'containerConfiguration') {
      const container = body.agentRuntimeArtifact.containerConfiguration
      if (check.object('agentRuntimeArtifact.containerConfiguration', container)) {
        const name = 'agentRuntimeArtifact.containerConfiguration.containerUri'
        if (check.required(name, container.containerUri))
          check.string(name, container.containerUri, 1, 1024, CONTAINER_URI_PATTERN)
      }
    } else if (kind === 'codeConfiguration') {
      const code = body.agentRuntimeArtifact.codeConfiguration
      if (check.object('agentRuntimeArtifact.codeConfiguration', code)) {
        check.required('agentRuntimeArtifact.codeConfiguration.code', code.code)
        if (check.required('agentRuntimeArtifact.codeConfiguration.runtime', code.runtime))
          check.oneOf('agentRuntimeArtifact.codeConfiguration.runtime', code.runtime, CODE_RUNTIMES)
        if (check.required('agentRuntimeArtifact.codeConfiguration.entryPoint', code.entryPoint))
          check.list('agentRuntimeArtifact.codeConfiguration.entryPoint', code.entryPoint, 1, 2)
      }
    }
  }
  if (check.required('roleArn', body.roleArn)) check.string('roleArn', body.roleArn, 1, 2048, ROLE_ARN_PATTERN)
  check.string('description', body.description, 1, 4096)

  if (check.object('networkConfiguration', body.networkConfiguration)) {
    const network = body.networkConfiguration
    if (check.required('networkConfiguration.networkMode', network.networkMode))
      check.oneOf('networkConfiguration.networkMode', network.networkMode, NETWORK_MODES)
    const vpc = network.networkModeConfig
    if (network.networkMode === 'VPC' && !vpc)
      check.add('networkConfiguration.networkModeConfig', null, 'Member must not be null when networkMode is VPC')
    if (check.object('networkConfiguration.networkModeConfig', vpc)) {
      const groups = 'networkConfiguration.networkModeConfig.securityGroups'
      if (check.required(groups, vpc.securityGroups) && check.list(groups, vpc.securityGroups, 1, 16))
        vpc.securityGroups.forEach((g: unknown, i: number) =>
          check.string(`${groups}.${i + 1}`, g, 1, 30, SECURITY_GROUP_PATTERN),
        )
      const subnets = 'networkConfiguration.networkModeConfig.subnets'
      if (check.required(subnets, vpc.subnets) && check.list(subnets, vpc.subnets, 1, 16))
        vpc.subnets.forEach((s: unknown, i: number) => check.string(`${subnets}.${i + 1}`, s, 1, 32, SUBNET_PATTERN))
      if (mode === 'create' && vpc.requireServiceS3Endpoint !== undefined)
        check.add(
          'networkConfiguration.networkModeConfig.requireServiceS3Endpoint',
          vpc.requireServiceS3Endpoint,
          'Member can only be set by UpdateAgentRuntime',
        )
    }
  }
  if (check.object('protocolConfiguration', body.protocolConfiguration)) {
    if (check.required('protocolConfiguration.serverProtocol', body.protocolConfiguration.serverProtocol))
      check.oneOf('protocolConfiguration.serverProtocol', body.protocolConfiguration.serverProtocol, PROTOCOLS)
  }
  if (check.object('environmentVariables', body.environmentVariables)) {
    const entries = Object.entries(body.environmentVariables)
    if (entries.length > 50)
      check.add('environmentVariables', `${entries.length} entries`, 'Member must have at most 50 entries')
    for (const [key, value] of entries) {
      check.string(`environmentVariables.${key}.key`, key, 1, 100)
      if (typeof value !== 'string') check.add(`environmentVariables.${key}`, value, 'Member must be a string')
      else check.string(`environmentVariables.${key}`, value, 0, 5000)
    }
  }
  if (check.object('lifecycleConfiguration', body.lifecycleConfiguration)) {
    const { idleRuntimeSessionTimeout: idle, maxLifetime: max } = body.lifecycleConfiguration
    check.integer('lifecycleConfiguration.idleRuntimeSessionTimeout', idle, 60, 28800)
    check.integer('lifecycleConfiguration.maxLifetime', max, 60, 28800)
    // Stricter reading: an idle timeout longer than the lifetime can never apply.
    if (typeof idle === 'number' && idle > (typeof max === 'number' ? max : 28800))
      check.add(
        'lifecycleConfiguration.idleRuntimeSessionTimeout',
        idle,
        'Member must be less than or equal to maxLifetime',
      )
  }
  if (body.requestHeaderConfiguration !== undefined) {
    const kind = check.union('requestHeaderConfiguration', body.requestHeaderConfiguration, ['requestHeaderAllowlist'])
    const list = body.requestHeaderConfiguration?.requestHeaderAllowlist
    if (kind && check.list('requestHeaderConfiguration.requestHeaderAllowlist', list, 1, 20)) {
      list.forEach((h: unknown, i: number) =>
        check.string(`requestHeaderConfiguration.requestHeaderAllowlist.${i + 1}`, h, 1, 256),
      )
      if (new Set(list.map((h) => String(h).toLowerCase())).size !== list.length)
        check.add('requestHeaderConfiguration.requestHeaderAllowlist', list, 'Member must contain unique items')
    }
  }
  if (body.authorizerConfiguration !== undefined) {
    const kind = check.union('authorizerConfiguration', body.authorizerConfiguration, ['customJWTAuthorizer'])
    const jwt = body.authorizerConfiguration?.customJWTAuthorizer
    if (kind && check.object('authorizerConfiguration.customJWTAuthorizer', jwt)) {
      const name = 'authorizerConfiguration.customJWTAuthorizer.discoveryUrl'
      if (check.required(name, jwt.discoveryUrl))
        check.string(name, jwt.discoveryUrl, 1, 2048, /^.+\/\.well-known\/openid-configuration$/)
    }
  }
  if (mode === 'create' && body.metadataConfiguration !== undefined)
    check.add('metadataConfiguration', body.metadataConfiguration, 'Member can only be set by UpdateAgentRuntime')
  check.string('clientToken', body.clientToken, 33, 256, CLIENT_TOKEN_PATTERN)
}

/** Validates a tag map (Create's `tags`, TagResource). */
export function checkTags(check: FieldChecker, name: string, tags: unknown): void {
  if (!check.object(name, tags)) return
  const entries = Object.entries(tags)
  if (entries.length > 50) check.add(name, `${entries.length} tags`, 'Member must have at most 50 entries')
  for (const [key, value] of entries) {
    check.string(`${name}.${key}.key`, key, 1, 128, TAG_PATTERN)
    if (typeof value !== 'string') check.add(`${name}.${key}`, value, 'Member must be a string')
    else check.string(`${name}.${key}`, value, 0, 256, TAG_PATTERN)
  }
}
