import { describe, expect, it } from '@jest/globals'
import { createLimiter, mapWithConcurrency } from '../../../shared/diff/concurrency.js'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('mapWithConcurrency', () => {
  it('keeps order and never exceeds the limit', async () => {
    let active = 0
    let peak = 0
    const result = await mapWithConcurrency([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      active++
      peak = Math.max(peak, active)
      for (let i = 0; i < n; i++) await tick()
      active--
      return n * 10
    })
    expect(result).toEqual([50, 10, 40, 20, 30, 0, 60])
    expect(peak).toBe(3)
  })

  it('refuses a limit below 1', async () => {
    await expect(mapWithConcurrency([1], 0, async (n) => n)).rejects.toThrow('positive integer')
  })
})

describe('createLimiter', () => {
  it('bounds nested fan-outs drawing from one pool', async () => {
    const limit = createLimiter(4)
    let active = 0
    let peak = 0
    const task = () =>
      limit(async () => {
        active++
        peak = Math.max(peak, active)
        await tick()
        active--
      })
    await Promise.all(Array.from({ length: 5 }, () => Promise.all(Array.from({ length: 10 }, task))))
    expect(peak).toBe(4)
  })

  it('frees the slot when a task fails', async () => {
    const limit = createLimiter(1)
    await expect(limit(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    await expect(limit(async () => 'next')).resolves.toBe('next')
  })
})
