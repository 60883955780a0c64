/**
 * Promise 2 of the suite: no secret leaks. One canary value is planted in every secret channel at once (the
 * runtime's secret env value, the bearer token, the GitHub token, the AWS secret key and session token), each action
 * runs its success and failure paths with step debug on, and the canary must not appear in stdout (bar the runner's
 * own `::add-mask::` command), stderr, GITHUB_OUTPUT, the job summary, the PR comments, or anything the emulator
 * stores except the one place it belongs: the runtime's environment variables.
 *
 * The detector is proven too: a canary planted where it is printed on purpose (a plain config value) is caught.
 * Build secrets and the ECR password are covered with real builds in build-push-canary.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BundleRun } from '../helpers/run-bundle.js'
import { deploy } from '../e2e/drift-check-setup.js'
import { CONFIG, createWorld, deployV1, resetWorld, RUNTIME, runScenario, SCENARIOS, type World } from './world.js'

const CANARY = `CANARY-7f3a9c-${randomBytes(6).toString('hex')}`
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
/** A JWT whose signature part is the canary (the emulator checks audience and expiry, not the signature). */
const BEARER = `${b64({ alg: 'RS256' })}.${b64({ aud: 'agents', exp: Math.floor(Date.now() / 1000) + 3600 })}.${CANARY}`

/** The config plus a JWT runtime (for the bearer channel). */
const CANARY_CONFIG = CONFIG.replace(
  'environments:',
  `  jwt_bot:
    image: { repository: support-bot }
    role: { models: [anthropic.claude-sonnet-4-5*] }
    authorizer: { jwt: { discoveryUrl: 'https://idp.example.com/.well-known/openid-configuration', allowedAudience: [agents] } }
    endpoints: { live: latest }
environments:`,
).replace(`runtimes: { ${RUNTIME}: {} }`, `runtimes: { ${RUNTIME}: {}, jwt_bot: {} }`)

/** Where the canary was seen: channel names (empty = no leak). */
export function leaks(world: World, run: BundleRun, canary: string): string[] {
  const found: string[] = []
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  if (stdout.includes(canary)) found.push('stdout')
  if (run.stderr.includes(canary)) found.push('stderr')
  if (JSON.stringify(run.outputs).includes(canary)) found.push('GITHUB_OUTPUT')
  if (run.summary.includes(canary)) found.push('job summary')
  const { github, ...aws } = world.emulator.snapshot()
  if (JSON.stringify(github ?? {}).includes(canary)) found.push('GitHub (PR comments, deployments)')
  // The secret's one legitimate home: the runtime versions' environment variables. Everything else AWS stores
  // (descriptions, tags, endpoints, stacks, roles, repositories) must not hold it.
  const stored = JSON.parse(JSON.stringify(aws), (key, value: unknown) =>
    // failureReason: the text this test injects as AWS's own answer (the action must not print it).
    key === 'environmentVariables' || key === 'failureReason' ? undefined : value,
  ) as unknown
  if (JSON.stringify(stored).includes(canary)) found.push('AWS state (descriptions, tags, ...)')
  return found
}

