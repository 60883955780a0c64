import { describe, expect, it } from '@jest/globals'
import { pipelineDiagram, renderPipelineSummary } from '../../../shared/render/pipeline.js'
import type { PipelineResult } from '../../../shared/pipeline/run-pipeline.js'
import type { EndpointPromotion } from '../../../shared/agentcore/index.js'

const environment = { name: 'prod', account: '222222222222', region: 'us-east-1' }
const promotion = (endpoint: string, fromVersion: string | undefined, toVersion: string): EndpointPromotion => ({
  endpoint,
  fromVersion,
  toVersion,
  changed: true,
  created: fromVersion === undefined,
  status: 'READY',
  waitedMs: 0,
})

describe('pipeline summary', () => {
  it('draws environment → runtime → endpoints with the versions they serve', () => {
    const result: PipelineResult = {
      stages: [],
      canary: { endpoint: 'canary', temporary: false, promotion: promotion('canary', '3', '4') },
      promotions: [promotion('live', '3', '4')],
      rollbacks: [],
    }
    expect(pipelineDiagram(result, environment, 'support_bot')).toBe(
      [
        '```mermaid',
        'flowchart LR',
        '  env["prod: 222222222222 / us-east-1"]',
        '  rt["support_bot"]',
        '  env --> rt',
        '  ep1["canary: serves 4"]',
        '  rt --> ep1',
        '  ep2["live: serves 4 (was 3)"]',
        '  rt --> ep2',
        '```',
      ].join('\n'),
    )
  })

  it('shows rollbacks in the diagram and the failure in the headline', () => {
    const result: PipelineResult = {
      stages: [{ stage: 'promote', status: 'failed', detail: 'live_eu: UPDATE_FAILED', ms: 1200 }],
      promotions: [promotion('live', '3', '4')],
      rollbacks: [{ endpoint: 'live', toVersion: '3', deleted: false, ok: true }],
      failure: new Error('live_eu: UPDATE_FAILED. Rolled back: live → version 3'),
    }
    const markdown = renderPipelineSummary(result, { environment, runtimeName: 'support_bot' })
    expect(markdown).toContain('### ❌ agentcore pipeline: support\\_bot failed in prod \\(endpoints rolled back\\)')
    expect(markdown).toContain('ep1["live: rolled back to 3"]')
    expect(markdown).toContain('| ❌ | promote | live\\_eu: UPDATE\\_FAILED | 1s |')
  })

  it('keeps mermaid labels from breaking out of their quotes', () => {
    const result: PipelineResult = { stages: [], promotions: [promotion('live', '1', '2')], rollbacks: [] }
    expect(pipelineDiagram(result, { ...environment, name: 'prod"]; click' }, 'a<b>')).toContain(
      `env["prod']; click: 222222222222 / us-east-1"]`,
    )
  })
})
