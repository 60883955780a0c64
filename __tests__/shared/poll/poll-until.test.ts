import { describe, expect, it } from '@jest/globals'
import { FakeClock } from '../../../shared/action/clock.js'
import { MemoryLogger } from '../../../shared/action/logger.js'
import { PollFailedError, pollUntil } from '../../../shared/poll/poll-until.js'

function sequence(states: string[]) {
  let i = 0
  return async () => states[Math.min(i++, states.length - 1)]
}

describe('pollUntil', () => {
  it('logs one line per state change, not per poll, and returns the final value', async () => {
    const log = new MemoryLogger()
    const clock = new FakeClock()
    const result = await pollUntil({
      what: 'runtime a to be READY',
      read: sequence(['CREATING', 'CREATING', 'CREATING', 'READY']),
      state: (s) => s,
      verdict: (s) => (s === 'READY' ? { done: true } : { done: false }),
      timeoutMs: 60_000,
      clock,
      log,
    })
    expect(result).toBe('READY')
    expect(log.messages('info')).toEqual([
      'runtime a to be READY: CREATING (after 0ms)',
      'runtime a to be READY: READY (after 5s)',
    ])
  })

  it('waits firstReadAfterMs before the first read (a wait that starts right after the change)', async () => {
    const clock = new FakeClock()
    const log = new MemoryLogger()
    await pollUntil({
      what: 'runtime a version 2 to be READY',
      read: sequence(['UPDATING', 'READY']),
      state: (s) => s,
      verdict: (s) => (s === 'READY' ? { done: true } : { done: false }),
      timeoutMs: 60_000,
      intervalMs: 1000,
      factor: 1.2,
      firstReadAfterMs: 1000,
      clock,
      log,
    })
    expect(clock.sleeps).toEqual([1000, 1000])
    expect(log.messages('info')).toEqual([
      'runtime a version 2 to be READY: UPDATING (after 1s)',
      'runtime a version 2 to be READY: READY (after 2s)',
    ])
  })

  it('backs off up to the cap', async () => {
    const clock = new FakeClock()
    await pollUntil({
      what: 'x',
      read: sequence(['A', 'A', 'A', 'A', 'A', 'A', 'B']),
      state: (s) => s,
      verdict: (s) => (s === 'B' ? { done: true } : { done: false }),
      timeoutMs: 60_000,
      intervalMs: 1000,
      maxIntervalMs: 3000,
      factor: 2,
      clock,
      log: new MemoryLogger(),
    })
    expect(clock.sleeps).toEqual([1000, 2000, 3000, 3000, 3000, 3000])
  })

  it('stops at once on a failure state with the reason', async () => {
    await expect(
      pollUntil({
        what: 'x',
        read: sequence(['UPDATING', 'UPDATE_FAILED']),
        state: (s) => s,
        verdict: (s) => (s === 'UPDATE_FAILED' ? { done: false, failed: 'image not found' } : { done: false }),
        timeoutMs: 60_000,
        clock: new FakeClock(),
        log: new MemoryLogger(),
      }),
    ).rejects.toEqual(new PollFailedError('x', 'image not found'))
  })

  it('times out saying what it waited for, how long, and the last state', async () => {
    await expect(
      pollUntil({
        what: "endpoint 'live' to serve version 3",
        read: sequence(['UPDATING']),
        state: (s) => s,
        verdict: () => ({ done: false }),
        timeoutMs: 10_000,
        clock: new FakeClock(),
        log: new MemoryLogger(),
      }),
    ).rejects.toThrow("Timed out after 10s waiting for endpoint 'live' to serve version 3; last state: UPDATING")
  })
})
