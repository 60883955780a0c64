/**
 * Reads a runtime's whole answer into one shape, whatever the agent sent: a JSON document, plain text, or a
 * Server-Sent Events stream (`text/event-stream`, what streaming agents and MCP servers answer). Assertions run on
 * this shape, so a user writes the same `expect-contains` for a streamed answer as for a JSON one.
 */

/** One SSE event: its `data:` lines joined, parsed when they are JSON. */
export interface AnswerEvent {
  event?: string
  data: string
  json?: unknown
}

/** A runtime's answer, read whole. */
export interface Answer {
  kind: 'json' | 'text' | 'sse'
  contentType: string
  /** The body as received. */
  raw: string
  /**
   * The text assertions look at: the raw body for JSON and text; for SSE the events' data joined (string events
   * contribute their value, so a token stream reads as the sentence it spells).
   */
  text: string
  /** The parsed body (JSON), the array of parsed events (SSE), or undefined (text). */
  json?: unknown
  events?: AnswerEvent[]
}

/** True when a content type or body says the answer is an event stream. */
function isEventStream(contentType: string, body: string): boolean {
  if (/text\/event-stream/i.test(contentType)) return true
  // Some agents stream SSE with a generic content type; a body made of `data:` lines is unambiguous.
  return !/json/i.test(contentType) && /^(data|event|id):/m.test(body) && /^data:/m.test(body)
}

/** Parses an SSE body into events (spec: events are separated by a blank line; `:` lines are comments). */
export function parseEventStream(body: string): AnswerEvent[] {
  const events: AnswerEvent[] = []
  for (const block of body.replace(/\r\n?/g, '\n').split(/\n\n+/)) {
    const data: string[] = []
    let event: string | undefined
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue
      const colon = line.indexOf(':')
      const field = colon === -1 ? line : line.slice(0, colon)
      let value = colon === -1 ? '' : line.slice(colon + 1)
      if (value.startsWith(' ')) value = value.slice(1)
      if (field === 'data') data.push(value)
      else if (field === 'event') event = value
    }
    if (data.length === 0) continue
    const text = data.join('\n')
    const parsed = tryJson(text)
    events.push({ ...(event ? { event } : {}), data: text, ...(parsed.ok ? { json: parsed.value } : {}) })
  }
  return events
}

/** Reads an answer body according to its content type. */
export function readAnswer(body: string, contentType = ''): Answer {
  if (isEventStream(contentType, body)) {
    const events = parseEventStream(body)
    const text = events.map((e) => (typeof e.json === 'string' ? e.json : e.data)).join('')
    return {
      kind: 'sse',
      contentType,
      raw: body,
      text,
      json: events.map((e) => (e.json === undefined ? e.data : e.json)),
      events,
    }
  }
  const parsed = body.trim() === '' ? { ok: false as const } : tryJson(body)
  if (parsed.ok) return { kind: 'json', contentType, raw: body, text: body, json: parsed.value }
  return { kind: 'text', contentType, raw: body, text: body }
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}
