/**
 * AgentCore runtime and endpoint operations, as building blocks for deploy-runtime, promote-endpoint, the root
 * action and drift-check.
 */
export * from './console-links.js'
export * from './endpoint-promote.js'
export * from './runtime-configuration.js'
export * from './runtime-deploy.js'
export * from './runtime-endpoint.js'
export * from './runtime-image.js'
export * from './runtime-lookup.js'
export * from './runtime-tags.js'
export * from './runtime-versions.js'
export * from './runtime-wait.js'
export * from './service-errors.js'
export * from './version-stamp.js'