const DEBUG = { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' }
const AWS_CANARY = { AWS_SECRET_ACCESS_KEY: CANARY, AWS_SESSION_TOKEN: CANARY }
const scenario = (name: string) => SCENARIOS.find((s) => s.name === name)!

let world: World

beforeAll(async () => {
  world = await createWorld({ secret: CANARY, config: CANARY_CONFIG })
})

afterAll(async () => {
  await world.stop()
})

/** One run: fresh state, `prepare`, optional faults, the bundle with the canary everywhere. */
async function run(
  name: string,
  options: {
    prepare?: (w: World) => Promise<void>
    faults?: Parameters<World['emulator']['addFault']>[0][]
    inputs?: Record<string, string>
  } = {},
): Promise<BundleRun> {
  const s = scenario(name)
  resetWorld(world)
  await (options.prepare ?? s.prepare)(world)
  for (const fault of options.faults ?? []) world.emulator.addFault(fault)
  return runScenario(world, s, {
    env: { ...DEBUG, ...AWS_CANARY },
    inputs: { ...(s.action === 'drift-check' ? { 'github-token': CANARY } : {}), ...(options.inputs ?? {}) },
  })
}

describe('secret canary', () => {
  const cases: [string, () => Promise<BundleRun>, number][] = [
    ['deploy-runtime creates (secret env value, AWS keys)', () => run('deploy-runtime (create)'), 0],
    ['deploy-runtime updates', () => run('deploy-runtime (update)'), 0],
    [
      'deploy-runtime: AgentCore echoes the secret in a failure reason',
      () =>
        run('deploy-runtime (update)', {
          faults: [
            {
              service: 'bedrock-agentcore-control',
              operation: 'UpdateAgentRuntime',
              failureReason: `Container exited: VENDOR_API_KEY=${CANARY} rejected by vendor`,
            },
          ],
        }),
      1,
    ],
    [
      'deploy-runtime: AgentCore echoes the secret in a validation error',
      () =>
        run('deploy-runtime (update)', {
          faults: [
            {
              service: 'bedrock-agentcore-control',
              operation: 'UpdateAgentRuntime',
              error: {
                type: 'ValidationException',
                status: 400,
                message: `1 validation error detected: Value '${CANARY}' at 'environmentVariables.VENDOR_API_KEY' failed to satisfy constraint`,
              },
            },
          ],
        }),
      1,
    ],
    [
      'deploy-runtime: the SDK fails (500) with debug on',
      () =>
        run('deploy-runtime (create)', {
          faults: [
            {
              service: 'bedrock-agentcore-control',
              operation: 'CreateAgentRuntime',
              error: { type: 'InternalServerException', status: 500 },
            },
          ],
        }),
      1,
    ],
    ['ensure-role', () => run('ensure-role'), 0],
    [
      'ensure-role rolls back',
      () =>
        run('ensure-role', {
          faults: [
            { service: 'cloudformation', operation: 'ExecuteChangeSet', failureReason: 'Access denied for role' },
          ],
        }),
      1,
    ],
    ['promote-endpoint', () => run('promote-endpoint'), 0],
    [
      'promote-endpoint fails (403)',
      () =>
        run('promote-endpoint', {
          faults: [
            {
              service: 'bedrock-agentcore-control',
              operation: 'UpdateAgentRuntimeEndpoint',
              error: { type: 'AccessDeniedException', status: 403, message: 'not authorized' },
            },
          ],
        }),
      1,
    ],
    ['invoke-smoke-test (SigV4)', () => run('invoke-smoke-test'), 0],
    [
      'invoke-smoke-test with the bearer token',
      () =>
        run('invoke-smoke-test', {
          prepare: deployBoth,
          inputs: { runtime: 'jwt_bot', payload: 'ping', 'bearer-token': BEARER, 'expect-contains': 'pong' },
        }),
      0,
    ],
    [
      'invoke-smoke-test with the bearer token, failing its assertion',
      () =>
        run('invoke-smoke-test', {
          prepare: deployBoth,
          inputs: { runtime: 'jwt_bot', payload: 'ping', 'bearer-token': BEARER, 'expect-contains': 'no such answer' },
        }),
      1,
    ],
    [
      'invoke-smoke-test with the bearer token, refused (wrong audience, expired)',
      () =>
        run('invoke-smoke-test', {
          prepare: deployBoth,
          inputs: {
            runtime: 'jwt_bot',
            payload: 'ping',
            'bearer-token': `${b64({ alg: 'RS256' })}.${b64({ aud: 'other', exp: 1 })}.${CANARY}`,
          },
        }),
      1,
    ],
    [
      'drift-check comments on the PR (GitHub token, live secret env)',
      () => run('drift-check', { prepare: deployDrifted }),
      0,
    ],
    [
      'drift-check cannot comment (500)',
      () =>
        run('drift-check', {
          prepare: deployDrifted,
          faults: [
            { service: 'github', operation: 'CreateIssueComment', error: { type: 'x', status: 500, message: 'boom' } },
          ],
        }),
      -1,
    ],
  ]

  it.each(cases)('%s: the canary appears nowhere', async (_name, start, exitCode) => {
    const result = await start()
    if (result.exitCode !== exitCode && process.env.RELIABILITY_DEBUG) console.log(result.stdout, result.stderr)
    if (exitCode >= 0)
      expect({ exitCode: result.exitCode, errors: result.errors }).toEqual({
        exitCode,
        errors: exitCode ? expect.anything() : [],
      })
    // The runner was asked to mask it whenever the action received it as an input it knows is secret.
    expect(leaks(world, result, CANARY)).toEqual([])
  })

  it('the detector catches a canary printed on purpose (a plain config value, an unregistered text in an error)', async () => {
    const visible = CANARY_CONFIG.replace('description: Customer support agent', `description: Agent ${CANARY}`)
    writeFileSync(join(world.dir, 'agentcore.yaml'), visible)
    try {
      const stored = await run('deploy-runtime (create)')
      expect(stored.exitCode).toBe(0)
      expect(leaks(world, stored, CANARY)).toEqual(['AWS state (descriptions, tags, ...)'])
    } finally {
      writeFileSync(join(world.dir, 'agentcore.yaml'), CANARY_CONFIG)
    }
    // A value the action was never told is secret is printed like any other text: the detector must see it.
    const other = `CANARY-7f3a9c-${randomBytes(6).toString('hex')}`
    const printed = await run('deploy-runtime (update)', {
      faults: [
        {
          service: 'bedrock-agentcore-control',
          operation: 'UpdateAgentRuntime',
          failureReason: `Container exited: token ${other} rejected`,
        },
      ],
    })
    expect(printed.exitCode).toBe(1)
    expect(leaks(world, printed, other)).toContain('stdout')
  })
})

/** Both runtimes deployed (the support bot with the canary secret, the JWT one). */
async function deployBoth(w: World): Promise<void> {
  await deployV1(w)
  await deploy(CANARY_CONFIG, {
    environment: 'prod',
    runtime: 'jwt_bot',
    image: w.images.v1,
    aws: w.aws,
  })
}

/** The support bot deployed with the canary secret and a LOG_LEVEL that differs from the config (drift). */
async function deployDrifted(w: World): Promise<void> {
  await deploy(CONFIG.replace('LOG_LEVEL: info', 'LOG_LEVEL: trace'), {
    environment: 'prod',
    runtime: RUNTIME,
    image: w.images.v1,
    secrets: { VENDOR_API_KEY: CANARY },
    aws: w.aws,
  })
}
