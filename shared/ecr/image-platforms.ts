/**
 * Reads a pushed image back from the registry and checks it contains the platform AgentCore needs, so that an
 * amd64-only image fails here, in the build job, instead of at invoke time with "exec format error".
 */
import { ConfigError } from '../errors/index.js'
import { isIndex, type RegistryClient } from './registry-client.js'
import { parsePlatform } from '../container/platform.js'

/** What the registry holds under a reference. */
export interface PushedImage {
  /** The manifest digest (the registry's `Docker-Content-Digest`). */
  digest: string
  mediaType: string
  /** `os/architecture[/variant]` of every image in it. */
  platforms: string[]
  /** Bytes of the config and layers of the image for the wanted platform (compressed, as stored). */
  sizeBytes: number
}

interface ImageConfig {
  os?: string
  architecture?: string
  variant?: string
}

const platformText = (p: { os?: string; architecture?: string; variant?: string }) =>
  [p.os ?? 'unknown', p.architecture ?? 'unknown', ...(p.variant ? [p.variant] : [])].join('/')

/** Reads the manifest (and, for a single image, its config blob) and describes the image. */
export async function inspectPushedImage(
  registry: RegistryClient,
  repository: string,
  reference: string,
  wanted: string,
): Promise<PushedImage> {
  const manifest = await registry.getManifest(repository, reference)
  const target = parsePlatform(wanted)
  if (isIndex(manifest)) {
    const entries = manifest.json.manifests ?? []
    const platforms = entries.filter((m) => m.platform).map((m) => platformText(m.platform ?? {}))
    const match = entries.find((m) => m.platform?.os === target.os && m.platform.architecture === target.architecture)
    let sizeBytes = 0
    if (match) {
      const child = await registry.getManifest(repository, match.digest)
      sizeBytes = (child.json.config?.size ?? 0) + (child.json.layers ?? []).reduce((s, l) => s + (l.size ?? 0), 0)
    }
    return { digest: manifest.digest, mediaType: manifest.mediaType, platforms, sizeBytes }
  }
  const configDigest = manifest.json.config?.digest
  const config = configDigest ? await registry.getJsonBlob<ImageConfig>(repository, configDigest) : {}
  const sizeBytes =
    (manifest.json.config?.size ?? 0) + (manifest.json.layers ?? []).reduce((s, l) => s + (l.size ?? 0), 0)
  return { digest: manifest.digest, mediaType: manifest.mediaType, platforms: [platformText(config)], sizeBytes }
}

/** Throws, with the fix, when the image has no manifest for the wanted platform. */
export function assertPlatform(image: PushedImage, wanted: string, imageName: string): void {
  const target = parsePlatform(wanted)
  const ok = image.platforms.some((p) => {
    const found = parsePlatform(p)
    return found.os === target.os && found.architecture === target.architecture
  })
  if (ok) return
  throw new ConfigError(
    `The image ${imageName} contains ${image.platforms.join(', ') || 'no platform'}, not ${wanted}: AgentCore would fail to start it ("exec format error"). ` +
      `Build it for ${wanted}: set image.platform to ${wanted} in the config (the default), use builder 'buildx' or 'buildah' with --platform ${wanted}, ` +
      `and on an x64 runner add 'docker/setup-qemu-action' (or use an arm64 runner).`,
  )
}
