/** Desired vs live comparisons (runtime configuration; drift modules join here). */
export * from './runtime-config.js'
