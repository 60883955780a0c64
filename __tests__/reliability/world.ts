/**
 * The world every reliability test runs in: one emulator, a workspace holding `agentcore.yaml`, two seeded images,
 * and the scenarios (one per action, plus deploy-runtime's create and update paths) that say how to put AWS in the
 * state an action expects, how to run its bundle, and what the converged state looks like.
 *
 * Several worlds can run side by side (one emulator each), so nothing here touches `process.env`: the in-process
 * SDK clients used for setup get the emulator's endpoint explicitly (test code only; production code never sets one).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BedrockAgentCoreControlClient } from '@aws-sdk/client-bedrock-agentcore-control'
import { BedrockAgentCoreClient } from '@aws-sdk/client-bedrock-agentcore'
import { ECRClient } from '@aws-sdk/client-ecr'
import { IAMClient } from '@aws-sdk/client-iam'
import { CloudFormationClient } from '@aws-sdk/client-cloudformation'
import { STSClient } from '@aws-sdk/client-sts'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import type { EcrService } from '../../emulator/services/ecr.js'
import type { AwsClients } from '../../shared/aws/clients.js'
import { deploy } from '../e2e/drift-check-setup.js'
import { bundlePath, REPO_ROOT, runBundle, type BundleRun } from '../helpers/run-bundle.js'

export const ACCOUNT = '111111111111'
export const REGION = 'us-east-1'
export const ACCESS_KEY = `AKIA${ACCOUNT}`
export const RUNTIME = 'support_bot'
export const PR_NUMBER = 7
export const GITHUB_TOKEN = 'ghs_reliabilityWriteToken'

/** The config every scenario uses: a managed role, a secret, a named endpoint and a smoke test. */
export const CONFIG = `version: 1
runtimes:
  ${RUNTIME}:
    description: Customer support agent
    image: { repository: support-bot }
    protocol: HTTP
    environment: { LOG_LEVEL: info }
    secrets: [VENDOR_API_KEY]
    role: { models: [anthropic.claude-sonnet-4-5*] }
    endpoints: { live: latest }
    smokeTest: { payload: { prompt: ping }, expect: { contains: pong } }
environments:
  prod:
    account: '${ACCOUNT}'
    region: ${REGION}
    runtimes: { ${RUNTIME}: {} }
`

/** build-push's config: its own runtime and repository, built from the workspace root. */
export const BUILD_CONFIG = `version: 1
runtimes:
  builder_bot:
    image: { repository: builder-bot }
environments:
  prod:
    account: '${ACCOUNT}'
    region: ${REGION}
    runtimes: { builder_bot: {} }
`

/** A running emulator plus the workspace and images a scenario needs. */
export interface World {
  emulator: Emulator
  dir: string
  /** Environment of every bundle run (endpoint, credentials, no SDK retries unless a cell asks). */
  env: Record<string, string>
  /** Digest-pinned URIs of two different seeded images (v1 deployed by setup, v2 deployed by the runs). */
  images: { v1: string; v2: string }
  /** SDK clients of this process, pointed at this world's emulator. */
  aws: AwsClients
  /** The secret value deploys pass for VENDOR_API_KEY. */
  secret: string
  stop(): Promise<void>
}

