/** `agentcore-actions plan`, in-process, against the emulator with the user's (environment) credentials. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { UpdateAgentRuntimeEndpointCommand } from '@aws-sdk/client-bedrock-agentcore-control'
import { runCli } from '../../cli/src/main.js'
import { planCommand } from '../../cli/src/plan.js'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { createAwsClients } from '../../shared/aws/clients.js'
import type { DriftReport } from '../../shared/diff/drift-report.js'
import {
  ACCOUNT,
  REGION,
  deploy,
  seedImage,
  useEmulator,
  waitForEndpoint,
  workspace,
} from '../e2e/drift-check-setup.js'

const CONFIG = `
version: 1
runtimes:
  support_bot:
    image: { repository: support-bot }
    role: { arn: 'arn:aws:iam::${ACCOUNT}:role/agent' }
    endpoints: { live: latest }
environments:
  dev: { account: '${ACCOUNT}', region: ${REGION}, runtimes: { support_bot: {} } }
`

let emulator: Emulator
let ws: ReturnType<typeof workspace>
let runtimeId: string

async function plan(args: string[]) {
  const stdout: string[] = []
  const stderr: string[] = []
  const code = await runCli(
    ['plan', ...args],
    { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l), cwd: ws.dir, env: process.env },
    [planCommand],
  )
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') }
}

beforeAll(async () => {
  emulator = await startEmulator({ transitionDelayMs: 20 })
  useEmulator(emulator)
  ws = workspace(CONFIG)
  const first = await deploy(CONFIG, {
    environment: 'dev',
    runtime: 'support_bot',
    image: seedImage(emulator, 'support-bot'),
  })
  await deploy(CONFIG, {
    environment: 'dev',
    runtime: 'support_bot',
    image: seedImage(emulator, 'support-bot', 'v2'),
  })
  runtimeId = first.runtimeId
}, 60_000)

afterAll(async () => {
  await emulator?.stop()
  ws?.remove()
})

describe('plan', () => {
  it('prints the drift report and exits 1 when something differs', async () => {
    const control = await createAwsClients({ region: REGION, action: 'test' }).control()
    await control.send(
      new UpdateAgentRuntimeEndpointCommand({
        agentRuntimeId: runtimeId,
        endpointName: 'live',
        agentRuntimeVersion: '1',
      }),
    )
    await waitForEndpoint(control, runtimeId, 'live')
    const result = await plan([])
    expect(result.stdout).toBe(
      [
        'agentcore.yaml: 1 of 1 environment(s) drift: 1 difference(s) in 1 runtime(s)',
        '',
        `dev (${ACCOUNT} ${REGION}): 1 difference(s)`,
        "  support_bot: endpoint 'live' serves version 1, the config says latest (version 2)",
      ].join('\n'),
    )
    expect(result.code).toBe(1)
  })

  it('prints JSON with --json', async () => {
    const result = await plan(['--json', '-e', 'dev'])
    const report = JSON.parse(result.stdout) as DriftReport
    expect(report.counts.items).toBe(1)
    expect(report.environments.map((e) => e.name)).toEqual(['dev'])
  })

  it('exits 0 when nothing differs', async () => {
    const control = await createAwsClients({ region: REGION, action: 'test' }).control()
    await control.send(
      new UpdateAgentRuntimeEndpointCommand({
        agentRuntimeId: runtimeId,
        endpointName: 'live',
        agentRuntimeVersion: '2',
      }),
    )
    await waitForEndpoint(control, runtimeId, 'live')
    expect(await plan(['--config', 'agentcore.yaml'])).toEqual({
      code: 0,
      stdout: `agentcore.yaml: no drift in 1 environment(s)\n\ndev (${ACCOUNT} ${REGION}): in sync`,
      stderr: '',
    })
  })

  it('refuses an unknown environment as a usage error', async () => {
    const result = await plan(['-e', 'qa'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('unknown environment qa; agentcore.yaml has dev')
  })
})
