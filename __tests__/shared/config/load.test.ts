/**
 * Valid configs resolve to what the actions consume: defaults applied, environment overrides merged by the
 * documented rules, JSON accepted, files read from disk with clear errors.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadConfig, parseConfig, type RuntimeSettings } from '../../../shared/config/index.js'
import { ConfigError } from '../../../shared/errors/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const lines = (...text: string[]): string => `${text.join('\n')}\n`

/** The runtime `key` of environment `env` in `text`. */
function runtimeOf(text: string, env: string, key: string): RuntimeSettings {
  return parseConfig(text, 'agentcore.yaml').environments[env].runtimes[key]
}

describe('the example config (workflows-examples/agentcore.yaml)', () => {
  const path = join(root, 'workflows-examples', 'agentcore.yaml')

  it('is valid and resolves three environments', async () => {
    const config = await loadConfig(path)
    expect(config.version).toBe(1)
    expect(config.runtimeKeys).toEqual(['support_bot', 'docs_search'])
    expect(Object.keys(config.environments)).toEqual(['dev', 'staging', 'prod'])
    expect(config.environments.prod).toMatchObject({ name: 'prod', account: '222222222222', region: 'us-east-1' })
  })

  it('merges prod over support_bot: VPC, endpoints (integer version as text), lifecycle, tags', async () => {
    const prod = (await loadConfig(path)).environments.prod.runtimes.support_bot
    expect(prod.network).toEqual({
      mode: 'VPC',
      subnets: ['subnet-0a1b2c3d4e5f60718', 'subnet-0f1e2d3c4b5a69788'],
      securityGroups: ['sg-0123456789abcdef0'],
    })
    expect(prod.endpoints).toEqual({ live: '12', canary: 'latest' })
    expect(prod.lifecycle).toEqual({ idleTimeoutSeconds: 1800, maxLifetimeSeconds: 28800 })
    expect(prod.tags).toEqual({ stage: 'prod', team: 'support' })
    expect(prod.secrets).toEqual(['VENDOR_API_KEY'])
    expect(prod.agentRuntimeName).toBe('support_bot')
  })

  it('renames support_bot in staging, which shares dev account and region', async () => {
    const config = await loadConfig(path)
    expect(config.environments.staging.runtimes.support_bot.agentRuntimeName).toBe('support_bot_staging')
    expect(config.environments.dev.runtimes.support_bot.agentRuntimeName).toBe('support_bot')
  })

  it('applies the defaults to docs_search', async () => {
    const docs = (await loadConfig(path)).environments.dev.runtimes.docs_search
    expect(docs).toEqual({
      key: 'docs_search',
      agentRuntimeName: 'docs_search',
      description: 'MCP server answering questions about our docs',
      image: {
        repository: 'docs-search',
        context: 'workflows-examples/agent',
        dockerfile: 'Dockerfile',
        platform: 'linux/arm64',
        buildArgs: {},
        scanOnPush: true,
        tagMutability: 'IMMUTABLE',
        keepImages: 30,
      },
      protocol: 'MCP',
      network: { mode: 'PUBLIC' },
      environment: {},
      secrets: [],
      lifecycle: {},
      role: { kind: 'managed', models: ['amazon.titan-embed-text-v2*'], managedPolicies: [], statements: [] },
      endpoints: {},
      smokeTest: { payload: {}, expect: { tools: ['search_docs'] } },
      tags: { stage: 'dev' },
    })
  })

  it('with { environment } requires that environment', async () => {
    await expect(loadConfig(path, { environment: 'prod' })).resolves.toMatchObject({ path })
    await expect(loadConfig(path, { environment: 'production' })).rejects.toThrow(
      new ConfigError(
        "environment 'production' is not defined in workflows-examples/agentcore.yaml (defined: dev, staging, prod)",
      ),
    )
  })
})

