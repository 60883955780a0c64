import { describe, expect, it } from '@jest/globals'
import { round, summarize, unionMs } from '../../../bench/lib/stats.js'
import { Recorder, renderTable } from '../../../bench/lib/results.js'

describe('bench statistics', () => {
  it('summarizes a series as median (mean of the middle two when even), min, max and count', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 })
    expect(summarize([4, 1, 3, 10])).toEqual({ median: 3.5, min: 1, max: 10, runs: 4 })
    expect(() => summarize([])).toThrow('no samples to summarize')
    expect(round(1.26, 1)).toBe(1.3)
  })

  it('counts overlapping transition intervals once', () => {
    expect(unionMs([])).toBe(0)
    expect(
      unionMs([
        [0, 2000],
        [5000, 7000],
      ]),
    ).toBe(4000)
    expect(
      unionMs([
        [1000, 3000],
        [0, 2000],
        [1500, 1800],
      ]),
    ).toBe(3000)
  })

  it('renders each metric with its range and a verdict against its target', () => {
    const record = new Recorder()
    record.series('noop_deploy_ms', [300, 500, 410])
    record.value('noop_deploy_calls', 4)
    record.value('bundle_kib.deploy-runtime', 1900)
    const table = renderTable(record, {
      noop_deploy_ms: { max: 400, text: '≤ 400 ms' },
      noop_deploy_calls: { max: 3, text: '≤ 3' },
      'bundle_kib.*': { max: 2048, text: '≤ 2,048 KiB' },
    })
    expect(table.split('\n')).toEqual([
      '| metric | value | min – max (runs) | target | met |',
      '|---|---:|---|---|---|',
      '| `bundle_kib.deploy-runtime` | 1900 |  | ≤ 2,048 KiB | yes |',
      '| `noop_deploy_calls` | 4 |  | ≤ 3 | **no** |',
      '| `noop_deploy_ms` | 410 | 300 – 500 (3) | ≤ 400 ms | **no** |',
    ])
  })
})
