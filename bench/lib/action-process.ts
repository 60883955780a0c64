/**
 * Starts a bundled action the way the runner does (`node <dist>/index.js`, inputs as `INPUT_*`, the runner's files
 * in a temporary directory) and measures it from this process: spawn time, exit time, and, when asked, its peak
 * memory through `/usr/bin/time -f %M` (the kernel's maximum resident set size of the child, read by `wait4`; exact,
 * unlike sampling `/proc/<pid>/status`, which misses a peak just before exit). Memory runs are separate from timing
 * runs, so the extra `time` process never delays a timed start.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** How to run one action. */
export interface ActionRun {
  /** Path of the bundle's `index.js`. */
  bundle: string
  /** Command-line arguments after the bundle (the CLI's). */
  args?: string[]
  inputs?: Record<string, string>
  env?: Record<string, string | undefined>
  /** The user's checkout (`GITHUB_WORKSPACE` and the working directory). */
  cwd: string
  /** Measure peak memory with `/usr/bin/time` (do not use for timings). */
  memory?: boolean
  timeoutMs?: number
}

/** What a run left and how long it took (times are `performance.now()` of this process). */
export interface ActionResult {
  exitCode: number
  spawnedAt: number
  exitedAt: number
  /** Wall time from spawn to exit. */
  wallMs: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  /** Peak resident set size in MiB (memory runs only). */
  peakMiB?: number
}

/** Where `/usr/bin/time` is, if the machine has it. */
export const TIME_BINARY = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

/** Runs the action to its end. Never rejects for a non-zero exit: the caller checks `exitCode`. */
export async function runAction(options: ActionRun): Promise<ActionResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-run-'))
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  writeFileSync(files.GITHUB_EVENT_PATH, '{}')
  const memoryFile = join(dir, 'maxrss')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_REPOSITORY: 'octo-org/agents',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_ACTOR: 'octocat',
    ...files,
    ...Object.fromEntries(
      Object.entries(options.inputs ?? {}).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
    ),
  }
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k]
    else env[k] = v
  }
  const [command, args] =
    options.memory && TIME_BINARY
      ? [TIME_BINARY, ['-f', '%M', '-o', memoryFile, process.execPath, options.bundle, ...(options.args ?? [])]]
      : [process.execPath, [options.bundle, ...(options.args ?? [])]]
  try {
    const spawnedAt = performance.now()
    const child = spawn(command, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (c: Buffer) => out.push(c))
    child.stderr.on('data', (c: Buffer) => err.push(c))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000)
    const exitCode = await new Promise<number>((done) => {
      child.on('error', () => done(127))
      child.on('exit', (code, signal) => done(code ?? (signal ? 128 : 1)))
    })
    const exitedAt = performance.now()
    clearTimeout(timer)
    const stdout = Buffer.concat(out).toString()
    const stderr = Buffer.concat(err).toString()
    let peakMiB: number | undefined
    if (options.memory && existsSync(memoryFile)) {
      // `time -o` writes "Command exited with non-zero status N" before the figure on failures: take the last line.
      const kib = Number(readFileSync(memoryFile, 'utf8').trim().split('\n').pop())
      if (Number.isFinite(kib)) peakMiB = kib / 1024
    }
    return {
      exitCode,
      spawnedAt,
      exitedAt,
      wallMs: exitedAt - spawnedAt,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      ...(peakMiB === undefined ? {} : { peakMiB }),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Throws with the action's error lines when a run that must succeed did not. */
export function expectSuccess(what: string, result: ActionResult): ActionResult {
  if (result.exitCode === 0) return result
  const errors = result.stdout
    .split('\n')
    .filter((l) => l.startsWith('::error'))
    .join('\n')
  throw new Error(
    `${what} exited ${result.exitCode}:\n${errors || result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`,
  )
}

/** Parses the `GITHUB_OUTPUT` file format (`name=value` and `name<<DELIM ... DELIM`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i])
      outputs[heredoc[1]] = value.join('\n')
    } else if (lines[i].includes('=')) {
      outputs[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1)
    }
  }
  return outputs
}
