import { describe, expect, it } from '@jest/globals'
import { inspectPushedImage } from '../../../shared/ecr/image-platforms.js'
import type { FetchedManifest, ManifestJson, RegistryClient } from '../../../shared/ecr/registry-client.js'

/** A registry holding manifests and config blobs in memory. */
function fakeRegistry(manifests: Record<string, ManifestJson>, blobs: Record<string, unknown> = {}): RegistryClient {
  const fake = {
    async getManifest(_repository: string, reference: string): Promise<FetchedManifest> {
      const json = manifests[reference]
      if (!json) throw new Error(`registry answered 404 to GET ${reference}`)
      const body = Buffer.from(JSON.stringify(json))
      return {
        digest: reference.startsWith('sha256:') ? reference : 'sha256:index',
        mediaType: json.mediaType ?? '',
        body,
        json,
      }
    },
    async getJsonBlob(_repository: string, digest: string) {
      return blobs[digest]
    },
  }
  return fake as unknown as RegistryClient
}

describe('inspectPushedImage', () => {
  it('reads the platforms of an index and the size of its arm64 image', async () => {
    const registry = fakeRegistry({
      v1: {
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [
          { digest: 'sha256:amd', platform: { os: 'linux', architecture: 'amd64' } },
          { digest: 'sha256:arm', platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
          { digest: 'sha256:att', platform: { os: 'unknown', architecture: 'unknown' } },
        ],
      },
      'sha256:arm': {
        config: { digest: 'sha256:cfg', size: 100 },
        layers: [
          { digest: 'sha256:l1', size: 1000 },
          { digest: 'sha256:l2', size: 24 },
        ],
      },
    })
    expect(await inspectPushedImage(registry, 'bot', 'v1', 'linux/arm64')).toEqual({
      digest: 'sha256:index',
      mediaType: 'application/vnd.oci.image.index.v1+json',
      platforms: ['linux/amd64', 'linux/arm64/v8', 'unknown/unknown'],
      sizeBytes: 1124,
    })
  })

  it('reads a single image platform from its config blob', async () => {
    const registry = fakeRegistry(
      {
        v1: {
          mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
          config: { digest: 'sha256:cfg', size: 10 },
          layers: [{ digest: 'sha256:l', size: 5 }],
        },
      },
      { 'sha256:cfg': { os: 'linux', architecture: 'amd64' } },
    )
    const image = await inspectPushedImage(registry, 'bot', 'v1', 'linux/arm64')
    expect(image.platforms).toEqual(['linux/amd64'])
    expect(image.sizeBytes).toBe(15)
  })
})
