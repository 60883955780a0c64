import { describe, expect, it } from '@jest/globals'
import type { DeployRuntimeResult } from '../../../shared/agentcore/index.js'
import { changesTable, renderDeploySummary } from '../../../actions/deploy-runtime/src/summary.js'

const environment = { name: 'prod', account: '222222222222', region: 'us-east-1' }
const digest = `sha256:${'a'.repeat(64)}`
const base: DeployRuntimeResult = {
  runtimeName: 'support_bot',
  runtimeId: 'support_bot-AbCdEf1234',
  runtimeArn: 'arn:aws:bedrock-agentcore:us-east-1:222222222222:runtime/support_bot-AbCdEf1234',
  version: '2',
  previousVersion: '1',
  changed: true,
  created: false,
  dryRun: false,
  status: 'READY',
  containerUri: `222222222222.dkr.ecr.us-east-1.amazonaws.com/support-bot@${digest}`,
  imageDigest: digest,
  changes: [
    { field: 'environment.LOG_LEVEL', from: 'info', to: 'debug' },
    { field: 'environment.VENDOR_API_KEY', secret: true, added: false },
  ],
  taggedKeys: [],
  waitedMs: 4200,
}

describe('renderDeploySummary', () => {
  it('renders a new version with the facts and the field-by-field changes', () => {
    expect(renderDeploySummary(base, { environment })).toBe(
      [
        '### ✅ deploy-runtime: support\\_bot version 2 is READY in prod',
        '',
        '|  |  |',
        '| --- | --- |',
        '| **Runtime** | `support_bot` (`support_bot-AbCdEf1234`) |',
        '| **Environment** | prod |',
        '| **Account / region** | `222222222222` / `us-east-1` |',
        '| **Version** | 2 \\(new; was 1\\) |',
        `| **Image** | \`222222222222.dkr.ecr.us-east-1.amazonaws.com/support-bot@${digest}\` |`,
        `| **Image digest** | \`${digest}\` |`,
        '| **Waited for AgentCore** | 4s |',
        '| **Console** | [open in the AgentCore console](https://us-east-1.console.aws.amazon.com/bedrock-agentcore/agents/support_bot-AbCdEf1234?region=us-east-1) |',
        '',
        '#### What changed',
        '',
        '| Field | From | To |',
        '| --- | --- | --- |',
        '| `environment.LOG_LEVEL` | `info` | `debug` |',
        '| `environment.VENDOR_API_KEY` | *(secret)* | *changed (secret)* |',
        '',
      ].join('\n'),
    )
  })

  it('says when nothing changed', () => {
    const text = renderDeploySummary(
      { ...base, changed: false, previousVersion: '2', changes: [], waitedMs: 0 },
      { environment },
    )
    expect(text).toContain('### ⏸️ deploy-runtime: support\\_bot unchanged at version 2 in prod')
    expect(text).toContain('| **Version** | 2 \\(unchanged\\) |')
    expect(text).toContain('Nothing: the live configuration already equals the config, so no version was minted.')
    expect(text).not.toContain('Waited')
  })

  it('renders a dry run of a first deploy', () => {
    const text = renderDeploySummary(
      {
        ...base,
        dryRun: true,
        created: true,
        status: 'DRY_RUN',
        runtimeId: undefined,
        version: undefined,
        previousVersion: undefined,
        waitedMs: 0,
      },
      { environment },
    )
    expect(text).toContain('### 🔍 deploy-runtime: dry run: support\\_bot would be created in prod')
    expect(text).not.toContain('Console')
    expect(text).toContain('#### Configuration')
  })
})

describe('changesTable', () => {
  it('shows added secrets without values and absent plain values as not set', () => {
    expect(
      changesTable([
        { field: 'environment.NEW', to: 'x|y' },
        { field: 'environment.TOKEN', secret: true, added: true },
      ]),
    ).toBe(
      [
        '| Field | From | To |',
        '| --- | --- | --- |',
        '| `environment.NEW` | *(not set)* | `x\\|y` |',
        '| `environment.TOKEN` | *(not set)* | *added (secret)* |',
      ].join('\n'),
    )
  })
})
