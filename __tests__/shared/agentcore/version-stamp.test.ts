import { describe, expect, it } from '@jest/globals'
import {
  MAX_RUNTIME_DESCRIPTION,
  formatVersionStamp,
  splitDescription,
  stampDescription,
} from '../../../shared/agentcore/version-stamp.js'
import { DIGEST } from './runtime-fixtures.js'

const stamp = { commit: '0123456789abcdef', runUrl: 'https://github.com/o/r/actions/runs/42', imageDigest: DIGEST }

describe('version stamp', () => {
  it('writes a parseable last line after the config description', () => {
    const text = stampDescription('Support agent', stamp)
    expect(text).toBe(
      `Support agent\nagentcore-actions: commit=0123456789abcdef run=https://github.com/o/r/actions/runs/42 image=${DIGEST}`,
    )
    expect(splitDescription(text)).toEqual({ text: 'Support agent', stamp })
  })

  it('is the whole description when the config has none', () => {
    expect(splitDescription(stampDescription(undefined, { commit: 'abc' }))).toEqual({ stamp: { commit: 'abc' } })
  })

  it('leaves a description without a stamp as text', () => {
    expect(splitDescription('hand-written\nsecond line')).toEqual({
      text: 'hand-written\nsecond line',
      stamp: undefined,
    })
    expect(splitDescription(undefined)).toEqual({})
  })

  it('keeps the whole stamp within 4096 characters by cutting the config text', () => {
    const text = stampDescription('x'.repeat(5000), stamp)
    expect(text.length).toBe(MAX_RUNTIME_DESCRIPTION)
    expect(splitDescription(text).stamp).toEqual(stamp)
  })

  it('omits keys it does not know and strips whitespace from values', () => {
    expect(formatVersionStamp({ runUrl: 'https://x/ y' })).toBe('agentcore-actions: run=https://x/y')
  })
})
