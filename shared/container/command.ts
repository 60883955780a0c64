/**
 * Runs external programs (builders, skopeo) the one safe way: an argument array, never a shell string, so that no
 * value from the config or the inputs can be read as an option or a shell construct. Secrets reach the child only
 * through its environment or stdin, never its argv (which any process on the runner can read).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import type { Logger } from '../action/logger.js'

/** One external command. */
export interface Command {
  /** The program (`buildah`, `docker`, `skopeo`), looked up on PATH. */
  program: string
  args: string[]
  /** Extra environment for the child (merged over the runner's environment). */
  env?: Record<string, string>
  /** Written to the child's stdin, then stdin is closed (used for `--password-stdin`). */
  stdin?: string
  cwd?: string
  /** Deadline: the child is killed (SIGKILL) after this long. Default {@link DEFAULT_COMMAND_TIMEOUT_MS}. */
  timeoutMs?: number
}

/** How long a command may run by default: long enough for a cold multi-stage build, short of a stuck job. */
export const DEFAULT_COMMAND_TIMEOUT_MS = 60 * 60_000

/** Children still running, killed when this process exits (a cancelled step must not leave a build behind). */
const running = new Set<ChildProcess>()

/** Kills every command still running; called on exit, including the exit of a step cancelled by the runner. */
export function stopRunningCommands(): number {
  const count = running.size
  for (const child of running) child.kill('SIGKILL')
  running.clear()
  return count
}
process.once('exit', stopRunningCommands)

/** What a finished command left. */
export interface CommandResult {
  exitCode: number
  stdout: string
  stderr: string
}

/** Starts commands; injected so that logic can be tested without real programs. */
export interface CommandRunner {
  run(command: Command, options?: { log?: Logger; quiet?: boolean }): Promise<CommandResult>
}

/** Keeps the tail of a long output: enough to explain a failure without flooding the error line. */
function tail(text: string, lines = 20): string {
  const all = text.trimEnd().split('\n')
  return all.slice(-lines).join('\n')
}

/** Thrown when a command exits non-zero or cannot start; the message carries the tail of its output. */
export class CommandFailedError extends Error {
  override readonly name = 'CommandFailedError'
  constructor(
    readonly command: Command,
    readonly result: CommandResult,
  ) {
    const output = tail(result.stderr || result.stdout)
    super(
      `${command.program} ${command.args[0] ?? ''} exited with code ${result.exitCode}${output ? `:\n${output}` : ''}`,
    )
  }
}

/** The runner backed by `child_process.spawn` (no shell). Output lines are streamed to the log as they come. */
export const processRunner: CommandRunner = {
  run(command, options = {}) {
    return new Promise((resolve, reject) => {
      const timeoutMs = command.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS
      const child = spawn(command.program, command.args, {
        cwd: command.cwd,
        env: { ...process.env, ...command.env },
        stdio: ['pipe', 'pipe', 'pipe'],
        shell: false,
      })
      // Our own deadline rather than spawn's `timeout`: Node never clears that timer when the program cannot start
      // (ENOENT), which kept the process alive for the whole deadline.
      let timedOut = false
      const deadline = setTimeout(() => {
        timedOut = true
        child.kill('SIGKILL')
      }, timeoutMs)
      deadline.unref()
      running.add(child)
      let stdout = ''
      let stderr = ''
      const stream = (chunk: Buffer, into: 'out' | 'err') => {
        const text = chunk.toString('utf8')
        if (into === 'out') stdout += text
        else stderr += text
        if (!options.quiet && options.log) for (const line of text.split('\n')) if (line.trim()) options.log.info(line)
      }
      child.stdout.on('data', (c: Buffer) => stream(c, 'out'))
      child.stderr.on('data', (c: Buffer) => stream(c, 'err'))
      child.on('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(deadline)
        running.delete(child)
        const hint = error.code === 'ENOENT' ? `'${command.program}' is not installed or not on PATH` : error.message
        reject(new CommandFailedError(command, { exitCode: -1, stdout, stderr: hint }))
      })
      child.on('close', (code) => {
        clearTimeout(deadline)
        running.delete(child)
        if (timedOut) {
          const note = `killed after the ${Math.round(timeoutMs / 1000)} s deadline (timed out)`
          reject(new CommandFailedError(command, { exitCode: -1, stdout, stderr: `${tail(stderr)}\n${note}`.trim() }))
          return
        }
        const result = { exitCode: code ?? -1, stdout, stderr }
        if (code === 0) resolve(result)
        else reject(new CommandFailedError(command, result))
      })
      child.stdin.on('error', () => undefined) // a child that exits before reading stdin must not crash us
      child.stdin.end(command.stdin ?? '')
    })
  },
}
