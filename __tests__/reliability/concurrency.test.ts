/**
 * Promise 3a: concurrent use is safe. Two deploy-runtime bundles of the same runtime started together both end
 * correctly (one waits for the other), the final state is one of the two, and neither update is lost (each run's
 * version holds its own image). Two promote-endpoint runs racing with `expected-current-version`: exactly one
 * wins, the other fails with a message, and the endpoint serves the winner's version.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GetAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore-control'
import type { EcrService } from '../../emulator/services/ecr.js'
import { deploy } from '../e2e/drift-check-setup.js'
import { runBundle, type BundleRun } from '../helpers/run-bundle.js'
import { ACCOUNT, CONFIG, createWorld, deployV1, REGION, resetWorld, RUNTIME, runtimes, type World } from './world.js'

let world: World
let v3: string

beforeAll(async () => {
  world = await createWorld()
  // Slow enough transitions that the two runs really overlap.
  world.emulator.settings.transitionDelayMs = 400
})

afterAll(async () => {
  await world.stop()
})

const seedV3 = () => {
  const digest = world.emulator
    .service<EcrService>('ecr')
    .seedImage(ACCOUNT, REGION, 'support-bot', { tag: 'v3', content: 'v3' })
  v3 = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/support-bot@${digest}`
}

const deployBundle = (image: string) =>
  runBundle('deploy-runtime', {
    inputs: { environment: 'prod', image, secrets: `VENDOR_API_KEY=${world.secret}`, 'wait-timeout': '60s' },
    env: { ...world.env, AWS_MAX_ATTEMPTS: '3' },
    cwd: world.dir,
  })

/** The image a version of the runtime runs. */
async function imageOf(runtimeId: string, version: string): Promise<string | undefined> {
  const control = await world.aws.control()
  const live = await control.send(
    new GetAgentRuntimeCommand({ agentRuntimeId: runtimeId, agentRuntimeVersion: version }),
  )
  return live.agentRuntimeArtifact?.containerConfiguration?.containerUri
}

/** Both runs succeeded, each reporting a version that holds its own image, and the latest is one of the two. */
async function expectBothLanded(runs: [BundleRun, string][]): Promise<void> {
  for (const [run] of runs) {
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
  }
  const all = runtimes(world)
  expect(all).toHaveLength(1)
  const [runtime] = all
  expect(runtime.status).toBe('READY')
  const id = runs[0][0].outputs['runtime-id']
  for (const [run, image] of runs) {
    expect(run.outputs['runtime-id']).toBe(id)
    expect(await imageOf(id, run.outputs.version)).toBe(image)
  }
  const latest = await imageOf(id, runtime.latestVersion)
  expect(runs.map(([, image]) => image)).toContain(latest)
}

describe('concurrent deploys of one runtime', () => {
  it('two first deploys started together: one creates, the other updates it; one runtime, no lost update', async () => {
    resetWorld(world)
    world.emulator.settings.transitionDelayMs = 400
    const [a, b] = await Promise.all([deployBundle(world.images.v1), deployBundle(world.images.v2)])
    await expectBothLanded([
      [a, world.images.v1],
      [b, world.images.v2],
    ])
    expect(runtimes(world)[0].versions).toHaveLength(2)
  }, 120_000)

  it('two updates started together: one waits for the other; both versions exist, the last is one of the two', async () => {
    resetWorld(world)
    seedV3()
    await deployV1(world)
    world.emulator.settings.transitionDelayMs = 400
    const [a, b] = await Promise.all([deployBundle(world.images.v2), deployBundle(v3)])
    await expectBothLanded([
      [a, world.images.v2],
      [b, v3],
    ])
    expect(runtimes(world)[0].versions).toHaveLength(3)
    expect(new Set([a.outputs.version, b.outputs.version])).toEqual(new Set(['2', '3']))
  }, 120_000)
})

describe('racing promotions with expected-current-version', () => {
  it('exactly one wins; the other fails with a message; the endpoint serves the winner', async () => {
    resetWorld(world)
    world.emulator.settings.transitionDelayMs = 30
    const runtimeId = await deployV1(world)
    // Versions 2 and 3, `live` still on 1 (the config without endpoints leaves named endpoints alone).
    const noEndpoints = CONFIG.replace('endpoints: { live: latest }', '')
    for (const [level, image] of [
      ['debug', world.images.v2],
      ['warn', world.images.v1],
    ])
      await deploy(noEndpoints.replace('LOG_LEVEL: info', `LOG_LEVEL: ${level}`), {
        environment: 'prod',
        runtime: RUNTIME,
        image,
        secrets: { VENDOR_API_KEY: world.secret },
        aws: world.aws,
      })
    world.emulator.settings.transitionDelayMs = 400
    const promote = (version: string) =>
      runBundle('promote-endpoint', {
        inputs: {
          environment: 'prod',
          endpoint: 'live',
          version,
          'expected-current-version': '1',
          'wait-timeout': '60s',
        },
        env: { ...world.env, AWS_MAX_ATTEMPTS: '3' },
        cwd: world.dir,
      })
    const [two, three] = await Promise.all([promote('2'), promote('3')])
    const outcomes = [two, three].map((r) => r.exitCode)
    expect(outcomes.sort()).toEqual([0, 1])
    const [winner, loser] = two.exitCode === 0 ? [two, three] : [three, two]
    expect(winner.errors).toEqual([])
    expect(loser.errors).toHaveLength(1)
    expect(loser.errors[0]).toMatch(/expected|current version|changed|conflict/i)
    expect(loser.outputs.changed ?? '').not.toBe('true')
    const live = runtimes(world)[0].endpoints.find((e) => e.name === 'live')
    expect(live?.liveVersion).toBe(winner === two ? '2' : '3')
    expect(runtimeId).toBeTruthy()
  }, 120_000)
})
