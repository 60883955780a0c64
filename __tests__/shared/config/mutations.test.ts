/**
 * Every value of the example config replaced by every kind of wrong value: the loader must answer with a
 * ConfigError whose problems all have a line, a column and a message in our words (never a crash, a raw
 * ZodError or zod's wording).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse, stringify } from 'yaml'
import { parseConfig } from '../../../shared/config/index.js'
import { ConfigError } from '../../../shared/errors/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const example: unknown = parse(readFileSync(join(root, 'workflows-examples', 'agentcore.yaml'), 'utf8'))

/** Every path to a value in `value`. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at]
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value)
  return [at, ...entries.flatMap(([key, child]) => paths(child, [...at, key]))]
}

function replaced(path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(example)
  let parent = copy as Record<string | number, unknown>
  for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>
  parent[path[path.length - 1]] = replacement
  return copy
}

const WRONG_VALUES: unknown[] = [null, 42, -1.5, 'x', true, [], {}, ['a', 1], { unexpected: 1 }]

describe('mutations of the example config', () => {
  const targets = paths(example).filter((p) => p.length > 0)

  it('cover every value of the example', () => {
    expect(targets.length).toBeGreaterThan(80)
  })

  it('never crash, and every problem is located and worded by us', () => {
    let invalid = 0
    for (const path of targets) {
      for (const wrong of WRONG_VALUES) {
        const text = stringify(replaced(path, wrong))
        try {
          parseConfig(text, 'agentcore.yaml')
        } catch (error) {
          if (!(error instanceof ConfigError)) {
            throw new Error(`${path.join('.')} = ${JSON.stringify(wrong)}: ${String(error)}`)
          }
          invalid += 1
          expect(error.problems.length).toBeGreaterThan(0)
          for (const problem of error.problems) {
            const where = `${path.join('.')} = ${JSON.stringify(wrong)}: ${problem.message}`
            expect({ where, line: typeof problem.line, column: typeof problem.column }).toEqual({
              where,
              line: 'number',
              column: 'number',
            })
            expect(problem.message).not.toMatch(/Invalid input|Invalid option|received|known-keys/)
            expect(problem.message).not.toContain(String.fromCharCode(0))
          }
        }
      }
    }
    // Most replacements are wrong; the few that are fine (a string where any text goes) prove nothing either way.
    expect(invalid).toBeGreaterThan(targets.length * WRONG_VALUES.length * 0.7)
  })
})
