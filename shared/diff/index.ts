/** Desired vs live comparisons (runtime configuration; drift modules join here). */
export * from './runtime-config.js'
export * from './concurrency.js'
export * from './drift-report.js'
export * from './drift-check.js'
export * from './role-stack-drift.js'
export * from './environment-credentials.js'
