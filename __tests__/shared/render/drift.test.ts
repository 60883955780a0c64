import { describe, expect, it } from '@jest/globals'
import { buildDriftReport, type EnvironmentDrift } from '../../../shared/diff/drift-report.js'
import {
  GITHUB_COMMENT_LIMIT,
  driftHeadline,
  renderDriftComment,
  renderDriftSummary,
} from '../../../shared/render/drift.js'

const MARKER = '<!-- agentcore-actions:drift config=agentcore.yaml environments=dev,prod -->'

function drifted(name: string, runtimes: number): EnvironmentDrift {
  return {
    name,
    account: '111111111111',
    region: 'us-east-1',
    status: 'drifted',
    runtimes: Array.from({ length: runtimes }, (_, i) => ({
      key: `bot_${i}`,
      name: `bot_${i}`,
      status: 'drifted' as const,
      items: [
        {
          kind: 'runtime-field' as const,
          runtime: `bot_${i}`,
          field: 'environment.PROMPT',
          expected: 'x'.repeat(500),
          actual: 'y'.repeat(500),
          message: `environment.PROMPT: config ${'x'.repeat(100)}, live ${'y'.repeat(100)}`,
        },
        {
          kind: 'runtime-field' as const,
          runtime: `bot_${i}`,
          field: 'environment.API_KEY',
          secret: true,
          message: 'environment.API_KEY: changed (secret)',
        },
      ],
    })),
    unmanaged: [],
  }
}

describe('drift rendering', () => {
  it('says there is no drift, and names unreadable environments', () => {
    const report = buildDriftReport(
      'agentcore.yaml',
      [
        { name: 'dev', account: '1', region: 'r', status: 'in-sync', runtimes: [], unmanaged: [] },
        {
          name: 'prod',
          account: '2',
          region: 'r',
          status: 'error',
          error: 'AccessDenied',
          runtimes: [],
          unmanaged: [],
        },
      ],
      new Date(0),
    )
    expect(driftHeadline(report)).toBe('no drift in 1 environment(s); 1 could not be read')
    expect(renderDriftSummary(report)).toContain('| **prod** | `2` `r` | ❌ not readable | — | AccessDenied |')
  })

  it('folds each environment, shows secrets by name only, and cuts values', () => {
    const report = buildDriftReport('agentcore.yaml', [drifted('dev', 1)], new Date(0))
    const body = renderDriftComment(report, { marker: MARKER, runUrl: 'https://github.com/o/r/actions/runs/1' })
    expect(body.startsWith(`${MARKER}\n### ⚠️ AgentCore drift: 1 of 1 environment\\(s\\) drift`)).toBe(true)
    expect(body).toContain('<details><summary><b>dev</b>: 2 difference(s)</summary>')
    expect(body).toContain(
      '| `bot_0` | configuration field | `environment.API_KEY` | *(secret, not shown)* | *(secret, not shown)* |',
    )
    expect(body).toContain(`\`${'x'.repeat(200)}… (300 more characters)\``)
  })

  it("stays under GitHub's limit with a pointer to the job summary, whatever the size", () => {
    const report = buildDriftReport('agentcore.yaml', [drifted('dev', 150), drifted('prod', 150)], new Date(0))
    const full = renderDriftSummary(report)
    expect(full.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT)
    const body = renderDriftComment(report, { marker: MARKER, runUrl: 'https://github.com/o/r/actions/runs/1' })
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT)
    expect(body).toContain(MARKER)
    expect(body).toContain("✂️ Cut to fit GitHub's comment limit")
    expect(body).toContain('The full report is in the [job summary](https://github.com/o/r/actions/runs/1).')
    // The headline table is always there, for every environment.
    expect(body).toContain('| **prod** |')
  })
})
