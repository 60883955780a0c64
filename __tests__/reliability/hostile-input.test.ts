/**
 * Promise 3b: hostile input is rejected or neutralised, with a clear message, and nothing is executed.
 * Config values and inputs with shell metacharacters, newlines that try to forge workflow commands, markdown/HTML
 * that reaches a PR comment, a YAML alias bomb, a 10 MB config, and paths that escape the workspace; every case runs
 * a real bundle against the emulator and checks what a user (and an attacker) would see.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runBundle, type BundleRun } from '../helpers/run-bundle.js'
import { deploy } from '../e2e/drift-check-setup.js'
import { CONFIG, createWorld, GITHUB_TOKEN, PR_NUMBER, resetWorld, RUNTIME, runtimes, type World } from './world.js'

/** The secret value the deploys pass (its `::add-mask::` is the action's own, and expected). */
const SECRET = 'vendor-key-0123456789'
let world: World
/** A file an injected shell command would create; it must never exist. */
let pwned: string

beforeAll(async () => {
  world = await createWorld()
  pwned = join(mkdtempSync(join(tmpdir(), 'hostile-')), 'pwned')
})

afterAll(async () => {
  await world.stop()
  rmSync(join(pwned, '..'), { recursive: true, force: true })
})

const writeConfig = (text: string, name = 'agentcore.yaml') => writeFileSync(join(world.dir, name), text)
const run = (action: string, inputs: Record<string, string>, extra: { event?: unknown; eventName?: string } = {}) =>
  runBundle(action, { inputs, env: world.env, cwd: world.dir, ...extra, timeoutMs: 60_000 })

/** Workflow commands the action itself did not mean: any line that starts a command with attacker text. */
function forgedCommands(result: BundleRun): string[] {
  return result.stdout
    .split('\n')
    .filter((line) => line !== `::add-mask::${SECRET}`)
    .filter((line) => /^::(set-output|add-mask|set-env|add-path|stop-commands)/.test(line))
}

