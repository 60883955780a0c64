/**
 * Turns what went wrong into problems a person can act on: zod issues become `file:line:col: path: message`
 * lines with a hint ("did you mean 'environment'?", "'subnets' belongs under 'network'"), and duplicates
 * (the same runtime problem seen through several environments) are reported once.
 */
import type * as z from 'zod'
import { formatProblem, type Problem } from '../errors/index.js'
import type { ConfigDocument, DocumentPath, Located } from './document.js'
import { KNOWN_KEYS_MARKER, describeValue } from './schema.js'
import { clip, closestMatch } from './rules.js'

/** Which part of a located entry a problem points at. */
export type Anchor = 'key' | 'value'

/** Formats a document path the way messages show it: `runtimes.support_bot.secrets[1]`. */
export function formatPath(path: DocumentPath): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('')
}

/** Collects the problems of one file, in file order, without duplicates. */
export class ProblemList {
  private readonly seen = new Set<string>()
  private readonly items: Problem[] = []

  constructor(
    readonly file: string,
    readonly document: ConfigDocument,
  ) {}

  /** Adds a problem at `path` (or its nearest existing ancestor), pointing at the key or the value. */
  add(path: DocumentPath, message: string, anchor: Anchor = 'value', shownPath: DocumentPath = path): void {
    const exact = this.document.find(path)
    const located = exact ?? this.document.nearest(path).located
    this.addAt(located, shownPath, message, exact ? anchor : 'key')
  }

  /** Adds a problem at a known place. */
  addAt(located: Located, shownPath: DocumentPath, message: string, anchor: Anchor = 'value'): void {
    const position = anchor === 'key' ? (located.key ?? located.value) : located.value
    this.push({ file: this.file, line: position.line, column: position.column, path: formatPath(shownPath), message })
  }

  /** Adds a problem as it is (syntax errors). */
  push(problem: Problem): void {
    const key = formatProblem(problem)
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.items.push(problem)
  }

  get size(): number {
    return this.items.length
  }

  /** The problems sorted by position in the file. */
  list(): Problem[] {
    return [...this.items].sort(
      (a, b) =>
        (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.message.localeCompare(b.message),
    )
  }

  /** Adds every issue of a failed zod parse of the value found at `base`. */
  addIssues(issues: readonly z.core.$ZodIssue[], root: unknown, base: DocumentPath = []): void {
    // A value of the wrong type gets one message: its type, not also the checks that assumed the right one.
    const wrongType = new Set(
      issues.filter((i) => i.code === 'invalid_type').map((i) => i.path.map(String).join('\u0000')),
    )
    for (const issue of issues) {
      if (issue.code !== 'invalid_type' && wrongType.has(issue.path.map(String).join('\u0000'))) continue
      this.addIssue(issue, root, base)
    }
  }

  private addIssue(issue: z.core.$ZodIssue, root: unknown, base: DocumentPath): void {
    const path = [...base, ...(issue.path as (string | number)[])]
    const value = valueAt(root, issue.path as (string | number)[])
    if (
      value === undefined &&
      path.length > base.length &&
      issue.code !== 'unrecognized_keys' &&
      issue.code !== 'invalid_key'
    ) {
      const key = String(path.at(-1))
      this.add(path, `missing required key '${key}'${missingKeyHint(key, path.length)}`, 'key', path.slice(0, -1))
      return
    }
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = issue.message.startsWith(KNOWN_KEYS_MARKER)
          ? issue.message.slice(KNOWN_KEYS_MARKER.length).split(',')
          : []
        for (const key of issue.keys) this.add([...path, key], unknownKeyMessage(key, known, path), 'key', path)
        return
      }
      case 'invalid_key': {
        const inner = issue.issues[0]
        const message = inner && !isGenericMessage(inner.message) ? inner.message : `invalid key '${clip(path.at(-1))}'`
        this.add(path, message, 'key', path.slice(0, -1))
        return
      }
      case 'invalid_type': {
        const message = isGenericMessage(issue.message)
          ? `expected ${expectedWord(issue.expected)}, got ${describeValue(value)}${shapeHint(path, value)}`
          : issue.message
        this.add(path, message)
        return
      }
      default: {
        this.add(path, isGenericMessage(issue.message) ? `invalid value: ${describeValue(value)}` : issue.message)
      }
    }
  }
}

/** The value at a path of a plain value, or undefined. */
export function valueAt(root: unknown, path: DocumentPath): unknown {
  let current = root
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string | number, unknown>)[part]
  }
  return current
}

/** zod's own wording ("Invalid input: expected string, received number") is never shown as it is. */
function isGenericMessage(message: string): boolean {
  return /^(Invalid|Too (small|big)|Unrecognized key)/.test(message) || message.startsWith(KNOWN_KEYS_MARKER)
}

function expectedWord(expected: string): string {
  const words: Record<string, string> = {
    object: 'a map',
    record: 'a map',
    array: 'a list',
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
  }
  return words[expected] ?? expected
}

