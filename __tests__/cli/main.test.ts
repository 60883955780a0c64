/** The `agentcore-actions` command, run in-process: exit codes and exactly what it prints. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../../cli/src/main.js'
import { EXIT, type CliCommand } from '../../cli/src/io.js'
import { githubAnnotation } from '../../cli/src/commands/validate.js'
import { COMMANDS } from '../../cli/src/commands.js'
import { lazyCommand } from '../../cli/src/lazy-command.js'
import { configJsonSchema } from '../../shared/config/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

async function run(argv: string[], cwd = root, commands?: readonly CliCommand[]) {
  const stdout: string[] = []
  const stderr: string[] = []
  const code = await runCli(
    argv,
    { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l), cwd, env: {} },
    commands,
  )
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') }
}

describe('validate', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'agentcore-cli-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('prints one summary line and exits 0 for a valid file', async () => {
    const result = await run(['validate', '--config', 'workflows-examples/agentcore.yaml'])
    expect(result).toEqual({
      code: 0,
      stdout: 'workflows-examples/agentcore.yaml: 2 runtimes in 3 environments',
      stderr: '',
    })
  })

  it('summarizes one environment with --environment (and -e)', async () => {
    const result = await run(['validate', '-c', 'workflows-examples/agentcore.yaml', '-e', 'staging'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      "workflows-examples/agentcore.yaml: environment 'staging' (account 111111111111, us-west-2) runs 1 runtime: support_bot as support_bot_staging",
    )
  })

  it('exits 1 for an unknown environment, naming the known ones', async () => {
    const result = await run(['validate', '--config', 'workflows-examples/agentcore.yaml', '--environment', 'qa'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      "environment 'qa' is not defined in workflows-examples/agentcore.yaml (defined: dev, staging, prod)",
    )
  })

  it('exits 1 and lists every problem as file:line:col: path: message', async () => {
    const path = '__tests__/shared/config/fixtures/new-user/wrong-level-and-case.yaml'
    const result = await run(['validate', '--config', path])
    expect(result.code).toBe(EXIT.failed)
    expect(result.stdout.split('\n')).toEqual([
      `${path} has 4 problems`,
      `  ${path}:4:5: runtimes.bot: unknown key 'environments': 'environments' is a top-level key; each environment lists the runtimes it runs (environments.<name>.runtimes)`,
      `  ${path}:6:15: runtimes.bot.protocol: protocol 'Http' must be written 'HTTP'`,
      `  ${path}:10:13: environments.dev.region: region 'US-EAST-1' must be written 'us-east-1'`,
      `  ${path}:13:9: environments.dev.runtimes.bot: unknown key 'account': 'account' belongs under an environment (environments.<name>.account)`,
    ])
    expect(result.stderr).toBe('')
  })

  it('adds workflow annotations with --format github', async () => {
    const path = '__tests__/shared/config/fixtures/new-user/wrong-level-and-case.yaml'
    const result = await run(['validate', '--config', path, '--format', 'github'])
    expect(result.code).toBe(1)
    const annotations = result.stdout.split('\n').filter((l) => l.startsWith('::'))
    expect(annotations).toHaveLength(4)
    expect(annotations[1]).toBe(
      `::error file=${path},line=6,col=15,title=agentcore.yaml::runtimes.bot.protocol: protocol 'Http' must be written 'HTTP'`,
    )
  })

  it('escapes annotation properties and data as GitHub requires', () => {
    expect(githubAnnotation({ file: 'a,b:c.yaml', line: 1, column: 2, path: 'x', message: '50% done\nnext' })).toBe(
      '::error file=a%2Cb%3Ac.yaml,line=1,col=2,title=agentcore.yaml::x: 50%25 done%0Anext',
    )
  })

  it('exits 2 for an unknown format', async () => {
    const result = await run(['validate', '--format', 'json'])
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')[0]).toBe(
      "agentcore-actions validate: --format must be 'text' or 'github', not 'json'",
    )
  })

  it('finds agentcore.yml in the working directory when --config is not given', async () => {
    copyFileSync(join(root, 'workflows-examples', 'agentcore.yaml'), join(dir, 'agentcore.yml'))
    expect(await run(['validate'], dir)).toMatchObject({
      code: 0,
      stdout: 'agentcore.yml: 2 runtimes in 3 environments',
    })
  })

  it('reads JSON', async () => {
    writeFileSync(
      join(dir, 'agentcore.json'),
      JSON.stringify({
        version: 1,
        runtimes: { bot: {} },
        environments: { dev: { account: '111111111111', region: 'us-east-1', runtimes: { bot: null } } },
      }),
    )
    expect(await run(['validate', '--config', 'agentcore.json'], dir)).toMatchObject({
      code: 0,
      stdout: 'agentcore.json: 1 runtime in 1 environment',
    })
  })

  it('exits 1 when the file is missing, saying how to fix it', async () => {
    const result = await run(['validate', '--config', 'nope.yaml'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      'nope.yaml: cannot read the config file: no such file; pass --config PATH or create agentcore.yaml (see docs/config.md)',
    )
  })

  it('exits 2 for an unknown option or a missing value, with the usage', async () => {
    const unknown = await run(['validate', '--bogus'])
    expect(unknown.code).toBe(EXIT.usage)
    expect(unknown.stderr.split('\n')[0]).toBe("agentcore-actions validate: Unknown option '--bogus'")
    expect(unknown.stderr).toContain(
      'Usage: agentcore-actions validate [--config PATH] [--environment NAME] [--format text|github]',
    )
    const missing = await run(['validate', '--config'])
    expect(missing.code).toBe(EXIT.usage)
    expect(missing.stderr.split('\n')[0]).toBe(
      "agentcore-actions validate: Option '-c, --config <value>' argument missing",
    )
  })

  it('exits 2 for a stray positional argument', async () => {
    const result = await run(['validate', 'agentcore.yaml'])
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')[0]).toMatch(/^agentcore-actions validate: Unexpected argument 'agentcore.yaml'/)
  })

  it('prints its help with --help', async () => {
    const result = await run(['validate', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Makes no network call.')
  })
})

describe('schema', () => {
  it('prints the JSON Schema', async () => {
    const result = await run(['schema'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(configJsonSchema())
  })
})

describe('the command line', () => {
  it('exits 2 with the command list when no command is given', async () => {
    const result = await run([])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Usage: agentcore-actions <command> [options]')
    expect(result.stderr).toMatch(/ {2}validate {2}check agentcore\.yaml/)
    expect(result.stderr).toMatch(/ {2}schema {4}print the JSON Schema/)
  })

  it('exits 2 for an unknown command, suggesting the closest', async () => {
    const result = await run(['valdiate'])
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')[0]).toBe("agentcore-actions: unknown command 'valdiate'; did you mean 'validate'?")
  })

  it('exits 0 for --help', async () => {
    expect(await run(['--help'])).toMatchObject({ code: 0, stderr: '' })
  })

  it('dispatches through the command table, so a new command is one module', async () => {
    const plan: CliCommand = {
      name: 'plan',
      summary: 'show what would change',
      usage: 'Usage: agentcore-actions plan',
      run: async (args, io) => {
        io.stdout(`planned ${args.join(' ')}`)
        return 0
      },
    }
    expect(await run(['plan', '--environment', 'prod'], root, [plan])).toEqual({
      code: 0,
      stdout: 'planned --environment prod',
      stderr: '',
    })
    expect((await run(['--help'], root, [plan])).stdout).toContain('  plan  show what would change')
  })

  it('reports an unexpected failure in one line and exits 1', async () => {
    const broken: CliCommand = {
      name: 'broken',
      summary: '',
      usage: '',
      run: async () => {
        throw new Error('disk on fire')
      },
    }
    expect(await run(['broken'], root, [broken])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'agentcore-actions broken: disk on fire',
    })
  })
})

describe('lazily loaded commands', () => {
  it('list the same summary as the module they load, and run it', async () => {
    const plan = COMMANDS.find((c) => c.name === 'plan')
    expect(plan).toBeDefined()
    const { planCommand } = await import('../../cli/src/plan.js')
    expect(plan?.summary).toBe(planCommand.summary)
    const result = await run(['plan', '--bogus'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(planCommand.usage)
  })

  it('are not imported by validate', async () => {
    let loads = 0
    const table = [
      lazyCommand('heavy', 'loads a lot', async () => {
        loads += 1
        return { name: 'heavy', summary: 'loads a lot', usage: 'Usage: heavy', run: async () => 0 }
      }),
    ]
    expect((await run(['--help'], root, table)).stdout).toContain('  heavy  loads a lot')
    expect(loads).toBe(0)
    expect((await run(['heavy'], root, table)).code).toBe(0)
    expect((await run(['heavy'], root, table)).code).toBe(0)
    expect(loads).toBe(1)
  })
})
