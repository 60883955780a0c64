/**
 * How an environment's override combines with a runtime's definition (docs/config.md, "Merge rules"):
 * - maps merge deeply, key by key (environment, tags, endpoints, image, lifecycle, smokeTest, ...);
 * - lists are replaced as a whole (secrets, subnets, models, requestHeaders, ...);
 * - `null` for a map entry removes it (`endpoints: { canary: null }`);
 * - a network whose `mode` changes, and a role that switches between `arn` and managed settings, are replaced
 *   as a whole: keeping the other kind's keys would only produce a contradiction;
 * - `smokeTest.payload` and `smokeTest.expect.json` are data, not settings: replaced as a whole.
 */
import type { RuntimeDefinition, RuntimeOverride } from './schema.js'

type PlainMap = Record<string, unknown>

/** Paths (below a runtime) whose values are replaced, never merged. */
const OPAQUE = new Set(['smokeTest.payload', 'smokeTest.expect.json'])

const MANAGED_ROLE_KEYS = ['models', 'managedPolicies', 'statements', 'permissionsBoundary'] as const

/** The runtime an environment runs: `override` (without its `name`) merged over `definition`. */
export function mergeRuntime(definition: RuntimeDefinition, override: RuntimeOverride | null): RuntimeDefinition {
  const { name: _name, ...settings } = override ?? {}
  const merged = mergeMaps(definition, settings, '') as RuntimeDefinition
  if (definition.network && settings.network?.mode && settings.network.mode !== (definition.network.mode ?? 'PUBLIC')) {
    merged.network = settings.network
  }
  if (definition.role && settings.role) {
    const overrideIsArn = settings.role.arn !== undefined
    const overrideIsManaged = MANAGED_ROLE_KEYS.some((key) => settings.role?.[key] !== undefined)
    const baseIsArn = definition.role.arn !== undefined
    if ((overrideIsArn && !baseIsArn) || (overrideIsManaged && baseIsArn && !overrideIsArn)) merged.role = settings.role
  }
  return merged
}

function isPlainMap(value: unknown): value is PlainMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function mergeMaps(base: PlainMap, override: PlainMap, at: string): PlainMap {
  const result: PlainMap = {}
  for (const [key, value] of Object.entries(base)) if (value !== null && value !== undefined) result[key] = value
  for (const [key, value] of Object.entries(override)) {
    const path = at ? `${at}.${key}` : key
    if (value === undefined) continue
    if (value === null) {
      delete result[key]
    } else if (isPlainMap(value) && isPlainMap(result[key]) && !OPAQUE.has(path)) {
      result[key] = mergeMaps(result[key], value, path)
    } else {
      result[key] = value
    }
  }
  return result
}

/** A map without its `null` entries (a `null` in a runtime's own map means "not set"). */
export function withoutNulls<T>(map: Record<string, T | null> | undefined): Record<string, T> {
  const result: Record<string, T> = {}
  for (const [key, value] of Object.entries(map ?? {})) if (value !== null && value !== undefined) result[key] = value
  return result
}
