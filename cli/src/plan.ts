/**
 * `agentcore-actions plan [--config PATH] [--environment NAME]`: drift-check's report, locally, with the user's own
 * AWS credentials (the SDK's default chain; an environment's `roleToAssume` is assumed as in the action).
 * Read-only in AWS. Exit 0 when nothing differs, 1 when something differs or an environment cannot be read.
 */
import { readFile } from 'node:fs/promises'
import { systemClock } from '../../shared/action/clock.js'
import type { Logger } from '../../shared/action/logger.js'
import { parseConfig } from '../../shared/config/index.js'
import { checkDrift, DEFAULT_DRIFT_CONCURRENCY } from '../../shared/diff/drift-check.js'
import { environmentClients } from '../../shared/diff/environment-credentials.js'
import { ConfigError, formatProblem } from '../../shared/errors/index.js'
import { renderDriftText } from '../../shared/render/drift.js'
import { parseOptions } from './args.js'
import { findConfigPath, resolveFromCwd } from './config-path.js'
import { EXIT, UsageError, type CliCommand, type CliIo } from './io.js'

export const planCommand: CliCommand = {
  name: 'plan',
  summary: 'compare agentcore.yaml with live AgentCore (the drift report, read-only)',
  usage: [
    'Usage: agentcore-actions plan [--config PATH] [--environment NAME]... [--json]',
    '',
    'Compares the config with what runs in AgentCore, environment by environment: missing and unmanaged',
    'runtimes, the latest version field by field, named endpoints and the versions they serve, and the',
    'execution role stack (CloudFormation drift detection) when ensure-role manages it. Secret values are',
    'never printed. Uses your AWS credentials (default chain); nothing in AWS is changed.',
    'Exit 0: no drift; 1: drift, or an environment could not be read; 2: usage error.',
    '',
    'Options:',
    '  -c, --config PATH        config file (default: agentcore.yaml, agentcore.yml or agentcore.json)',
    '  -e, --environment NAME   environment(s) to check, comma separated (default: all)',
    "      --json               print the report as JSON (the drift-check action's `report` output)",
    '  -h, --help               show this help',
  ].join('\n'),
  async run(args: string[], io: CliIo): Promise<number> {
    const { values } = parseOptions(args, {
      config: { value: true, short: 'c' },
      environment: { value: true, short: 'e' },
      json: { value: false },
      help: { value: false, short: 'h' },
    })
    if (values.help) {
      io.stdout(this.usage)
      return EXIT.ok
    }
    const path = findConfigPath(values.config as string | undefined, io.cwd)
    let text: string
    try {
      text = await readFile(resolveFromCwd(path, io.cwd), 'utf8')
    } catch (error) {
      io.stderr(`${path}: cannot read the config file: ${(error as Error).message}`)
      return EXIT.failed
    }
    try {
      const config = parseConfig(text, path)
      const wanted = String(values.environment ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
      const unknown = wanted.filter((name) => !(name in config.environments))
      if (unknown.length)
        throw new UsageError(
          `unknown environment ${unknown.join(', ')}; ${path} has ${Object.keys(config.environments).join(', ')}`,
        )
      const report = await checkDrift(
        { config, configPath: path, environments: wanted, concurrency: DEFAULT_DRIFT_CONCURRENCY },
        { clientsFor: environmentClients('plan'), clock: systemClock, log: stderrLogger(io) },
      )
      io.stdout(values.json ? JSON.stringify(report, null, 2) : renderDriftText(report))
      return report.hasDrift || report.counts.unreadableEnvironments ? EXIT.failed : EXIT.ok
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      io.stdout(error.message)
      for (const problem of error.problems) io.stdout(`  ${formatProblem(problem)}`)
      return EXIT.failed
    }
  },
}

/** Progress and warnings go to stderr, so that stdout holds only the report (pipe it, `--json | jq`). */
function stderrLogger(io: CliIo): Logger {
  return {
    debug: () => undefined,
    info: () => undefined,
    warning: (message) => io.stderr(`warning: ${message}`),
    error: (message) => io.stderr(`error: ${message}`),
    group: (_name, fn) => fn(),
  }
}
