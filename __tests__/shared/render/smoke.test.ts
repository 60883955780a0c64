import { describe, expect, it } from '@jest/globals'
import { readAnswer } from '../../../shared/invoke/answer.js'
import type { SmokeTestResult } from '../../../shared/invoke/smoke-test.js'
import { describeFailures, renderSmokeSummary } from '../../../shared/render/smoke.js'

const long = 'x'.repeat(5000)
const result: SmokeTestResult = {
  passed: false,
  attempts: 2,
  statusCode: 200,
  latencyMs: 1234.4,
  request: '{"prompt":"ping"}',
  answer: readAnswer(long, 'text/plain'),
  assertions: [
    { name: 'status', passed: true, expected: '200', received: '200' },
    { name: 'contains', passed: false, expected: 'contains "pong"', received: long },
  ],
  history: [
    { attempt: 1, statusCode: 424, latencyMs: 10, errorType: 'RuntimeClientError', note: 'retrying in 2s' },
    { attempt: 2, statusCode: 200, latencyMs: 1234.4, note: 'answered' },
  ],
}
const target = {
  environment: 'dev',
  runtimeName: 'support_bot',
  endpoint: 'live',
  liveVersion: '4',
  sessionId: 's'.repeat(40),
  auth: 'SigV4' as const,
}

describe('smoke rendering', () => {
  it('describes each failure with a cut received value', () => {
    expect(describeFailures(result)).toEqual([
      `contains: expected contains "pong", received "${'x'.repeat(300)}… (4700 more characters)"`,
    ])
  })

  it('renders facts, assertions with ✓/✗, the cut response and the attempts', () => {
    const markdown = renderSmokeSummary(target, result)
    expect(markdown.split('\n')[0]).toBe(
      '### ❌ invoke-smoke-test: support\\_bot/live failed 1 of 2 assertion\\(s\\) in dev',
    )
    expect(markdown).toContain('| **Version served** | `4` |')
    expect(markdown).toContain('| **Latency** | 1234 ms |')
    expect(markdown).toContain('| ✓ | status | `200` | `200` |  |')
    expect(markdown).toContain('| ✗ | contains |')
    expect(markdown).toContain(`${'x'.repeat(4000)}… (1000 more characters)`)
    expect(markdown).toContain('| 1 | 424 | `RuntimeClientError` | 10 ms | retrying in 2s |')
  })
})
