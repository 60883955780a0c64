/**
 * The emulator as an outsider meets it: `npm run emulator` in its own process, and a plain .mjs client that knows
 * nothing but the AWS SDK and the AWS_ENDPOINT_URL the emulator printed.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)
let emulatorProcess: ChildProcess
let printed: Record<string, string>

beforeAll(async () => {
  // Its own process group, so that stopping npm also stops tsx and the emulator under it.
  emulatorProcess = spawn('npm', ['run', '--silent', 'emulator', '--', '--transition-delay-ms', '50'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  printed = await new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`emulator did not start: ${out}`)), 20_000)
    emulatorProcess.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const vars = Object.fromEntries(
        [...out.matchAll(/^(AWS_ENDPOINT_URL|GITHUB_API_URL)=(\S+)$/gm)].map((m) => [m[1], m[2]]),
      )
      if (vars.AWS_ENDPOINT_URL && vars.GITHUB_API_URL) {
        clearTimeout(timer)
        resolve(vars)
      }
    })
    emulatorProcess.once('exit', (code) => reject(new Error(`emulator exited with ${code}: ${out}`)))
  })
})

afterAll(async () => {
  if (emulatorProcess.pid === undefined || emulatorProcess.exitCode !== null) return
  const exited = new Promise((resolve) => emulatorProcess.once('exit', resolve))
  process.kill(-emulatorProcess.pid, 'SIGTERM')
  await exited
})

it('prints the two variables a client needs', () => {
  expect(printed.AWS_ENDPOINT_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  expect(printed.GITHUB_API_URL).toBe(`${printed.AWS_ENDPOINT_URL}/github`)
})

it('shows a plain SDK client the real AgentCore semantics', async () => {
  const { stdout } = await run(process.execPath, ['__tests__/emulator/conformance-client.mjs'], {
    env: {
      PATH: process.env.PATH,
      AWS_ENDPOINT_URL: printed.AWS_ENDPOINT_URL,
      AWS_REGION: 'eu-central-1',
      AWS_ACCESS_KEY_ID: 'AKIA555555555555',
      AWS_SECRET_ACCESS_KEY: 'secret',
    },
  })
  expect(JSON.parse(stdout)).toEqual({
    account: '555555555555',
    created: ['1', 'CREATING'],
    ready: ['READY', { idleRuntimeSessionTimeout: 900, maxLifetime: 28800 }],
    updated: '2',
    default: ['2', '2'],
    stable: ['1', '1'],
    invocations: [
      ['pong', 'Two', '2'],
      ['pong', 'One', '1'],
    ],
  })
}, 60_000)
