/** Picking the environment and the runtime an action works on, from its inputs. */
import { describe, expect, it } from '@jest/globals'
import { parseConfig, selectEnvironment, selectRuntime } from '../../../shared/config/index.js'
import { ConfigError } from '../../../shared/errors/index.js'

const config = parseConfig(
  [
    'version: 1',
    'runtimes: { alpha: {}, beta: {} }',
    'environments:',
    '  dev: { account: "111111111111", region: us-east-1, runtimes: { alpha: {}, beta: { name: beta_dev } } }',
    '  prod: { account: "222222222222", region: us-east-1, runtimes: { alpha: {} } }',
    '',
  ].join('\n'),
  'agentcore.yaml',
)

describe('selectEnvironment', () => {
  it('returns the named environment', () => {
    expect(selectEnvironment(config, 'prod')).toMatchObject({ name: 'prod', account: '222222222222' })
  })

  it('refuses an unknown name, suggesting the closest and listing the known ones', () => {
    expect(() => selectEnvironment(config, 'prd')).toThrow(
      new ConfigError("environment 'prd' is not defined in agentcore.yaml; did you mean 'prod'? (defined: dev, prod)"),
    )
    expect(() => selectEnvironment(config, 'staging')).toThrow(
      new ConfigError("environment 'staging' is not defined in agentcore.yaml (defined: dev, prod)"),
    )
  })

  it('does not treat object prototype names as environments', () => {
    expect(() => selectEnvironment(config, 'constructor')).toThrow(ConfigError)
  })
})

describe('selectRuntime', () => {
  it('without a key, returns the only runtime', () => {
    expect(selectRuntime(config.environments.prod).key).toBe('alpha')
  })

  it('without a key, refuses when the environment runs several', () => {
    expect(() => selectRuntime(config.environments.dev)).toThrow(
      new ConfigError("environment 'dev' runs 2 runtimes (alpha, beta): set the 'runtime' input"),
    )
    expect(() => selectRuntime(config.environments.dev, '')).toThrow(ConfigError)
  })

  it('with a key, returns that runtime with its per-environment name', () => {
    expect(selectRuntime(config.environments.dev, 'beta')).toMatchObject({ key: 'beta', agentRuntimeName: 'beta_dev' })
  })

  it('refuses a runtime the environment does not run, listing those it runs', () => {
    expect(() => selectRuntime(config.environments.prod, 'beta')).toThrow(
      new ConfigError("environment 'prod' does not run runtime 'beta' (it runs: alpha)"),
    )
    expect(() => selectRuntime(config.environments.dev, 'alpah')).toThrow(
      new ConfigError("environment 'dev' does not run runtime 'alpah'; did you mean 'alpha'? (it runs: alpha, beta)"),
    )
  })
})
