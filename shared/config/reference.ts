/**
 * The key reference of docs/config.md, rendered from the JSON Schema so that the docs cannot miss a key:
 * a test compares the committed section with this rendering (regenerate it with
 * `npx tsx cli/scripts/generate-config-docs.ts`).
 */
import { configJsonSchema } from './json-schema.js'

type JsonSchema = {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  additionalProperties?: JsonSchema | boolean
  propertyNames?: JsonSchema
  items?: JsonSchema
  anyOf?: JsonSchema[]
  enum?: unknown[]
  const?: unknown
  pattern?: string
  description?: string
  default?: unknown
  required?: string[]
  minimum?: number
  maximum?: number
}

/** Marks the start and end of the generated section in docs/config.md. */
export const REFERENCE_BEGIN = '<!-- BEGIN GENERATED KEY REFERENCE (do not edit; see "Regenerating") -->'
/** Marks the end of the generated section. */
export const REFERENCE_END = '<!-- END GENERATED KEY REFERENCE -->'

const OVERRIDE_PATH = 'environments.<environment>.runtimes.<runtime>'
const PLACEHOLDER_DESCRIPTIONS: Record<string, string> = {
  'runtimes.<runtime>': 'One runtime (`null` or `{}` takes every default).',
  'environments.<environment>': 'One environment.',
  [OVERRIDE_PATH]: 'A runtime this environment runs, with its overrides (`{}` or `null` for none).',
}

/** One documented key. */
export interface ReferenceRow {
  path: string
  type: string
  required: boolean
  default?: unknown
  description: string
}

/** Every key of the config file, in schema order, with placeholders (`<runtime>`) for map keys. */
export function configReferenceRows(): ReferenceRow[] {
  const rows: ReferenceRow[] = []
  const visit = (schema: JsonSchema, path: string, required: boolean, placeholderFor: string): void => {
    const node = withoutNull(schema)
    if (path !== '') {
      rows.push({
        path,
        type: typeName(node),
        required,
        ...(node.default !== undefined ? { default: node.default } : {}),
        description: schema.description ?? node.description ?? PLACEHOLDER_DESCRIPTIONS[path] ?? '',
      })
    }
    if (node.properties && path === OVERRIDE_PATH) {
      // An override takes every runtime key: listing them twice would only bury `name`.
      visit(node.properties.name, `${path}.name`, false, 'name')
      rows.push({
        path: `${path}.<any runtime key>`,
        type: 'as under `runtimes.<runtime>`',
        required: false,
        description: 'Any key of `runtimes.<runtime>`, merged over the runtime (see Merge rules).',
      })
    } else if (node.properties) {
      for (const [key, child] of Object.entries(node.properties)) {
        visit(child, path ? `${path}.${key}` : key, node.required?.includes(key) ?? false, key)
      }
    } else if (typeof node.additionalProperties === 'object') {
      const value = withoutNull(node.additionalProperties)
      if (value.properties)
        visit(node.additionalProperties, `${path}.<${placeholder(placeholderFor)}>`, false, placeholderFor)
    }
  }
  visit(configJsonSchema(), '', true, '')
  return rows
}

function placeholder(parentKey: string): string {
  const names: Record<string, string> = { runtimes: 'runtime', environments: 'environment', endpoints: 'endpoint' }
  return names[parentKey] ?? 'name'
}

function withoutNull(schema: JsonSchema): JsonSchema {
  if (schema.anyOf) {
    const rest = schema.anyOf.filter((s) => s.type !== 'null')
    if (rest.length === 1) return { ...rest[0], description: schema.description ?? rest[0].description }
  }
  return schema
}

function typeName(schema: JsonSchema): string {
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``
  if (schema.enum) return schema.enum.map((v) => `\`${String(v)}\``).join(' \\| ')
  if (schema.anyOf) return [...new Set(schema.anyOf.map(typeName))].join(' \\| ')
  const type = Array.isArray(schema.type) ? schema.type.join(' \\| ') : schema.type
  if (type === 'array') return `list of ${schema.items ? typeName(schema.items) : 'any'}`
  if (type === 'object') {
    if (schema.properties) return 'map'
    if (typeof schema.additionalProperties === 'object') {
      return `map of ${typeName(withoutNull(schema.additionalProperties))}`
    }
    return 'map'
  }
  if (type === 'string') return 'text'
  if (type === 'integer') return 'whole number'
  return type ?? 'any JSON'
}

/** The generated reference: one markdown table row per key. */
export function renderConfigReference(): string {
  const lines = [
    '| key | type | required | default | description |',
    '|---|---|---|---|---|',
    ...configReferenceRows().map(
      (row) =>
        `| \`${row.path}\` | ${row.type} | ${row.required ? 'yes' : ''} | ${row.default !== undefined ? `\`${JSON.stringify(row.default)}\`` : ''} | ${row.description.replace(/\|/g, '\\|')} |`,
    ),
  ]
  return `${REFERENCE_BEGIN}\n${lines.join('\n')}\n${REFERENCE_END}`
}
