export * from './clients.js'
export * from './account.js'