/** Keys people write for a key that has another name here. */
const ALIASES: Record<string, string> = {
  env: 'environment',
  envVars: 'environment',
  env_vars: 'environment',
  environmentVariables: 'environment',
  variables: 'environment',
  vars: 'environment',
  secret: 'secrets',
  endpoint: 'endpoints',
  tag: 'tags',
  runtime: 'runtimes',
  environment: 'environments',
  networkMode: 'network',
  networkConfiguration: 'network',
  lifecycleConfiguration: 'lifecycle',
  protocolConfiguration: 'protocol',
  serverProtocol: 'protocol',
  authorizerConfiguration: 'authorizer',
  customJWTAuthorizer: 'jwt',
  headers: 'requestHeaders',
  requestHeaderAllowlist: 'requestHeaders',
  smoke: 'smokeTest',
  smoke_test: 'smokeTest',
  test: 'smokeTest',
  accountId: 'account',
  account_id: 'account',
  dockerFile: 'dockerfile',
  build_args: 'buildArgs',
  args: 'buildArgs',
  repo: 'repository',
  idleRuntimeSessionTimeout: 'idleTimeoutSeconds',
  maxLifetime: 'maxLifetimeSeconds',
  assumeRole: 'roleToAssume',
  'role-to-assume': 'roleToAssume',
}

/** Keys that exist, but one level elsewhere: where they belong. */
const BELONGS_UNDER: Record<string, string> = {
  repository: 'image',
  context: 'image',
  dockerfile: 'image',
  platform: 'image',
  buildArgs: 'image',
  scanOnPush: 'image',
  tagMutability: 'image',
  keepImages: 'image',
  mode: 'network',
  subnets: 'network',
  securityGroups: 'network',
  idleTimeoutSeconds: 'lifecycle',
  maxLifetimeSeconds: 'lifecycle',
  discoveryUrl: 'authorizer.jwt',
  allowedAudience: 'authorizer.jwt',
  allowedClients: 'authorizer.jwt',
  allowedScopes: 'authorizer.jwt',
  arn: 'role',
  roleArn: 'role (as role: { arn: ... })',
  executionRoleArn: 'role (as role: { arn: ... })',
  models: 'role',
  managedPolicies: 'role',
  statements: 'role',
  permissionsBoundary: 'role',
  payload: 'smokeTest',
  expect: 'smokeTest',
  status: 'smokeTest.expect',
  contains: 'smokeTest.expect',
  regex: 'smokeTest.expect',
  maxLatencyMs: 'smokeTest.expect',
  account: 'an environment (environments.<name>.account)',
  region: 'an environment (environments.<name>.region)',
  roleToAssume: 'an environment (environments.<name>.roleToAssume)',
}

function unknownKeyMessage(key: string, known: readonly string[], parent: DocumentPath): string {
  const head = `unknown key '${clip(key)}'`
  const alias = ALIASES[key]
  if (alias && known.includes(alias)) return `${head}: did you mean '${alias}'?`
  if (parent.length > 0 && (key === 'environments' || key === 'runtimes' || key === 'version')) {
    return `${head}: '${key}' is a top-level key${key === 'environments' ? '; each environment lists the runtimes it runs (environments.<name>.runtimes)' : ''}`
  }
  const home = BELONGS_UNDER[key]
  if (home) return `${head}: '${key}' belongs under ${home}`
  const close = closestMatch(key, known)
  if (close) return `${head}: did you mean '${close}'?`
  if (parent.length === 2 && parent[0] === 'environments') {
    return `${head}; allowed here: ${known.join(', ')} (to run a runtime in this environment, list it under runtimes: { ${key}: {} })`
  }
  if (parent.length === 0 && /^[a-zA-Z]/.test(key)) {
    return `${head}: top-level keys are ${known.filter((k) => k !== '$schema').join(', ')} (runtimes go under 'runtimes:')`
  }
  return `${head}; allowed here: ${known.filter((k) => k !== '$schema').join(', ')}`
}

/** How to write a key that must be a map or a list, shown when it was written as something else. */
function shapeHint(path: DocumentPath, value: unknown): string {
  const key = String(path.at(-1))
  const text = typeof value === 'string' ? value : undefined
  if (path.length === 1 && key === 'environments') {
    return '; environments are a map by name: environments: { dev: { account: "...", region: ..., runtimes: { ... } } }'
  }
  if (path.length === 1 && key === 'runtimes') return '; runtimes are a map by name: runtimes: { support_bot: { ... } }'
  if (key === 'image' && text !== undefined) return `; image settings are a map, e.g. image: { context: ${text} }`
  if (key === 'network' && text !== undefined) {
    return text.toUpperCase() === 'VPC'
      ? '; write network: { mode: VPC, subnets: [subnet-…], securityGroups: [sg-…] }'
      : `; write network: { mode: ${text.toUpperCase()} }`
  }
  if (key === 'role' && text?.startsWith('arn:')) return `; to bring your own role write role: { arn: ${text} }`
  if ((key === 'environment' || key === 'tags' || key === 'buildArgs') && Array.isArray(value)) {
    return `; write ${key}: { NAME: value } (a map, not a list of NAME=value)`
  }
  return ''
}

function missingKeyHint(key: string, depth: number): string {
  if (key === 'runtimes' && depth > 1) {
    return ': list the runtimes this environment runs, e.g. runtimes: { support_bot: {} }'
  }
  const hints: Record<string, string> = {
    version: ': add `version: 1` at the top of the file',
    runtimes: ': define your runtimes under `runtimes:`',
    environments: ': define at least one environment under `environments:` (account, region, runtimes)',
    account: ': add the 12-digit AWS account ID in quotes, e.g. account: "123456789012"',
    region: ': add the AWS region, e.g. region: us-east-1',
    Effect: ': add Effect: Allow (or Deny)',
    Action: ': add the IAM action(s) the statement covers',
    Resource: ': add the resource ARN(s) the statement covers',
  }
  return hints[key] ?? ''
}
