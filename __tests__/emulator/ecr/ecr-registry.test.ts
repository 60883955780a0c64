/**
 * ECR over a REAL registry: images built with buildah (FROM scratch, linux/arm64 and linux/amd64) and pushed with
 * the GetAuthorizationToken credentials to the proxy endpoint; DescribeImages/BatchGetImage then report exactly
 * what the registry holds. Needs buildah, docker-registry and htpasswd (scripts/setup-e2e.sh); skips loudly
 * without them unless AGENTCORE_E2E_REQUIRED=1.
 */
import { afterAll, beforeAll, expect } from '@jest/globals'
import {
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DescribeImagesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  PutImageTagMutabilityCommand,
} from '@aws-sdk/client-ecr'
import { startEmulator, type Emulator } from '../../../emulator/index.js'
import type { EcrService } from '../../../emulator/services/ecr.js'
import {
  buildTinyImage,
  createBuildahStore,
  pushImage,
  registryManifestDigest,
  requireContainerTools,
  type BuildahStore,
} from '../../helpers/containers.js'

const tools = requireContainerTools(['buildah', 'docker-registry'])

const ACCOUNT = '111111111111'
const REGION = 'us-west-2'

function client(emulator: Emulator, account = ACCOUNT): ECRClient {
  return new ECRClient({
    endpoint: emulator.awsEndpointUrl,
    region: REGION,
    credentials: { accessKeyId: `AKIA${account}`, secretAccessKey: 'secret' },
    maxAttempts: 1,
  })
}

