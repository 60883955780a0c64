/**
 * Typed action inputs. A JavaScript action receives input `foo-bar` as the environment variable `INPUT_FOO-BAR`
 * (upper-cased, spaces to `_`, hyphens kept). Every getter names the input, the value and what is allowed when
 * the value is bad, so the user fixes it from the first message.
 */
import { InputError } from '../errors/index.js'

/** Where inputs come from: `process.env` on a runner, a plain record in tests. */
export type InputSource = Record<string, string | undefined>

/** The environment variable the runner uses for an input. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Reads inputs from one source; the only place an action reads `INPUT_*`. */
export class Inputs {
  constructor(private readonly source: InputSource = process.env) {}

  /** The trimmed value, or `undefined` when empty or not given. */
  optional(name: string): string | undefined {
    const value = this.source[inputVariable(name)]?.trim()
    return value === undefined || value === '' ? undefined : value
  }

  /** A string that must be given. */
  required(name: string): string {
    const value = this.optional(name)
    if (value === undefined) throw new InputError(name, 'is required but was not given')
    return value
  }

  /** A string with a default. */
  string(name: string, fallback: string): string {
    return this.optional(name) ?? fallback
  }

  /** A boolean in the YAML 1.2 core schema's spellings only (`true|True|TRUE|false|False|FALSE`). */
  bool(name: string, fallback: boolean): boolean {
    const value = this.optional(name)
    if (value === undefined) return fallback
    return parseBool(name, value)
  }

  /** An integer within bounds. */
  int(name: string, fallback: number | undefined, bounds: { min?: number; max?: number } = {}): number | undefined {
    const value = this.optional(name)
    if (value === undefined) return fallback
    return parseInteger(name, value, bounds)
  }

  /** A duration (`90s`, `15m`, `1h30m`, `500ms`, or a bare number of seconds) in milliseconds. */
  duration(name: string, fallback: string): number {
    return parseDuration(name, this.optional(name) ?? fallback)
  }

  /** A list: one item per line or separated by commas; blank items dropped. */
  list(name: string): string[] {
    return parseList(this.optional(name) ?? '')
  }

  /** A JSON value; `@path` is not expanded here (the caller decides whether files are allowed). */
  json(name: string): unknown {
    const value = this.optional(name)
    if (value === undefined) return undefined
    return parseJson(name, value)
  }

  /** `KEY=VALUE` pairs, one per line; the value may contain `=`. */
  keyValues(name: string): Record<string, string> {
    return parseKeyValues(name, this.source[inputVariable(name)] ?? '')
  }

  /** One of a fixed set of values. */
  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.optional(name)
    if (value === undefined) return fallback
    if (!(allowed as readonly string[]).includes(value)) {
      throw new InputError(name, `'${value}' is not allowed; use one of: ${allowed.join(', ')}`)
    }
    return value as T
  }
}

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

/** Parses a YAML 1.2 boolean; `yes`, `on`, `1` are refused because YAML 1.2 does not read them as booleans. */
export function parseBool(name: string, value: string): boolean {
  if (TRUE.includes(value)) return true
  if (FALSE.includes(value)) return false
  throw new InputError(name, `'${value}' is not a boolean; use true or false`)
}

/** Parses a whole number within optional bounds. */
export function parseInteger(name: string, value: string, bounds: { min?: number; max?: number } = {}): number {
  if (!/^-?\d+$/.test(value)) throw new InputError(name, `'${value}' is not a whole number`)
  const n = Number(value)
  if (bounds.min !== undefined && n < bounds.min) throw new InputError(name, `${n} is below the minimum ${bounds.min}`)
  if (bounds.max !== undefined && n > bounds.max) throw new InputError(name, `${n} is above the maximum ${bounds.max}`)
  return n
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/** Parses `1h30m`, `15m`, `90s`, `500ms` or a bare number of seconds into milliseconds. */
export function parseDuration(name: string, value: string): number {
  const text = value.trim()
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000)
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)]
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) {
    throw new InputError(name, `'${value}' is not a duration; write it like 90s, 15m or 1h30m`)
  }
  return Math.round(parts.reduce((sum, p) => sum + Number(p[1]) * UNIT_MS[p[2]], 0))
}

/** Splits a list on newlines and commas, trimming items and dropping blanks. */
export function parseList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** Parses JSON, with the parser's complaint in the error. */
export function parseJson(name: string, value: string): unknown {
  try {
    return JSON.parse(value)
  } catch (error) {
    throw new InputError(name, `is not valid JSON (${(error as Error).message})`)
  }
}

/** Parses `KEY=VALUE` lines (blank lines and `#` comments ignored). */
export function parseKeyValues(name: string, value: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [i, raw] of value.split('\n').entries()) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const eq = line.indexOf('=')
    if (eq <= 0) throw new InputError(name, `line ${i + 1} is not KEY=VALUE`)
    result[line.slice(0, eq).trim()] = line.slice(eq + 1)
  }
  return result
}
