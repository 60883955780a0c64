/**
 * ECR (awsJson1_1: `POST /`, `x-amz-target: AmazonEC2ContainerRegistry_V20150921.<Op>`).
 *
 * Repositories live in the {@link RepositoryStore}; images live in a REAL registry (`docker-registry`), one per
 * (account, region), started on the first GetAuthorizationToken. `proxyEndpoint` is that registry's gate proxy
 * (`http://127.0.0.1:<port>`); clients push to `<proxy host>/<repositoryName>` as to real ECR, while repository
 * URIs keep their real form `<account>.dkr.ecr.<region>.amazonaws.com/<name>`. The gate refuses pushes and pulls
 * for repositories ECR never created (`NAME_UNKNOWN`) and tag overwrites in IMMUTABLE repositories.
 *
 * Without `docker-registry` (or with `registry: false`), repository operations still work, images can be seeded
 * in memory ({@link EcrService.seedImage} or `POST /_emulator/ecr/seed-image`), and GetAuthorizationToken answers
 * `RegistryUnavailableException` saying why.
 */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { ServiceHost } from '../host.js'
import { ImageCatalog, type EcrImage } from '../ecr/image-catalog.js'
import { parseImageUri, referenceOn, type EcrImageReference } from '../ecr/image-uri.js'
import { RegistryFleet, type AccountRegistry } from '../ecr/registry-fleet.js'
import {
  RepositoryStore,
  assertTagMutability,
  repositoryNotFound,
  type EcrRepository,
  type EcrTag,
} from '../ecr/repository-store.js'
import { SeededImages, type SeedImageOptions } from '../ecr/seeded-images.js'
import { json, jsonError, parseJsonBody, ServiceError } from '../protocols/json.js'
import { manifestDigest } from '../registry/registry-client.js'
import type { RegistryGate } from '../registry/registry-proxy.js'
import type { EmulatorRequest, EmulatorResponse, Service } from '../types.js'

export type { EcrImage, ImagePlatform } from '../ecr/image-catalog.js'
export type { SeedImageOptions } from '../ecr/seeded-images.js'
export { parseImageUri } from '../ecr/image-uri.js'

const TARGET_PREFIX = 'AmazonEC2ContainerRegistry_V20150921.'
const CONTENT_TYPE = 'application/x-amz-json-1.1'
/** ECR tokens last 12 hours. */
const TOKEN_LIFETIME_MS = 12 * 3600 * 1000

/** Login details for the registry of an account and region. */
export interface RegistryLogin {
  proxyEndpoint: string
  username: 'AWS'
  password: string
}

/** The ECR service, with what tests, the demo and the AgentCore emulator use directly. */
export interface EcrService extends Service {
  readonly repositories: RepositoryStore
  /**
   * Writes an image into memory under a repository (created, MUTABLE, when missing) and returns its digest;
   * DescribeImages / BatchGetImage then report it. Works without `docker-registry`.
   */
  seedImage(account: string, region: string, repositoryName: string, options?: SeedImageOptions): string
  /** The image an ECR image URI names (tag and/or digest; neither = `latest`), or undefined. */
  findImage(imageUri: string): Promise<EcrImage | undefined>
  /**
   * Where an ECR repository/image URI lives locally: `127.0.0.1:<port>/<name>[:tag][@digest]` on the running
   * registry of its account and region; undefined when that registry is not running or the URI is not ECR's.
   */
  registryAddressOf(imageUri: string): string | undefined
  /** Starts (if needed) the registry of (account, region) and returns how to log into it. */
  ensureRegistry(account: string, region: string): Promise<RegistryLogin>
  /** Why no registry can run here (undefined when one can). */
  registryUnavailableReason(): string | undefined
  /** Deletes a repository and its images (RepositoryNotEmptyException unless `force` when it has images). */
  deleteRepository(account: string, region: string, name: string, options: { force: boolean }): Promise<void>
}

const epochSeconds = (date: Date) => date.getTime() / 1000

function requireString(body: Record<string, any>, field: string): string {
  const value = body[field]
  if (typeof value !== 'string' || value === '') {
    throw new ServiceError(
      'InvalidParameterException',
      400,
      `Invalid parameter at '${field}' failed to satisfy constraint: 'Member must not be null'`,
    )
  }
  return value
}

