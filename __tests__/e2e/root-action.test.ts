/**
 * The root action end to end: `node dist/index.js`, started as the runner starts it, runs the whole pipeline for
 * one environment against the emulator: a real buildah build of the sample agent pushed into the real registry
 * behind the emulator's ECR, the execution role through CloudFormation, the runtime, the canary endpoint, a smoke
 * test against the real agent process, and the live endpoints. Then the failure paths: a failing smoke test on the
 * canary leaves the live endpoints untouched; a failure after a promotion rolls every moved endpoint back; a rerun
 * after the failure converges with no extra version.
 */
import { afterAll, beforeAll, beforeEach, expect } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  BedrockAgentCoreControlClient,
  GetAgentRuntimeEndpointCommand,
  ListAgentRuntimeEndpointsCommand,
  ListAgentRuntimeVersionsCommand,
} from '@aws-sdk/client-bedrock-agentcore-control'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { REPO_ROOT, runBundle, type BundleRun } from '../helpers/run-bundle.js'
import { requireContainerTools } from '../helpers/containers.js'

const gate = requireContainerTools(['buildah', 'docker-registry', 'skopeo'])
const ACCOUNT = '444444444444'
const REGION = 'us-east-1'

/** The config: a canary and two live endpoints; `expect` and LOG_LEVEL vary per test. */
const config = (o: { logLevel?: string; contains?: string; endpoints?: string } = {}) => `version: 1
runtimes:
  support_bot:
    image: { repository: support-bot, context: agent, dockerfile: Dockerfile }
    environment: { LOG_LEVEL: ${o.logLevel ?? 'info'} }
    endpoints: ${o.endpoints ?? '{ canary: latest, live: latest, live_eu: latest }'}
    smokeTest: { payload: { prompt: ping }, expect: { status: 200, contains: ${o.contains ?? 'pong'} } }
environments:
  prod: { account: '${ACCOUNT}', region: ${REGION}, runtimes: { support_bot: {} } }
`

