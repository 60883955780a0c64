import { describe, expect, it } from '@jest/globals'
import { emulationWarning, ociArchitecture, parsePlatform } from '../../../shared/container/platform.js'
import { assertBuildArgNames, mergeBuildArgs } from '../../../shared/container/build-args.js'
import { chooseCache } from '../../../shared/container/build-push.js'

describe('platform', () => {
  it('parses platforms and maps node architectures', () => {
    expect(parsePlatform('linux/arm64/v8')).toEqual({ os: 'linux', architecture: 'arm64', variant: 'v8' })
    expect(ociArchitecture('x64')).toBe('amd64')
  })

  it('warns with the fix when an x64 runner has no QEMU for arm64', () => {
    expect(emulationWarning('linux/arm64', 'x64', [])).toBe(
      `This runner is amd64 and has no QEMU emulation for arm64: the Dockerfile's RUN steps will fail with "exec format error". ` +
        "Add 'docker/setup-qemu-action' before this step, or run the job on an arm64 runner (e.g. ubuntu-24.04-arm).",
    )
    expect(emulationWarning('linux/arm64', 'x64', ['register', 'status', 'qemu-aarch64'])).toBeUndefined()
    expect(emulationWarning('linux/arm64', 'arm64', [])).toBeUndefined()
  })

  it('does not warn for a Dockerfile without RUN steps (FROM + COPY builds anywhere)', () => {
    expect(emulationWarning('linux/arm64', 'x64', [], 'FROM scratch\nCOPY server.mjs /app/\n')).toBeUndefined()
    expect(emulationWarning('linux/arm64', 'x64', [], 'FROM node:22\n  run npm ci\n')).toBeDefined()
  })
})

describe('build args', () => {
  it('merges input over config and refuses names that could become options', () => {
    expect(mergeBuildArgs({ A: '1', B: '2' }, { B: '3' })).toEqual({ A: '1', B: '3' })
    expect(() => mergeBuildArgs({}, { '--network': 'host', OK_1: 'x', '1BAD': 'y' })).toThrow(
      "Invalid build argument names: '--network', '1BAD'. Names must match ^[A-Za-z_][A-Za-z0-9_]*$",
    )
    expect(() => assertBuildArgNames('secrets', ['a b'])).toThrow("Invalid build secret name: 'a b'")
  })
})

describe('chooseCache', () => {
  const base = {
    enabled: true,
    builder: 'buildx' as const,
    scope: 's',
    registryRef: 'h/r:buildcache',
    immutable: false,
  }
  it('uses the GitHub Actions cache when the runner offers it', () => {
    expect(chooseCache(base, { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'u' })).toEqual({
      kind: 'gha',
      scope: 's',
    })
  })
  it('falls back to the registry, except for immutable repositories', () => {
    expect(chooseCache(base, {})).toEqual({ kind: 'registry', ref: 'h/r:buildcache' })
    expect(chooseCache({ ...base, immutable: true }, {})).toBeUndefined()
  })
  it('is off when disabled or for builders without a remote cache', () => {
    expect(chooseCache({ ...base, enabled: false }, {})).toBeUndefined()
    expect(chooseCache({ ...base, builder: 'buildah' }, {})).toBeUndefined()
  })
})
