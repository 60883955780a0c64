/**
 * Loading `agentcore.yaml`: read, parse with positions, check against the schema, resolve every environment.
 * Every problem in the file is collected before anything is reported, so a user fixes them all in one go.
 * No network call, no AWS call: a bad config fails before anything changes.
 */
import { readFile } from 'node:fs/promises'
import { ConfigError } from '../errors/index.js'
import { displayPath } from './display-path.js'
import { parseConfigDocument } from './document.js'
import { ProblemList } from './problems.js'
import { parsePieces, piecesOfValidFile, resolveConfig } from './resolve.js'
import { configSchema } from './schema.js'
import { selectEnvironment } from './select.js'
import type { LoadedConfig } from './types.js'

/** Options of {@link loadConfig}. */
export interface LoadConfigOptions {
  /** When given, the environment must exist (a ConfigError lists the known ones otherwise). */
  environment?: string
}

/**
 * Reads and validates the config file at `path`, resolving every environment.
 * @throws ConfigError with every problem (file, line, column, path, message), or when the file cannot be read.
 */
export async function loadConfig(path: string, options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'the file does not exist; create it (see docs/config.md) or point the config input at it'
        : code === 'EISDIR'
          ? 'it is a directory; give the path of the file itself (e.g. agentcore.yaml)'
          : (error as Error).message
    throw new ConfigError(`Cannot read config file '${displayPath(path)}': ${reason}`, [
      { file: displayPath(path), message: reason },
    ])
  }
  // Problems name the file as the user knows it (relative to the workspace); the config keeps the path as given.
  const config = { ...parseConfig(text, displayPath(path)), path }
  if (options.environment !== undefined) selectEnvironment(config, options.environment)
  return config
}

/**
 * Validates config text (YAML or JSON) and resolves every environment; `file` names it in problems.
 * @throws ConfigError "<file> has N problems" whose `problems` hold all of them, in file order.
 */
export function parseConfig(text: string, file: string): LoadedConfig {
  const document = parseConfigDocument(text, file)
  const problems = new ProblemList(file, document)
  for (const problem of document.syntaxProblems) problems.push(problem)
  if (problems.size > 0) throw configProblems(file, problems)
  if (document.value === null || document.value === undefined) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: 'the file is empty; start with `version: 1`, `runtimes:` and `environments:`',
    })
    throw configProblems(file, problems)
  }
  const parsed = configSchema.safeParse(document.value)
  if (!parsed.success) problems.addIssues(parsed.error.issues, document.value)
  // A file with schema problems is taken apart piece by piece, so that the rest is still checked.
  const pieces = parsed.success ? piecesOfValidFile(parsed.data) : parsePieces(document.value, problems)
  const config = resolveConfig(file, pieces, problems)
  if (problems.size > 0) throw configProblems(file, problems)
  return config
}

function configProblems(file: string, problems: ProblemList): ConfigError {
  const count = problems.size
  return new ConfigError(`${file} has ${count} problem${count === 1 ? '' : 's'}`, problems.list())
}
