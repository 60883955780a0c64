import { describe, expect, it } from '@jest/globals'
import type { PromoteEndpointsResult } from '../../../shared/agentcore/index.js'
import { renderPromoteSummary, rollbackHint } from '../../../actions/promote-endpoint/src/summary.js'
import { readRunContext } from '../../../shared/github/run-context.js'

const environment = { name: 'prod', account: '222222222222', region: 'us-east-1' }
const run = readRunContext({ GITHUB_REPOSITORY: 'octo/agents', GITHUB_RUN_ID: '9' })
const result: PromoteEndpointsResult = {
  runtimeName: 'support_bot',
  runtimeId: 'support_bot-AbCdEf1234',
  dryRun: false,
  versions: [],
  promotions: [
    {
      endpoint: 'live',
      endpointArn:
        'arn:aws:bedrock-agentcore:us-east-1:222222222222:runtime/support_bot-AbCdEf1234/runtime-endpoint/live',
      fromVersion: '3',
      toVersion: '4',
      changed: true,
      created: false,
      status: 'READY',
      fromCommit: 'aaaaaaaaaaaa',
      toCommit: 'bbbbbbbbbbbb',
      waitedMs: 1500,
    },
  ],
}

describe('renderPromoteSummary', () => {
  it('shows from → to with both commits linked and how to roll back', () => {
    const text = renderPromoteSummary(result, { environment, runtimeKey: 'support_bot', run })
    expect(text).toContain('### ✅ promote-endpoint: live 3 → 4 of support\\_bot in prod')
    expect(text).toContain(
      '| `live` | 3 | 4 | [`aaaaaaa`](https://github.com/octo/agents/commit/aaaaaaaaaaaa) | [`bbbbbbb`](https://github.com/octo/agents/commit/bbbbbbbbbbbb) | READY |',
    )
    expect(text).toContain('#### How to roll back')
    expect(text).toContain(
      '`gh workflow run rollback.yml -f environment=prod -f runtime=support_bot -f endpoint=live -f version=3`',
    )
  })

  it('says when nothing moved and offers no rollback', () => {
    const text = renderPromoteSummary(
      { ...result, promotions: [{ ...result.promotions[0], fromVersion: '4', changed: false, waitedMs: 0 }] },
      { environment, runtimeKey: 'support_bot' },
    )
    expect(text).toContain('### ⏸️ promote-endpoint: live of support\\_bot already serves the wanted version in prod')
    expect(text).not.toContain('How to roll back')
  })
})

describe('rollbackHint', () => {
  it('gives the exact inputs, with the compare-and-swap guard and a non-default config path', () => {
    expect(
      rollbackHint(result.promotions, { environment, runtimeKey: 'support_bot', configPath: 'deploy/agentcore.yaml' }),
    ).toContain(
      '```yaml\nconfig: "deploy/agentcore.yaml"\nenvironment: "prod"\nruntime: "support_bot"\nendpoint: "live"\nversion: "3"\nexpected-current-version: "4"\n```',
    )
  })
})
