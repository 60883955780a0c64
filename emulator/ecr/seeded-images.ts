/**
 * Images written straight into memory (a manifest, its config blob and one small layer), for machines without
 * `docker-registry` and for tests that need an image but not a build. ECR's image reads merge these with what the
 * real registry holds, so DescribeImages / BatchGetImage report them like pushed images.
 */
import { createHash } from 'node:crypto'
import { manifestDigest } from '../registry/registry-client.js'

/** What to seed. */
export interface SeedImageOptions {
  /** Tag to give the image (none: an untagged image). */
  tag?: string
  /** `arm64` (default, what AgentCore runs) or e.g. `amd64`; written into the config blob. */
  architecture?: string
  /** Default `linux`. */
  os?: string
  /** Anything that makes the image distinct (its layer's bytes); default derived from the tag. */
  content?: string
}

/** An image held in memory. */
export interface SeededManifest {
  digest: string
  mediaType: string
  body: string
  tags: string[]
  pushedAt: Date
}

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'

function blobDigest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

interface SeededRepository {
  manifests: Map<string, { mediaType: string; body: string; pushedAt: Date }>
  tags: Map<string, string>
  blobs: Map<string, Buffer>
}

/** Seeded images of every (account, region, repository). */
export class SeededImages {
  private readonly repositories = new Map<string, SeededRepository>()

  private repository(account: string, region: string, name: string, create: true): SeededRepository
  private repository(account: string, region: string, name: string, create?: false): SeededRepository | undefined
  private repository(account: string, region: string, name: string, create = false): SeededRepository | undefined {
    const key = `${account}/${region}/${name}`
    let repository = this.repositories.get(key)
    if (!repository && create) {
      repository = { manifests: new Map(), tags: new Map(), blobs: new Map() }
      this.repositories.set(key, repository)
    }
    return repository
  }

  /** Writes an OCI image (manifest + config + one layer) and returns the manifest digest. */
  seed(account: string, region: string, name: string, options: SeedImageOptions = {}): string {
    const architecture = options.architecture ?? 'arm64'
    const os = options.os ?? 'linux'
    const layer = Buffer.from(`agentcore emulator seeded layer: ${options.content ?? options.tag ?? 'untagged'}\n`)
    const layerDigest = blobDigest(layer)
    const config = Buffer.from(
      JSON.stringify({
        architecture,
        os,
        config: { ExposedPorts: { '8080/tcp': {} } },
        rootfs: { type: 'layers', diff_ids: [layerDigest] },
      }),
    )
    const configDigest = blobDigest(config)
    const body = JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layerDigest, size: layer.length }],
    })
    const repository = this.repository(account, region, name, true)
    repository.blobs.set(layerDigest, layer)
    repository.blobs.set(configDigest, config)
    return this.putManifest(account, region, name, body, OCI_MANIFEST, options.tag)
  }

  /** Stores a manifest (PutImage onto a seeded repository); moves the tag if it pointed elsewhere. */
  putManifest(account: string, region: string, name: string, body: string, mediaType: string, tag?: string): string {
    const repository = this.repository(account, region, name, true)
    const digest = manifestDigest(body)
    if (!repository.manifests.has(digest)) repository.manifests.set(digest, { mediaType, body, pushedAt: new Date() })
    if (tag !== undefined) repository.tags.set(tag, digest)
    return digest
  }

  /** The repository's seeded manifests with their tags. */
  manifests(account: string, region: string, name: string): SeededManifest[] {
    const repository = this.repository(account, region, name)
    if (!repository) return []
    return [...repository.manifests].map(([digest, m]) => ({
      digest,
      ...m,
      tags: [...repository.tags].filter(([, d]) => d === digest).map(([t]) => t),
    }))
  }

  blob(account: string, region: string, name: string, digest: string): Buffer | undefined {
    return this.repository(account, region, name)?.blobs.get(digest)
  }

  /** Removes a tag; removes the manifest too when asked by digest. Returns whether anything went. */
  delete(account: string, region: string, name: string, reference: { tag?: string; digest?: string }): boolean {
    const repository = this.repository(account, region, name)
    if (!repository) return false
    if (reference.digest) {
      if (!repository.manifests.delete(reference.digest)) return false
      for (const [tag, digest] of repository.tags) if (digest === reference.digest) repository.tags.delete(tag)
      return true
    }
    return reference.tag !== undefined && repository.tags.delete(reference.tag)
  }

  /** Forgets a repository's images (DeleteRepository). */
  forget(account: string, region: string, name: string): void {
    this.repositories.delete(`${account}/${region}/${name}`)
  }

  reset(): void {
    this.repositories.clear()
  }
}