gate.describeIf('root action (bundle) against the emulator', () => {
  let emulator: Emulator
  let workspace: string
  let storage: string
  let env: Record<string, string>
  let runtimeId = ''

  beforeAll(async () => {
    emulator = await startEmulator({ transitionDelayMs: 50 })
    workspace = mkdtempSync(join(tmpdir(), 'root-action-e2e-'))
    mkdirSync(join(workspace, 'agent'))
    cpSync(join(REPO_ROOT, 'workflows-examples', 'agent', 'server.mjs'), join(workspace, 'agent', 'server.mjs'))
    cpSync(join(REPO_ROOT, 'workflows-examples', 'agent', 'Dockerfile.offline'), join(workspace, 'agent', 'Dockerfile'))
    storage = mkdtempSync(join(tmpdir(), 'root-action-storage-'))
    writeFileSync(
      join(storage, 'storage.conf'),
      `[storage]\ndriver = "vfs"\ngraphroot = "${storage}/root"\nrunroot = "${storage}/runroot"\n`,
    )
    env = {
      AWS_ENDPOINT_URL: emulator.awsEndpointUrl,
      AWS_ACCESS_KEY_ID: `AKIA${ACCOUNT}`,
      AWS_SECRET_ACCESS_KEY: 'emulator-secret',
      AWS_REGION: REGION,
      AWS_MAX_ATTEMPTS: '2',
      CONTAINERS_STORAGE_CONF: join(storage, 'storage.conf'),
      BUILDAH_ISOLATION: 'chroot',
    }
  }, 60_000)

  afterAll(async () => {
    await emulator?.stop()
    rmSync(workspace, { recursive: true, force: true })
    rmSync(storage, { recursive: true, force: true })
  })

  beforeEach(() => {
    emulator.clearFaults()
    emulator.clearRequests()
  })

  const pipeline = (yaml: string, sha: string): Promise<BundleRun> => {
    writeFileSync(join(workspace, 'agentcore.yaml'), yaml)
    return runBundle('root', {
      inputs: { environment: 'prod', builder: 'buildah', 'wait-timeout': '2m', 'retry-budget': '10s' },
      env: { ...env, GITHUB_SHA: sha },
      cwd: workspace,
      timeoutMs: 240_000,
    })
  }
  // The test's own client: pointed at the emulator explicitly (production code never sets an endpoint).
  const control = async () =>
    new BedrockAgentCoreControlClient({
      region: REGION,
      endpoint: emulator.awsEndpointUrl,
      credentials: { accessKeyId: `AKIA${ACCOUNT}`, secretAccessKey: 'x' },
    })
  const serving = async (name: string) =>
    (
      await (
        await control()
      ).send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, endpointName: name }))
    ).liveVersion
  const versions = async () =>
    (
      (await (await control()).send(new ListAgentRuntimeVersionsCommand({ agentRuntimeId: runtimeId })))
        .agentRuntimes ?? []
    )
      .map((v) => v.agentRuntimeVersion)
      .sort()
  const endpointNames = async () =>
    (
      (await (await control()).send(new ListAgentRuntimeEndpointsCommand({ agentRuntimeId: runtimeId })))
        .runtimeEndpoints ?? []
    )
      .map((e) => e.name)
      .sort()

  gate.itIf(
    'takes a commit to prod: build, role, runtime, canary, smoke test, live endpoints',
    async () => {
      const run = await pipeline(config(), 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1')
      expect(run.errors).toEqual([])
      expect(run.exitCode).toBe(0)
      runtimeId = run.outputs['runtime-id']
      expect(run.outputs).toMatchObject({
        version: '1',
        changed: 'true',
        built: 'true',
        'smoke-test-passed': 'true',
        'rolled-back': 'false',
      })
      expect(run.outputs['image-uri']).toMatch(
        new RegExp(`^${ACCOUNT}\\.dkr\\.ecr\\.${REGION}\\.amazonaws\\.com/support-bot@sha256:[0-9a-f]{64}$`),
      )
      expect(run.outputs['role-arn']).toBe(`arn:aws:iam::${ACCOUNT}:role/AgentCore-prod-support_bot`)
      expect(JSON.parse(run.outputs.endpoints)).toEqual([
        { endpoint: 'live', fromVersion: null, toVersion: '1', changed: true },
        { endpoint: 'live_eu', fromVersion: null, toVersion: '1', changed: true },
      ])
      expect([await serving('canary'), await serving('live'), await serving('live_eu')]).toEqual(['1', '1', '1'])
      // One summary for the whole pipeline, with the mermaid diagram GitHub renders.
      expect(run.summary).toContain('agentcore pipeline: support\\_bot version 1 is live in prod')
      expect(run.summary).toContain('```mermaid')
      expect(run.summary).toContain('ep2["live: serves 1"]')
    },
    300_000,
  )

  gate.itIf(
    'a rerun with nothing changed builds nothing and mints no version',
    async () => {
      const run = await pipeline(config(), 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1')
      expect(run.errors).toEqual([])
      expect(run.outputs).toMatchObject({ version: '1', changed: 'false', built: 'false' })
      expect(await versions()).toEqual(['1'])
      expect(emulator.requests({ operation: 'UpdateAgentRuntime' })).toEqual([])
    },
    300_000,
  )

  gate.itIf(
    'a failing smoke test on the canary leaves the live endpoints untouched',
    async () => {
      const run = await pipeline(
        config({ logLevel: 'debug', contains: 'never-said-by-the-agent' }),
        'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2',
      )
      expect(run.exitCode).toBe(1)
      expect(run.errors[0]).toMatch(
        /^Failed to run the pipeline for 'support_bot in prod': the smoke test on endpoint 'canary' \(version 2\) failed: contains: expected/,
      )
      expect(run.errors[0]).toContain('Rolled back: canary → version 1')
      expect(run.outputs).toMatchObject({ version: '2', 'smoke-test-passed': 'false', 'rolled-back': 'true' })
      expect([await serving('canary'), await serving('live'), await serving('live_eu')]).toEqual(['1', '1', '1'])
      // The live endpoints were never touched.
      const moves = emulator
        .requests({ operation: 'UpdateAgentRuntimeEndpoint' })
        .map((r) => decodeURIComponent(r.path))
      expect(moves.every((p) => p.includes('/runtime-endpoints/canary/'))).toBe(true)
      expect(run.summary).toContain('❌ agentcore pipeline')
    },
    300_000,
  )

  gate.itIf(
    'a failure after a promotion rolls every moved endpoint back, and a rerun converges',
    async () => {
      emulator.addFault({
        service: 'bedrock-agentcore-control',
        operation: 'UpdateAgentRuntimeEndpoint',
        pathIncludes: 'runtime-endpoints/live_eu',
        failureReason: 'Injected: endpoint update failed',
      })
      const failed = await pipeline(config({ logLevel: 'debug' }), 'c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3')
      expect(failed.exitCode).toBe(1)
      expect(failed.errors[0]).toContain('Injected: endpoint update failed')
      expect(failed.errors[0]).toContain('Rolled back: live → version 1, canary → version 1')
      expect([await serving('canary'), await serving('live')]).toEqual(['1', '1'])

      emulator.clearFaults()
      const rerun = await pipeline(config({ logLevel: 'debug' }), 'c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3')
      expect(rerun.errors).toEqual([])
      expect(rerun.outputs).toMatchObject({ version: '2', changed: 'false', 'smoke-test-passed': 'true' })
      expect([await serving('canary'), await serving('live'), await serving('live_eu')]).toEqual(['2', '2', '2'])
      // Version 2 was minted once (by the failed smoke-test run) and reused by every run since.
      expect(await versions()).toEqual(['1', '2'])
    },
    300_000,
  )

  gate.itIf(
    'without a canary in the config, smoke-tests a temporary endpoint and deletes it',
    async () => {
      const run = await pipeline(
        config({ logLevel: 'warn', endpoints: '{ live: latest, live_eu: latest }' }),
        'd4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4',
      )
      expect(run.errors).toEqual([])
      expect(run.outputs).toMatchObject({ version: '3', 'smoke-test-passed': 'true' })
      expect(await endpointNames()).toEqual(['DEFAULT', 'canary', 'live', 'live_eu'])
      expect(run.summary).toMatch(/temporary endpoint smoke\\_[0-9a-f]{12} deleted/)
    },
    300_000,
  )
})
