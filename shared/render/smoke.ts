/**
 * The smoke test's job summary: which endpoint and version answered, how fast, what was sent and received (cut),
 * and every assertion with ✓/✗ and expected vs received. Pure: data in, markdown out.
 */
import type { SmokeTestResult } from '../invoke/smoke-test.js'
import { code, codeBlock, escapeMarkdown, table, truncate } from './markdown.js'
import { renderSummary } from './summary.js'

/** Longest request/response shown in the summary. */
export const SUMMARY_BODY_LIMIT = 4000
/** Longest received value shown per assertion. */
export const ASSERTION_VALUE_LIMIT = 300

/** Where the smoke test ran. */
export interface SmokeTarget {
  environment: string
  runtimeName: string
  endpoint: string
  liveVersion?: string
  sessionId: string
  auth: 'SigV4' | 'bearer token'
}

/** One line per failed assertion: "contains: expected contains "pong", received "pang"". */
export function describeFailures(result: SmokeTestResult, limit = ASSERTION_VALUE_LIMIT): string[] {
  return result.assertions
    .filter((a) => !a.passed)
    .map(
      (a) =>
        `${a.name}: expected ${a.expected}, received ${JSON.stringify(truncate(a.received, limit))}${a.detail ? ` (${a.detail})` : ''}`,
    )
}

/** Renders the job summary. */
export function renderSmokeSummary(target: SmokeTarget, result: SmokeTestResult): string {
  const failed = result.assertions.filter((a) => !a.passed).length
  const headline = result.passed
    ? `${target.runtimeName}/${target.endpoint} answered and passed ${result.assertions.length} assertion(s) in ${target.environment}`
    : `${target.runtimeName}/${target.endpoint} failed ${failed} of ${result.assertions.length} assertion(s) in ${target.environment}`
  const rows = result.assertions.map((a) => [
    a.passed ? '✓' : '✗',
    escapeMarkdown(a.name),
    code(a.expected),
    code(truncate(a.received, ASSERTION_VALUE_LIMIT)),
    a.detail ? escapeMarkdown(a.detail) : '',
  ])
  const attempts = result.history.map((h) => [
    String(h.attempt),
    h.statusCode ? String(h.statusCode) : '—',
    h.errorType ? code(h.errorType) : '',
    `${Math.round(h.latencyMs)} ms`,
    escapeMarkdown(h.note),
  ])
  return renderSummary({
    action: 'invoke-smoke-test',
    outcome: result.passed ? 'success' : 'failure',
    headline,
    facts: [
      ['Environment', code(target.environment)],
      ['Runtime', code(target.runtimeName)],
      ['Endpoint', code(target.endpoint)],
      ['Version served', target.liveVersion ? code(target.liveVersion) : 'unknown'],
      ['Status', code(String(result.statusCode))],
      ['Latency', `${Math.round(result.latencyMs)} ms`],
      ['Attempts', String(result.attempts)],
      ['Auth', escapeMarkdown(target.auth)],
      ['Session', code(target.sessionId)],
    ],
    sections: [
      { title: 'Assertions', body: table(['', 'assertion', 'expected', 'received', 'detail'], rows) },
      { title: 'Request', body: codeBlock(truncate(result.request, SUMMARY_BODY_LIMIT)) },
      {
        title: `Response (${result.answer.kind}${result.answer.events ? `, ${result.answer.events.length} events` : ''})`,
        body: codeBlock(truncate(result.answer.raw, SUMMARY_BODY_LIMIT)),
      },
      ...(result.history.length > 1
        ? [{ title: 'Attempts', body: table(['#', 'status', 'error', 'latency', 'note'], attempts) }]
        : []),
    ],
  })
}
