/**
 * Where the `config` input points. Actions read the config from the user's checkout only: a path that leaves the
 * workspace (`../../etc/passwd`, an absolute path elsewhere) is refused before anything is read, so an input can never
 * make an action read, and quote in its errors, a file of the runner.
 */
import { isAbsolute, relative, resolve } from 'node:path'
import { InputError } from '../errors/index.js'

/** The absolute path of the config file, which must lie inside `workspace`. */
export function workspaceConfigPath(workspace: string, input: string): string {
  const path = resolve(workspace, input)
  const inside = relative(workspace, path)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    throw new InputError(
      'config',
      `'${input.slice(0, 80)}' is outside the workspace (${workspace}); give the config's path inside the repository checkout, e.g. agentcore.yaml`,
    )
  }
  return path
}
