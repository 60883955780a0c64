/**
 * The logger every piece of logic receives. Logic never imports `@actions/core`; the run wrapper hands it a
 * logger backed by the runner's workflow commands, tests hand it a {@link MemoryLogger}.
 */

/** Progress and diagnostics, with foldable groups. */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  /** Runs `fn` inside a foldable group titled `name`. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

/** One line a {@link MemoryLogger} kept. */
export interface LogLine {
  level: 'debug' | 'info' | 'warning' | 'error' | 'group'
  message: string
}

/** A logger that keeps every line in memory, for tests and for the CLI's quiet mode. */
export class MemoryLogger implements Logger {
  readonly lines: LogLine[] = []
  debug(message: string): void {
    this.lines.push({ level: 'debug', message })
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message })
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message })
  }
  error(message: string): void {
    this.lines.push({ level: 'error', message })
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push({ level: 'group', message: name })
    return fn()
  }
  /** Every message of a level (all levels when omitted). */
  messages(level?: LogLine['level']): string[] {
    return this.lines.filter((l) => level === undefined || l.level === level).map((l) => l.message)
  }
}

/** A logger that writes plain lines to a stream (the CLI). Debug lines only when `verbose`. */
export class StreamLogger implements Logger {
  constructor(
    private readonly out: NodeJS.WritableStream = process.stderr,
    private readonly verbose = false,
  ) {}
  debug(message: string): void {
    if (this.verbose) this.out.write(`debug: ${message}\n`)
  }
  info(message: string): void {
    this.out.write(`${message}\n`)
  }
  warning(message: string): void {
    this.out.write(`warning: ${message}\n`)
  }
  error(message: string): void {
    this.out.write(`error: ${message}\n`)
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.out.write(`== ${name}\n`)
    return fn()
  }
}
