/**
 * Every child process has a deadline and none outlives the action: a command past its deadline is killed and fails
 * with a message that says so; commands still running when the action exits (a cancelled step) are killed.
 */
import { describe, expect, it } from '@jest/globals'
import { processRunner, stopRunningCommands, CommandFailedError } from '../../shared/container/command.js'

const sleeper = (ms: number) => ({ program: process.execPath, args: ['-e', `setTimeout(() => {}, ${ms})`] })

describe('child processes', () => {
  it('a command past its deadline is killed and fails saying it timed out', async () => {
    const started = Date.now()
    const error = await processRunner.run({ ...sleeper(60_000), timeoutMs: 300 }).catch((e: unknown) => e)
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(error).toBeInstanceOf(CommandFailedError)
    expect((error as Error).message).toMatch(/exited with code -1:[\s\S]*killed after the 0 s deadline \(timed out\)/)
  })

  it('a command that finishes in time is not affected by its deadline', async () => {
    const result = await processRunner.run({
      program: process.execPath,
      args: ['-e', 'console.log("ok")'],
      timeoutMs: 10_000,
    })
    expect(result).toMatchObject({ exitCode: 0, stdout: 'ok\n' })
  })

  it('commands still running when the action exits are killed', async () => {
    const pending = processRunner.run(sleeper(60_000)).catch((e: unknown) => e)
    await new Promise((done) => setTimeout(done, 200))
    expect(stopRunningCommands()).toBe(1)
    const error = await pending
    expect(error).toBeInstanceOf(CommandFailedError)
    expect((error as Error).message).toMatch(/exited with code -1/)
    expect(stopRunningCommands()).toBe(0)
  })
})
