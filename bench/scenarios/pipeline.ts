/**
 * The root action (the whole pipeline for one environment: build or reuse the image, role, deploy, canary, smoke
 * test, live endpoints) on an existing image: a config change makes it deploy a new version and move the endpoints,
 * while the image for this source already exists (no build). What the suite adds is its wall time minus the time the
 * emulator spent in transitions it was told to take (`transitionDelayMs` after each call that starts one; transitions
 * that overlap, e.g. endpoints moved in parallel, count once: the union of their intervals).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator } from '../../emulator/index.js'
import { expectSuccess, runAction } from '../lib/action-process.js'
import { actionBundle, REPO_ROOT } from '../lib/bundles.js'
import { useEmulatorCredentials } from '../lib/pipeline-fixture.js'
import type { Recorder } from '../lib/results.js'
import { unionMs } from '../lib/stats.js'

const ACCOUNT = '444444444444'
const REGION = 'us-east-1'
/** Calls after which the emulator spends `transitionDelayMs` in a transition. */
const TRANSITIONS = new Set([
  'bedrock-agentcore-control:CreateAgentRuntime',
  'bedrock-agentcore-control:UpdateAgentRuntime',
  'bedrock-agentcore-control:CreateAgentRuntimeEndpoint',
  'bedrock-agentcore-control:UpdateAgentRuntimeEndpoint',
  'cloudformation:CreateChangeSet',
  'cloudformation:ExecuteChangeSet',
])

const config = (logLevel: string) => `version: 1
runtimes:
  support_bot:
    image: { repository: support-bot, context: agent, dockerfile: Dockerfile }
    environment: { LOG_LEVEL: ${logLevel} }
    endpoints: { canary: latest, live: latest, live_eu: latest }
    smokeTest: { payload: { prompt: ping }, expect: { status: 200 } }
environments:
  prod: { account: '${ACCOUNT}', region: ${REGION}, runtimes: { support_bot: {} } }
`

/** Measures the root action `runs` times at a `transitionMs` transition delay, or records why it cannot. */
export async function measurePipeline(
  record: Recorder,
  runs: number,
  log: (line: string) => void,
  transitionMs = 2000,
): Promise<void> {
  if (!existsSync(join(REPO_ROOT, 'src', 'index.ts')) && !existsSync(join(REPO_ROOT, 'dist', 'index.js'))) {
    record.note('pipeline_overhead_ms', 'not measured: the root action has no bundle (dist/index.js)')
    log('pipeline: no root action bundle; not measured')
    return
  }
  const bundle = actionBundle('root')
  const emulator = await startEmulator({ transitionDelayMs: 50 })
  useEmulatorCredentials(emulator.awsEndpointUrl)
  const workspace = mkdtempSync(join(tmpdir(), 'bench-pipeline-'))
  const storage = mkdtempSync(join(tmpdir(), 'bench-pipeline-buildah-'))
  try {
    mkdirSync(join(workspace, 'agent'))
    cpSync(join(REPO_ROOT, 'workflows-examples', 'agent', 'server.mjs'), join(workspace, 'agent', 'server.mjs'))
    cpSync(join(REPO_ROOT, 'workflows-examples', 'agent', 'Dockerfile.offline'), join(workspace, 'agent', 'Dockerfile'))
    writeFileSync(
      join(storage, 'storage.conf'),
      `[storage]\ndriver = "vfs"\ngraphroot = "${storage}/root"\nrunroot = "${storage}/runroot"\n`,
    )
    const env = {
      AWS_ENDPOINT_URL: emulator.awsEndpointUrl,
      AWS_ACCESS_KEY_ID: `AKIA${ACCOUNT}`,
      AWS_SECRET_ACCESS_KEY: 'emulator-secret',
      AWS_REGION: REGION,
      GITHUB_API_URL: emulator.githubApiUrl,
      CONTAINERS_STORAGE_CONF: join(storage, 'storage.conf'),
      BUILDAH_ISOLATION: 'chroot',
    }
    const run = (logLevel: string) => {
      writeFileSync(join(workspace, 'agentcore.yaml'), config(logLevel))
      return runAction({
        bundle: bundle.path,
        inputs: { environment: 'prod', builder: 'buildah', 'wait-timeout': '5m' },
        env,
        cwd: workspace,
        timeoutMs: 300_000,
      })
    }
    expectSuccess('root action (first run: build, role, runtime, endpoints)', await run('info'))
    emulator.settings.transitionDelayMs = transitionMs
    const overheads: number[] = []
    for (let i = 0; i < runs; i++) {
      emulator.clearRequests()
      const result = expectSuccess('root action', await run(`bench-${i}`))
      if (result.outputs.built !== 'false' || result.outputs.changed !== 'true')
        throw new Error(`root action: expected a reused image and a new version, got ${JSON.stringify(result.outputs)}`)
      const transitions = emulator
        .requests()
        .filter((r) => TRANSITIONS.has(`${r.service}:${r.operation}`) && r.status < 300)
        .map((r): [number, number] => [Date.parse(r.time), Date.parse(r.time) + transitionMs])
      const waited = unionMs(transitions)
      overheads.push(result.wallMs - waited)
      record.note(
        'pipeline_overhead_ms',
        `run ${i + 1}: ${Math.round(result.wallMs)} ms wall, ${transitions.length} transitions (${waited} ms), ${emulator.requests().length} calls`,
      )
    }
    record.series('pipeline_overhead_ms', overheads)
    log(`pipeline overhead: ${record.get('pipeline_overhead_ms')} ms`)
  } finally {
    await emulator.stop()
    rmSync(workspace, { recursive: true, force: true })
    rmSync(storage, { recursive: true, force: true })
  }
}
