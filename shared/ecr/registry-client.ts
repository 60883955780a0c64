/**
 * A small client for the OCI distribution API (registry HTTP API v2), used to read back what a builder pushed
 * (the manifest and its platforms, the digest the registry computed) and to add tags to a pushed manifest. It
 * authenticates with the ECR token as HTTP basic auth, which ECR and plain registries both accept.
 */
import type { RegistryLogin } from '../container/builder.js'

/** Manifest media types we ask for, in order of preference. */
export const MANIFEST_MEDIA_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
]

/** A manifest as the registry stored it. */
export interface FetchedManifest {
  /** The registry's `Docker-Content-Digest`. */
  digest: string
  mediaType: string
  /** The exact bytes: re-putting them under another tag keeps the digest. */
  body: Buffer
  json: ManifestJson
}

/** The fields of image manifests and indexes that we read. */
export interface ManifestJson {
  mediaType?: string
  manifests?: {
    digest: string
    mediaType?: string
    size?: number
    platform?: { os?: string; architecture?: string; variant?: string }
  }[]
  config?: { digest: string; size?: number }
  layers?: { digest: string; size?: number }[]
}

/** Whether a manifest is an index (a list of per-platform manifests). */
export function isIndex(manifest: FetchedManifest): boolean {
  return Array.isArray(manifest.json.manifests)
}

/** Talks to one registry. */
export class RegistryClient {
  private readonly base: string
  private readonly authorization: string

  constructor(login: RegistryLogin) {
    this.base = `${login.insecure ? 'http' : 'https'}://${login.host}`
    this.authorization = `Basic ${Buffer.from(`${login.username}:${login.password}`).toString('base64')}`
  }

  private async request(method: string, path: string, init: { headers?: Record<string, string>; body?: Buffer } = {}) {
    const response = await fetch(`${this.base}/v2/${path}`, {
      method,
      headers: { authorization: this.authorization, ...init.headers },
      body: init.body,
      redirect: 'follow',
    })
    if (!response.ok) {
      const text = method === 'HEAD' ? '' : await response.text()
      throw new Error(
        `registry answered ${response.status} to ${method} /v2/${path}${text ? `: ${text.slice(0, 300)}` : ''}`,
      )
    }
    return response
  }

  /** Reads a manifest by tag or digest. */
  async getManifest(repository: string, reference: string): Promise<FetchedManifest> {
    const response = await this.request('GET', `${repository}/manifests/${reference}`, {
      headers: { accept: MANIFEST_MEDIA_TYPES.join(', ') },
    })
    const body = Buffer.from(await response.arrayBuffer())
    const json = JSON.parse(body.toString('utf8')) as ManifestJson
    const mediaType = (response.headers.get('content-type') ?? json.mediaType ?? '').split(';')[0]
    const digest = response.headers.get('docker-content-digest') ?? ''
    return { digest, mediaType, body, json }
  }

  /** Reads a JSON blob (an image config). */
  async getJsonBlob<T>(repository: string, digest: string): Promise<T> {
    const response = await this.request('GET', `${repository}/blobs/${digest}`)
    return (await response.json()) as T
  }

  /** Stores manifest bytes under a tag; the same bytes give the same digest. Returns the registry's digest. */
  async putManifest(repository: string, tag: string, manifest: FetchedManifest): Promise<string> {
    const response = await this.request('PUT', `${repository}/manifests/${tag}`, {
      headers: { 'content-type': manifest.mediaType },
      body: manifest.body,
    })
    return response.headers.get('docker-content-digest') ?? manifest.digest
  }
}
