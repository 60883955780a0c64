/**
 * `agentcore-actions <command> [options]`: dispatches to the command table. Exit codes: 0 ok, 1 a check failed,
 * 2 the command line itself is wrong (unknown command or option, missing value).
 */
import { closestMatch } from '../../shared/config/rules.js'
import { COMMANDS } from './commands.js'
import { EXIT, UsageError, type CliCommand, type CliIo } from './io.js'

/** The top-level help: every command of the table. */
export function overview(commands: readonly CliCommand[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  return [
    'Usage: agentcore-actions <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'agentcore-actions <command> --help' for a command's options.",
  ].join('\n')
}

/** Runs the command line `argv` (without `node` and the script); resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ;(name === undefined ? io.stderr : io.stdout)(overview(commands))
    return name === undefined ? EXIT.usage : EXIT.ok
  }
  const command = commands.find((c) => c.name === name)
  if (!command) {
    const close = closestMatch(
      name,
      commands.map((c) => c.name),
    )
    io.stderr(`agentcore-actions: unknown command '${name}'${close ? `; did you mean '${close}'?` : ''}`)
    io.stderr(overview(commands))
    return EXIT.usage
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`agentcore-actions ${command.name}: ${error.message}`)
      io.stderr(command.usage)
      return EXIT.usage
    }
    io.stderr(`agentcore-actions ${command.name}: ${error instanceof Error ? error.message : String(error)}`)
    return EXIT.failed
  }
}
