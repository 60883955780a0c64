/**
 * The fault matrix as data: which faults each AWS (and GitHub) operation gets, how a cell is run and judged, and the
 * table the run prints and docs/reliability.md holds. The operations come from the request log of a clean run of
 * each scenario, so a call an action starts making shows up in the matrix by itself.
 */
import { isDeepStrictEqual } from 'node:util'
import type { FaultRule, LoggedRequest } from '../../emulator/index.js'
import type { BundleRun } from '../helpers/run-bundle.js'
import { resetWorld, runScenario, type Scenario, type World } from './world.js'

/** A kind of fault and the operations it applies to. */
export interface FaultKind {
  name: string
  /** Does this fault make sense for that operation? */
  applies(service: string, operation: string): boolean
  /** The fault rule(s) of the cell; `cause` is the text the error message must carry. */
  rules(service: string, operation: string): { rules: FaultRule[]; cause: RegExp }
  /** Extra env / inputs of the faulty run. */
  env?: Record<string, string>
  inputs?: Record<string, string>
  /** The emulator's transition delay during the faulty run (a stuck resource). */
  transitionDelayMs?: number
  /** A failed transition leaves its failed version behind: the rerun may mint one more. */
  extraVersions?: number
}

const CODES: Record<string, { throttle: string; server: string; denied: string }> = {
  'bedrock-agentcore-control': {
    throttle: 'ThrottlingException',
    server: 'InternalServerException',
    denied: 'AccessDeniedException',
  },
  'bedrock-agentcore': {
    throttle: 'ThrottlingException',
    server: 'InternalServerException',
    denied: 'AccessDeniedException',
  },
  ecr: { throttle: 'ThrottlingException', server: 'ServerException', denied: 'AccessDeniedException' },
  iam: { throttle: 'Throttling', server: 'ServiceFailure', denied: 'AccessDenied' },
  cloudformation: { throttle: 'Throttling', server: 'InternalFailure', denied: 'AccessDenied' },
  sts: { throttle: 'Throttling', server: 'InternalFailure', denied: 'AccessDenied' },
  github: { throttle: 'RateLimited', server: 'InternalServerError', denied: 'Forbidden' },
}

const isAgentCore = (service: string) => service === 'bedrock-agentcore-control'
const isMutation = (operation: string) => /^(Create|Update|Delete|Tag|Untag)/.test(operation)
const TRANSITIONS = new Set([
  'CreateAgentRuntime',
  'UpdateAgentRuntime',
  'CreateAgentRuntimeEndpoint',
  'UpdateAgentRuntimeEndpoint',
])

/** Unique, greppable cause text for an injected error. */
const causeOf = (kind: string, operation: string) => `injected-${kind}-${operation}`

