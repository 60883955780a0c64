/**
 * The runner's interface, written directly: workflow commands on stdout (`::error::`, `::add-mask::`, groups) and
 * the runner's files (`GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`). Byte for byte what `@actions/core` writes for the calls
 * the run wrapper makes, without loading it: `@actions/core@3` imports `@actions/http-client`, undici and
 * `@actions/exec` at start-up (for OIDC tokens and `platform`, which no action uses), which measured ~50 ms of CPU
 * per action start on the 2-core machine, a third of the cost of reaching AWS at all (bench/README.md).
 */
import { randomUUID } from 'node:crypto'
import { accessSync, appendFileSync, constants, existsSync } from 'node:fs'
import { appendFile } from 'node:fs/promises'
import { EOL } from 'node:os'

/** A value as the runner reads it: strings as they are, nothing as '', anything else as JSON. */
export function commandValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string' || value instanceof String) return value as string
  return JSON.stringify(value)
}

function escapeData(value: unknown): string {
  return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Writes one workflow command (`::name::message`) to stdout, escaped as the runner expects. */
export function issueCommand(name: string, message: unknown = ''): void {
  process.stdout.write(`::${name}::${escapeData(message)}${EOL}`)
}

/** Masks a value in the log from now on (`::add-mask::`). */
export function setSecret(value: string): void {
  issueCommand('add-mask', value)
}

/** A log line. */
export function info(message: string): void {
  process.stdout.write(message + EOL)
}

/** A debug line (shown when the run has step debug logging on). */
export function debug(message: string): void {
  issueCommand('debug', message)
}

/** A warning annotation. */
export function warning(message: string): void {
  issueCommand('warning', message)
}

/** An error annotation. */
export function error(message: string): void {
  issueCommand('error', message)
}

/** Marks the step failed (exit code 1 when the process ends) with an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

/** Runs `fn` inside a collapsible log group. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issueCommand('group', name)
  try {
    return await fn()
  } finally {
    issueCommand('endgroup')
  }
}

/**
 * Sets a step output: appended to the `GITHUB_OUTPUT` file with a random heredoc delimiter (so a value with
 * newlines cannot forge another output); the `set-output` command when there is no such file (outside a runner).
 */
export function setOutput(name: string, value: unknown): void {
  const file = process.env.GITHUB_OUTPUT
  if (!file) {
    process.stdout.write(EOL)
    process.stdout.write(`::set-output name=${escapeProperty(name)}::${escapeData(value)}${EOL}`)
    return
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  const delimiter = `ghadelimiter_${randomUUID()}`
  const text = commandValue(value)
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  if (text.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' })
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** Appends markdown (and a line break) to the job summary file `GITHUB_STEP_SUMMARY`. */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file)
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    )
  try {
    accessSync(file, constants.R_OK | constants.W_OK)
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`)
  }
  await appendFile(file, markdown + EOL, { encoding: 'utf8' })
}
