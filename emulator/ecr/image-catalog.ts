/**
 * What ECR reports about images: the union of what the real registry of (account, region) holds (read through its
 * HTTP API v2, untagged manifests from its storage) and the images seeded in memory. Each image carries its
 * platforms, read from the config blob (single manifest) or the index, so an amd64-only image is told apart from
 * an arm64 one.
 */
import { statSync } from 'node:fs'
import { join } from 'node:path'
import type { RegistryFleet } from './registry-fleet.js'
import type { SeededImages } from './seeded-images.js'

/** A platform an image runs on. */
export interface ImagePlatform {
  architecture: string
  os: string
  variant?: string
}

/** One image (one manifest digest) of a repository. */
export interface EcrImage {
  digest: string
  tags: string[]
  mediaType: string
  manifest: string
  /** The config's media type (`artifactMediaType` in DescribeImages); undefined for an index. */
  artifactMediaType?: string
  sizeInBytes: number
  pushedAt: Date
  platforms: ImagePlatform[]
  source: 'registry' | 'seeded'
}

interface ManifestJson {
  mediaType?: string
  config?: { mediaType?: string; digest: string; size?: number }
  layers?: { size?: number }[]
  manifests?: { digest: string; size?: number; platform?: ImagePlatform }[]
}

/** Reads images of repositories from registries and the seeded store. */
export class ImageCatalog {
  constructor(
    private readonly fleet: RegistryFleet,
    private readonly seeded: SeededImages,
  ) {}

  /** Every image of the repository, newest first. */
  async list(account: string, region: string, repository: string): Promise<EcrImage[]> {
    const images = new Map<string, EcrImage>()
    for (const image of await this.fromRegistry(account, region, repository)) images.set(image.digest, image)
    for (const m of this.seeded.manifests(account, region, repository)) {
      const existing = images.get(m.digest)
      if (existing) {
        existing.tags = [...new Set([...existing.tags, ...m.tags])]
        continue
      }
      const parsed = JSON.parse(m.body) as ManifestJson
      images.set(m.digest, {
        digest: m.digest,
        tags: m.tags,
        mediaType: m.mediaType,
        manifest: m.body,
        artifactMediaType: parsed.config?.mediaType,
        sizeInBytes: layerBytes(parsed),
        pushedAt: m.pushedAt,
        platforms: await this.platforms(parsed, async (digest) =>
          this.seeded.blob(account, region, repository, digest),
        ),
        source: 'seeded',
      })
    }
    return [...images.values()].sort((a, b) => b.pushedAt.getTime() - a.pushedAt.getTime())
  }

  /** One image by tag and/or digest (both given: they must name the same image). */
  async find(
    account: string,
    region: string,
    repository: string,
    id: { tag?: string; digest?: string },
  ): Promise<EcrImage | undefined> {
    const images = await this.list(account, region, repository)
    return images.find(
      (i) => (id.digest === undefined || i.digest === id.digest) && (id.tag === undefined || i.tags.includes(id.tag)),
    )
  }

  /** A blob (layer or config) of the repository, from the registry or the seeded store. */
  async blob(account: string, region: string, repository: string, digest: string): Promise<Buffer | undefined> {
    const seeded = this.seeded.blob(account, region, repository, digest)
    if (seeded) return seeded
    return this.fleet.get(account, region)?.client.blob(repository, digest)
  }

  private async fromRegistry(account: string, region: string, repository: string): Promise<EcrImage[]> {
    const registry = this.fleet.get(account, region)
    if (!registry) return []
    const client = registry.client
    const tags = await client.tags(repository)
    // Tags move, so each is asked for (HEAD); manifests and configs are content-addressed and cached by the client.
    const byTag = await Promise.all(tags.map(async (tag) => ({ tag, digest: await client.tagDigest(repository, tag) })))
    const tagsOf = new Map<string, string[]>()
    for (const { tag, digest } of byTag) {
      if (digest) tagsOf.set(digest, [...(tagsOf.get(digest) ?? []), tag])
    }
    const digests = new Set([...tagsOf.keys(), ...client.manifestDigests(repository)])
    const revisions = join(
      registry.process.storageDir,
      'docker/registry/v2/repositories',
      repository,
      '_manifests/revisions/sha256',
    )
    const images = await Promise.all(
      [...digests].map(async (digest): Promise<EcrImage | undefined> => {
        const manifest = await client.manifest(repository, digest)
        if (!manifest) return undefined
        const parsed = JSON.parse(manifest.body) as ManifestJson
        return {
          digest,
          tags: tagsOf.get(digest) ?? [],
          mediaType: manifest.mediaType,
          manifest: manifest.body,
          artifactMediaType: parsed.config?.mediaType,
          sizeInBytes: layerBytes(parsed),
          pushedAt: pushedAt(join(revisions, digest.slice('sha256:'.length), 'link')),
          platforms: await this.platforms(parsed, async (d) => client.blob(repository, d)),
          source: 'registry',
        }
      }),
    )
    return images.filter((i): i is EcrImage => i !== undefined)
  }

  /** Platforms from an index's entries or a single manifest's config blob. */
  private async platforms(
    manifest: ManifestJson,
    readBlob: (digest: string) => Promise<Buffer | undefined>,
  ): Promise<ImagePlatform[]> {
    if (manifest.manifests) {
      return manifest.manifests.flatMap((m) => (m.platform ? [m.platform] : []))
    }
    if (!manifest.config) return []
    const config = await readBlob(manifest.config.digest)
    if (!config) return []
    try {
      const parsed = JSON.parse(config.toString('utf8')) as Partial<ImagePlatform>
      if (!parsed.architecture) return []
      return [{ architecture: parsed.architecture, os: parsed.os ?? 'linux', variant: parsed.variant }]
    } catch {
      return []
    }
  }
}

/** ECR's imageSizeInBytes: the compressed size of the layers (for an index, what its entries declare). */
function layerBytes(manifest: ManifestJson): number {
  if (manifest.manifests) return Math.max(0, ...manifest.manifests.map((m) => m.size ?? 0))
  return (manifest.layers ?? []).reduce((sum, l) => sum + (l.size ?? 0), 0)
}

function pushedAt(linkFile: string): Date {
  try {
    return statSync(linkFile).mtime
  } catch {
    return new Date()
  }
}
