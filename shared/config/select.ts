/**
 * Picking one environment, and one runtime in it, from a loaded config: the choice an action makes from its
 * `environment` and `runtime` inputs. Unknown names are user errors that list what exists.
 */
import { ConfigError } from '../errors/index.js'
import { clip, closestMatch, listNames } from './rules.js'
import { displayPath } from './display-path.js'
import type { EnvironmentSettings, LoadedConfig, RuntimeSettings } from './types.js'

/**
 * The environment called `name`.
 * @throws ConfigError naming the known environments (and the closest one, for a typo).
 */
export function selectEnvironment(config: LoadedConfig, name: string): EnvironmentSettings {
  const environment = Object.hasOwn(config.environments, name) ? config.environments[name] : undefined
  if (environment) return environment
  const known = Object.keys(config.environments)
  const close = closestMatch(name, known)
  throw new ConfigError(
    `environment '${clip(name)}' is not defined in ${displayPath(config.path)}${close ? `; did you mean '${close}'?` : ''} (defined: ${listNames(known) || 'none'})`,
  )
}

/**
 * The runtime `key` of `environment`; without a key, the only runtime the environment runs.
 * @throws ConfigError when the key is unknown to the environment, or when no key is given and it runs several.
 */
export function selectRuntime(environment: EnvironmentSettings, key?: string): RuntimeSettings {
  const keys = Object.keys(environment.runtimes)
  if (key === undefined || key === '') {
    if (keys.length === 1) return environment.runtimes[keys[0]]
    if (keys.length === 0) throw new ConfigError(`environment '${environment.name}' runs no runtimes`)
    throw new ConfigError(
      `environment '${environment.name}' runs ${keys.length} runtimes (${listNames(keys)}): set the 'runtime' input`,
    )
  }
  const runtime = Object.hasOwn(environment.runtimes, key) ? environment.runtimes[key] : undefined
  if (runtime) return runtime
  const close = closestMatch(key, keys)
  throw new ConfigError(
    `environment '${environment.name}' does not run runtime '${clip(key)}'${close ? `; did you mean '${close}'?` : ''} (it runs: ${listNames(keys) || 'none'})`,
  )
}
