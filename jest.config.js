/** Jest in ESM mode (TESTING.md §1): ts-jest transforms TypeScript, `.js` specifiers map to the `.ts` sources. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/actions/.*/dist/', '<rootDir>/dist/'],
  testTimeout: 30000,
  // On a 2-core machine Jest runs the files in its own process; a socket left in keep-alive by an SDK client or
  // fetch keeps that process alive after the last test. Every server and child process a test starts is stopped by
  // the test itself (the emulator checks its registries and agents by pid); this only ends the idle process.
  forceExit: true,
}