function repositoryJson(r: EcrRepository): Record<string, unknown> {
  return {
    repositoryArn: r.repositoryArn,
    registryId: r.account,
    repositoryName: r.repositoryName,
    repositoryUri: r.repositoryUri,
    createdAt: epochSeconds(r.createdAt),
    imageTagMutability: r.imageTagMutability,
    imageScanningConfiguration: { scanOnPush: r.scanOnPush },
    encryptionConfiguration: { encryptionType: r.encryptionType, ...(r.kmsKey ? { kmsKey: r.kmsKey } : {}) },
  }
}

function imageIdText(id: { imageDigest?: string; imageTag?: string }): string {
  return `{imageDigest:'${id.imageDigest ?? 'null'}', imageTag:'${id.imageTag ?? 'null'}'}`
}

/** Pages a list the way ECR does: `nextToken` is the index to resume from. */
function page<T>(items: T[], body: Record<string, any>, defaultMax: number): { items: T[]; nextToken?: string } {
  const start = typeof body.nextToken === 'string' ? Number(Buffer.from(body.nextToken, 'base64').toString()) : 0
  const max = typeof body.maxResults === 'number' ? body.maxResults : defaultMax
  const slice = items.slice(start, start + max)
  const next = start + max < items.length ? Buffer.from(String(start + max)).toString('base64') : undefined
  return { items: slice, nextToken: next }
}

