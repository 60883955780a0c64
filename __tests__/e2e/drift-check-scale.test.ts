/**
 * drift-check at scale: 3 environments × 50 runtimes with 50 ms added to every AWS answer must finish in under 5 s
 * (bundle start included). Runtimes are created straight through the control plane (as deploy-runtime leaves
 * them: tagged, one named endpoint on the latest version) with no latency, then the latency is switched on.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CreateAgentRuntimeCommand,
  CreateAgentRuntimeEndpointCommand,
  type BedrockAgentCoreControlClient,
} from '@aws-sdk/client-bedrock-agentcore-control'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { createAwsClients } from '../../shared/aws/clients.js'
import { managedRuntimeTags } from '../../shared/agentcore/runtime-tags.js'
import { mapWithConcurrency } from '../../shared/diff/concurrency.js'
import type { DriftReport } from '../../shared/diff/drift-report.js'
import { runBundle } from '../helpers/run-bundle.js'
import { ACCOUNT, useEmulator, workspace } from './drift-check-setup.js'

const REGIONS = { dev: 'us-east-1', staging: 'us-west-2', prod: 'eu-west-1' }
const RUNTIMES = 50
const names = Array.from({ length: RUNTIMES }, (_, i) => `agent_${String(i).padStart(2, '0')}`)
const ROLE = `arn:aws:iam::${ACCOUNT}:role/agent`

const CONFIG = `
version: 1
runtimes:
${names
  .map(
    (n) => `  ${n}:
    image: { repository: agents }
    environment: { LOG_LEVEL: info }
    role: { arn: '${ROLE}' }
    endpoints: { live: latest }`,
  )
  .join('\n')}
environments:
${Object.entries(REGIONS)
  .map(
    ([env, region]) => `  ${env}:
    account: '${ACCOUNT}'
    region: ${region}
    runtimes: { ${names.map((n) => `${n}: {}`).join(', ')} }`,
  )
  .join('\n')}
`

let emulator: Emulator
let env: Record<string, string>
let ws: ReturnType<typeof workspace>

async function create(control: BedrockAgentCoreControlClient, environment: string, region: string, name: string) {
  const created = await control.send(
    new CreateAgentRuntimeCommand({
      agentRuntimeName: name,
      agentRuntimeArtifact: {
        containerConfiguration: {
          containerUri: `${ACCOUNT}.dkr.ecr.${region}.amazonaws.com/agents@sha256:${'a'.repeat(64)}`,
        },
      },
      roleArn: ROLE,
      networkConfiguration: { networkMode: 'PUBLIC' },
      protocolConfiguration: { serverProtocol: 'HTTP' },
      environmentVariables: { LOG_LEVEL: 'info' },
      tags: managedRuntimeTags({ configPath: 'agentcore.yaml', environment }),
    }),
  )
  await control.send(
    new CreateAgentRuntimeEndpointCommand({
      agentRuntimeId: created.agentRuntimeId,
      name: 'live',
      agentRuntimeVersion: '1',
    }),
  )
}

beforeAll(async () => {
  emulator = await startEmulator({ transitionDelayMs: 0 })
  env = useEmulator(emulator)
  ws = workspace(CONFIG)
  for (const [environment, region] of Object.entries(REGIONS)) {
    const control = await createAwsClients({ region, action: 'e2e-setup' }).control()
    await mapWithConcurrency(names, 8, (name) => create(control, environment, region, name))
  }
  await new Promise((r) => setTimeout(r, 50))
}, 120_000)

afterAll(async () => {
  await emulator?.stop()
  ws?.remove()
})

describe('drift-check at scale', () => {
  it('checks 3 environments × 50 runtimes at 50 ms latency in under 5 s', async () => {
    emulator.settings.latencyMs = 50
    emulator.clearRequests()
    const started = Date.now()
    const result = await runBundle('drift-check', { inputs: { comment: 'false' }, env, cwd: ws.dir })
    const elapsed = Date.now() - started
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    const report = JSON.parse(result.outputs.report) as DriftReport
    expect(report.counts).toMatchObject({ environments: 3, runtimes: 150, items: 0 })
    const calls = emulator.requests().filter((r) => r.service !== 'github')
    // 2 per environment (identity, one page of runtimes) + 2 per runtime (Get, endpoints).
    expect(calls).toHaveLength(3 * 2 + 150 * 2)
    process.stdout.write(`drift-check 3×${RUNTIMES} runtimes at 50 ms: ${elapsed} ms, ${calls.length} AWS calls\n`)
    expect(elapsed).toBeLessThan(5000)
  }, 30_000)
})
