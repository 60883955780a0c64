/**
 * The registry building blocks on their own: a docker-registry process with bcrypt htpasswd auth, the registry
 * path parser of the gate proxy, and the container-tool gate tests rely on (skip loudly / fail on CI).
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { missingRegistryCommands, startRegistry } from '../../../emulator/registry/registry-process.js'
import { parseRegistryPath } from '../../../emulator/registry/registry-proxy.js'
import { RegistryClient } from '../../../emulator/registry/registry-client.js'
import { requireContainerTools } from '../../helpers/containers.js'

const tools = requireContainerTools(['docker-registry'])

describe('parseRegistryPath', () => {
  it.each([
    ['GET', '/v2/', undefined],
    ['GET', '/v2/_catalog', undefined],
    ['POST', '/v2/support-bot/blobs/uploads/', { repository: 'support-bot', kind: 'blobs', reference: undefined }],
    ['PUT', '/v2/agents/triage/manifests/v1', { repository: 'agents/triage', kind: 'manifests', reference: 'v1' }],
    ['HEAD', '/v2/a/manifests/sha256:abc', { repository: 'a', kind: 'manifests', reference: 'sha256:abc' }],
    ['GET', '/v2/a/b/c/tags/list', { repository: 'a/b/c', kind: 'tags', reference: undefined }],
  ])('%s %s', (method, path, expected) => {
    const parsed = parseRegistryPath(method, path)
    if (expected === undefined) expect(parsed).toBeUndefined()
    else expect(parsed).toEqual({ method, ...expected })
  })
})

describe('requireContainerTools', () => {
  const path = process.env.PATH
  const required = process.env.AGENTCORE_E2E_REQUIRED
  afterEach(() => {
    process.env.PATH = path
    if (required === undefined) delete process.env.AGENTCORE_E2E_REQUIRED
    else process.env.AGENTCORE_E2E_REQUIRED = required
    jest.restoreAllMocks()
  })

  it('skips with a loud warning when tools are missing', () => {
    process.env.PATH = '/nonexistent'
    delete process.env.AGENTCORE_E2E_REQUIRED
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const gate = requireContainerTools(['buildah', 'docker-registry'])
    expect(gate).toMatchObject({ available: false, missing: ['buildah', 'docker-registry', 'htpasswd'] })
    expect(gate.describeIf).toBe(describe.skip)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('SKIPPING CONTAINER TESTS'))
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('scripts/setup-e2e.sh'))
  })

  it('fails when AGENTCORE_E2E_REQUIRED=1', () => {
    process.env.PATH = '/nonexistent'
    process.env.AGENTCORE_E2E_REQUIRED = '1'
    expect(() => requireContainerTools(['skopeo'])).toThrow(
      'container tools missing: skopeo. Install them with scripts/setup-e2e.sh',
    )
  })

  it('the registry needs docker-registry and htpasswd', () => {
    process.env.PATH = '/nonexistent'
    expect(missingRegistryCommands()).toEqual(['docker-registry', 'htpasswd'])
  })
})

tools.describeIf('a registry process', () => {
  it('serves the v2 API behind bcrypt basic auth and stops', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'registry-test-'))
    const registry = await startRegistry(dir, 'sekret-password')
    try {
      expect(registry.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const anonymous = await fetch(`${registry.url}/v2/`)
      expect(anonymous.status).toBe(401)
      expect(anonymous.headers.get('www-authenticate')).toBe('Basic realm="basic-realm"')
      const client = new RegistryClient({ url: registry.url, username: 'AWS', password: 'sekret-password' })
      expect(await client.tags('nothing-here')).toEqual([])
    } finally {
      await registry.stop()
      rmSync(dir, { recursive: true, force: true })
    }
    expect(() => process.kill(registry.pid, 0)).toThrow()
  })
})
