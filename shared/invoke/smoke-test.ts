/**
 * The smoke test: invoke a runtime through an endpoint, read the whole answer, apply every assertion. Only what can
 * pass on a retry is retried — no answer at all, 5xx, throttling, a `RuntimeClientError` while the container starts
 * (a cold start), a retryable conflict — within both an attempt count and a time budget. An answer that arrived and
 * fails an assertion is final: retrying it would only hide a broken agent.
 */
import type { Clock } from '../action/clock.js'
import type { Logger } from '../action/logger.js'
import { formatDuration } from '../errors/index.js'
import { readAnswer, type Answer } from './answer.js'
import { checkExpectations, type AssertionResult, type Expectations } from './assertions.js'
import { invokeRuntime, type InvokeDeps, type RawAnswer } from './invoke.js'
import { listMcpTools } from './mcp.js'

/** What to test. */
export interface SmokeTestParams {
  runtimeArn: string
  /** The endpoint name used as qualifier. */
  endpoint: string
  /** MCP runtimes get the MCP handshake and `tools/list` instead of the payload. */
  protocol: string
  /** The request body (JSON text or plain text). */
  payload: string
  sessionId: string
  bearerToken?: string
  /** `status` defaults to 200: a smoke test that got an error never passes silently. */
  expect: Expectations
  /** Most calls made in total (≥ 1). */
  attempts: number
  /** No retry starts after this long since the first call. */
  retryBudgetMs: number
}

/** One call made. */
export interface AttemptRecord {
  attempt: number
  statusCode: number
  latencyMs: number
  errorType?: string
  /** Why another attempt followed, or why none did. */
  note: string
}

/** The outcome, for outputs and the summary. */
export interface SmokeTestResult {
  passed: boolean
  attempts: number
  statusCode: number
  latencyMs: number
  /** What was sent (the payload, or the `tools/list` request for MCP). */
  request: string
  /** The last answer, read. */
  answer: Answer
  tools?: string[]
  assertions: AssertionResult[]
  history: AttemptRecord[]
  /** The service's error type of the last answer, when it failed. */
  errorType?: string
}

/** What the smoke test needs. */
export interface SmokeTestDeps extends InvokeDeps {
  log: Logger
  clock: Clock
}

/** True for answers that a later attempt may turn into a success. */
export function isRetryable(answer: RawAnswer): boolean {
  if (answer.statusCode === 0) return true
  if (answer.statusCode >= 500 || answer.statusCode === 429) return true
  // 424: the agent container failed (e.g. still starting: "Runtime initialization time exceeded").
  if (answer.statusCode === 424 || answer.errorType === 'RuntimeClientError') return true
  return answer.errorType === 'RetryableConflictException' || answer.errorType === 'ThrottlingException'
}

/** Delay before attempt `n + 1` (n ≥ 1): 2 s, 4 s, 8 s, capped at 15 s. */
export function retryDelayMs(n: number): number {
  return Math.min(2000 * 2 ** (n - 1), 15_000)
}

/** Runs the smoke test. Throws only for a bug; every answer becomes a result. */
export async function runSmokeTest(params: SmokeTestParams, deps: SmokeTestDeps): Promise<SmokeTestResult> {
  const { log, clock } = deps
  const expect: Expectations = { ...params.expect, status: params.expect.status ?? 200 }
  const started = clock.now()
  const history: AttemptRecord[] = []
  const base = {
    runtimeArn: params.runtimeArn,
    qualifier: params.endpoint,
    sessionId: params.sessionId,
    ...(params.bearerToken ? { bearerToken: params.bearerToken } : {}),
  }
  for (let attempt = 1; ; attempt++) {
    let raw: RawAnswer
    let request = params.payload
    let tools: string[] | undefined
    if (params.protocol === 'MCP') {
      const mcp = await listMcpTools(base, deps)
      raw = mcp.answer
      request = mcp.request
      tools = mcp.tools
    } else {
      raw = await invokeRuntime({ ...base, payload: params.payload, contentType: contentTypeOf(params.payload) }, deps)
    }
    const record: AttemptRecord = {
      attempt,
      statusCode: raw.statusCode,
      latencyMs: raw.latencyMs,
      ...(raw.errorType ? { errorType: raw.errorType } : {}),
      note: '',
    }
    history.push(record)
    const elapsed = clock.now() - started
    const delay = retryDelayMs(attempt)
    const retry = isRetryable(raw) && attempt < params.attempts && elapsed + delay <= params.retryBudgetMs
    const what = raw.statusCode
      ? `HTTP ${raw.statusCode}${raw.errorType ? ` ${raw.errorType}` : ''}`
      : `no answer (${raw.errorType})`
    if (retry) {
      record.note = `retrying in ${formatDuration(delay)}`
      log.warning(`Attempt ${attempt}: ${what} after ${formatDuration(raw.latencyMs)}; ${record.note} (retryable)`)
      await clock.sleep(delay)
      continue
    }
    if (isRetryable(raw)) {
      record.note =
        attempt >= params.attempts
          ? `no attempts left (${params.attempts})`
          : `retry budget ${formatDuration(params.retryBudgetMs)} spent`
    } else record.note = raw.errorType ? 'not retryable' : 'answered'
    log.info(`Attempt ${attempt}: ${what} in ${formatDuration(raw.latencyMs)}`)
    const answer = readAnswer(raw.body, raw.contentType)
    const assertions = checkExpectations(expect, {
      statusCode: raw.statusCode,
      latencyMs: raw.latencyMs,
      answer,
      ...(tools ? { tools } : {}),
    })
    return {
      passed: assertions.every((a) => a.passed),
      attempts: attempt,
      statusCode: raw.statusCode,
      latencyMs: raw.latencyMs,
      request,
      answer,
      ...(tools ? { tools } : {}),
      assertions,
      history,
      ...(raw.errorType ? { errorType: raw.errorType } : {}),
    }
  }
}

/** JSON payloads are sent as JSON, anything else as text. */
export function contentTypeOf(payload: string): string {
  try {
    JSON.parse(payload)
    return 'application/json'
  } catch {
    return 'text/plain'
  }
}