/** Starts an emulator (no registry: images are seeded) and writes the workspace. */
export async function createWorld(
  options: { secret?: string; config?: string; registry?: boolean } = {},
): Promise<World> {
  const emulator = await startEmulator({ transitionDelayMs: 30, registry: options.registry ?? false })
  const dir = mkdtempSync(join(tmpdir(), 'reliability-'))
  writeFileSync(join(dir, 'agentcore.yaml'), options.config ?? CONFIG)
  // build-push's workspace: its own config (a repository no other scenario touches), the sample agent, a private
  // buildah store.
  writeFileSync(join(dir, 'build.yaml'), BUILD_CONFIG)
  cpSync(join(REPO_ROOT, 'workflows-examples', 'agent', 'server.mjs'), join(dir, 'server.mjs'))
  cpSync(join(REPO_ROOT, 'workflows-examples', 'agent', 'Dockerfile.offline'), join(dir, 'Dockerfile'))
  const storage = join(dir, '.buildah')
  mkdirSync(storage)
  writeFileSync(
    join(storage, 'storage.conf'),
    `[storage]\ndriver = "vfs"\ngraphroot = "${storage}/root"\nrunroot = "${storage}/runroot"\n`,
  )
  const world: World = {
    emulator,
    dir,
    env: {
      AWS_ENDPOINT_URL: emulator.awsEndpointUrl,
      AWS_ACCESS_KEY_ID: ACCESS_KEY,
      AWS_SECRET_ACCESS_KEY: 'emulator-secret',
      AWS_REGION: REGION,
      AWS_MAX_ATTEMPTS: '1',
      GITHUB_API_URL: emulator.githubApiUrl,
      CONTAINERS_STORAGE_CONF: join(storage, 'storage.conf'),
      BUILDAH_ISOLATION: 'chroot',
    },
    images: { v1: '', v2: '' },
    aws: clientsFor(emulator.awsEndpointUrl, REGION),
    secret: options.secret ?? 'sk-reliability-secret-value',
    stop: async () => {
      await emulator.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
  seedImages(world)
  return world
}

/** Forgets all AWS/GitHub state and seeds the two images again. */
export function resetWorld(world: World): void {
  world.emulator.reset()
  world.emulator.settings.transitionDelayMs = 30
  seedImages(world)
}

function seedImages(world: World): void {
  const ecr = world.emulator.service<EcrService>('ecr')
  const uri = (digest: string) => `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/support-bot@${digest}`
  world.images.v1 = uri(ecr.seedImage(ACCOUNT, REGION, 'support-bot', { tag: 'v1', content: 'v1' }))
  world.images.v2 = uri(ecr.seedImage(ACCOUNT, REGION, 'support-bot', { tag: 'v2', content: 'v2' }))
}

/** SDK clients with an explicit endpoint (tests only), shaped like shared/aws's {@link AwsClients}. */
export function clientsFor(endpoint: string, region: string): AwsClients {
  const config = {
    region,
    endpoint,
    // Setup calls ride out a dropped keep-alive socket; the runs under test get their own settings.
    maxAttempts: 3,
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: 'emulator-secret' },
  }
  const control = new BedrockAgentCoreControlClient(config)
  const data = new BedrockAgentCoreClient(config)
  const ecr = new ECRClient(config)
  const iam = new IAMClient(config)
  const cfn = new CloudFormationClient(config)
  const sts = new STSClient(config)
  return {
    region,
    control: async () => control,
    data: async () => data,
    ecr: async () => ecr,
    iam: async () => iam,
    cloudFormation: async () => cfn,
    sts: async () => sts,
  }
}

/** Deploys the runtime with image v1 (and its `live` endpoint) in process, as deploy-runtime + promote leave it. */
export async function deployV1(world: World): Promise<string> {
  const result = await deploy(CONFIG, {
    environment: 'prod',
    runtime: RUNTIME,
    image: world.images.v1,
    secrets: { VENDOR_API_KEY: world.secret },
    aws: world.aws,
  })
  return result.runtimeId
}

/** A runtime as the emulator holds it (test view of its state). */
interface RuntimeState {
  account: string
  name: string
  status: string
  latestVersion: string
  versions: { version?: string; agentRuntimeVersion?: string; status?: string; description?: string }[]
  endpoints: { name: string; liveVersion?: string; targetVersion?: string; status?: string }[]
  tags: Record<string, string>
}

/** The emulator's runtimes. */
export function runtimes(world: World): RuntimeState[] {
  const snapshot = world.emulator.snapshot() as Record<string, { runtimes?: RuntimeState[] }>
  return snapshot['bedrock-agentcore-control']?.runtimes ?? []
}

/** PR comments on the test pull request, as the emulated GitHub holds them. */
export function prComments(world: World): string[] {
  const text = JSON.stringify(world.emulator.snapshot().github ?? {})
  // Comment bodies are the only strings carrying drift-check's hidden marker.
  return (text.match(/agentcore-actions:drift/g) ?? []).map((m) => m)
}

/** One way to run one action: the state it starts from, its inputs, and the state a success must leave. */
export interface Scenario {
  /** `deploy-runtime (update)`. */
  name: string
  action: string
  /** Puts AWS in the state the run starts from (after a reset). */
  prepare(world: World): Promise<void>
  inputs(world: World): Record<string, string>
  eventName?: string
  event?: unknown
  /** The converged state, as comparable JSON (ids and timestamps left out). */
  state(world: World): unknown
  /** Needs buildah and the real registry (skipped, loudly, without them). */
  containers?: boolean
  /** The run's outputs that claim something happened (they must be absent or true after a failure). */
  claims: string[]
  /** Claims of a failed run that are checked against the emulator's state rather than required to be absent. */
  verifyClaims?(world: World, run: BundleRun): string[]
}

/** The tag build-push gives the image: the commit (runBundle's GITHUB_SHA). */
const BUILD_TAG = '0123456789abcdef0123456789abcdef01234567'

const runtimeShape = (world: World) =>
  runtimes(world).map((r) => ({
    name: r.name,
    status: r.status,
    versions: r.versions.length,
    latestReady: r.versions.filter((v) => v.status === 'READY').length > 0,
    endpoints: r.endpoints
      .map((e) => `${e.name}:${e.liveVersion ?? ''}:${e.status ?? ''}`)
      .sort()
      .join(','),
  }))

/** The scenarios of the suite's actions (build-push needs buildah and the registry: `containers`). */
export const SCENARIOS: Scenario[] = [
  {
    name: 'build-push',
    action: 'build-push',
    containers: true,
    prepare: async () => {},
    inputs: () => ({ config: 'build.yaml', environment: 'prod', builder: 'buildah' }),
    state: async (world) => {
      const ecr = world.emulator.service<EcrService>('ecr')
      const text = JSON.stringify(ecr.snapshot())
      const image = await ecr.findImage(`${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/builder-bot:${BUILD_TAG}`)
      // ECR names are unique: no duplicate is possible; what a half-done run can lose is the repository's settings.
      return {
        lifecyclePolicy: /builder-bot[\s\S]*rules/.test(text),
        tagged: image !== undefined && image.platforms.some((p) => p.architecture === 'arm64'),
      }
    },
    claims: ['image-uri', 'digest', 'built'],
  },
  {
    name: 'ensure-role',
    action: 'ensure-role',
    prepare: async () => {},
    inputs: () => ({ environment: 'prod', runtime: RUNTIME, timeout: '20s' }),
    state: (world) => {
      const snapshot = world.emulator.snapshot() as {
        cloudformation?: { stacks?: Record<string, Record<string, { status: string }>> }
        iam?: Record<string, unknown>
      }
      const stacks = Object.values(snapshot.cloudformation?.stacks ?? {}).flatMap((byName) =>
        Object.entries(byName).map(([name, stack]) => `${name}:${stack.status}`),
      )
      const roles = JSON.stringify(snapshot.iam ?? {}).match(/"arn":"arn:aws:iam::[^"]+"/g) ?? []
      return { stacks: stacks.sort(), roles: roles.sort() }
    },
    claims: ['role-arn', 'changed'],
  },
  {
    name: 'deploy-runtime (create)',
    action: 'deploy-runtime',
    prepare: async () => {},
    inputs: (world) => ({
      environment: 'prod',
      runtime: RUNTIME,
      image: world.images.v1,
      secrets: `VENDOR_API_KEY=${world.secret}`,
      'wait-timeout': '10s',
    }),
    state: runtimeShape,
    claims: ['version', 'changed', 'status', 'image-uri', 'image-digest'],
  },
  {
    name: 'deploy-runtime (update)',
    action: 'deploy-runtime',
    prepare: async (world) => {
      await deployV1(world)
    },
    inputs: (world) => ({
      environment: 'prod',
      runtime: RUNTIME,
      image: world.images.v2,
      secrets: `VENDOR_API_KEY=${world.secret}`,
      'wait-timeout': '10s',
    }),
    state: runtimeShape,
    claims: ['version', 'changed', 'status', 'image-uri', 'image-digest'],
  },
  {
    name: 'promote-endpoint',
    action: 'promote-endpoint',
    prepare: async (world) => {
      await deployV1(world)
      // A second version for `live: latest` to move to.
      await deploy(CONFIG.replace('LOG_LEVEL: info', 'LOG_LEVEL: debug').replace('endpoints: { live: latest }', ''), {
        environment: 'prod',
        runtime: RUNTIME,
        image: world.images.v2,
        secrets: { VENDOR_API_KEY: world.secret },
        aws: world.aws,
      })
    },
    inputs: () => ({ environment: 'prod', runtime: RUNTIME, 'wait-timeout': '10s' }),
    state: runtimeShape,
    claims: ['endpoint-arn', 'version', 'changed', 'endpoints'],
  },
  {
    name: 'invoke-smoke-test',
    action: 'invoke-smoke-test',
    prepare: async (world) => {
      await deployV1(world)
    },
    inputs: () => ({ environment: 'prod', runtime: RUNTIME, endpoint: 'live', attempts: '1', 'retry-budget': '0s' }),
    state: runtimeShape,
    // response and status-code report what came back, also on failure; passed is the claim.
    claims: ['passed'],
  },
  {
    name: 'drift-check',
    action: 'drift-check',
    prepare: async (world) => {
      await deployV1(world)
    },
    inputs: () => ({ environments: 'prod', comment: 'true', 'github-token': GITHUB_TOKEN }),
    eventName: 'pull_request',
    event: { pull_request: { number: PR_NUMBER } },
    state: (world) => ({ comments: prComments(world).length, runtimes: runtimeShape(world) }),
    // has-drift and report describe what was read, true even when commenting failed; a comment-id must exist.
    claims: [],
    verifyClaims: (world, run) => {
      const id = run.outputs['comment-id'] ?? ''
      const github = JSON.stringify(world.emulator.snapshot().github ?? {})
      return id !== '' && !github.includes(`"id":${id},`) ? [`comment-id ${id} names no comment`] : []
    },
  },
]

/** Runs a scenario's bundle in a world, with extra env (e.g. `AWS_MAX_ATTEMPTS`). */
export async function runScenario(
  world: World,
  scenario: Scenario,
  extra: { env?: Record<string, string>; inputs?: Record<string, string> } = {},
): Promise<BundleRun> {
  // On a shared development machine another engineer may be rebuilding this bundle right now: wait for it.
  const run = () =>
    runBundle(scenario.action, {
      inputs: { ...scenario.inputs(world), ...(extra.inputs ?? {}) },
      env: { ...world.env, ...(extra.env ?? {}) },
      cwd: world.dir,
      eventName: scenario.eventName,
      event: scenario.event,
      timeoutMs: 90_000,
    })
  for (let attempt = 0; ; attempt++) {
    for (let i = 0; i < 600 && !existsSync(bundlePath(scenario.action)); i++)
      await new Promise((r) => setTimeout(r, 500))
    const result = await run()
    const rebuilding = result.exitCode !== 0 && /Cannot find module|ERR_MODULE_NOT_FOUND/.test(result.stderr)
    if (!rebuilding || attempt >= 20) return result
    await new Promise((r) => setTimeout(r, 5_000))
  }
}