/** The fault kinds. Throttling bursts are retried by the SDK (3 attempts); everything else gets one attempt. */
export const FAULT_KINDS: FaultKind[] = [
  {
    name: 'throttling burst',
    applies: () => true,
    env: { AWS_MAX_ATTEMPTS: '3' },
    rules: (service, operation) => ({
      rules: [
        {
          service,
          operation,
          count: 2,
          error: {
            type: CODES[service].throttle,
            status: service === 'github' ? 429 : 400,
            message: causeOf('throttle', operation),
          },
        },
      ],
      cause: new RegExp(causeOf('throttle', operation)),
    }),
  },
  {
    name: '500',
    applies: () => true,
    rules: (service, operation) => ({
      rules: [
        { service, operation, error: { type: CODES[service].server, status: 500, message: causeOf('500', operation) } },
      ],
      cause: new RegExp(causeOf('500', operation)),
    }),
  },
  {
    name: 'AccessDenied',
    applies: () => true,
    rules: (service, operation) => ({
      rules: [
        {
          service,
          operation,
          error: { type: CODES[service].denied, status: 403, message: causeOf('denied', operation) },
        },
      ],
      cause: new RegExp(causeOf('denied', operation)),
    }),
  },
  {
    name: 'timeout',
    // GitHub calls go through octokit (undici), whose deadline is its own; the AWS SDK's is configured by the suite.
    applies: (service) => service !== 'github',
    env: { AGENTCORE_ACTIONS_HTTP_TIMEOUT_MS: '400' },
    rules: (service, operation) => ({
      rules: [{ service, operation, delayMs: 1500 }],
      cause: /timed out/,
    }),
  },
  {
    name: 'ConflictException',
    applies: (service, operation) => isAgentCore(service) && isMutation(operation),
    rules: (service, operation) => ({
      rules: [
        {
          service,
          operation,
          error: { type: 'ConflictException', status: 409, message: causeOf('conflict', operation) },
        },
      ],
      cause: new RegExp(causeOf('conflict', operation)),
    }),
  },
  {
    name: '404 after create',
    applies: (service, operation) => isAgentCore(service) && /^(Get|List)/.test(operation),
    rules: (service, operation) => ({
      rules: [
        {
          service,
          operation,
          error: { type: 'ResourceNotFoundException', status: 404, message: causeOf('404', operation) },
        },
      ],
      // Either the service's text, or the action's own reading of a 404 ("does not exist").
      cause: new RegExp(`${causeOf('404', operation)}|does not exist|not found`),
    }),
  },
  {
    name: '*_FAILED',
    applies: (service, operation) => isAgentCore(service) && TRANSITIONS.has(operation),
    extraVersions: 1,
    rules: (service, operation) => ({
      rules: [{ service, operation, failureReason: `injected-failed-${operation}: image manifest not found` }],
      cause: new RegExp(`injected-failed-${operation}`),
    }),
  },
  {
    name: 'stuck past wait timeout',
    applies: (service, operation) => isAgentCore(service) && TRANSITIONS.has(operation),
    transitionDelayMs: 4_000,
    inputs: { 'wait-timeout': '1s' },
    rules: () => ({ rules: [], cause: /(timed out|[Tt]imeout|did not become|still)/ }),
  },
  {
    name: 'CloudFormation rollback',
    applies: (service, operation) => service === 'cloudformation' && operation === 'ExecuteChangeSet',
    rules: (service, operation) => ({
      rules: [
        { service, operation, failureReason: 'injected-rollback: Role AgentCore-prod-support_bot already exists' },
      ],
      cause: /injected-rollback/,
    }),
  },
  {
    name: 'invoke 424',
    applies: (service, operation) => operation === 'InvokeAgentRuntime',
    rules: (service, operation) => ({
      rules: [
        {
          service,
          operation,
          error: { type: 'RuntimeClientError', status: 424, message: causeOf('424', operation) },
        },
      ],
      cause: new RegExp(causeOf('424', operation)),
    }),
  },
  {
    name: 'invoke 504',
    applies: (service, operation) => operation === 'InvokeAgentRuntime',
    rules: (service, operation) => ({
      rules: [{ service, operation, status: 504 }],
      cause: /504/,
    }),
  },
]

/**
 * Cells known not to converge, with the reason: reported in the table, asserted to still fail (so that the fix
 * removes the entry), never silently passed. Keys: `<scenario> | <service>:<operation> | <fault kind>`.
 */
export const KNOWN_GAPS: Record<string, string> = {}

/** The key of a cell in {@link KNOWN_GAPS}. */
export const cellKey = (cell: Cell) => `${cell.scenario.name} | ${cell.service}:${cell.operation} | ${cell.kind.name}`

/** One cell: a scenario, one operation it calls, one fault kind. */
export interface Cell {
  scenario: Scenario
  service: string
  operation: string
  kind: FaultKind
}

/** What a cell did. `survived`: the step succeeded despite the fault. `failed clearly`: failed with a good message. */
export interface CellResult {
  cell: Cell
  outcome: 'survived' | 'failed clearly' | 'unclear'
  converged: boolean
  /** Why the cell is not acceptable (empty when it is). */
  problems: string[]
  message: string
}

