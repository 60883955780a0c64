/**
 * Which config file a command reads: `--config PATH`, else the first of agentcore.yaml, agentcore.yml and
 * agentcore.json in the working directory (the same default as the actions' `config` input).
 */
import { existsSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'

/** The names tried, in order, when `--config` is not given. */
export const DEFAULT_CONFIG_FILES = ['agentcore.yaml', 'agentcore.yml', 'agentcore.json'] as const

/** The path to read (as the user would write it, relative to `cwd` when it is relative). */
export function findConfigPath(given: string | undefined, cwd: string): string {
  if (given !== undefined) return given
  return DEFAULT_CONFIG_FILES.find((name) => existsSync(join(cwd, name))) ?? DEFAULT_CONFIG_FILES[0]
}

/** The path to open: relative paths are taken from `cwd`. */
export function resolveFromCwd(path: string, cwd: string): string {
  return isAbsolute(path) ? path : join(cwd, path)
}
