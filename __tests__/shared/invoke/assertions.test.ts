import { describe, expect, it } from '@jest/globals'
import { readAnswer } from '../../../shared/invoke/answer.js'
import { checkExpectations, compileRegex, jsonMismatch } from '../../../shared/invoke/assertions.js'

const seen = (body: string, statusCode = 200, latencyMs = 100, contentType = 'application/json') => ({
  statusCode,
  latencyMs,
  answer: readAnswer(body, contentType),
})

describe('checkExpectations', () => {
  it('passes every assertion on a matching answer', () => {
    const results = checkExpectations(
      { status: 200, contains: 'pong', regex: '^\\{"reply"', json: { reply: 'pong' }, maxLatencyMs: 500 },
      seen('{"reply":"pong","extra":1}'),
    )
    expect(results.map((r) => [r.name, r.passed])).toEqual([
      ['status', true],
      ['contains', true],
      ['regex', true],
      ['json', true],
      ['latency', true],
    ])
  })

  it('reports every failure with expected and received', () => {
    const results = checkExpectations(
      { status: 200, contains: 'pong', regex: '/^PONG$/i', json: { reply: 'pong' }, maxLatencyMs: 50 },
      seen('{"reply":"pang"}', 500, 120),
    )
    expect(results.filter((r) => !r.passed)).toEqual([
      { name: 'status', passed: false, expected: '200', received: '500' },
      { name: 'contains', passed: false, expected: 'contains "pong"', received: '{"reply":"pang"}' },
      { name: 'regex', passed: false, expected: 'matches //^PONG$/i/', received: '{"reply":"pang"}' },
      {
        name: 'json',
        passed: false,
        expected: 'contains {"reply":"pong"}',
        received: '{"reply":"pang"}',
        detail: 'at $.reply: expected "pong", received "pang"',
      },
      { name: 'latency', passed: false, expected: '≤ 50 ms', received: '120 ms' },
    ])
  })

  it('says when a JSON expectation meets a text answer', () => {
    const [json] = checkExpectations({ json: { a: 1 } }, seen('plain words', 200, 1, 'text/plain'))
    expect(json).toMatchObject({ passed: false, detail: 'the answer is not JSON (text)' })
  })

  it('finds a JSON subset in one event of an SSE answer', () => {
    const answer = seen('data: {"type":"start"}\n\ndata: {"type":"end","ok":true}\n\n', 200, 1, 'text/event-stream')
    expect(checkExpectations({ json: { type: 'end', ok: true } }, answer)[0].passed).toBe(true)
    expect(checkExpectations({ json: { type: 'middle' } }, answer)[0].passed).toBe(false)
  })

  it('checks MCP tool names', () => {
    const base = seen('{}')
    const [ok] = checkExpectations({ tools: ['search'] }, { ...base, tools: ['search', 'fetch'] })
    const [missing] = checkExpectations({ tools: ['search', 'book'] }, { ...base, tools: ['search'] })
    expect(ok.passed).toBe(true)
    expect(missing).toMatchObject({ passed: false, received: 'tools search', detail: 'missing: book' })
  })
})

describe('jsonMismatch', () => {
  it.each([
    [{ a: { b: [1, 2] } }, { a: { b: [3, 2, 1] }, c: 0 }, undefined],
    [{ a: 1 }, { b: 1 }, 'at $.a: missing'],
    [[{ id: 2 }], [{ id: 1 }], 'at $: no item contains expected item 0 {"id":2}'],
    [{ 'a-b': true }, { 'a-b': false }, 'at $["a-b"]: expected true, received false'],
    [{ a: {} }, { a: [] }, 'at $.a: expected an object, received []'],
  ])('%j in %j → %s', (expected, actual, mismatch) => {
    expect(jsonMismatch(expected, actual)).toBe(mismatch)
  })
})

describe('compileRegex', () => {
  it('accepts bare patterns and /literals/flags', () => {
    expect(compileRegex('po+ng').test('poooong')).toBe(true)
    expect(compileRegex('/PONG/i').test('pong')).toBe(true)
  })
})
