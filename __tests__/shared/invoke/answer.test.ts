import { describe, expect, it } from '@jest/globals'
import { parseEventStream, readAnswer } from '../../../shared/invoke/answer.js'

describe('readAnswer', () => {
  it('reads JSON by content', () => {
    const answer = readAnswer('{"reply":"pong"}', 'application/json')
    expect(answer).toMatchObject({ kind: 'json', text: '{"reply":"pong"}', json: { reply: 'pong' } })
  })

  it('reads plain text', () => {
    expect(readAnswer('pong', 'text/plain')).toMatchObject({ kind: 'text', text: 'pong' })
    expect(readAnswer('', 'application/json').kind).toBe('text')
  })

  it('joins an SSE stream: string events spell the sentence, JSON events are parsed', () => {
    const body = 'data: "Hel"\n\ndata: "lo"\n\n: keep-alive\n\nevent: done\ndata: {"usage":{"tokens":2}}\n\n'
    const answer = readAnswer(body, 'text/event-stream; charset=utf-8')
    expect(answer.kind).toBe('sse')
    expect(answer.text).toBe('Hello{"usage":{"tokens":2}}')
    expect(answer.json).toEqual(['Hel', 'lo', { usage: { tokens: 2 } }])
    expect(answer.events?.[2]).toEqual({
      event: 'done',
      data: '{"usage":{"tokens":2}}',
      json: { usage: { tokens: 2 } },
    })
  })

  it('recognises SSE sent with a generic content type', () => {
    expect(readAnswer('data: hi\n\ndata: there\n\n', 'application/octet-stream')).toMatchObject({
      kind: 'sse',
      text: 'hithere',
    })
  })

  it('joins multi-line data fields and handles CRLF', () => {
    expect(parseEventStream('data: a\r\ndata: b\r\n\r\n')).toEqual([{ data: 'a\nb' }])
  })
})
