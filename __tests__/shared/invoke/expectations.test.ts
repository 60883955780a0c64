import { describe, expect, it } from '@jest/globals'
import { smokeExpectations } from '../../../shared/invoke/expectations.js'

describe('smokeExpectations', () => {
  const runtime = { smokeTest: { payload: {}, expect: { status: 200, contains: 'pong', tools: [] as string[] } } }

  it('takes each field from the inputs when given, else from the config', () => {
    expect(smokeExpectations(runtime, { contains: 'hello', maxLatencyMs: 500 })).toEqual({
      status: 200,
      contains: 'hello',
      maxLatencyMs: 500,
    })
  })

  it('falls back to the config when an input list is empty', () => {
    const mcp = { smokeTest: { payload: '', expect: { tools: ['search_docs'] } } }
    expect(smokeExpectations(mcp, { tools: [] })).toEqual({ tools: ['search_docs'] })
  })

  it('drops empty lists and absent fields', () => {
    expect(smokeExpectations(runtime)).toEqual({ status: 200, contains: 'pong' })
    expect(smokeExpectations({})).toEqual({})
  })
})
