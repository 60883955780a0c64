/**
 * The committed JSON Schema and the key reference of docs/config.md are generated from the zod schema:
 * these tests fail when either is stale (regenerate with `npx tsx cli/scripts/generate-config-docs.ts`).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { configJsonSchema, configJsonSchemaText, JSON_SCHEMA_PATH } from '../../../shared/config/index.js'
import { configReferenceRows, renderConfigReference } from '../../../shared/config/reference.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const read = (path: string): string => readFileSync(join(root, path), 'utf8')

describe('JSON Schema', () => {
  it('is committed at docs/schema/agentcore.schema.json, equal to the one generated from the zod schema', () => {
    expect(JSON_SCHEMA_PATH).toBe('docs/schema/agentcore.schema.json')
    expect(read(JSON_SCHEMA_PATH)).toBe(configJsonSchemaText())
  })

  it('describes the file: draft 2020-12, the three top-level keys, no unknown keys', () => {
    const schema = configJsonSchema() as {
      $schema: string
      required: string[]
      additionalProperties: boolean
      properties: Record<string, unknown>
    }
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.required).toEqual(['version', 'runtimes', 'environments'])
    expect(schema.additionalProperties).toBe(false)
    expect(Object.keys(schema.properties)).toEqual(['$schema', 'version', 'runtimes', 'environments'])
  })

  it('carries the AgentCore name rule for runtime keys', () => {
    const schema = configJsonSchema() as { properties: { runtimes: { propertyNames: { pattern: string } } } }
    expect(schema.properties.runtimes.propertyNames.pattern).toBe('^[a-zA-Z][a-zA-Z0-9_]{0,47}$')
  })

  it('is what the example config points editors at', () => {
    const firstLine = read('workflows-examples/agentcore.yaml').split('\n')[0]
    expect(firstLine).toBe('# yaml-language-server: $schema=../docs/schema/agentcore.schema.json')
    const target = join(root, 'workflows-examples', '../docs/schema/agentcore.schema.json')
    expect(readFileSync(target, 'utf8')).toBe(configJsonSchemaText())
  })
})

describe('docs/config.md', () => {
  const docs = read('docs/config.md')

  it('contains the key reference generated from the schema', () => {
    expect(docs).toContain(renderConfigReference())
  })

  it('documents every key of the schema, each with a description', () => {
    const rows = configReferenceRows()
    expect(rows.length).toBeGreaterThan(50)
    for (const row of rows) {
      expect(docs).toContain(`| \`${row.path}\` |`)
      expect(row.description).not.toBe('')
    }
  })

  it('writes down the merge rules', () => {
    expect(docs).toContain('## Merge rules')
    expect(docs).toMatch(/merged \*\*deeply\*\*/)
    expect(docs).toMatch(/\*\*replaced\*\* as a whole/)
  })
})
