/**
 * How late deploy-runtime notices READY: the emulator is told to keep each update UPDATING for a given time; the lag
 * is the action's exit minus the moment the emulator set the new version READY (the version's `lastUpdatedAt`,
 * read back through the SDK; same clock, same process). Get calls during the wait are counted against the
 * "at most one per second" budget.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { GetAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore-control'
import { createAwsClients } from '../../shared/aws/clients.js'
import { PIPELINE_CONFIG, REGION, type PipelineFixture } from '../lib/pipeline-fixture.js'
import { round } from '../lib/stats.js'
import type { Recorder } from '../lib/results.js'

/** Measures one transition length (`transitionMs`), `runs` times. */
export async function measureReadyLag(
  fixture: PipelineFixture,
  record: Recorder,
  transitionMs: number,
  runs: number,
): Promise<void> {
  const control = await createAwsClients({ region: REGION, action: 'bench' }).control()
  const label = `${Math.round(transitionMs / 1000)}s`
  const lags: number[] = []
  let getsPerSecond = 0
  fixture.emulator.settings.transitionDelayMs = transitionMs
  try {
    for (let i = 0; i < runs; i++) {
      // A new value each run: deploy-runtime must update, mint a version and wait for it.
      writeFileSync(
        join(fixture.workspace, 'agentcore.yaml'),
        PIPELINE_CONFIG.replace('LOG_LEVEL: info', `LOG_LEVEL: lag-${transitionMs}-${i}`),
      )
      fixture.emulator.clearRequests()
      const result = await fixture.run('deploy-runtime', { endpoint: fixture.emulator.awsEndpointUrl })
      if (result.exitCode !== 0 || result.outputs.changed !== 'true')
        throw new Error(`deploy-runtime did not update (exit ${result.exitCode}):\n${result.stdout.slice(-1500)}`)
      const exitedAt = performance.timeOrigin + result.exitedAt
      // The action's calls, read before this process's own read-back below adds one.
      const requests = fixture.emulator.requests({ service: 'bedrock-agentcore-control' })
      const update = requests.find((r) => r.operation === 'UpdateAgentRuntime')
      if (!update) throw new Error('no UpdateAgentRuntime call')
      const version = await control.send(
        new GetAgentRuntimeCommand({
          agentRuntimeId: result.outputs['runtime-id'],
          agentRuntimeVersion: result.outputs.version,
        }),
      )
      const readyAt = version.lastUpdatedAt?.getTime()
      if (version.status !== 'READY' || readyAt === undefined)
        throw new Error(`version ${result.outputs.version} not READY`)
      lags.push(exitedAt - readyAt)
      const getTimes = requests
        .filter((r) => r.operation === 'GetAgentRuntime' && r.seq > update.seq)
        .map((r) => Date.parse(r.time) - Date.parse(update.time))
      const gets = getTimes.length
      getsPerSecond = Math.max(getsPerSecond, gets / ((exitedAt - Date.parse(update.time)) / 1000))
      record.note(
        `ready_lag_ms.${label}`,
        `run ${i + 1}: ${gets} Get calls at +${getTimes.join(', +')} ms after the update, READY at +${Math.round(readyAt - Date.parse(update.time))} ms`,
      )
    }
  } finally {
    fixture.emulator.settings.transitionDelayMs = 20
    writeFileSync(join(fixture.workspace, 'agentcore.yaml'), PIPELINE_CONFIG)
  }
  record.series(`ready_lag_ms.${label}`, lags)
  record.value(`ready_gets_per_s.${label}`, round(getsPerSecond, 2))
}
