/**
 * drift-check at scale: 3 environments × n runtimes, created straight through the control plane as deploy-runtime
 * leaves them (tagged as managed, one named endpoint), then checked with 50 ms added to every AWS answer.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CreateAgentRuntimeCommand, CreateAgentRuntimeEndpointCommand } from '@aws-sdk/client-bedrock-agentcore-control'
import { startEmulator } from '../../emulator/index.js'
import { managedRuntimeTags } from '../../shared/agentcore/runtime-tags.js'
import { createAwsClients } from '../../shared/aws/clients.js'
import { mapWithConcurrency } from '../../shared/diff/concurrency.js'
import { runAction } from '../lib/action-process.js'
import { ACCOUNT, useEmulatorCredentials } from '../lib/pipeline-fixture.js'
import type { Recorder } from '../lib/results.js'

const REGIONS = { dev: 'us-east-1', staging: 'us-west-2', prod: 'eu-west-1' }
const ROLE = `arn:aws:iam::${ACCOUNT}:role/agent`

/** The config of n runtimes in 3 environments. */
export function driftConfig(names: string[]): string {
  const runtimes = names
    .map(
      (n) =>
        `  ${n}:\n    image: { repository: agents }\n    environment: { LOG_LEVEL: info }\n    role: { arn: '${ROLE}' }\n    endpoints: { live: latest }`,
    )
    .join('\n')
  const environments = Object.entries(REGIONS)
    .map(
      ([env, region]) =>
        `  ${env}:\n    account: '${ACCOUNT}'\n    region: ${region}\n    runtimes: { ${names.map((n) => `${n}: {}`).join(', ')} }`,
    )
    .join('\n')
  return `version: 1\nruntimes:\n${runtimes}\nenvironments:\n${environments}\n`
}

/** Measures n runtimes per environment, `runs` times, at `latencyMs` per call. */
export async function measureDrift(
  bundle: string,
  record: Recorder,
  n: number,
  runs: number,
  latencyMs = 50,
): Promise<void> {
  const emulator = await startEmulator({ transitionDelayMs: 0, registry: false })
  const dir = mkdtempSync(join(tmpdir(), 'bench-drift-'))
  const names = Array.from({ length: n }, (_, i) => `agent_${String(i).padStart(3, '0')}`)
  const env = {
    AWS_ENDPOINT_URL: emulator.awsEndpointUrl,
    AWS_ACCESS_KEY_ID: `AKIA${ACCOUNT}`,
    AWS_SECRET_ACCESS_KEY: 'emulator-secret',
    AWS_REGION: 'us-east-1',
    GITHUB_API_URL: emulator.githubApiUrl,
  }
  useEmulatorCredentials(emulator.awsEndpointUrl)
  try {
    writeFileSync(join(dir, 'agentcore.yaml'), driftConfig(names))
    for (const [environment, region] of Object.entries(REGIONS)) {
      const control = await createAwsClients({ region, action: 'bench-setup' }).control()
      await mapWithConcurrency(names, 8, async (name) => {
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
      })
    }
    await new Promise((r) => setTimeout(r, 50))
    emulator.settings.latencyMs = latencyMs
    const times: number[] = []
    let calls = 0
    for (let i = 0; i < runs; i++) {
      emulator.clearRequests()
      const result = await runAction({ bundle, inputs: { comment: 'false' }, env, cwd: dir })
      if (result.exitCode !== 0) throw new Error(`drift-check ×${n} failed:\n${result.stdout.slice(-1500)}`)
      if (result.outputs['has-drift'] !== 'false') throw new Error(`drift-check ×${n} found drift in a clean setup`)
      times.push(result.wallMs)
      calls = emulator.requests().filter((r) => r.service !== 'github').length
    }
    record.series(`drift_ms.${n}`, times)
    record.value(`drift_calls.${n}`, calls)
  } finally {
    await emulator.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
