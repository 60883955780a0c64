/**
 * The command table: name → module. A new subcommand is one module exporting a {@link CliCommand}, plus one
 * line here; a command with heavy dependencies (the AWS SDK) is registered with {@link lazyCommand} so that the
 * others start without loading them.
 */
import type { CliCommand } from './io.js'
import { lazyCommand } from './lazy-command.js'
import { schemaCommand } from './commands/schema.js'
import { validateCommand } from './commands/validate.js'

export const COMMANDS: readonly CliCommand[] = [
  validateCommand,
  schemaCommand,
  lazyCommand(
    'plan',
    'compare agentcore.yaml with live AgentCore (the drift report, read-only)',
    async () => (await import('./plan.js')).planCommand,
  ),
]
