/**
 * workflow-commands writes what `@actions/core` writes for the calls the run wrapper makes: the same calls go through
 * both, and stdout, the output file and the summary file must match (the output heredoc delimiter is random in
 * both, so it is normalized).
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import * as commands from '../../../shared/action/workflow-commands.js'

let dir: string
let printed: string[]
const saved = { ...process.env }

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'workflow-commands-'))
  for (const f of ['output', 'summary.md']) writeFileSync(join(dir, f), '')
  process.env.GITHUB_OUTPUT = join(dir, 'output')
  process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary.md')
  printed = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk))
    return true
  })
})

afterEach(() => {
  jest.restoreAllMocks()
  process.env = { ...saved }
  process.exitCode = undefined
  rmSync(dir, { recursive: true, force: true })
})

type Api = {
  debug(m: string): void
  info(m: string): void
  warning(m: string): void
  error(m: string): void
  setSecret(v: string): void
  setOutput(k: string, v: unknown): void
  setFailed(m: string): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  summary(m: string): Promise<void>
}

const ours: Api = { ...commands, summary: (m) => commands.appendSummary(m) }
const theirs: Api = {
  debug: core.debug,
  info: core.info,
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  setSecret: core.setSecret,
  setOutput: core.setOutput,
  setFailed: core.setFailed,
  group: core.group,
  summary: async (m) => {
    await core.summary.addRaw(m, true).write()
  },
}

async function exercise(api: Api) {
  api.debug('stack:\n  at x (50%)')
  api.info('plain line')
  api.warning('multi\r\nline 100%')
  api.setSecret('s3cr3t')
  const value = await api.group('Deploy support_bot, dev: 1', async () => {
    api.info('inside')
    return 42
  })
  api.setOutput('version', '3')
  api.setOutput('report', JSON.stringify({ a: 'x\ny' }))
  api.setOutput('changed', false)
  await api.summary('## Summary\n| a |')
  api.setFailed("Failed to deploy 'x': boom\nsecond line")
  const out = readFileSync(join(dir, 'output'), 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM')
  const summary = readFileSync(join(dir, 'summary.md'), 'utf8')
  const result = { value, stdout: printed.join(''), out, summary, exitCode: process.exitCode }
  printed = []
  for (const f of ['output', 'summary.md']) writeFileSync(join(dir, f), '')
  process.exitCode = undefined
  return result
}

describe('workflow-commands', () => {
  it('writes exactly what @actions/core writes', async () => {
    const expected = await exercise(theirs)
    const actual = await exercise(ours)
    expect(actual).toEqual(expected)
    expect(actual.exitCode).toBe(1)
    expect(actual.stdout).toContain("::error::Failed to deploy 'x': boom%0Asecond line\n")
    expect(actual.out).toContain('report<<DELIM\n{"a":"x\\ny"}\nDELIM\n')
  })

  it('refuses a summary without GITHUB_STEP_SUMMARY, and an output file that does not exist, as core does', async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    await expect(commands.appendSummary('x')).rejects.toThrow(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    )
    process.env.GITHUB_OUTPUT = join(dir, 'missing')
    expect(() => commands.setOutput('a', 'b')).toThrow(`Missing file at path: ${join(dir, 'missing')}`)
  })

  it('falls back to the set-output command outside a runner', () => {
    delete process.env.GITHUB_OUTPUT
    commands.setOutput('image-uri', 'a:b,c')
    expect(printed.join('')).toBe('\n::set-output name=image-uri::a:b,c\n')
  })
})
