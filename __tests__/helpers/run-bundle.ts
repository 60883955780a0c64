/**
 * Runs a bundled action exactly as the runner starts it: `node <dist>/index.js` in a child process, inputs as
 * `INPUT_*` variables, and the runner's files (`GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`, `GITHUB_ENV`,
 * `GITHUB_STATE`, the event file) created in a temporary directory. The exit code and those files are the whole
 * interface, so that is what the result holds.
 *
 * Uses the async `execFile` (never `spawnSync`): the emulator runs in the test's own process and must keep
 * answering while the action runs.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/** The repository root. */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..')

/** What a run left behind. */
export interface BundleRun {
  exitCode: number
  stdout: string
  stderr: string
  /** Parsed from `GITHUB_OUTPUT`. */
  outputs: Record<string, string>
  /** The job summary markdown. */
  summary: string
  /** The `::error::` lines' text (what the user sees as the failure). */
  errors: string[]
  warnings: string[]
}

/** How to run. */
export interface BundleOptions {
  /** Input name → value (`wait-timeout` → `INPUT_WAIT-TIMEOUT`). */
  inputs?: Record<string, string>
  /** Extra environment (AWS_ENDPOINT_URL, credentials, GITHUB_API_URL, …). */
  env?: Record<string, string | undefined>
  /** The event payload written to GITHUB_EVENT_PATH. */
  event?: unknown
  eventName?: string
  /** Working directory (the user's checkout); default the repository root. */
  cwd?: string
  timeoutMs?: number
}

/** Path of an action's bundle: `deploy-runtime` → actions/deploy-runtime/dist/index.js; `root` → dist/index.js. */
export function bundlePath(action: string): string {
  return action === 'root'
    ? join(REPO_ROOT, 'dist', 'index.js')
    : join(REPO_ROOT, 'actions', action, 'dist', 'index.js')
}

/** Parses the `GITHUB_OUTPUT` file format (`name=value` and `name<<DELIM ... DELIM`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
      outputs[name] = value.join('\n')
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return outputs
}

/** Runs `node <bundle>` as the runner would and collects what it left. */
export async function runBundle(action: string, options: BundleOptions = {}): Promise<BundleRun> {
  const dir = mkdtempSync(join(tmpdir(), `run-${action}-`))
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}))
  const inputs = Object.fromEntries(
    Object.entries(options.inputs ?? {}).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
  )
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.cwd ?? REPO_ROOT,
    GITHUB_REPOSITORY: 'octo-org/agents',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_ACTOR: 'octocat',
    AWS_ACCESS_KEY_ID: 'AKIA123456789012',
    AWS_SECRET_ACCESS_KEY: 'emulator-secret-key',
    AWS_REGION: 'us-east-1',
    ...files,
    ...inputs,
  }
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k]
    else env[k] = v
  }
  try {
    const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>(
      (done) => {
        execFile(
          process.execPath,
          [bundlePath(action)],
          { cwd: options.cwd ?? REPO_ROOT, env, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 },
          (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
            done({ exitCode: code, stdout, stderr })
          },
        )
      },
    )
    const annotations = (kind: string) =>
      stdout
        .split('\n')
        .filter((l) => l.startsWith(`::${kind}`))
        .map((l) => decodeCommand(l.slice(l.indexOf('::', 2) + 2)))
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      errors: annotations('error'),
      warnings: annotations('warning'),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Undoes the workflow-command escaping of `%`, CR and LF. */
function decodeCommand(text: string): string {
  return text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
}
