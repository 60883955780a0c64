export * from './inputs.js'
export * from './logger.js'
export * from './clock.js'
export * from './redact.js'
