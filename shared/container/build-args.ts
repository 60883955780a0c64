/**
 * Build arguments and build secrets, checked before anything runs. Keys must look like environment variable
 * names: a key such as `--network=host` or `X --push` would otherwise smuggle options into the builder's argv.
 */
import { ConfigError } from '../errors/index.js'

/** What a build argument or secret name must look like. */
export const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Throws one {@link ConfigError} listing every key that is not a valid name. */
export function assertBuildArgNames(kind: 'build-args' | 'secrets', keys: string[]): void {
  const bad = keys.filter((key) => !BUILD_ARG_NAME.test(key))
  if (bad.length === 0) return
  throw new ConfigError(
    `Invalid ${kind === 'build-args' ? 'build argument' : 'build secret'} name${bad.length > 1 ? 's' : ''}: ${bad
      .map((k) => `'${k}'`)
      .join(', ')}. Names must match ${BUILD_ARG_NAME.source} (letters, digits, '_'; not starting with a digit).`,
    bad.map((key) => ({ path: kind, message: `'${key}' is not a valid name` })),
  )
}

/** Build arguments from the config merged with the `build-args` input (the input wins), validated. */
export function mergeBuildArgs(
  fromConfig: Record<string, string>,
  fromInput: Record<string, string>,
): Record<string, string> {
  const merged = { ...fromConfig, ...fromInput }
  assertBuildArgNames('build-args', Object.keys(merged))
  return merged
}