/** Creates the ECR service. */
export function createEcrService(host: ServiceHost): EcrService {
  const repositories = new RepositoryStore()
  const seeded = new SeededImages()

  // The registry gate: ECR's rules applied to registry traffic before the registry sees it.
  const gateFor =
    (account: string, region: string): RegistryGate =>
    async (call) => {
      const repository = repositories.find(account, region, call.repository)
      if (!repository) {
        return {
          status: 404,
          code: 'NAME_UNKNOWN',
          message: `The repository with name '${call.repository}' does not exist in the registry with id '${account}'`,
        }
      }
      const overwritesTag =
        call.kind === 'manifests' &&
        call.method === 'PUT' &&
        call.reference !== undefined &&
        !call.reference.startsWith('sha256:') &&
        repository.imageTagMutability === 'IMMUTABLE'
      if (overwritesTag && (await catalog.find(account, region, call.repository, { tag: call.reference }))) {
        return {
          status: 400,
          code: 'TAG_INVALID',
          message:
            `The image tag '${call.reference}' already exists in the '${call.repository}' repository and cannot ` +
            'be overwritten because the repository is immutable.',
        }
      }
      return undefined
    }

  const fleet = new RegistryFleet(host.workDir, gateFor, host.options.registry === false)
  const catalog = new ImageCatalog(fleet, seeded)

  const accountOf = (req: EmulatorRequest, body: Record<string, any>) =>
    typeof body.registryId === 'string' && body.registryId ? body.registryId : req.account

  const repositoryOf = (req: EmulatorRequest, body: Record<string, any>) =>
    repositories.get(accountOf(req, body), req.region, requireString(body, 'repositoryName'))

  /** ImageNotFoundException, saying so when the emulator has no registry to look in. */
  const imageNotFound = (repository: EcrRepository, id: { imageDigest?: string; imageTag?: string }) => {
    const reason = fleet.get(repository.account, repository.region) ? undefined : fleet.unavailableReason()
    return new ServiceError(
      'ImageNotFoundException',
      400,
      `The image with imageId ${imageIdText(id)} does not exist within the repository with name ` +
        `'${repository.repositoryName}' in the registry with id '${repository.account}'` +
        (reason ? ` (the emulator has no container registry: ${reason}; seed images instead)` : ''),
    )
  }

  const imageDetail = (repository: EcrRepository, image: EcrImage) => ({
    registryId: repository.account,
    repositoryName: repository.repositoryName,
    imageDigest: image.digest,
    ...(image.tags.length > 0 ? { imageTags: image.tags } : {}),
    imageSizeInBytes: image.sizeInBytes,
    imagePushedAt: epochSeconds(image.pushedAt),
    imageManifestMediaType: image.mediaType,
    ...(image.artifactMediaType ? { artifactMediaType: image.artifactMediaType } : {}),
  })

  const tagFilter = (images: EcrImage[], body: Record<string, any>) => {
    const status = body.filter?.tagStatus as string | undefined
    if (status === 'TAGGED') return images.filter((i) => i.tags.length > 0)
    if (status === 'UNTAGGED') return images.filter((i) => i.tags.length === 0)
    return images
  }

  const repositoryByArn = (arn: string) => {
    const repository = repositories.findByArn(arn)
    if (!repository) {
      const name = arn.slice(arn.indexOf('repository/') + 'repository/'.length)
      const account = /:(\d{12}):/.exec(arn)?.[1] ?? ''
      if (!arn.includes(':repository/')) {
        throw new ServiceError('InvalidParameterException', 400, `Invalid parameter at 'resourceArn': ${arn}`)
      }
      throw repositoryNotFound(account, name)
    }
    return repository
  }

  const mergeTags = (existing: EcrTag[], added: EcrTag[]): EcrTag[] => {
    const merged = new Map(existing.map((t) => [t.Key, t.Value]))
    for (const t of added) merged.set(t.Key, t.Value)
    return [...merged].map(([Key, Value]) => ({ Key, Value }))
  }

  const operations: Record<string, (req: EmulatorRequest, body: Record<string, any>) => Promise<unknown>> = {
    async CreateRepository(req, body) {
      const repository = repositories.create(accountOf(req, body), req.region, {
        repositoryName: requireString(body, 'repositoryName'),
        imageTagMutability: body.imageTagMutability,
        scanOnPush: body.imageScanningConfiguration?.scanOnPush,
        encryptionType: body.encryptionConfiguration?.encryptionType,
        kmsKey: body.encryptionConfiguration?.kmsKey,
        tags: body.tags,
      })
      return { repository: repositoryJson(repository) }
    },
    async DescribeRepositories(req, body) {
      const account = accountOf(req, body)
      const names = body.repositoryNames as string[] | undefined
      const found = names
        ? names.map((name) => repositories.get(account, req.region, name))
        : repositories.list(account, req.region)
      const { items, nextToken } = page(found, body, 1000)
      return { repositories: items.map(repositoryJson), ...(nextToken ? { nextToken } : {}) }
    },
    async DeleteRepository(req, body) {
      const repository = repositoryOf(req, body)
      await deleteRepository(repository.account, repository.region, repository.repositoryName, {
        force: body.force === true,
      })
      return { repository: repositoryJson(repository) }
    },
    async PutLifecyclePolicy(req, body) {
      const repository = repositoryOf(req, body)
      repositories.putLifecyclePolicy(repository, requireString(body, 'lifecyclePolicyText'))
      return {
        registryId: repository.account,
        repositoryName: repository.repositoryName,
        lifecyclePolicyText: repository.lifecyclePolicyText,
      }
    },
    async GetLifecyclePolicy(req, body) {
      const repository = repositoryOf(req, body)
      if (repository.lifecyclePolicyText === undefined) {
        throw new ServiceError(
          'LifecyclePolicyNotFoundException',
          400,
          `Lifecycle policy does not exist for the repository with name '${repository.repositoryName}' in the ` +
            `registry with id '${repository.account}'`,
        )
      }
      return {
        registryId: repository.account,
        repositoryName: repository.repositoryName,
        lifecyclePolicyText: repository.lifecyclePolicyText,
        lastEvaluatedAt: epochSeconds(repository.lifecyclePolicyUpdatedAt ?? repository.createdAt),
      }
    },
    async DeleteLifecyclePolicy(req, body) {
      const result = await operations.GetLifecyclePolicy(req, body)
      const repository = repositoryOf(req, body)
      repository.lifecyclePolicyText = undefined
      return result
    },
    async PutImageScanningConfiguration(req, body) {
      const repository = repositoryOf(req, body)
      const scanOnPush = body.imageScanningConfiguration?.scanOnPush
      repository.scanOnPush = scanOnPush === true
      return {
        registryId: repository.account,
        repositoryName: repository.repositoryName,
        imageScanningConfiguration: { scanOnPush: repository.scanOnPush },
      }
    },
    async PutImageTagMutability(req, body) {
      const repository = repositoryOf(req, body)
      const value = requireString(body, 'imageTagMutability')
      assertTagMutability(value)
      repository.imageTagMutability = value
      return {
        registryId: repository.account,
        repositoryName: repository.repositoryName,
        imageTagMutability: value,
      }
    },
    async GetAuthorizationToken(req, body) {
      // With `registryIds` (deprecated but honoured by ECR) each listed registry gets its own entry, which is how a
      // cross-account copy logs in to the source account's registry. Not modelled: the source repository's policy
      // that real ECR checks when the image is pulled (any account may read here).
      const ids = ((body.registryIds as string[] | undefined) ?? []).filter((id) => /^\d{12}$/.test(id))
      const accounts = ids.length > 0 ? ids : [req.account]
      const authorizationData = []
      for (const account of accounts) {
        const login = await ensureRegistry(account, req.region)
        authorizationData.push({
          authorizationToken: Buffer.from(`AWS:${login.password}`).toString('base64'),
          expiresAt: epochSeconds(new Date(Date.now() + TOKEN_LIFETIME_MS)),
          proxyEndpoint: login.proxyEndpoint,
        })
      }
      return { authorizationData }
    },
    async DescribeImages(req, body) {
      const repository = repositoryOf(req, body)
      const images = await catalog.list(repository.account, repository.region, repository.repositoryName)
      const ids = body.imageIds as { imageDigest?: string; imageTag?: string }[] | undefined
      let selected: EcrImage[]
      if (ids && ids.length > 0) {
        selected = ids.map((id) => {
          const image = images.find(
            (i) =>
              (id.imageDigest === undefined || i.digest === id.imageDigest) &&
              (id.imageTag === undefined || i.tags.includes(id.imageTag)),
          )
          if (!image) throw imageNotFound(repository, id)
          return image
        })
      } else {
        selected = tagFilter(images, body)
      }
      const { items, nextToken } = page(selected, body, 100)
      return { imageDetails: items.map((i) => imageDetail(repository, i)), ...(nextToken ? { nextToken } : {}) }
    },
    async ListImages(req, body) {
      const repository = repositoryOf(req, body)
      const images = tagFilter(
        await catalog.list(repository.account, repository.region, repository.repositoryName),
        body,
      )
      // One entry per tag, plus one per untagged image, as ECR lists them.
      const ids = images.flatMap((i) =>
        i.tags.length > 0 ? i.tags.map((t) => ({ imageDigest: i.digest, imageTag: t })) : [{ imageDigest: i.digest }],
      )
      const { items, nextToken } = page(ids, body, 1000)
      return { imageIds: items, ...(nextToken ? { nextToken } : {}) }
    },
    async BatchGetImage(req, body) {
      const repository = repositoryOf(req, body)
      const images = await catalog.list(repository.account, repository.region, repository.repositoryName)
      const accepted = body.acceptedMediaTypes as string[] | undefined
      const found: unknown[] = []
      const failures: unknown[] = []
      for (const id of (body.imageIds ?? []) as { imageDigest?: string; imageTag?: string }[]) {
        const byDigest = id.imageDigest ? images.find((i) => i.digest === id.imageDigest) : undefined
        const byTag = id.imageTag ? images.find((i) => i.tags.includes(id.imageTag as string)) : undefined
        const image = id.imageDigest ? byDigest : byTag
        if (!image || (id.imageDigest && id.imageTag && byTag !== byDigest)) {
          failures.push({
            imageId: id,
            failureCode: image ? 'ImageTagDoesNotMatchDigest' : 'ImageNotFound',
            failureReason: image ? 'Invalid image tag for the digest' : 'Requested image not found',
          })
        } else if (accepted && accepted.length > 0 && !accepted.includes(image.mediaType)) {
          failures.push({
            imageId: id,
            failureCode: 'UnsupportedImageType',
            failureReason: `Image media type ${image.mediaType} is not among the accepted media types`,
          })
        } else {
          found.push({
            registryId: repository.account,
            repositoryName: repository.repositoryName,
            imageId: { imageDigest: image.digest, ...(id.imageTag ? { imageTag: id.imageTag } : {}) },
            imageManifest: image.manifest,
            imageManifestMediaType: image.mediaType,
          })
        }
      }
      return { images: found, failures }
    },
    async BatchCheckLayerAvailability(req, body) {
      const repository = repositoryOf(req, body)
      const registry = fleet.get(repository.account, repository.region)
      const layers: unknown[] = []
      const failures: unknown[] = []
      for (const digest of (body.layerDigests ?? []) as string[]) {
        const seededBlob = seeded.blob(repository.account, repository.region, repository.repositoryName, digest)
        const size = seededBlob?.length ?? (await registry?.client.blobSize(repository.repositoryName, digest))
        if (size === undefined) {
          failures.push({
            layerDigest: digest,
            failureCode: 'MissingLayerDigest',
            failureReason: 'Could not find layer',
          })
        } else {
          layers.push({ layerDigest: digest, layerAvailability: 'AVAILABLE', layerSize: size })
        }
      }
      return { layers, failures }
    },
    async GetDownloadUrlForLayer(req, body) {
      const repository = repositoryOf(req, body)
      const digest = requireString(body, 'layerDigest')
      if (!(await catalog.blob(repository.account, repository.region, repository.repositoryName, digest))) {
        throw new ServiceError(
          'LayersNotFoundException',
          400,
          `The image layer '${digest}' does not exist in the repository with name '${repository.repositoryName}' ` +
            `in the registry with id '${repository.account}'`,
        )
      }
      // Real ECR returns a presigned S3 URL: here an unauthenticated admin route serving the blob's bytes.
      const downloadUrl =
        `${host.baseUrl()}/_emulator/ecr/blobs/${repository.account}/${repository.region}/${digest}` +
        `?repository=${encodeURIComponent(repository.repositoryName)}`
      return { downloadUrl, layerDigest: digest }
    },
    async PutImage(req, body) {
      const repository = repositoryOf(req, body)
      const manifest = requireString(body, 'imageManifest')
      const tag = body.imageTag as string | undefined
      let mediaType = body.imageManifestMediaType as string | undefined
      try {
        mediaType ??= (JSON.parse(manifest) as { mediaType?: string }).mediaType
      } catch {
        throw new ServiceError('InvalidParameterException', 400, 'Invalid parameter at imageManifest: not JSON')
      }
      mediaType ??= 'application/vnd.docker.distribution.manifest.v2+json'
      if (tag !== undefined) {
        const existing = await catalog.find(repository.account, repository.region, repository.repositoryName, { tag })
        if (existing && repository.imageTagMutability === 'IMMUTABLE') {
          throw new ServiceError(
            'ImageTagAlreadyExistsException',
            400,
            `The image tag '${tag}' already exists in the '${repository.repositoryName}' repository and cannot be ` +
              'overwritten because the repository is immutable.',
          )
        }
      }
      const registry = fleet.get(repository.account, repository.region)
      let digest: string
      const inRegistry = registry && (await registryHasImageBlobs(registry, repository.repositoryName, manifest))
      if (registry && inRegistry) {
        digest = await registry.client.putManifest(
          repository.repositoryName,
          tag ?? manifestDigest(manifest),
          manifest,
          mediaType,
        )
      } else {
        const blobsSeeded = referencedDigests(manifest).every(
          (d) => seeded.blob(repository.account, repository.region, repository.repositoryName, d) !== undefined,
        )
        if (!blobsSeeded) {
          throw new ServiceError(
            'LayersNotFoundException',
            400,
            `Layers referenced by the manifest do not exist in the repository '${repository.repositoryName}'`,
          )
        }
        digest = seeded.putManifest(
          repository.account,
          repository.region,
          repository.repositoryName,
          manifest,
          mediaType,
          tag,
        )
      }
      return {
        image: {
          registryId: repository.account,
          repositoryName: repository.repositoryName,
          imageId: { imageDigest: digest, ...(tag ? { imageTag: tag } : {}) },
          imageManifest: manifest,
          imageManifestMediaType: mediaType,
        },
      }
    },
    async BatchDeleteImage(req, body) {
      const repository = repositoryOf(req, body)
      const registry = fleet.get(repository.account, repository.region)
      const deleted: unknown[] = []
      const failures: unknown[] = []
      for (const id of (body.imageIds ?? []) as { imageDigest?: string; imageTag?: string }[]) {
        const image = await catalog.find(repository.account, repository.region, repository.repositoryName, {
          tag: id.imageTag,
          digest: id.imageDigest,
        })
        if (!image) {
          failures.push({ imageId: id, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' })
          continue
        }
        if (image.source === 'seeded') {
          seeded.delete(repository.account, repository.region, repository.repositoryName, {
            tag: id.imageDigest ? undefined : id.imageTag,
            digest: id.imageDigest,
          })
        } else if (registry) {
          // The registry API deletes by digest only (tags go with it), which is what ECR does for a digest.
          await registry.client.deleteManifest(repository.repositoryName, image.digest)
        }
        deleted.push({ imageDigest: image.digest, ...(id.imageTag ? { imageTag: id.imageTag } : {}) })
      }
      return { imageIds: deleted, failures }
    },
    async ListTagsForResource(_req, body) {
      return { tags: repositoryByArn(requireString(body, 'resourceArn')).tags }
    },
    async TagResource(_req, body) {
      const repository = repositoryByArn(requireString(body, 'resourceArn'))
      repository.tags = mergeTags(repository.tags, (body.tags ?? []) as EcrTag[])
      return {}
    },
    async UntagResource(_req, body) {
      const repository = repositoryByArn(requireString(body, 'resourceArn'))
      const keys = (body.tagKeys ?? []) as string[]
      repository.tags = repository.tags.filter((t) => !keys.includes(t.Key))
      return {}
    },
  }

  async function deleteRepository(
    account: string,
    region: string,
    name: string,
    options: { force: boolean },
  ): Promise<void> {
    const repository = repositories.get(account, region, name)
    const images = await catalog.list(account, region, name)
    if (images.length > 0 && !options.force) {
      throw new ServiceError(
        'RepositoryNotEmptyException',
        400,
        `The repository with name '${name}' in registry with id '${account}' cannot be deleted because it still ` +
          'contains images',
      )
    }
    repositories.delete(account, region, repository.repositoryName)
    seeded.forget(account, region, name)
    const registry = fleet.get(account, region)
    // The registry keeps no cache (no blobdescriptor cache configured), so removing the files removes the images.
    if (registry) {
      rmSync(join(registry.process.storageDir, 'docker/registry/v2/repositories', name), {
        recursive: true,
        force: true,
      })
    }
  }

  async function ensureRegistry(account: string, region: string): Promise<RegistryLogin> {
    const reason = fleet.unavailableReason()
    if (reason) {
      throw new ServiceError(
        'RegistryUnavailableException',
        400,
        `The emulator has no container registry: ${reason}. Repository operations work; seed images with ` +
          "emulator.service('ecr').seedImage(...) or POST /_emulator/ecr/seed-image.",
      )
    }
    const registry = await fleet.ensure(account, region)
    return { proxyEndpoint: registry.proxyEndpoint, username: 'AWS', password: registry.process.password }
  }

  /** Admin routes under `/_emulator/ecr/`. */
  async function admin(req: EmulatorRequest, operation: string): Promise<EmulatorResponse> {
    if (operation === 'Admin:POST seed-image') {
      const body = parseJsonBody(req.body)
      const account = String(body.account ?? host.accounts.defaultAccount)
      const region = String(body.region ?? 'us-east-1')
      const name = requireString(body, 'repositoryName')
      const digest = service.seedImage(account, region, name, body as SeedImageOptions)
      const repository = repositories.get(account, region, name)
      return json(200, { digest, imageUri: `${repository.repositoryUri}@${digest}` })
    }
    if (operation === 'Admin:GET image') {
      const uri = req.query.get('uri') ?? ''
      const image = await service.findImage(uri)
      if (!image) return json(404, { message: `no image ${uri}` })
      return json(200, { ...image, registryAddress: service.registryAddressOf(uri) })
    }
    const blob = /^Admin:GET blobs\/(\d{12})\/([a-z0-9-]+)\/(sha256:[a-f0-9]{64})$/.exec(operation)
    if (blob) {
      const bytes = await catalog.blob(blob[1], blob[2], req.query.get('repository') ?? '', blob[3])
      if (!bytes) return { status: 404, body: 'no such blob' }
      return { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: bytes }
    }
    return { status: 404, body: `no ECR admin route ${operation}` }
  }

  const service: EcrService = {
    name: 'ecr',
    repositories,
    operation(req) {
      const target = req.headers['x-amz-target']
      return typeof target === 'string' && target.startsWith(TARGET_PREFIX)
        ? target.slice(TARGET_PREFIX.length)
        : 'Unknown'
    },
    async handle(req, operation) {
      try {
        if (operation.startsWith('Admin:')) return await admin(req, operation)
        const handler = operations[operation]
        if (!handler) {
          return jsonError(
            { type: 'UnknownOperationException', status: 400, message: `Unsupported ECR operation ${operation}` },
            {},
            CONTENT_TYPE,
          )
        }
        const result = await handler(req, parseJsonBody(req.body))
        return json(200, result, { 'content-type': CONTENT_TYPE })
      } catch (error) {
        if (error instanceof ServiceError) return jsonError(error.toFault(), error.extra, CONTENT_TYPE)
        throw error
      }
    },
    seedImage(account, region, repositoryName, options = {}) {
      if (!repositories.find(account, region, repositoryName)) {
        repositories.create(account, region, { repositoryName })
      }
      return seeded.seed(account, region, repositoryName, options)
    },
    async findImage(imageUri) {
      const ref = parseImageUri(imageUri)
      if (!ref || !repositories.find(ref.account, ref.region, ref.repositoryName)) return undefined
      return catalog.find(ref.account, ref.region, ref.repositoryName, {
        digest: ref.digest,
        tag: ref.tag ?? (ref.digest ? undefined : 'latest'),
      })
    },
    registryAddressOf(imageUri) {
      const ref: EcrImageReference | undefined = parseImageUri(imageUri)
      const registry = ref && fleet.get(ref.account, ref.region)
      return ref && registry ? referenceOn(registry.host, ref) : undefined
    },
    ensureRegistry,
    deleteRepository,
    registryUnavailableReason: () => fleet.unavailableReason(),
    reset() {
      fleet.reset()
      repositories.reset()
      seeded.reset()
    },
    snapshot: () => ({
      repositories: repositories.snapshot(),
      registries: Object.fromEntries(
        fleet.list().map((r) => [`${r.account}/${r.region}`, { proxyEndpoint: r.proxyEndpoint, pid: r.process.pid }]),
      ),
    }),
    stop: () => fleet.stop(),
  }
  return service
}

/** Digests a manifest references (config, layers, index entries). */
function referencedDigests(manifest: string): string[] {
  const parsed = JSON.parse(manifest) as {
    config?: { digest: string }
    layers?: { digest: string }[]
    manifests?: { digest: string }[]
  }
  return [
    ...(parsed.config ? [parsed.config.digest] : []),
    ...(parsed.layers ?? []).map((l) => l.digest),
    ...(parsed.manifests ?? []).map((m) => m.digest),
  ]
}

/** Whether the registry already holds the manifest's blobs (then PutImage writes the manifest there). */
async function registryHasImageBlobs(
  registry: AccountRegistry,
  repository: string,
  manifest: string,
): Promise<boolean> {
  const parsed = JSON.parse(manifest) as { config?: { digest: string }; layers?: { digest: string }[] }
  const blobs = [...(parsed.config ? [parsed.config.digest] : []), ...(parsed.layers ?? []).map((l) => l.digest)]
  if (blobs.length === 0)
    return (await registry.client.manifest(repository, referencedDigests(manifest)[0] ?? '')) !== undefined
  const sizes = await Promise.all(blobs.map((d) => registry.client.blobSize(repository, d)))
  return sizes.every((s) => s !== undefined)
}
