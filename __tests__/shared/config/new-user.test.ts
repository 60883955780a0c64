/**
 * Configs written the way a newcomer writes them (typos, YAML number accounts, hyphenated names, values flattened
 * or nested at the wrong level): every problem must come with the fix, at the right line.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseConfig } from '../../../shared/config/index.js'
import { ConfigError, formatProblem } from '../../../shared/errors/index.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'new-user')

function problemsOf(name: string): string[] {
  try {
    parseConfig(readFileSync(join(fixtures, name), 'utf8'), name)
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map(formatProblem)
    throw error
  }
  throw new Error(`${name} was expected to be invalid`)
}

describe('configs as a new user writes them', () => {
  it('hyphenated name, misspelled keys, unquoted account', () => {
    const f = 'hyphen-typos-number-account.yaml'
    expect(problemsOf(f)).toEqual([
      `${f}:3:3: runtimes: runtime name 'my-agent' has a hyphen; AgentCore allows letters, digits and '_': try 'my_agent'`,
      `${f}:6:5: runtimes.my-agent: unknown key 'enviroment': did you mean 'environment'?`,
      `${f}:8:5: runtimes.my-agent: unknown key 'endpoint': did you mean 'endpoints'?`,
      `${f}:12:14: environments.production.account: account must be quoted: YAML reads 123456789012 as a number; write account: "123456789012"`,
    ])
  })

  it('values written flat instead of as maps, keys at the wrong level', () => {
    const f = 'flat-values-wrong-nesting.yaml'
    expect(problemsOf(f)).toEqual([
      `${f}:4:12: runtimes.support_bot.image: expected a map, got the text 'agents/support'; image settings are a map, e.g. image: { context: agents/support }`,
      `${f}:5:14: runtimes.support_bot.network: expected a map, got the text 'VPC'; write network: { mode: VPC, subnets: [subnet-…], securityGroups: [sg-…] }`,
      `${f}:6:5: runtimes.support_bot: unknown key 'subnets': 'subnets' belongs under network`,
      `${f}:8:11: runtimes.support_bot.role: expected a map, got the text 'arn:aws:iam::111111111111:role/agent'; to bring your own role write role: { arn: arn:aws:iam::111111111111:role/agent }`,
      `${f}:10:3: environments.dev: missing required key 'runtimes': list the runtimes this environment runs, e.g. runtimes: { support_bot: {} }`,
      `${f}:13:5: environments.dev: unknown key 'support_bot'; allowed here: account, region, roleToAssume, tags, runtimes (to run a runtime in this environment, list it under runtimes: { support_bot: {} })`,
    ])
  })

  it('lists where maps belong, and a secret value pasted into the file', () => {
    const f = 'lists-instead-of-maps.yaml'
    expect(problemsOf(f)).toEqual([
      `${f}:5:7: runtimes.bot.environment: expected a map, got a list; write environment: { NAME: value } (a map, not a list of NAME=value)`,
      `${f}:7:7: runtimes.bot.secrets: secrets must be a list of environment variable names, e.g. secrets: [API_KEY]; their values come from the action's secrets input, never from this file`,
      `${f}:11:3: environments: expected a map, got a list; environments are a map by name: environments: { dev: { account: "...", region: ..., runtimes: { ... } } }`,
    ])
  })

  it('environments nested in a runtime, wrong case, account in an override', () => {
    const f = 'wrong-level-and-case.yaml'
    expect(problemsOf(f)).toEqual([
      `${f}:4:5: runtimes.bot: unknown key 'environments': 'environments' is a top-level key; each environment lists the runtimes it runs (environments.<name>.runtimes)`,
      `${f}:6:15: runtimes.bot.protocol: protocol 'Http' must be written 'HTTP'`,
      `${f}:10:13: environments.dev.region: region 'US-EAST-1' must be written 'us-east-1'`,
      `${f}:13:9: environments.dev.runtimes.bot: unknown key 'account': 'account' belongs under an environment (environments.<name>.account)`,
    ])
  })

  it('never echoes a secret value pasted into the file', () => {
    const text = readFileSync(join(fixtures, 'lists-instead-of-maps.yaml'), 'utf8')
    expect(text).toContain('${{ secrets.OPENAI_KEY }}')
    expect(problemsOf('lists-instead-of-maps.yaml').join('\n')).not.toContain('secrets.OPENAI_KEY')
  })
})
