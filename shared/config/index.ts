/**
 * The config file `agentcore.yaml`: load and validate it, pick an environment and a runtime, export its
 * JSON Schema. See docs/config.md for every key and the merge rules.
 */
export { loadConfig, parseConfig, type LoadConfigOptions } from './load.js'
/** Picking an environment and a runtime from the action inputs. */
export { selectEnvironment, selectRuntime } from './select.js'
/** The JSON Schema of the file, for editors and `agentcore-actions schema`. */
export { configJsonSchema, configJsonSchemaText, JSON_SCHEMA_PATH } from './json-schema.js'
/** The key reference of docs/config.md. */
export { renderConfigReference } from './reference.js'
/** The resolved types every action consumes. */
export * from './types.js'
export { workspaceConfigPath } from './workspace-path.js'
