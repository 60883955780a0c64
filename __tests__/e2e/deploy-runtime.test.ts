/**
 * deploy-runtime end to end: the bundled action (`node actions/deploy-runtime/dist/index.js`, as the runner starts
 * it) against the emulator's AgentCore, ECR and STS, through the real SDK. Asserts what a user sees: exit code,
 * outputs, the job summary, the error line, and the emulator's state and request log.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GetAgentRuntimeCommand, ListTagsForResourceCommand } from '@aws-sdk/client-bedrock-agentcore-control'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import type { EcrService } from '../../emulator/services/ecr.js'
import { createAwsClients } from '../../shared/aws/clients.js'
import { runBundle, type BundleRun } from '../helpers/run-bundle.js'

const ACCOUNT = '222222222222'
const REGION = 'us-east-1'
const SECRET = 'sk-live-5e3b1d9a7c2f4e80'
const ROLE = `arn:aws:iam::${ACCOUNT}:role/support-agent`
const SHA = '0123456789abcdef0123456789abcdef01234567'

const config = (logLevel: string) => `
version: 1
runtimes:
  support_bot:
    description: Customer support agent
    image: { repository: support-bot }
    protocol: HTTP
    environment: { LOG_LEVEL: ${logLevel}, MODEL_ID: anthropic.claude-sonnet-4-5 }
    secrets: [VENDOR_API_KEY]
    lifecycle: { idleTimeoutSeconds: 600 }
    role: { arn: '${ROLE}' }
    endpoints: { live: latest }
    tags: { team: support }
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
let digest: string

const deploy = (inputs: Record<string, string> = {}, extraEnv: Record<string, string | undefined> = {}) =>
  runBundle('deploy-runtime', {
    inputs: { environment: 'prod', image, secrets: `VENDOR_API_KEY=${SECRET}`, ...inputs },
    env: { ...env, ...extraEnv },
    cwd: dir,
  })

const controlCalls = () => emulator.requests({ service: 'bedrock-agentcore-control' })
const control = () => createAwsClients({ region: REGION, action: 'e2e' }).control()

/** Nothing the user can see holds the secret value (the `::add-mask::` command that hides it is the runner's). */
function expectSecretHidden(run: BundleRun, secret = SECRET) {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  expect(run.stdout).toContain(`::add-mask::${secret}`)
  for (const text of [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) expect(text).not.toContain(secret)
}

beforeAll(async () => {
  emulator = await startEmulator({ transitionDelayMs: 50 })
  dir = mkdtempSync(join(tmpdir(), 'deploy-runtime-e2e-'))
  writeFileSync(join(dir, 'agentcore.yaml'), config('info'))
  env = {
    AWS_ENDPOINT_URL: emulator.awsEndpointUrl,
    AWS_ACCESS_KEY_ID: `AKIA${ACCOUNT}`,
    AWS_SECRET_ACCESS_KEY: 'emulator-secret',
    AWS_REGION: REGION,
    GITHUB_SHA: SHA,
  }
  digest = emulator.service<EcrService>('ecr').seedImage(ACCOUNT, REGION, 'support-bot', { tag: 'v1', content: 'v1' })
  image = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/support-bot@${digest}`
  // The SDK in this process (for state checks) talks to the emulator too.
  Object.assign(process.env, env)
})

afterAll(async () => {
  await emulator.stop()
  rmSync(dir, { recursive: true, force: true })
})

beforeEach(() => {
  emulator.clearFaults()
  emulator.clearRequests()
})

describe('deploy-runtime bundle against the emulator', () => {
  let runtimeId: string

  it('refuses credentials of another account before any AgentCore call', async () => {
    const run = await deploy({}, { AWS_ACCESS_KEY_ID: 'AKIA333333333333' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      `Refusing to touch environment 'prod': it belongs to account ${ACCOUNT}, but the AWS credentials are for account 333333333333. Configure credentials for account ${ACCOUNT} (e.g. the role-to-assume of aws-actions/configure-aws-credentials) or fix 'account' in the config.`,
    ])
    expect(controlCalls()).toEqual([])
  })

  it('refuses an image in another region, and one ECR does not have, before any AgentCore call', async () => {
    const otherRegion = await deploy({ image: image.replace(REGION, 'eu-west-1') })
    expect(otherRegion.exitCode).toBe(1)
    expect(otherRegion.errors[0]).toMatch(
      /^Refusing image '.*eu-west-1.*': it is in the ECR registry of region eu-west-1, but environment 'prod' runs in account 222222222222, region us-east-1/,
    )
    const missing = await deploy({ image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/support-bot:v404` })
    expect(missing.exitCode).toBe(1)
    expect(missing.errors[0]).toContain(
      "Image '222222222222.dkr.ecr.us-east-1.amazonaws.com/support-bot:v404' is not in ECR (no tag 'v404'",
    )
    expect(controlCalls()).toEqual([])
  })

  it('first deploy (by tag) creates version 1, pinned to the digest, stamped and tagged', async () => {
    const run = await deploy({ image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/support-bot:v1` })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      version: '1',
      'previous-version': '',
      changed: 'true',
      status: 'READY',
      'image-uri': image,
      'image-digest': digest,
    })
    runtimeId = run.outputs['runtime-id']
    expect(runtimeId).toMatch(/^support_bot-[a-zA-Z0-9]{10}$/)
    expect(run.outputs['runtime-arn']).toBe(`arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:runtime/${runtimeId}`)
    expectSecretHidden(run)

    const live = await (await control()).send(new GetAgentRuntimeCommand({ agentRuntimeId: runtimeId }))
    expect(live.status).toBe('READY')
    expect(live.agentRuntimeArtifact?.containerConfiguration?.containerUri).toBe(image)
    expect(live.environmentVariables).toEqual({
      LOG_LEVEL: 'info',
      MODEL_ID: 'anthropic.claude-sonnet-4-5',
      VENDOR_API_KEY: SECRET,
    })
    expect(live.description).toBe(
      `Customer support agent\nagentcore-actions: commit=${SHA} run=https://github.com/octo-org/agents/actions/runs/4242 image=${digest}`,
    )
    const tags = await (await control()).send(new ListTagsForResourceCommand({ resourceArn: live.agentRuntimeArn }))
    expect(tags.tags).toEqual({
      team: 'support',
      'managed-by': 'agentcore-actions',
      'agentcore-actions:config': 'agentcore.yaml',
      'agentcore-actions:environment': 'prod',
    })
    expect(run.summary).toContain('deploy-runtime: support\\_bot created, version 1 is READY in prod')
  })

  it('the same inputs again change nothing, within 3 control-plane calls', async () => {
    const run = await deploy()
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      version: '1',
      'previous-version': '1',
      changed: 'false',
      'runtime-id': runtimeId,
    })
    expect(controlCalls().map((r) => r.operation)).toEqual([
      'ListAgentRuntimes',
      'GetAgentRuntime',
      'ListTagsForResource',
    ])
    expect(run.summary).toContain('support\\_bot unchanged at version 1 in prod')
    expect(run.summary).toContain('Nothing: the live configuration already equals the config')
  })

  it('a dry run with a changed variable says what would change and changes nothing', async () => {
    writeFileSync(join(dir, 'agentcore.yaml'), config('debug'))
    const run = await deploy({ 'dry-run': 'true' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ changed: 'true', status: 'DRY_RUN', version: '1' })
    expect(run.summary).toContain('| `environment.LOG_LEVEL` | `info` | `debug` |')
    expect(controlCalls().map((r) => r.operation)).toEqual(['ListAgentRuntimes', 'GetAgentRuntime'])
  })

  it('a changed environment variable creates version 2 with every other setting kept', async () => {
    writeFileSync(join(dir, 'agentcore.yaml'), config('debug'))
    const run = await deploy({ image: '' })
    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({ version: '2', 'previous-version': '1', changed: 'true', 'image-uri': image })
    const client = await control()
    const [v1, v2] = await Promise.all(
      ['1', '2'].map((v) =>
        client.send(new GetAgentRuntimeCommand({ agentRuntimeId: runtimeId, agentRuntimeVersion: v })),
      ),
    )
    expect(v2.environmentVariables).toEqual({ ...v1.environmentVariables, LOG_LEVEL: 'debug' })
    for (const field of [
      'agentRuntimeArtifact',
      'roleArn',
      'networkConfiguration',
      'protocolConfiguration',
      'lifecycleConfiguration',
    ] as const)
      expect(v2[field]).toEqual(v1[field])
    expect(v2.lifecycleConfiguration).toEqual({ idleRuntimeSessionTimeout: 600, maxLifetime: 28800 })
    expect(run.summary).toContain('| `environment.LOG_LEVEL` | `info` | `debug` |')
    expect(run.summary).toContain('| **Version** | 2 \\(new; was 1\\) |')
    expectSecretHidden(run)
  })

  it('a rotated secret makes a version and is reported only as "changed (secret)"', async () => {
    const rotated = 'sk-live-rotated-00aa11bb22cc'
    const run = await deploy({ secrets: `VENDOR_API_KEY=${rotated}` })
    expect(run.outputs).toMatchObject({ version: '3', changed: 'true' })
    expect(run.summary).toContain('| `environment.VENDOR_API_KEY` | *(secret)* | *changed (secret)* |')
    expectSecretHidden(run, rotated)
    // Back to the original value for the next tests.
    expect((await deploy()).outputs.version).toBe('4')
  })

  it('an UPDATE_FAILED fails the step with the reason; a rerun finishes the job', async () => {
    emulator.addFault({
      service: 'bedrock-agentcore-control',
      operation: 'UpdateAgentRuntime',
      failureReason: 'Image manifest does not contain linux/arm64',
    })
    writeFileSync(join(dir, 'agentcore.yaml'), config('warn'))
    const failed = await deploy()
    expect(failed.exitCode).toBe(1)
    expect(failed.errors).toEqual([
      "Failed to deploy runtime 'support_bot version 5': UPDATE_FAILED: Image manifest does not contain linux/arm64",
    ])
    const rerun = await deploy()
    expect(rerun.exitCode).toBe(0)
    expect(rerun.outputs).toMatchObject({ version: '6', 'previous-version': '5', changed: 'true', status: 'READY' })
    expect(rerun.stdout).toContain(
      'version 5 is UPDATE_FAILED (Image manifest does not contain linux/arm64); deploying it again',
    )
  })

  it('survives a ConflictException burst (another update in flight) and a throttling burst', async () => {
    writeFileSync(join(dir, 'agentcore.yaml'), config('error'))
    emulator.addFault({
      service: 'bedrock-agentcore-control',
      operation: 'UpdateAgentRuntime',
      count: 2,
      error: { type: 'ConflictException', status: 409, message: 'The agent runtime is being updated' },
    })
    emulator.addFault({
      service: 'bedrock-agentcore-control',
      operation: 'GetAgentRuntime',
      count: 2,
      error: { type: 'ThrottlingException', status: 429, message: 'Rate exceeded' },
    })
    const run = await deploy()
    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({ version: '7', 'previous-version': '6', changed: 'true', status: 'READY' })
    const updates = emulator.requests({ service: 'bedrock-agentcore-control', operation: 'UpdateAgentRuntime' })
    expect(updates.map((r) => r.status)).toEqual([409, 409, 202])
    expect(run.stdout).toContain('being changed by another operation; waiting for it, then re-planning')
    // The runtime has exactly the versions the runs asked for: no duplicate from the retries.
    const versions = emulator.requests({ service: 'bedrock-agentcore-control', operation: 'GetAgentRuntime' })
    expect(versions.filter((r) => r.status === 429)).toHaveLength(2)
  })

  it('a wait that runs out of time says what it waited for and the last state', async () => {
    writeFileSync(join(dir, 'agentcore.yaml'), config('trace'))
    emulator.settings.transitionDelayMs = 3000
    try {
      const run = await deploy({ 'wait-timeout': '1s' })
      expect(run.exitCode).toBe(1)
      // The wait is cut at the 1s budget; a slow last read on a busy machine may round it to 2s.
      expect(run.errors).toHaveLength(1)
      expect(run.errors[0]).toMatch(
        /^Timed out after [12]s waiting for runtime support_bot version 8 to be READY; last state: UPDATING$/,
      )
    } finally {
      emulator.settings.transitionDelayMs = 50
    }
  })
})
