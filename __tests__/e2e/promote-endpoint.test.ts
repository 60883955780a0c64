/**
 * promote-endpoint end to end: both bundles (`deploy-runtime` to make versions, `promote-endpoint` to move
 * endpoints), each started as the runner starts it, against the emulator. Every run is a separate process, so
 * `version: previous` really works from "a different workflow run": the history lives in AWS.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GetAgentRuntimeEndpointCommand } from '@aws-sdk/client-bedrock-agentcore-control'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import type { EcrService } from '../../emulator/services/ecr.js'
import { createAwsClients } from '../../shared/aws/clients.js'
import { runBundle } from '../helpers/run-bundle.js'

const ACCOUNT = '222222222222'
const REGION = 'us-east-1'
const SHA_1 = '1111111111111111111111111111111111111111'
const SHA_2 = '2222222222222222222222222222222222222222'

const config = (logLevel: string, prodEndpoints = '{ live: latest }') => `
version: 1
runtimes:
  support_bot:
    image: { repository: support-bot }
    environment: { LOG_LEVEL: ${logLevel} }
    role: { arn: 'arn:aws:iam::${ACCOUNT}:role/support-agent' }
    endpoints: ${prodEndpoints}
environments:
  prod:
    account: '${ACCOUNT}'
    region: ${REGION}
    runtimes: { support_bot: {} }
`

let emulator: Emulator
let dir: string
let env: Record<string, string>
let image: string
let runtimeId: string

const deploy = (sha: string) =>
  runBundle('deploy-runtime', { inputs: { environment: 'prod', image }, env: { ...env, GITHUB_SHA: sha }, cwd: dir })
const promote = (inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}) =>
  runBundle('promote-endpoint', { inputs: { environment: 'prod', ...inputs }, env: { ...env, ...extraEnv }, cwd: dir })
const endpoint = async (name: string) =>
  (await createAwsClients({ region: REGION, action: 'e2e' }).control()).send(
    new GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, endpointName: name }),
  )
const changes = () =>
  emulator
    .requests({ service: 'bedrock-agentcore-control' })
    .filter((r) => /^(Create|Update)AgentRuntimeEndpoint$/.test(r.operation))

beforeAll(async () => {
  emulator = await startEmulator({ transitionDelayMs: 50 })
  dir = mkdtempSync(join(tmpdir(), 'promote-endpoint-e2e-'))
  env = {
    AWS_ENDPOINT_URL: emulator.awsEndpointUrl,
    AWS_ACCESS_KEY_ID: `AKIA${ACCOUNT}`,
    AWS_SECRET_ACCESS_KEY: 'emulator-secret',
    AWS_REGION: REGION,
  }
  Object.assign(process.env, env)
  const digest = emulator.service<EcrService>('ecr').seedImage(ACCOUNT, REGION, 'support-bot', { tag: 'v1' })
  image = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/support-bot@${digest}`
  writeFileSync(join(dir, 'agentcore.yaml'), config('info'))
  const first = await deploy(SHA_1)
  expect(first.errors).toEqual([])
  runtimeId = first.outputs['runtime-id']
})

afterAll(async () => {
  await emulator.stop()
  rmSync(dir, { recursive: true, force: true })
})

beforeEach(() => {
  emulator.clearFaults()
  emulator.clearRequests()
})

describe('promote-endpoint bundle against the emulator', () => {
  it('refuses credentials of another account before any change', async () => {
    const run = await promote({}, { AWS_ACCESS_KEY_ID: 'AKIA333333333333' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(
      /^Refusing to touch environment 'prod': it belongs to account 222222222222, but the AWS credentials are for account 333333333333/,
    )
    expect(emulator.requests({ service: 'bedrock-agentcore-control' })).toEqual([])
  })

  it('creates the config’s endpoint on the latest version (1), with an explicit version', async () => {
    const run = await promote()
    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({ version: '1', 'previous-version': '', changed: 'true' })
    expect(run.outputs['endpoint-arn']).toBe(
      `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:runtime/${runtimeId}/runtime-endpoint/live`,
    )
    expect(await endpoint('live')).toMatchObject({ status: 'READY', liveVersion: '1', targetVersion: '1' })
  })

  it('moves live to version 2 and records version 1 on the endpoint', async () => {
    writeFileSync(join(dir, 'agentcore.yaml'), config('debug'))
    expect((await deploy(SHA_2)).outputs.version).toBe('2')
    emulator.clearRequests()
    const run = await promote({ version: '2' })
    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({ version: '2', 'previous-version': '1', changed: 'true' })
    expect(JSON.parse(run.outputs.endpoints)).toEqual([
      expect.objectContaining({ endpoint: 'live', fromVersion: '1', toVersion: '2', changed: true, status: 'READY' }),
    ])
    expect(await endpoint('live')).toMatchObject({
      status: 'READY',
      liveVersion: '2',
      targetVersion: '2',
      description: 'agentcore-actions: previous=1',
    })
    // The summary shows both commits (from the version stamps) and the exact rollback inputs.
    expect(run.summary).toContain('promote-endpoint: live 1 → 2 of support\\_bot in prod')
    expect(run.summary).toContain(`[\`1111111\`](https://github.com/octo-org/agents/commit/${SHA_1})`)
    expect(run.summary).toContain(`[\`2222222\`](https://github.com/octo-org/agents/commit/${SHA_2})`)
    expect(run.summary).toContain(
      'environment: "prod"\nruntime: "support_bot"\nendpoint: "live"\nversion: "1"\nexpected-current-version: "2"',
    )
  })

  it('promoting again changes nothing', async () => {
    const run = await promote({ version: 'latest' })
    expect(run.outputs).toMatchObject({ version: '2', 'previous-version': '2', changed: 'false' })
    expect(changes()).toEqual([])
  })

  it('refuses when expected-current-version is not what the endpoint serves', async () => {
    const run = await promote({ version: '1', 'expected-current-version': '1' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      "Refusing to move endpoint 'live': it serves version 2, but expected-current-version is 1. Someone else moved it; check what it serves before retrying.",
    ])
    expect(changes()).toEqual([])
  })

  it('refuses a version that does not exist, listing the versions with their commits', async () => {
    const run = await promote({ version: '99' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      "Version 99 of runtime 'support_bot' does not exist (deleted, or never created); recent versions: 2 (READY, commit 2222222), 1 (READY, commit 1111111)",
    ])
    expect(changes()).toEqual([])
    expect((await endpoint('live')).liveVersion).toBe('2')
  })

  it('refuses DEFAULT', async () => {
    const run = await promote({ endpoint: 'DEFAULT', version: '1' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toBe(
      "Endpoint 'DEFAULT' cannot be promoted: AgentCore moves it to every new version by itself. Promote a named endpoint (e.g. 'live') and send production traffic there.",
    )
  })

  it('`previous` from a separate run brings live back to 1 (and records 2)', async () => {
    const run = await promote({ endpoint: 'live', version: 'previous', 'expected-current-version': '2' })
    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({ version: '1', 'previous-version': '2', changed: 'true' })
    expect(await endpoint('live')).toMatchObject({
      status: 'READY',
      liveVersion: '1',
      description: 'agentcore-actions: previous=2',
    })
  })

  it('`previous` on an endpoint with no history is a clear error', async () => {
    const create = await promote({ endpoint: 'canary', version: '2' })
    expect(create.outputs).toMatchObject({ version: '2', changed: 'true' })
    const run = await promote({ endpoint: 'canary', version: 'previous' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toBe(
      "Endpoint 'canary' has no recorded previous version (it has not been promoted by this suite yet), so 'previous' has nothing to return to. Give a version number instead; recent versions: 2 (READY, commit 2222222), 1 (READY, commit 1111111)",
    )
  })

  it('an UPDATE_FAILED fails the step with the service’s reason', async () => {
    emulator.addFault({
      service: 'bedrock-agentcore-control',
      operation: 'UpdateAgentRuntimeEndpoint',
      failureReason: 'Endpoint update failed: version 2 could not be started',
    })
    const run = await promote({ endpoint: 'live', version: '2' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      "Failed to promote endpoint 'live to version 2': UPDATE_FAILED: Endpoint update failed: version 2 could not be started",
    ])
  })

  it('a rerun after the failure finishes the move, and survives a conflict and throttling', async () => {
    emulator.addFault({
      service: 'bedrock-agentcore-control',
      operation: 'UpdateAgentRuntimeEndpoint',
      error: { type: 'ConflictException', status: 409, message: 'The endpoint is being updated' },
    })
    emulator.addFault({
      service: 'bedrock-agentcore-control',
      operation: 'GetAgentRuntimeEndpoint',
      count: 2,
      error: { type: 'ThrottlingException', status: 429, message: 'Rate exceeded' },
    })
    const run = await promote({ endpoint: 'live', version: '2' })
    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({ version: '2', changed: 'true' })
    expect(await endpoint('live')).toMatchObject({ status: 'READY', liveVersion: '2', targetVersion: '2' })
  })

  it('warns when the environment serves traffic only through DEFAULT', async () => {
    writeFileSync(join(dir, 'agentcore.yaml'), config('debug', '{}'))
    const run = await promote()
    expect(run.exitCode).toBe(1)
    expect(run.warnings[0]).toMatch(
      /^Environment 'prod' has no named endpoint for runtime 'support_bot': its traffic goes through DEFAULT/,
    )
    expect(run.errors[0]).toMatch(
      /^Runtime 'support_bot' has no named endpoints in environment 'prod': give the 'endpoint' input/,
    )
  })
})
