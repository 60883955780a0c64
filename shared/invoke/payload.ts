/**
 * The smoke test's request body: the `payload` input (JSON text, plain text, or `@path` to a file in the
 * workspace), else the config's `smokeTest.payload`. Resolved before any AWS call so a missing file is a clear
 * input error, not a failed invocation.
 */
import { readFile } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'
import { InputError } from '../errors/index.js'

/** Resolves the payload to the exact text sent. */
export async function resolvePayload(
  input: string | undefined,
  configPayload: unknown,
  workspace: string,
): Promise<string | undefined> {
  if (input !== undefined) {
    if (!input.startsWith('@')) return input
    const file = input.slice(1).trim()
    const path = isAbsolute(file) ? file : resolve(workspace, file)
    try {
      return await readFile(path, 'utf8')
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : (error as Error).message
      throw new InputError('payload', `file '${file}' ${reason} (paths after '@' are relative to the workspace)`)
    }
  }
  if (configPayload === undefined) return undefined
  return typeof configPayload === 'string' ? configPayload : JSON.stringify(configPayload)
}
