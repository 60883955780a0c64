/**
 * What a command may touch: its output streams and the working directory. Commands never write to
 * `process.stdout` directly, so that tests run them in-process and read exactly what a user would see.
 */
export interface CliIo {
  stdout: (line: string) => void
  stderr: (line: string) => void
  cwd: string
  env: Record<string, string | undefined>
}

/** A subcommand of `agentcore-actions`: its own module, registered in the table of `commands.ts`. */
export interface CliCommand {
  name: string
  /** One line for the command list of `--help`. */
  summary: string
  /** The full usage text of `agentcore-actions <name> --help`. */
  usage: string
  /** Runs the command; resolves to the exit code (0 ok, 1 failed check, 2 usage error). */
  run(args: string[], io: CliIo): Promise<number>
}

/** A mistake in how the command was called: exit code 2 with the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** Exit codes of every command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const
