/**
 * `agentcore-actions validate [--config PATH] [--environment NAME]`: the same checks every action runs on the
 * config before any AWS call, locally. No network call: the file is read, checked and resolved, nothing else.
 */
import { readFile } from 'node:fs/promises'
import { parseConfig, selectEnvironment, type LoadedConfig } from '../../../shared/config/index.js'
import { ConfigError, formatProblem, type Problem } from '../../../shared/errors/index.js'
import { findConfigPath, resolveFromCwd } from '../config-path.js'
import { parseOptions } from '../args.js'
import { EXIT, UsageError, type CliCommand, type CliIo } from '../io.js'

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check agentcore.yaml (every problem at once, with file:line:col)',
  usage: [
    'Usage: agentcore-actions validate [--config PATH] [--environment NAME] [--format text|github]',
    '',
    'Checks the config file against the schema and the AgentCore rules, resolves every environment,',
    'and prints one summary line (exit 0) or every problem as file:line:col: path: message (exit 1).',
    'Makes no network call.',
    '',
    'Options:',
    '  -c, --config PATH        config file (default: agentcore.yaml, agentcore.yml or agentcore.json)',
    '  -e, --environment NAME   also require this environment and summarize it',
    '  -f, --format FORMAT      text (default) or github: problems also as workflow annotations',
    '  -h, --help               show this help',
  ].join('\n'),
  async run(args: string[], io: CliIo): Promise<number> {
    const { values } = parseOptions(args, {
      config: { value: true, short: 'c' },
      environment: { value: true, short: 'e' },
      format: { value: true, short: 'f' },
      help: { value: false, short: 'h' },
    })
    const format = (values.format as string | undefined) ?? 'text'
    if (format !== 'text' && format !== 'github') {
      throw new UsageError(`--format must be 'text' or 'github', not '${format}'`)
    }
    if (values.help) {
      io.stdout(this.usage)
      return EXIT.ok
    }
    const path = findConfigPath(values.config as string | undefined, io.cwd)
    const environment = values.environment as string | undefined
    try {
      const text = await readConfigText(path, io.cwd)
      const config = parseConfig(text, path)
      io.stdout(summarize(config, environment === undefined ? undefined : selectEnvironment(config, environment).name))
      return EXIT.ok
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      io.stdout(error.message)
      for (const problem of error.problems) io.stdout(`  ${formatProblem(problem)}`)
      if (format === 'github') {
        for (const problem of error.problems.length > 0 ? error.problems : [{ message: error.message }]) {
          io.stdout(githubAnnotation(problem))
        }
      }
      return EXIT.failed
    }
  },
}

async function readConfigText(path: string, cwd: string): Promise<string> {
  try {
    return await readFile(resolveFromCwd(path, cwd), 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file; pass --config PATH or create agentcore.yaml (see docs/config.md)'
        : code === 'EISDIR'
          ? 'it is a directory; pass the config file itself'
          : (error as Error).message
    throw new ConfigError(`${path}: cannot read the config file: ${reason}`)
  }
}

/**
 * A workflow command that GitHub shows as an error annotation on the file and line
 * (`::error file=F,line=L,col=C::message`, with GitHub's escaping of data and properties).
 */
export function githubAnnotation(problem: Problem): string {
  const data = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  const property = (text: string): string => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
  const properties = [
    problem.file !== undefined ? `file=${property(problem.file)}` : undefined,
    problem.line !== undefined ? `line=${problem.line}` : undefined,
    problem.column !== undefined ? `col=${problem.column}` : undefined,
    'title=agentcore.yaml',
  ].filter((p) => p !== undefined)
  const message = problem.path ? `${problem.path}: ${problem.message}` : problem.message
  return `::error ${properties.join(',')}::${data(message)}`
}

/** "agentcore.yaml: 2 runtimes in 3 environments", or the one environment asked for. */
export function summarize(config: LoadedConfig, environmentName?: string): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  if (environmentName !== undefined) {
    const environment = config.environments[environmentName]
    const runtimes = Object.values(environment.runtimes).map((r) =>
      r.agentRuntimeName === r.key ? r.key : `${r.key} as ${r.agentRuntimeName}`,
    )
    return `${config.path}: environment '${environment.name}' (account ${environment.account}, ${environment.region}) runs ${plural(runtimes.length, 'runtime')}: ${runtimes.join(', ')}`
  }
  return `${config.path}: ${plural(config.runtimeKeys.length, 'runtime')} in ${plural(Object.keys(config.environments).length, 'environment')}`
}