/** The distinct operations of a request log, in call order. */
export function operationsOf(requests: LoggedRequest[]): { service: string; operation: string }[] {
  const seen = new Map<string, { service: string; operation: string }>()
  for (const r of requests) {
    const key = `${r.service}:${r.operation}`
    if (!seen.has(key)) seen.set(key, { service: r.service, operation: r.operation })
  }
  return [...seen.values()]
}

/** Every cell of a scenario, from the operations its clean run called. */
export function cellsOf(scenario: Scenario, operations: { service: string; operation: string }[]): Cell[] {
  return operations.flatMap(({ service, operation }) =>
    FAULT_KINDS.filter((kind) => CODES[service] && kind.applies(service, operation)).map((kind) => ({
      scenario,
      service,
      operation,
      kind,
    })),
  )
}

/**
 * A failure message is clear when it carries the cause (the injected text, the failure reason, the timeout) and
 * names the resource it was working on (a quoted name) and what it was doing (a verb phrase before it).
 */
export function judgeMessage(message: string, cause: RegExp): string[] {
  const problems: string[] = []
  if (!new RegExp(cause.source, 'i').test(message)) problems.push(`the message does not carry the cause ${cause}`)
  if (!/'[^']+'|support_bot|support-bot|endpoint live|AgentCore-prod|pull request|comment/.test(message))
    problems.push('the message names no resource')
  if (
    !/\b(Failed to|Refusing|failed|[Tt]imed out|waiting|[Cc]ould not|[Cc]annot|did not|does not exist)\b/.test(message)
  )
    problems.push('the message names no operation')
  return problems
}

/** Runs one cell in a world: the faulty run, then a clean rerun, against the scenario's converged state. */
export async function runCell(world: World, cell: Cell, expected: unknown): Promise<CellResult> {
  try {
    return await runCellOnce(world, cell, expected)
  } catch (error) {
    // A harness failure (setup, emulator) is a failed cell, never an abandoned worker.
    world.emulator.clearFaults()
    const message = error instanceof Error ? error.message : String(error)
    return { cell, outcome: 'unclear', converged: false, problems: [`the cell could not run: ${message}`], message }
  }
}

async function runCellOnce(world: World, cell: Cell, expected: unknown): Promise<CellResult> {
  const { scenario, kind } = cell
  resetWorld(world)
  await scenario.prepare(world)
  const { rules, cause } = kind.rules(cell.service, cell.operation)
  for (const rule of rules) world.emulator.addFault(rule)
  if (kind.transitionDelayMs) world.emulator.settings.transitionDelayMs = kind.transitionDelayMs
  world.emulator.clearRequests()
  const faulty = await runScenario(world, scenario, { env: kind.env, inputs: kind.inputs })
  // A slow answer the client gave up on still lands (AWS did the work): let it, before judging and rerunning.
  const delay = Math.max(0, ...rules.map((r) => r.delayMs ?? 0))
  if (delay > 0) await new Promise((done) => setTimeout(done, delay + 300))
  const problems: string[] = []
  const message = faulty.errors.join('\n')
  let outcome: CellResult['outcome'] = 'survived'
  const hit = world.emulator.requests().some((r) => r.service === cell.service && r.operation === cell.operation)
  if (!hit && rules.length > 0) problems.push(`the faulty run never called ${cell.operation}`)
  if (faulty.exitCode !== 0) {
    const unclear = judgeMessage(message, cause)
    outcome = unclear.length === 0 ? 'failed clearly' : 'unclear'
    problems.push(...unclear.map((p) => `${p}: ${JSON.stringify(message || faulty.stderr.slice(-400))}`))
    const claimed = scenario.claims.filter((name) => (faulty.outputs[name] ?? '') !== '' && !falseClaim(name, faulty))
    if (claimed.length > 0) problems.push(`a failed run claims outputs ${claimed.join(', ')}`)
    problems.push(...(scenario.verifyClaims?.(world, faulty) ?? []))
  } else if (faulty.errors.length > 0) {
    problems.push(`exit code 0 with errors ${JSON.stringify(faulty.errors)}`)
  }
  // The rerun: the fault is gone (a stuck transition finishes by itself).
  world.emulator.clearFaults()
  world.emulator.settings.transitionDelayMs = 30
  const rerun = await runScenario(world, scenario)
  if (rerun.exitCode !== 0) problems.push(`the rerun failed: ${JSON.stringify(rerun.errors.join('\n'))}`)
  const state = await scenario.state(world)
  const converged = rerun.exitCode === 0 && sameState(state, expected, kind.extraVersions ?? 0)
  if (!converged && rerun.exitCode === 0)
    problems.push(`the rerun left ${JSON.stringify(state)}, a clean run leaves ${JSON.stringify(expected)}`)
  return { cell, outcome, converged, problems, message }
}

