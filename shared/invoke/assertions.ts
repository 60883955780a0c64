/**
 * The smoke test's assertions: status, substring, regular expression, JSON subset, latency budget and (MCP) tool
 * names. Every assertion is applied and reported, so a failing run shows everything that is wrong at once, each
 * with what was expected and what was received.
 */
import type { Answer } from './answer.js'

/** What the answer must satisfy; absent fields are not checked. */
export interface Expectations {
  status?: number
  contains?: string
  regex?: string
  /** A JSON value the answer must contain (objects: listed keys, recursively; arrays: each item somewhere). */
  json?: unknown
  maxLatencyMs?: number
  /** MCP runtimes: tool names `tools/list` must include. */
  tools?: string[]
}

/** One assertion's verdict. */
export interface AssertionResult {
  name: 'status' | 'contains' | 'regex' | 'json' | 'latency' | 'tools'
  passed: boolean
  /** What was asked for, as a user would write it. */
  expected: string
  /** What was seen (uncut; renderers cut long values). */
  received: string
  /** For a JSON mismatch: where and why. */
  detail?: string
}

/** What the assertions look at. */
export interface Observation {
  statusCode: number
  latencyMs: number
  answer: Answer
  /** Tool names (MCP runtimes). */
  tools?: string[]
}

/** Applies every expectation to an observation; the list is in a fixed order (status first). */
export function checkExpectations(expect: Expectations, seen: Observation): AssertionResult[] {
  const results: AssertionResult[] = []
  if (expect.status !== undefined)
    results.push({
      name: 'status',
      passed: seen.statusCode === expect.status,
      expected: String(expect.status),
      received: String(seen.statusCode),
    })
  if (expect.contains !== undefined)
    results.push({
      name: 'contains',
      passed: seen.answer.text.includes(expect.contains),
      expected: `contains ${JSON.stringify(expect.contains)}`,
      received: seen.answer.text,
    })
  if (expect.regex !== undefined) {
    const pattern = compileRegex(expect.regex)
    results.push({
      name: 'regex',
      passed: pattern.test(seen.answer.text),
      expected: `matches /${expect.regex}/`,
      received: seen.answer.text,
    })
  }
  if (expect.json !== undefined) {
    const mismatch =
      seen.answer.json === undefined
        ? `the answer is not JSON (${seen.answer.kind})`
        : jsonMismatch(expect.json, seen.answer.json, '$')
    // An SSE answer passes when the subset is in the list of events or in any one event.
    const sseMatch =
      mismatch !== undefined &&
      seen.answer.kind === 'sse' &&
      (seen.answer.events ?? []).some(
        (e) => e.json !== undefined && jsonMismatch(expect.json, e.json, '$') === undefined,
      )
    results.push({
      name: 'json',
      passed: mismatch === undefined || sseMatch,
      expected: `contains ${JSON.stringify(expect.json)}`,
      received: seen.answer.json === undefined ? seen.answer.text : JSON.stringify(seen.answer.json),
      ...(mismatch !== undefined && !sseMatch ? { detail: mismatch } : {}),
    })
  }
  if (expect.maxLatencyMs !== undefined)
    results.push({
      name: 'latency',
      passed: seen.latencyMs <= expect.maxLatencyMs,
      expected: `≤ ${expect.maxLatencyMs} ms`,
      received: `${Math.round(seen.latencyMs)} ms`,
    })
  if (expect.tools !== undefined) {
    const missing = expect.tools.filter((t) => !(seen.tools ?? []).includes(t))
    results.push({
      name: 'tools',
      passed: missing.length === 0,
      expected: `tools ${expect.tools.join(', ')}`,
      received: seen.tools === undefined ? '(no tools/list answer)' : `tools ${seen.tools.join(', ') || '(none)'}`,
      ...(missing.length ? { detail: `missing: ${missing.join(', ')}` } : {}),
    })
  }
  return results
}

/** Compiles `expect-regex`; `/body/flags` is accepted as well as a bare pattern. */
export function compileRegex(source: string): RegExp {
  const literal = /^\/(.*)\/([dgimsuvy]*)$/s.exec(source)
  return literal ? new RegExp(literal[1], literal[2].replace('g', '')) : new RegExp(source)
}

/**
 * Where `actual` fails to contain `expected`, as "at <path>: <why>", or undefined when it contains it.
 * Objects: every expected key present and contained; arrays: every expected item contained by some actual item;
 * anything else: strictly equal.
 */
export function jsonMismatch(expected: unknown, actual: unknown, path = '$'): string | undefined {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `at ${path}: expected an array, received ${describe(actual)}`
    for (const [i, item] of expected.entries()) {
      if (!actual.some((a) => jsonMismatch(item, a, path) === undefined))
        return `at ${path}: no item contains expected item ${i} ${JSON.stringify(item)}`
    }
    return undefined
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
      return `at ${path}: expected an object, received ${describe(actual)}`
    for (const [key, value] of Object.entries(expected)) {
      const child = /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`
      if (!(key in actual)) return `at ${child}: missing`
      const inner = jsonMismatch(value, (actual as Record<string, unknown>)[key], child)
      if (inner) return inner
    }
    return undefined
  }
  return Object.is(expected, actual)
    ? undefined
    : `at ${path}: expected ${JSON.stringify(expected)}, received ${describe(actual)}`
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  const text = JSON.stringify(value)
  return text.length > 80 ? `${text.slice(0, 80)}…` : text
}
