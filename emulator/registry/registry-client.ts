/**
 * Reads (and writes manifests to) a registry through the Docker Registry HTTP API v2, with basic auth. The ECR
 * emulator answers DescribeImages / BatchGetImage / BatchCheckLayerAvailability / PutImage from it, so what ECR
 * reports is what is really in the registry.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** Every manifest media type ECR knows; sent as `Accept` so the registry never down-converts. */
export const MANIFEST_MEDIA_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
] as const

/** A manifest as the registry serves it. */
export interface RegistryManifest {
  digest: string
  mediaType: string
  body: string
}

/** Where a registry is and how to log in. */
export interface RegistryAccess {
  url: string
  username: string
  password: string
  /** The filesystem driver's root, to list untagged manifests (the API has no call for that). */
  storageDir?: string
}

/** The digest of a manifest body as registries compute it. */
export function manifestDigest(body: string | Buffer): string {
  return `sha256:${createHash('sha256').update(body).digest('hex')}`
}

/** A thin client of one registry. */
export class RegistryClient {
  private readonly authorization: string
  /** Manifests by `<repository>@<digest>`: content-addressed, so never stale (listings decide what still exists). */
  private readonly manifests = new Map<string, RegistryManifest>()
  /** Small blobs (image configs) by digest: content-addressed too. */
  private readonly smallBlobs = new Map<string, Buffer>()

  constructor(private readonly access: RegistryAccess) {
    this.authorization = `Basic ${Buffer.from(`${access.username}:${access.password}`).toString('base64')}`
  }

  private async request(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${this.access.url}${path}`, {
      ...init,
      headers: { authorization: this.authorization, ...(init.headers as Record<string, string>) },
    })
  }

  /** The repository's tags (empty when the repository has never been pushed to). */
  async tags(repository: string): Promise<string[]> {
    const response = await this.request(`/v2/${repository}/tags/list`)
    if (response.status === 404) {
      await response.arrayBuffer()
      return []
    }
    if (!response.ok) throw new Error(`registry: tags of ${repository}: HTTP ${response.status}`)
    const body = (await response.json()) as { tags?: string[] | null }
    return body.tags ?? []
  }

  /** The digest a tag points to now (HEAD), or undefined. */
  async tagDigest(repository: string, tag: string): Promise<string | undefined> {
    const response = await this.request(`/v2/${repository}/manifests/${tag}`, {
      method: 'HEAD',
      headers: { accept: MANIFEST_MEDIA_TYPES.join(', ') },
    })
    await response.arrayBuffer()
    if (response.status === 404) return undefined
    if (!response.ok) throw new Error(`registry: manifest ${repository}:${tag}: HTTP ${response.status}`)
    return response.headers.get('docker-content-digest') ?? undefined
  }

  /** A manifest by tag or digest, or undefined. */
  async manifest(repository: string, reference: string): Promise<RegistryManifest | undefined> {
    const cached = this.manifests.get(`${repository}@${reference}`)
    if (cached) return cached
    const response = await this.request(`/v2/${repository}/manifests/${reference}`, {
      headers: { accept: MANIFEST_MEDIA_TYPES.join(', ') },
    })
    if (response.status === 404) {
      await response.arrayBuffer()
      return undefined
    }
    if (!response.ok) throw new Error(`registry: manifest ${repository}:${reference}: HTTP ${response.status}`)
    const body = await response.text()
    const manifest = {
      digest: response.headers.get('docker-content-digest') ?? manifestDigest(body),
      mediaType: response.headers.get('content-type') ?? JSON.parse(body).mediaType,
      body,
    }
    this.manifests.set(`${repository}@${manifest.digest}`, manifest)
    return manifest
  }

  /** A blob's bytes, or undefined. */
  async blob(repository: string, digest: string): Promise<Buffer | undefined> {
    const cached = this.smallBlobs.get(digest)
    if (cached) return cached
    const response = await this.request(`/v2/${repository}/blobs/${digest}`)
    if (response.status === 404) {
      await response.arrayBuffer()
      return undefined
    }
    if (!response.ok) throw new Error(`registry: blob ${repository}@${digest}: HTTP ${response.status}`)
    const bytes = Buffer.from(await response.arrayBuffer())
    if (bytes.length <= 64 * 1024) this.smallBlobs.set(digest, bytes)
    return bytes
  }

  /** A blob's size when the repository has it. */
  async blobSize(repository: string, digest: string): Promise<number | undefined> {
    const response = await this.request(`/v2/${repository}/blobs/${digest}`, { method: 'HEAD' })
    if (!response.ok) return undefined
    return Number(response.headers.get('content-length') ?? 0)
  }

  /** Stores a manifest under a tag or digest; returns its digest. Its blobs must already be in the repository. */
  async putManifest(repository: string, reference: string, body: string, mediaType: string): Promise<string> {
    const response = await this.request(`/v2/${repository}/manifests/${reference}`, {
      method: 'PUT',
      headers: { 'content-type': mediaType },
      body,
    })
    const text = await response.text()
    if (!response.ok)
      throw new Error(`registry: put manifest ${repository}:${reference}: HTTP ${response.status} ${text}`)
    return response.headers.get('docker-content-digest') ?? manifestDigest(body)
  }

  /** Deletes a manifest by digest (its tags go with it). */
  async deleteManifest(repository: string, digest: string): Promise<boolean> {
    const response = await this.request(`/v2/${repository}/manifests/${digest}`, { method: 'DELETE' })
    await response.arrayBuffer()
    return response.ok
  }

  /**
   * Every manifest digest of the repository, tagged or not, from the filesystem driver's revision links (the API
   * can list tags but not untagged manifests).
   */
  manifestDigests(repository: string): string[] {
    if (!this.access.storageDir) return []
    const dir = join(
      this.access.storageDir,
      'docker/registry/v2/repositories',
      repository,
      '_manifests/revisions/sha256',
    )
    try {
      // A deleted manifest loses its `link` file but may keep its directory.
      return readdirSync(dir)
        .filter((hex) => existsSync(join(dir, hex, 'link')))
        .map((hex) => `sha256:${hex}`)
    } catch {
      return []
    }
  }
}
