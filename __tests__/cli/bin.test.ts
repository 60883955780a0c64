/**
 * The committed bundle, run as users run it (`node bin/agentcore-actions.js`, which `npx agentcore-actions`
 * starts), with every outgoing connection and DNS lookup made fatal: validate must work without the network.
 */
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const bin = join(root, 'bin', 'agentcore-actions.js')

/** Preloaded into the CLI process: any socket connect or DNS lookup ends it with exit code 99. */
const NO_NETWORK = `data:text/javascript,${encodeURIComponent(
  [
    "import net from 'node:net'",
    "import dns from 'node:dns'",
    "const fail = (what) => () => { process.stderr.write('NETWORK CALL: ' + what + '\\n'); process.exit(99) }",
    "net.Socket.prototype.connect = fail('connect')",
    "dns.lookup = fail('dns.lookup')",
    "dns.promises.lookup = fail('dns.promises.lookup')",
  ].join('\n'),
)}`

async function runBin(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', NO_NETWORK, bin, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('bin/agentcore-actions.js', () => {
  it('validates the example config without any network call', async () => {
    expect(await runBin(['validate', '--config', 'workflows-examples/agentcore.yaml'])).toEqual({
      code: 0,
      stdout: 'workflows-examples/agentcore.yaml: 2 runtimes in 3 environments\n',
      stderr: '',
    })
  })

  it('exits 1 with the problems of a bad config', async () => {
    const path = '__tests__/shared/config/fixtures/new-user/hyphen-typos-number-account.yaml'
    const result = await runBin(['validate', '--config', path])
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n')[0]).toBe(`${path} has 4 problems`)
    expect(result.stdout).toContain(`${path}:3:3: runtimes: runtime name 'my-agent' has a hyphen`)
    expect(result.stderr).toBe('')
  })

  it('exits 2 for a usage error', async () => {
    const result = await runBin(['validate', '--nope'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("Unknown option '--nope'")
  })

  it('prints the JSON Schema', async () => {
    const result = await runBin(['schema'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({
      title: 'agentcore.yaml',
      required: ['version', 'runtimes', 'environments'],
    })
  })

  it('really fails when the code reaches for the network (the guard works)', async () => {
    const probe = `data:text/javascript,${encodeURIComponent("import net from 'node:net'; net.connect(9, '127.0.0.1')")}`
    try {
      await promisify(execFile)(process.execPath, ['--import', NO_NETWORK, '--import', probe, bin, 'schema'], {
        cwd: root,
      })
      throw new Error('expected the guard to stop the process')
    } catch (error) {
      expect((error as { code: number; stderr: string }).code).toBe(99)
      expect((error as { stderr: string }).stderr).toContain('NETWORK CALL: connect')
    }
  })
})
