/**
 * A command whose module is imported only when it runs. `plan` pulls in the AWS SDK; `validate` and `schema`
 * should not pay for loading it (nor hold network-capable code they never use).
 */
import type { CliCommand } from './io.js'

/** A table entry for a command loaded on first run; `summary` is what `--help` lists without loading it. */
export function lazyCommand(name: string, summary: string, load: () => Promise<CliCommand>): CliCommand {
  let loaded: CliCommand | undefined
  return {
    name,
    summary,
    // Read after run() failed with a usage error, by which time the module is loaded.
    get usage(): string {
      return loaded?.usage ?? `Usage: agentcore-actions ${name} --help`
    },
    async run(args, io) {
      loaded ??= await load()
      return loaded.run(args, io)
    },
  }
}