describe('hostile input', () => {
  it('shell metacharacters in config values are stored literally, never run', async () => {
    resetWorld(world)
    const payload = `$(touch ${pwned}); \`touch ${pwned}\` | touch ${pwned} && echo $HOME`
    writeConfig(CONFIG.replace('LOG_LEVEL: info', `LOG_LEVEL: '${payload}'`))
    try {
      const result = await run('deploy-runtime', {
        environment: 'prod',
        image: world.images.v1,
        secrets: `VENDOR_API_KEY=x; touch ${pwned}`,
      })
      expect(result.errors).toEqual([])
      expect(result.exitCode).toBe(0)
      expect(existsSync(pwned)).toBe(false)
      const [runtime] = runtimes(world)
      expect(runtime.name).toBe(RUNTIME)
      const version = runtime.versions.at(-1) as unknown as {
        configuration: { environmentVariables: Record<string, string> }
      }
      expect(version.configuration.environmentVariables.LOG_LEVEL).toBe(payload)
      expect(version.configuration.environmentVariables.VENDOR_API_KEY).toBe(`x; touch ${pwned}`)
    } finally {
      writeConfig(CONFIG)
    }
  })

  it('shell metacharacters in inputs are rejected with a clear message before any AWS call', async () => {
    resetWorld(world)
    const result = await run('deploy-runtime', {
      environment: 'prod',
      runtime: `support_bot; touch ${pwned}`,
      image: world.images.v1,
      secrets: `VENDOR_API_KEY=${SECRET}`,
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(/support_bot; touch/)
    expect(existsSync(pwned)).toBe(false)
    expect(world.emulator.requests({ service: 'bedrock-agentcore-control' })).toEqual([])
  })

  it.each([
    ['environment', { environment: 'prod\n::set-output name=version::999\n::add-mask::prod' }],
    ['runtime', { environment: 'prod', runtime: 'x\n::add-mask::support_bot\n::set-output name=changed::true' }],
    ['image', { environment: 'prod', image: 'x\n::set-output name=status::READY' }],
    ['wait-timeout', { environment: 'prod', 'wait-timeout': '1m\n::stop-commands::pwn' }],
  ])('a newline in input %s cannot forge a workflow command', async (_name, inputs) => {
    resetWorld(world)
    const result = await run('deploy-runtime', {
      image: world.images.v1,
      secrets: `VENDOR_API_KEY=${SECRET}`,
      ...inputs,
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(forgedCommands(result)).toEqual([])
    expect(result.outputs).not.toHaveProperty('version', '999')
    expect(result.outputs).not.toHaveProperty('status', 'READY')
    expect(world.emulator.requests({ service: 'bedrock-agentcore-control' }).map((r) => r.operation)).not.toContain(
      'CreateAgentRuntime',
    )
  })

  it('a newline in a config value that gets logged cannot forge a workflow command', async () => {
    resetWorld(world)
    writeConfig(
      CONFIG.replace(
        'description: Customer support agent',
        'description: "Agent\\n::set-output name=version::999\\n::add-mask::agent\\n::error::forged"',
      ),
    )
    try {
      const result = await run('deploy-runtime', {
        environment: 'prod',
        image: world.images.v1,
        secrets: `VENDOR_API_KEY=${SECRET}`,
      })
      expect(forgedCommands(result)).toEqual([])
      expect(result.errors.filter((e) => e.startsWith('forged'))).toEqual([])
      expect(result.outputs.version).not.toBe('999')
    } finally {
      writeConfig(CONFIG)
    }
  })

  it('markdown and HTML in values that reach a PR comment are neutralised', async () => {
    resetWorld(world)
    const hostile = '<img src=x onerror=alert(1)> </details> [click](https://evil.example) @octo-org/admins `x`'
    await deploy(CONFIG.replace('LOG_LEVEL: info', `LOG_LEVEL: '${hostile}'`), {
      environment: 'prod',
      runtime: RUNTIME,
      image: world.images.v1,
      secrets: { VENDOR_API_KEY: 'x' },
      aws: world.aws,
    })
    const result = await run(
      'drift-check',
      { environments: 'prod', comment: 'true', 'github-token': GITHUB_TOKEN },
      { eventName: 'pull_request', event: { pull_request: { number: PR_NUMBER } } },
    )
    expect(result.errors).toEqual([])
    const { repositories } = world.emulator.snapshot().github as {
      repositories: Record<string, { comments: { body: string }[] }>
    }
    const [comment] = repositories['octo-org/agents'].comments
    expect(comment.body).toContain('agentcore-actions:drift')
    // What GitHub renders as markup: the text outside code spans (inside them everything is literal).
    const rendered = comment.body.replace(/(`+)[\s\S]*?\1/g, '')
    for (const raw of ['<img', '</details> ', '](https://evil.example)', '@octo-org/admins'])
      expect(rendered).not.toContain(raw)
    expect(result.summary.replace(/(`+)[\s\S]*?\1/g, '')).not.toContain('<img')
  })

  it('a YAML alias bomb is rejected quickly with a clear message', async () => {
    resetWorld(world)
    const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(',')}]`,
      )
    writeConfig(`${lines.join('\n')}\n${CONFIG}`, 'bomb.yaml')
    const started = Date.now()
    const result = await run('deploy-runtime', { config: 'bomb.yaml', environment: 'prod', image: world.images.v1 })
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(/bomb\.yaml/)
    expect(result.errors[0]).toMatch(/alias/i)
    expect(world.emulator.requests()).toEqual([])
  })

  it('a 10 MB config is read quickly, and a 10 MB value is refused without being echoed', async () => {
    resetWorld(world)
    const padding = `# ${'x'.repeat(1000)}\n`.repeat(10_500)
    writeConfig(`${CONFIG}${padding}`, 'huge.yaml')
    let started = Date.now()
    const huge = await run('deploy-runtime', {
      config: 'huge.yaml',
      environment: 'prod',
      image: world.images.v1,
      secrets: `VENDOR_API_KEY=${SECRET}`,
    })
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(huge.errors).toEqual([])
    expect(huge.exitCode).toBe(0)

    writeConfig(
      CONFIG.replace('description: Customer support agent', `description: '${'y'.repeat(10_000_000)}'`),
      'big.yaml',
    )
    started = Date.now()
    const big = await run('deploy-runtime', {
      config: 'big.yaml',
      environment: 'prod',
      image: world.images.v1,
      secrets: `VENDOR_API_KEY=${SECRET}`,
    })
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(big.exitCode).toBe(1)
    expect(big.errors).toHaveLength(1)
    expect(big.errors[0]).toMatch(/big\.yaml.*description/s)
    expect(big.stdout.length + big.stderr.length + big.summary.length).toBeLessThan(100_000)
    expect(world.emulator.requests({ service: 'bedrock-agentcore-control' }).map((r) => r.operation)).not.toContain(
      'UpdateAgentRuntime',
    )
  })

  it('a config path escaping the workspace never prints the file it reads', async () => {
    resetWorld(world)
    const result = await run('deploy-runtime', { config: '../../../../etc/passwd', environment: 'prod' })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(/^Input 'config': '..\/..\/..\/..\/etc\/passwd' is outside the workspace/)
    // At most a short quote of the start of the file, never its lines.
    expect(result.errors[0].length).toBeLessThan(300)
    expect(result.stdout).not.toContain('nobody:x:')
    expect(world.emulator.requests()).toEqual([])
  })

  it('a build context escaping the workspace is a config error', async () => {
    resetWorld(world)
    writeConfig(
      CONFIG.replace('image: { repository: support-bot }', "image: { repository: support-bot, context: '../../etc' }"),
    )
    try {
      const result = await run('build-push', { environment: 'prod', push: 'false' })
      expect(result.exitCode).toBe(1)
      expect(result.errors).toHaveLength(1)
      expect(result.errors[0]).toMatch(/context/)
      expect(result.errors[0]).toMatch(/\.\.\/\.\.\/etc/)
    } finally {
      writeConfig(CONFIG)
    }
  })
})
