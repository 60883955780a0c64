/**
 * The command table: name → module. A new subcommand (e.g. `plan`) is one module under commands/ exporting a
 * {@link CliCommand}, plus one line here.
 */
import type { CliCommand } from './io.js'
import { schemaCommand } from './commands/schema.js'
import { validateCommand } from './commands/validate.js'
import { planCommand } from './plan.js'

export const COMMANDS: readonly CliCommand[] = [validateCommand, schemaCommand, planCommand]
