/** Invoking a runtime and judging its answer: the smoke test's building blocks. */
export * from './answer.js'
export * from './assertions.js'
export * from './invoke.js'
export * from './mcp.js'
export * from './payload.js'
export * from './smoke-test.js'
export * from './target.js'