/** Logs in as `docker login` would, from GetAuthorizationToken. */
async function login(ecr: ECRClient) {
  const { authorizationData } = await ecr.send(new GetAuthorizationTokenCommand({}))
  const data = authorizationData?.[0]
  const [username, password] = Buffer.from(data?.authorizationToken ?? '', 'base64')
    .toString()
    .split(':')
  const proxyEndpoint = data?.proxyEndpoint ?? ''
  return { username, password, proxyEndpoint, host: proxyEndpoint.replace(/^https?:\/\//, '') }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

tools.describeIf('ECR backed by a real registry', () => {
  let emulator: Emulator
  let ecr: ECRClient
  let store: BuildahStore
  let auth: Awaited<ReturnType<typeof login>>
  let pushedDigest: string

  beforeAll(async () => {
    emulator = await startEmulator()
    ecr = client(emulator)
    store = createBuildahStore()
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'support-bot' }))
    auth = await login(ecr)
    await buildTinyImage(store, { name: 'tiny:arm64', architecture: 'arm64', content: 'arm build\n' })
    await buildTinyImage(store, { name: 'tiny:amd64', architecture: 'amd64', content: 'amd build\n' })
    pushedDigest = await pushImage(store, 'tiny:arm64', `${auth.host}/support-bot:v1`, auth)
  }, 120_000)

  afterAll(async () => {
    await emulator?.stop()
    store?.remove()
  })

  tools.itIf('GetAuthorizationToken returns a local proxyEndpoint and an AWS:<password> token', () => {
    expect(auth.proxyEndpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(auth.username).toBe('AWS')
    expect(auth.password.length).toBeGreaterThanOrEqual(24)
  })

  tools.itIf(
    "GetAuthorizationToken with registryIds logs in to another account's registry (cross-account copy)",
    async () => {
      const other = client(emulator, '999999999999')
      const { authorizationData } = await other.send(new GetAuthorizationTokenCommand({ registryIds: [ACCOUNT] }))
      expect(authorizationData?.map((d) => d.proxyEndpoint)).toEqual([auth.proxyEndpoint])
      const own = await other.send(new GetAuthorizationTokenCommand({}))
      expect(own.authorizationData?.[0].proxyEndpoint).not.toBe(auth.proxyEndpoint)
    },
  )

  tools.itIf('the registry refuses requests without the token password', async () => {
    const response = await fetch(`${auth.proxyEndpoint}/v2/support-bot/tags/list`, {
      headers: { authorization: `Basic ${Buffer.from('AWS:wrong').toString('base64')}` },
    })
    expect(response.status).toBe(401)
  })

  tools.itIf('DescribeImages reports the digest the registry serves (Docker-Content-Digest)', async () => {
    const registryDigest = await registryManifestDigest(auth.proxyEndpoint, 'support-bot', 'v1', auth)
    expect(registryDigest).toBe(pushedDigest)
    const { imageDetails } = await ecr.send(new DescribeImagesCommand({ repositoryName: 'support-bot' }))
    expect(imageDetails).toEqual([
      expect.objectContaining({
        registryId: ACCOUNT,
        repositoryName: 'support-bot',
        imageDigest: registryDigest,
        imageTags: ['v1'],
      }),
    ])
    expect(imageDetails?.[0].imageSizeInBytes).toBeGreaterThan(0)
  })

  tools.itIf('BatchGetImage returns the pushed manifest', async () => {
    const { images } = await ecr.send(
      new BatchGetImageCommand({ repositoryName: 'support-bot', imageIds: [{ imageDigest: pushedDigest }] }),
    )
    const manifest = JSON.parse(images?.[0].imageManifest ?? '{}')
    expect(manifest.schemaVersion).toBe(2)
    expect(manifest.layers).toHaveLength(1)
    expect(images?.[0].imageManifestMediaType).toBe(manifest.mediaType ?? 'application/vnd.oci.image.manifest.v1+json')
  })

  tools.itIf('tells an amd64 image from an arm64 one', async () => {
    const amdDigest = await pushImage(store, 'tiny:amd64', `${auth.host}/support-bot:amd`, auth)
    const uri = (ref: string) => `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/support-bot${ref}`
    const service = emulator.service<EcrService>('ecr')
    expect((await service.findImage(uri(':v1')))?.platforms).toEqual([{ architecture: 'arm64', os: 'linux' }])
    expect((await service.findImage(uri(`@${amdDigest}`)))?.platforms).toEqual([{ architecture: 'amd64', os: 'linux' }])
  })

  tools.itIf('refuses a push to a repository ECR never created', async () => {
    await expect(pushImage(store, 'tiny:arm64', `${auth.host}/never-created:v1`, auth)).rejects.toThrow(
      `The repository with name 'never-created' does not exist in the registry with id '${ACCOUNT}'`,
    )
  })

  tools.itIf('refuses to overwrite a tag in an IMMUTABLE repository', async () => {
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'pinned', imageTagMutability: 'IMMUTABLE' }))
    await pushImage(store, 'tiny:arm64', `${auth.host}/pinned:v1`, auth)
    await expect(pushImage(store, 'tiny:amd64', `${auth.host}/pinned:v1`, auth)).rejects.toThrow(
      "The image tag 'v1' already exists in the 'pinned' repository and cannot be overwritten because the repository is immutable.",
    )
    await ecr.send(new PutImageTagMutabilityCommand({ repositoryName: 'pinned', imageTagMutability: 'MUTABLE' }))
  })

  tools.itIf('resolves an ECR image URI to its local registry address', () => {
    const service = emulator.service<EcrService>('ecr')
    expect(service.registryAddressOf(`${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/support-bot:v1`)).toBe(
      `${auth.host}/support-bot:v1`,
    )
    expect(service.registryAddressOf(`222222222222.dkr.ecr.${REGION}.amazonaws.com/support-bot:v1`)).toBeUndefined()
  })

  tools.itIf('gives each account its own registry', async () => {
    const other = client(emulator, '222222222222')
    await other.send(new CreateRepositoryCommand({ repositoryName: 'support-bot' }))
    const otherAuth = await login(other)
    expect(otherAuth.proxyEndpoint).not.toBe(auth.proxyEndpoint)
    const { imageDetails } = await other.send(new DescribeImagesCommand({ repositoryName: 'support-bot' }))
    expect(imageDetails).toEqual([])
    // The first account's password does not open the second account's registry.
    const response = await fetch(`${otherAuth.proxyEndpoint}/v2/support-bot/tags/list`, {
      headers: { authorization: `Basic ${Buffer.from(`AWS:${auth.password}`).toString('base64')}` },
    })
    expect(response.status).toBe(401)
  })
})

tools.describeIf('registry processes', () => {
  const pidsOf = (emulator: Emulator) =>
    Object.values((emulator.snapshot().ecr as { registries: Record<string, { pid: number }> }).registries).map(
      (r) => r.pid,
    )

  tools.itIf('reset() stops the registries and the next token starts a fresh one', async () => {
    const emulator = await startEmulator()
    try {
      const ecr = client(emulator)
      const first = await login(ecr)
      const [pid] = pidsOf(emulator)
      expect(alive(pid)).toBe(true)
      emulator.reset()
      expect(pidsOf(emulator)).toEqual([])
      for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 20))
      expect(alive(pid)).toBe(false)
      const second = await login(ecr)
      expect(second.password).not.toBe(first.password)
    } finally {
      await emulator.stop()
    }
  })

  tools.itIf('stop() leaves no registry process behind', async () => {
    const emulator = await startEmulator()
    await login(client(emulator))
    await login(client(emulator, '222222222222'))
    const pids = pidsOf(emulator)
    expect(pids).toHaveLength(2)
    await emulator.stop()
    expect(pids.filter(alive)).toEqual([])
  })
})
