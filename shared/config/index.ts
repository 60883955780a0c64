/**
 * The config file `agentcore.yaml`: load and validate it, pick an environment and a runtime, export its
 * JSON Schema. See docs/config.md for every key and the merge rules.
 */
export { loadConfig, parseConfig, type LoadConfigOptions } from './load.js'
export { selectEnvironment, selectRuntime } from './select.js'
export { configJsonSchema, configJsonSchemaText, JSON_SCHEMA_PATH } from './json-schema.js'
export { renderConfigReference } from './reference.js'
export * from './types.js'
