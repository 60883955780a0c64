/**
 * Cancellation: the runner cancels a step with SIGINT (then SIGTERM). A deploy cancelled while it waits for AgentCore
 * must say what was in flight (error line and job summary), exit non-zero at once, and leave nothing a rerun cannot
 * finish: the rerun converges to the same state as an uninterrupted deploy, without an extra version.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundlePath, parseOutputFile } from '../helpers/run-bundle.js'
import { createWorld, resetWorld, runScenario, runtimes, SCENARIOS, type World } from './world.js'

let world: World
const update = SCENARIOS.find((s) => s.name === 'deploy-runtime (update)')!

beforeAll(async () => {
  world = await createWorld()
})

afterAll(async () => {
  await world.stop()
})

/** Starts the deploy bundle as the runner does and sends `signal` once AgentCore has accepted the update. */
async function deployAndCancel(signal: NodeJS.Signals) {
  const dir = mkdtempSync(join(tmpdir(), 'cancel-'))
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md') }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const inputs = Object.fromEntries(
    Object.entries(update.inputs(world)).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]),
  )
  const child = spawn(process.execPath, [bundlePath('deploy-runtime')], {
    cwd: world.dir,
    env: {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: world.dir,
      GITHUB_REPOSITORY: 'octo-org/agents',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_RUN_ID: '4242',
      GITHUB_SERVER_URL: 'https://github.com',
      ...world.env,
      ...files,
      ...inputs,
      'INPUT_WAIT-TIMEOUT': '60s',
    },
  })
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
  const started = Date.now()
  while (!world.emulator.requests({ operation: 'UpdateAgentRuntime' }).some((r) => r.status < 300)) {
    if (Date.now() - started > 30_000) throw new Error('the deploy never reached UpdateAgentRuntime')
    await new Promise((done) => setTimeout(done, 20))
  }
  await new Promise((done) => setTimeout(done, 200))
  const cancelledAt = Date.now()
  child.kill(signal)
  const exitCode = await exited
  const result = {
    exitCode,
    exitMs: Date.now() - cancelledAt,
    stdout,
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
  }
  rmSync(dir, { recursive: true, force: true })
  return result
}

describe('a deploy cancelled by the runner', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s while waiting: says what was in flight, exits at once, and a rerun converges',
    async (signal) => {
      resetWorld(world)
      await update.prepare(world)
      // A slow update, so the cancel lands while the action waits for READY.
      world.emulator.settings.transitionDelayMs = 3_000
      const cancelled = await deployAndCancel(signal)
      expect(cancelled.exitCode).toBe(signal === 'SIGINT' ? 130 : 143)
      expect(cancelled.exitMs).toBeLessThan(2_000)
      const error = cancelled.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
      expect(error).toContain(`deploy-runtime was cancelled (${signal}) while in flight: Deploy support_bot to prod`)
      expect(error).toContain('rerun the step')
      expect(cancelled.summary).toContain(`deploy-runtime was cancelled (${signal}) while in flight`)
      // Nothing claims success.
      expect(cancelled.outputs.version ?? '').toBe('')

      // The rerun: AgentCore finishes the accepted update; the rerun finds it live and mints nothing more.
      world.emulator.settings.transitionDelayMs = 30
      const rerun = await runScenario(world, update)
      expect(rerun.errors).toEqual([])
      expect(rerun.exitCode).toBe(0)
      expect(rerun.outputs.version).toBe('2')
      const [runtime] = runtimes(world)
      expect(runtime.versions).toHaveLength(2)
      expect(runtime.status).toBe('READY')
    },
    60_000,
  )
})
