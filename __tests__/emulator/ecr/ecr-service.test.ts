/**
 * ECR conformance through the real SDK client, without a registry (`registry: false`, as on a machine without
 * docker-registry): repository operations, and image reads over images seeded in memory.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  BatchCheckLayerAvailabilityCommand,
  BatchDeleteImageCommand,
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DeleteRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  GetDownloadUrlForLayerCommand,
  GetLifecyclePolicyCommand,
  ListImagesCommand,
  ListTagsForResourceCommand,
  PutImageCommand,
  PutImageScanningConfigurationCommand,
  PutImageTagMutabilityCommand,
  PutLifecyclePolicyCommand,
  TagResourceCommand,
} from '@aws-sdk/client-ecr'
import { startEmulator, type Emulator } from '../../../emulator/index.js'
import type { EcrService } from '../../../emulator/services/ecr.js'

const ACCOUNT = '111111111111'
const REGION = 'eu-west-1'
let emulator: Emulator
let ecr: ECRClient

function client(account: string, region = REGION): ECRClient {
  return new ECRClient({
    endpoint: emulator.awsEndpointUrl,
    region,
    credentials: { accessKeyId: `AKIA${account}`, secretAccessKey: 'secret' },
    maxAttempts: 1,
  })
}

const service = () => emulator.service<EcrService>('ecr')
const LIFECYCLE = JSON.stringify({
  rules: [
    {
      rulePriority: 1,
      selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 30 },
      action: { type: 'expire' },
    },
  ],
})

beforeAll(async () => {
  emulator = await startEmulator({ registry: false })
  ecr = client(ACCOUNT)
})
afterAll(async () => emulator.stop())
beforeEach(async () => {
  emulator.reset()
  await ecr.send(new CreateRepositoryCommand({ repositoryName: 'support-bot', tags: [{ Key: 'team', Value: 'ai' }] }))
})

describe('repositories', () => {
  it('CreateRepository returns the real ECR URI form and ARN', async () => {
    const { repository } = await ecr.send(
      new CreateRepositoryCommand({
        repositoryName: 'agents/triage',
        imageTagMutability: 'IMMUTABLE',
        imageScanningConfiguration: { scanOnPush: true },
      }),
    )
    expect(repository).toMatchObject({
      registryId: ACCOUNT,
      repositoryName: 'agents/triage',
      repositoryUri: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/agents/triage`,
      repositoryArn: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/agents/triage`,
      imageTagMutability: 'IMMUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'AES256' },
    })
    expect(repository?.createdAt).toBeInstanceOf(Date)
  })

  it('CreateRepository of an existing name is RepositoryAlreadyExistsException', async () => {
    await expect(ecr.send(new CreateRepositoryCommand({ repositoryName: 'support-bot' }))).rejects.toMatchObject({
      name: 'RepositoryAlreadyExistsException',
      message: `The repository with name 'support-bot' already exists in the registry with id '${ACCOUNT}'`,
    })
  })

  it('CreateRepository with an upper-case name is InvalidParameterException', async () => {
    await expect(ecr.send(new CreateRepositoryCommand({ repositoryName: 'Support_Bot' }))).rejects.toMatchObject({
      name: 'InvalidParameterException',
    })
  })

  it('DescribeRepositories finds by name and answers RepositoryNotFoundException for a missing one', async () => {
    const found = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['support-bot'] }))
    expect(found.repositories?.map((r) => r.repositoryName)).toEqual(['support-bot'])
    await expect(ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['missing'] }))).rejects.toMatchObject({
      name: 'RepositoryNotFoundException',
      message: `The repository with name 'missing' does not exist in the registry with id '${ACCOUNT}'`,
    })
  })

  it('keeps repositories per account and region', async () => {
    await expect(
      client('999999999999').send(new DescribeRepositoriesCommand({ repositoryNames: ['support-bot'] })),
    ).rejects.toMatchObject({ name: 'RepositoryNotFoundException' })
    await expect(
      client(ACCOUNT, 'us-east-1').send(new DescribeRepositoriesCommand({ repositoryNames: ['support-bot'] })),
    ).rejects.toMatchObject({ name: 'RepositoryNotFoundException' })
  })

  it('GetLifecyclePolicy before any is LifecyclePolicyNotFoundException; PutLifecyclePolicy sets it', async () => {
    await expect(ecr.send(new GetLifecyclePolicyCommand({ repositoryName: 'support-bot' }))).rejects.toMatchObject({
      name: 'LifecyclePolicyNotFoundException',
    })
    const put = await ecr.send(
      new PutLifecyclePolicyCommand({ repositoryName: 'support-bot', lifecyclePolicyText: LIFECYCLE }),
    )
    expect(put).toMatchObject({ registryId: ACCOUNT, repositoryName: 'support-bot', lifecyclePolicyText: LIFECYCLE })
    const got = await ecr.send(new GetLifecyclePolicyCommand({ repositoryName: 'support-bot' }))
    expect(got.lifecyclePolicyText).toBe(LIFECYCLE)
    expect(got.lastEvaluatedAt).toBeInstanceOf(Date)
  })

  it('PutLifecyclePolicy without rules is InvalidParameterException', async () => {
    await expect(
      ecr.send(new PutLifecyclePolicyCommand({ repositoryName: 'support-bot', lifecyclePolicyText: '{}' })),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' })
  })

  it('PutImageScanningConfiguration turns scan on push on', async () => {
    const answer = await ecr.send(
      new PutImageScanningConfigurationCommand({
        repositoryName: 'support-bot',
        imageScanningConfiguration: { scanOnPush: true },
      }),
    )
    expect(answer.imageScanningConfiguration).toEqual({ scanOnPush: true })
    const { repositories } = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['support-bot'] }))
    expect(repositories?.[0].imageScanningConfiguration).toEqual({ scanOnPush: true })
  })

  it('PutImageTagMutability sets IMMUTABLE', async () => {
    const answer = await ecr.send(
      new PutImageTagMutabilityCommand({ repositoryName: 'support-bot', imageTagMutability: 'IMMUTABLE' }),
    )
    expect(answer).toMatchObject({ repositoryName: 'support-bot', imageTagMutability: 'IMMUTABLE' })
  })

  it('ListTagsForResource and TagResource work on the repository ARN', async () => {
    const arn = `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/support-bot`
    await ecr.send(new TagResourceCommand({ resourceArn: arn, tags: [{ Key: 'env', Value: 'dev' }] }))
    const { tags } = await ecr.send(new ListTagsForResourceCommand({ resourceArn: arn }))
    expect(tags).toEqual([
      { Key: 'team', Value: 'ai' },
      { Key: 'env', Value: 'dev' },
    ])
  })

  it('DeleteRepository refuses a repository with images unless forced', async () => {
    service().seedImage(ACCOUNT, REGION, 'support-bot', { tag: 'v1' })
    await expect(ecr.send(new DeleteRepositoryCommand({ repositoryName: 'support-bot' }))).rejects.toMatchObject({
      name: 'RepositoryNotEmptyException',
    })
    await ecr.send(new DeleteRepositoryCommand({ repositoryName: 'support-bot', force: true }))
    await expect(ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['support-bot'] }))).rejects.toMatchObject(
      {
        name: 'RepositoryNotFoundException',
      },
    )
  })
})

describe('without a registry', () => {
  it('GetAuthorizationToken says clearly that there is no registry', async () => {
    await expect(ecr.send(new GetAuthorizationTokenCommand({}))).rejects.toMatchObject({
      name: 'RegistryUnavailableException',
      message: expect.stringContaining(
        'The emulator has no container registry: the emulator was started with registry: false',
      ),
    })
  })

  it('DescribeImages of an unknown image says there is no registry to look in', async () => {
    const error = await ecr
      .send(new DescribeImagesCommand({ repositoryName: 'support-bot', imageIds: [{ imageTag: 'v9' }] }))
      .catch((e: Error) => e)
    expect(error).toMatchObject({ name: 'ImageNotFoundException' })
    expect((error as Error).message).toBe(
      `The image with imageId {imageDigest:'null', imageTag:'v9'} does not exist within the repository with name ` +
        `'support-bot' in the registry with id '${ACCOUNT}' (the emulator has no container registry: the emulator ` +
        'was started with registry: false; seed images instead)',
    )
  })
})

describe('seeded images', () => {
  it('DescribeImages reports a seeded image with its digest, tag and size', async () => {
    const digest = service().seedImage(ACCOUNT, REGION, 'support-bot', { tag: 'v1' })
    const { imageDetails } = await ecr.send(new DescribeImagesCommand({ repositoryName: 'support-bot' }))
    expect(imageDetails).toEqual([
      expect.objectContaining({
        registryId: ACCOUNT,
        repositoryName: 'support-bot',
        imageDigest: digest,
        imageTags: ['v1'],
        imageManifestMediaType: 'application/vnd.oci.image.manifest.v1+json',
        artifactMediaType: 'application/vnd.oci.image.config.v1+json',
      }),
    ])
    expect(imageDetails?.[0].imageSizeInBytes).toBeGreaterThan(0)
    expect(imageDetails?.[0].imagePushedAt).toBeInstanceOf(Date)
  })

  it('BatchGetImage returns the manifest whose digest is the image digest, and failures for the rest', async () => {
    const digest = service().seedImage(ACCOUNT, REGION, 'support-bot', { tag: 'v1' })
    const answer = await ecr.send(
      new BatchGetImageCommand({ repositoryName: 'support-bot', imageIds: [{ imageTag: 'v1' }, { imageTag: 'nope' }] }),
    )
    expect(answer.images?.[0].imageId).toEqual({ imageDigest: digest, imageTag: 'v1' })
    const manifest = answer.images?.[0].imageManifest ?? ''
    const { createHash } = await import('node:crypto')
    expect(`sha256:${createHash('sha256').update(manifest).digest('hex')}`).toBe(digest)
    expect(answer.failures).toEqual([
      { imageId: { imageTag: 'nope' }, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' },
    ])
  })

  it('tells an amd64 image from an arm64 one through the config blob', async () => {
    const arm = service().seedImage(ACCOUNT, REGION, 'support-bot', { tag: 'arm', architecture: 'arm64' })
    const amd = service().seedImage(ACCOUNT, REGION, 'support-bot', { tag: 'amd', architecture: 'amd64' })
    expect(arm).not.toBe(amd)
    const architectureOf = async (tag: string) => {
      const { images } = await ecr.send(
        new BatchGetImageCommand({ repositoryName: 'support-bot', imageIds: [{ imageTag: tag }] }),
      )
      const configDigest = JSON.parse(images?.[0].imageManifest ?? '{}').config.digest as string
      const { downloadUrl } = await ecr.send(
        new GetDownloadUrlForLayerCommand({ repositoryName: 'support-bot', layerDigest: configDigest }),
      )
      return ((await (await fetch(downloadUrl as string)).json()) as { architecture: string }).architecture
    }
    expect(await architectureOf('arm')).toBe('arm64')
    expect(await architectureOf('amd')).toBe('amd64')
    const found = await service().findImage(`${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/support-bot:amd`)
    expect(found?.platforms).toEqual([{ architecture: 'amd64', os: 'linux' }])
  })

  it('ListImages lists one id per tag and filters untagged', async () => {
    const digest = service().seedImage(ACCOUNT, REGION, 'support-bot', { tag: 'v1' })
    const untagged = service().seedImage(ACCOUNT, REGION, 'support-bot', { content: 'old build' })
    const all = await ecr.send(new ListImagesCommand({ repositoryName: 'support-bot' }))
    expect(all.imageIds).toEqual(
      expect.arrayContaining([{ imageDigest: digest, imageTag: 'v1' }, { imageDigest: untagged }]),
    )
    const onlyUntagged = await ecr.send(
      new ListImagesCommand({ repositoryName: 'support-bot', filter: { tagStatus: 'UNTAGGED' } }),
    )
    expect(onlyUntagged.imageIds).toEqual([{ imageDigest: untagged }])
  })

  it('BatchCheckLayerAvailability reports present and missing layers', async () => {
    service().seedImage(ACCOUNT, REGION, 'support-bot', { tag: 'v1' })
    const { images } = await ecr.send(
      new BatchGetImageCommand({ repositoryName: 'support-bot', imageIds: [{ imageTag: 'v1' }] }),
    )
    const layer = JSON.parse(images?.[0].imageManifest ?? '{}').layers[0].digest as string
    const missing = `sha256:${'0'.repeat(64)}`
    const answer = await ecr.send(
      new BatchCheckLayerAvailabilityCommand({ repositoryName: 'support-bot', layerDigests: [layer, missing] }),
    )
    expect(answer.layers).toEqual([expect.objectContaining({ layerDigest: layer, layerAvailability: 'AVAILABLE' })])
    expect(answer.failures).toEqual([
      { layerDigest: missing, failureCode: 'MissingLayerDigest', failureReason: 'Could not find layer' },
    ])
  })

  it('PutImage retags an image by its manifest; an IMMUTABLE tag cannot move', async () => {
    const digest = service().seedImage(ACCOUNT, REGION, 'support-bot', { tag: 'v1' })
    const { images } = await ecr.send(
      new BatchGetImageCommand({ repositoryName: 'support-bot', imageIds: [{ imageTag: 'v1' }] }),
    )
    const put = await ecr.send(
      new PutImageCommand({
        repositoryName: 'support-bot',
        imageManifest: images?.[0].imageManifest,
        imageTag: 'prod',
      }),
    )
    expect(put.image?.imageId).toEqual({ imageDigest: digest, imageTag: 'prod' })
    const described = await ecr.send(
      new DescribeImagesCommand({ repositoryName: 'support-bot', imageIds: [{ imageTag: 'prod' }] }),
    )
    expect(described.imageDetails?.[0].imageTags?.sort()).toEqual(['prod', 'v1'])
    await ecr.send(new PutImageTagMutabilityCommand({ repositoryName: 'support-bot', imageTagMutability: 'IMMUTABLE' }))
    await expect(
      ecr.send(
        new PutImageCommand({
          repositoryName: 'support-bot',
          imageManifest: images?.[0].imageManifest,
          imageTag: 'prod',
        }),
      ),
    ).rejects.toMatchObject({ name: 'ImageTagAlreadyExistsException' })
  })

  it('BatchDeleteImage removes a tag', async () => {
    service().seedImage(ACCOUNT, REGION, 'support-bot', { tag: 'v1' })
    const answer = await ecr.send(
      new BatchDeleteImageCommand({ repositoryName: 'support-bot', imageIds: [{ imageTag: 'v1' }] }),
    )
    expect(answer.failures).toEqual([])
    const { imageDetails } = await ecr.send(
      new DescribeImagesCommand({ repositoryName: 'support-bot', filter: { tagStatus: 'TAGGED' } }),
    )
    expect(imageDetails).toEqual([])
  })

  it('the admin route seeds an image and returns its digest-pinned URI', async () => {
    const response = await fetch(`${emulator.awsEndpointUrl}/_emulator/ecr/seed-image`, {
      method: 'POST',
      body: JSON.stringify({ account: ACCOUNT, region: REGION, repositoryName: 'demo-agent', tag: 'latest' }),
    })
    const body = (await response.json()) as { digest: string; imageUri: string }
    expect(body.imageUri).toBe(`${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/demo-agent@${body.digest}`)
    const { imageDetails } = await ecr.send(new DescribeImagesCommand({ repositoryName: 'demo-agent' }))
    expect(imageDetails?.map((i) => i.imageDigest)).toEqual([body.digest])
  })
})
