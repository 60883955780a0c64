/**
 * The JSON Schema of `agentcore.yaml`, generated from the zod schema (the single source of truth). It is
 * committed as docs/schema/agentcore.schema.json for editors (`# yaml-language-server: $schema=...`); a test
 * keeps the committed copy equal to this.
 */
import * as z from 'zod'
import { configSchema } from './schema.js'

/** Where the schema is committed, relative to the repository root. */
export const JSON_SCHEMA_PATH = 'docs/schema/agentcore.schema.json'

/** The JSON Schema (draft 2020-12) of the config file, describing what a user writes (the input side). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' })
  return {
    $schema: schema.$schema,
    title: 'agentcore.yaml',
    description:
      'Config of agentcore-actions: runtimes defined once, environments that run them with overrides. Reference: docs/config.md',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  }
}

/** The schema as committed: two-space JSON with a final newline. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`
}