describe('the smallest config', () => {
  const text = lines(
    'version: 1',
    'runtimes:',
    '  Bot_1:',
    'environments:',
    '  dev: { account: "111111111111", region: eu-central-1, runtimes: { Bot_1: } }',
  )

  it('takes every default; the ECR repository is the key lower-cased with - for _', () => {
    const runtime = runtimeOf(text, 'dev', 'Bot_1')
    expect(runtime.image.repository).toBe('bot-1')
    expect(runtime.protocol).toBe('HTTP')
    expect(runtime.network).toEqual({ mode: 'PUBLIC' })
    expect(runtime.role).toEqual({ kind: 'managed', models: [], managedPolicies: [], statements: [] })
    expect(runtime.endpoints).toEqual({})
    expect(runtime.smokeTest).toBeUndefined()
    expect(runtime.authorizer).toBeUndefined()
  })
})

describe('merge rules', () => {
  const base = [
    'version: 1',
    'runtimes:',
    '  bot:',
    '    environment: { A: "1", B: "2" }',
    '    secrets: [S1, S2]',
    '    tags: { team: x, cost: y }',
    '    endpoints: { live: latest, canary: latest }',
    '    image: { context: agents/bot, buildArgs: { PY: "3.12" } }',
    '    network: { mode: VPC, subnets: [subnet-01234567], securityGroups: [sg-01234567] }',
    '    role: { models: [m1], managedPolicies: ["arn:aws:iam::aws:policy/ReadOnlyAccess"] }',
    '    smokeTest: { payload: { prompt: ping, session: s }, expect: { contains: pong, json: { a: 1, b: 2 } } }',
    'environments:',
    '  dev:',
    '    account: "111111111111"',
    '    region: us-east-1',
    '    tags: { stage: dev, team: platform }',
    '    runtimes:',
    '      bot:',
  ]
  const merged = (...override: string[]): RuntimeSettings =>
    runtimeOf(lines(...base, ...override.map((l) => `        ${l}`)), 'dev', 'bot')

  it('maps merge deeply: one variable changes, the others stay', () => {
    expect(merged('environment: { B: "3", C: "4" }').environment).toEqual({ A: '1', B: '3', C: '4' })
    expect(merged('image: { dockerfile: Dockerfile.prod }').image).toMatchObject({
      context: 'agents/bot',
      dockerfile: 'Dockerfile.prod',
      buildArgs: { PY: '3.12' },
    })
  })

  it('lists are replaced', () => {
    expect(merged('secrets: [S3]').secrets).toEqual(['S3'])
    expect(merged('role: { models: [m2] }').role).toEqual({
      kind: 'managed',
      models: ['m2'],
      managedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
      statements: [],
    })
    expect(merged('network: { subnets: [subnet-89abcdef] }').network).toEqual({
      mode: 'VPC',
      subnets: ['subnet-89abcdef'],
      securityGroups: ['sg-01234567'],
    })
  })

  it('null removes a map entry', () => {
    expect(merged('endpoints: { canary: null }').endpoints).toEqual({ live: 'latest' })
    expect(merged('environment: { A: null }').environment).toEqual({ B: '2' })
  })

  it('a network changing mode is replaced as a whole', () => {
    expect(merged('network: { mode: PUBLIC }').network).toEqual({ mode: 'PUBLIC' })
  })

  it('a role switching to arn is replaced as a whole', () => {
    expect(merged('role: { arn: "arn:aws:iam::111111111111:role/bot" }').role).toEqual({
      kind: 'existing',
      arn: 'arn:aws:iam::111111111111:role/bot',
    })
  })

  it('smoke-test payload and expected JSON are replaced, the rest of expect merges', () => {
    const smokeTest = merged(
      'smokeTest: { payload: { prompt: hi }, expect: { json: { c: 3 }, status: 200 } }',
    ).smokeTest
    expect(smokeTest).toEqual({ payload: { prompt: 'hi' }, expect: { contains: 'pong', json: { c: 3 }, status: 200 } })
  })

  it('tags: the environment first, then the runtime, then the override', () => {
    expect(merged('tags: { cost: z }').tags).toEqual({ stage: 'dev', team: 'x', cost: 'z' })
  })

  it('YAML integers and booleans in plain values become their text', () => {
    expect(merged('environment: { PORT: 8080, DEBUG: true }').environment).toMatchObject({
      PORT: '8080',
      DEBUG: 'true',
    })
  })

  it('a null override runs the runtime unchanged', () => {
    expect(merged().environment).toEqual({ A: '1', B: '2' })
  })
})

