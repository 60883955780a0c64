/**
 * The smoke test's expectations: the action's `expect-*` inputs over the config's `smokeTest.expect`. Shared by
 * invoke-smoke-test and the root action, so both apply the same rules.
 */
import type { RuntimeSettings } from '../config/types.js'
import type { Expectations } from './assertions.js'

/** Overrides from inputs; `undefined` fields fall back to the config. */
export type ExpectationOverrides = Partial<Expectations>

/** The expectations to apply: each field from the override when given, else from the config. */
export function smokeExpectations(
  runtime: Pick<RuntimeSettings, 'smokeTest'>,
  overrides: ExpectationOverrides = {},
): Expectations {
  const config = runtime.smokeTest?.expect ?? {}
  const merged: Expectations = {}
  for (const key of ['status', 'contains', 'regex', 'json', 'maxLatencyMs', 'tools'] as const) {
    // An empty list from an input means "not given", like an empty string: fall back to the config.
    const override =
      Array.isArray(overrides[key]) && (overrides[key] as unknown[]).length === 0 ? undefined : overrides[key]
    const value = override ?? config[key]
    if (value !== undefined && !(Array.isArray(value) && value.length === 0))
      (merged as Record<string, unknown>)[key] = value
  }
  return merged
}
