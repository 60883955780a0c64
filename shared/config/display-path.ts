/** How a config path is shown in messages. */
import { isAbsolute, relative } from 'node:path'

/**
 * `path` relative to the working directory when it lies inside it (the workspace on a runner), else as given:
 * `agentcore.yaml:3:3` reads better than the runner's absolute path.
 */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  if (!isAbsolute(path)) return path
  const relativePath = relative(cwd, path)
  return relativePath !== '' && !relativePath.startsWith('..') && !isAbsolute(relativePath) ? relativePath : path
}