/** An output that states the negative (`passed: false`, `changed: false`) claims nothing false. */
function falseClaim(name: string, run: BundleRun): boolean {
  return ['passed', 'changed', 'has-drift'].includes(name) && run.outputs[name] === 'false'
}

/** The converged state equals the clean one; a failed transition may have left `extraVersions` more versions. */
function sameState(actual: unknown, expected: unknown, extraVersions: number): boolean {
  if (isDeepStrictEqual(actual, expected)) return true
  if (extraVersions === 0) return false
  const relax = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value), (key, v: unknown) => (key === 'versions' || key === 'endpoints' ? undefined : v))
  const versions = (value: unknown) => [...JSON.stringify(value).matchAll(/"versions":(\d+)/g)].map((m) => Number(m[1]))
  const [a, e] = [versions(actual), versions(expected)]
  return (
    isDeepStrictEqual(relax(actual), relax(expected)) &&
    a.length === e.length &&
    a.every((n, i) => n >= e[i] && n <= e[i] + extraVersions)
  )
}

/** Runs tasks with at most `limit` at a time, each on its own world. */
export async function pool<T, R>(
  worlds: World[],
  items: T[],
  task: (world: World, item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    worlds.map(async (world) => {
      while (next < items.length) {
        const index = next++
        results[index] = await task(world, items[index])
      }
    }),
  )
  return results
}

/** The matrix table: one row per action and fault kind, cells tried / survived / failed clearly / unclear. */
export function matrixTable(results: CellResult[]): string {
  const rows = new Map<
    string,
    { tried: number; survived: number; clear: number; unclear: number; converged: number; gaps: number }
  >()
  for (const r of results) {
    const key = `${r.cell.scenario.name} | ${r.cell.kind.name}`
    const row = rows.get(key) ?? { tried: 0, survived: 0, clear: 0, unclear: 0, converged: 0, gaps: 0 }
    if (KNOWN_GAPS[cellKey(r.cell)]) row.gaps++
    row.tried++
    if (r.outcome === 'survived') row.survived++
    if (r.outcome === 'failed clearly') row.clear++
    if (r.outcome === 'unclear') row.unclear++
    if (r.converged) row.converged++
    rows.set(key, row)
  }
  const total = results.length
  const lines = [
    '| action | fault | cells | survived | failed clearly | unclear | rerun converged | known gap |',
    '|---|---|---|---|---|---|---|---|',
    ...[...rows].map(
      ([key, r]) =>
        `| ${key} | ${r.tried} | ${r.survived} | ${r.clear} | ${r.unclear} | ${r.converged} | ${r.gaps || ''} |`,
    ),
    `| **total** | | **${total}** | ${results.filter((r) => r.outcome === 'survived').length} | ${
      results.filter((r) => r.outcome === 'failed clearly').length
    } | ${results.filter((r) => r.outcome === 'unclear').length} | ${results.filter((r) => r.converged).length} | ${
      results.filter((r) => KNOWN_GAPS[cellKey(r.cell)]).length
    } |`,
  ]
  return lines.join('\n')
}

/** The operations line of the doc: which operations each scenario's clean run called. */
export function operationsTable(operations: Map<string, { service: string; operation: string }[]>): string {
  return [
    "| action | AWS / GitHub operations (from the clean run's request log) |",
    '|---|---|',
    ...[...operations].map(
      ([name, ops]) => `| ${name} | ${ops.map((o) => `${o.service}:${o.operation}`).join(', ')} |`,
    ),
  ].join('\n')
}