describe('JSON', () => {
  it('is accepted, with positions for its problems', () => {
    const json = JSON.stringify(
      {
        version: 1,
        runtimes: { bot: { protocol: 'HTTP' } },
        environments: { dev: { account: '111111111111', region: 'us-east-1', runtimes: { bot: {} } } },
      },
      null,
      2,
    )
    expect(parseConfig(json, 'agentcore.json').environments.dev.runtimes.bot.protocol).toBe('HTTP')
    expect(() => parseConfig(json.replace('"HTTP"', '"GRPC"'), 'agentcore.json')).toThrow(ConfigError)
    try {
      parseConfig(json.replace('"HTTP"', '"GRPC"'), 'agentcore.json')
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        {
          file: 'agentcore.json',
          line: 5,
          column: 19,
          path: 'runtimes.bot.protocol',
          message: "protocol must be one of 'HTTP', 'MCP', 'A2A', 'AGUI', not the text 'GRPC'",
        },
      ])
    }
  })
})

describe('YAML anchors', () => {
  it('share blocks with <<', () => {
    const text = lines(
      'version: 1',
      'runtimes:',
      '  alpha: &common { protocol: MCP, environment: { X: "1" } }',
      '  beta: { <<: *common, description: B }',
      'environments:',
      '  dev: { account: "111111111111", region: us-east-1, runtimes: { alpha: {}, beta: {} } }',
    )
    expect(runtimeOf(text, 'dev', 'beta')).toMatchObject({ protocol: 'MCP', description: 'B', environment: { X: '1' } })
  })
})

describe('loadConfig reading files', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'agentcore-config-'))
    mkdirSync(join(dir, 'folder'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('says when the file does not exist', async () => {
    const path = join(dir, 'missing.yaml')
    await expect(loadConfig(path)).rejects.toThrow(
      `Cannot read config file '${path}': the file does not exist; create it (see docs/config.md) or point the config input at it`,
    )
  })

  it('says when the path is a directory', async () => {
    const path = join(dir, 'folder')
    await expect(loadConfig(path)).rejects.toThrow(
      `Cannot read config file '${path}': it is a directory; give the path of the file itself (e.g. agentcore.yaml)`,
    )
  })

  it('names the file in every problem', async () => {
    const path = join(dir, 'agentcore.yaml')
    writeFileSync(
      path,
      readFileSync(join(root, 'workflows-examples', 'agentcore.yaml'), 'utf8').replace('us-east-1', 'useast1'),
    )
    const error = (await loadConfig(path).catch((e: unknown) => e)) as ConfigError
    expect(error).toBeInstanceOf(ConfigError)
    expect(error.message).toBe(`${path} has 1 problem`)
    expect(error.problems).toEqual([
      {
        file: path,
        line: 59,
        column: 13,
        path: 'environments.prod.region',
        message: "region 'useast1' is not an AWS region code such as us-east-1",
      },
    ])
  })
})

describe('loadConfig with an absolute path inside the working directory', () => {
  it('names the file relative to it in problems, and keeps the path as given', async () => {
    const bad = join(root, '__tests__', 'shared', 'config', 'fixtures', 'new-user', 'wrong-level-and-case.yaml')
    const error = (await loadConfig(bad).catch((e: unknown) => e)) as ConfigError
    expect(error.problems[0].file).toBe('__tests__/shared/config/fixtures/new-user/wrong-level-and-case.yaml')
    expect(error.message).toBe('__tests__/shared/config/fixtures/new-user/wrong-level-and-case.yaml has 4 problems')
    const good = join(root, 'workflows-examples', 'agentcore.yaml')
    expect((await loadConfig(good)).path).toBe(good)
  })
})
