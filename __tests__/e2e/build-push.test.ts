/**
 * build-push end to end: the bundled action, run as the runner runs it, builds the sample agent for real with
 * buildah and pushes it into the real registry behind the emulator's ECR; the outputs are checked against what
 * the registry itself says (`Docker-Content-Digest`).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  GetLifecyclePolicyCommand,
} from '@aws-sdk/client-ecr'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { REPO_ROOT, runBundle } from '../helpers/run-bundle.js'
import {
  buildah,
  buildTinyImage,
  createBuildahStore,
  pushImage,
  registryManifestDigest,
  requireContainerTools,
  type BuildahStore,
} from '../helpers/containers.js'

const gate = requireContainerTools(['buildah', 'docker-registry', 'skopeo'])
const ACCOUNT = '111111111111'
const KEY = `AKIA${ACCOUNT}`
const SHA = 'c0ffee0000000000000000000000000000000001'

const CONFIG = `version: 1
runtimes:
  support_bot:
    image: { repository: support-bot, context: agent, dockerfile: Dockerfile, keepImages: 7, tagMutability: IMMUTABLE }
environments:
  dev: { account: '${ACCOUNT}', region: us-west-2, runtimes: { support_bot: {} } }
  prod: { account: '${ACCOUNT}', region: eu-west-1, runtimes: { support_bot: {} } }
  other: { account: '222222222222', region: us-east-1, runtimes: { support_bot: {} } }
`

gate.describeIf('build-push (bundle, buildah, real registry)', () => {
  let emulator: Emulator
  let workspace: string
  let storage: string
  let env: Record<string, string>

  beforeAll(async () => {
    emulator = await startEmulator()
    workspace = mkdtempSync(join(tmpdir(), 'build-push-e2e-'))
    mkdirSync(join(workspace, 'agent'))
    cpSync(join(REPO_ROOT, 'workflows-examples', 'agent', 'server.mjs'), join(workspace, 'agent', 'server.mjs'))
    cpSync(join(REPO_ROOT, 'workflows-examples', 'agent', 'Dockerfile.offline'), join(workspace, 'agent', 'Dockerfile'))
    writeFileSync(join(workspace, 'agentcore.yaml'), CONFIG)
    // buildah's own settings, as a runner would set them: a private vfs store and chroot isolation.
    storage = mkdtempSync(join(tmpdir(), 'build-push-storage-'))
    writeFileSync(
      join(storage, 'storage.conf'),
      `[storage]\ndriver = "vfs"\ngraphroot = "${storage}/root"\nrunroot = "${storage}/runroot"\n`,
    )
    env = {
      AWS_ENDPOINT_URL: emulator.awsEndpointUrl,
      AWS_ACCESS_KEY_ID: KEY,
      AWS_REGION: 'us-west-2',
      CONTAINERS_STORAGE_CONF: join(storage, 'storage.conf'),
      BUILDAH_ISOLATION: 'chroot',
      GITHUB_SHA: SHA,
    }
  }, 60_000)

  afterAll(async () => {
    await emulator?.stop()
    rmSync(workspace, { recursive: true, force: true })
    rmSync(storage, { recursive: true, force: true })
  })

  const ecr = (region: string) =>
    new ECRClient({
      region,
      endpoint: emulator.awsEndpointUrl,
      credentials: { accessKeyId: KEY, secretAccessKey: 'x' },
    })
  const registryOf = async (region: string) => {
    const token = await ecr(region).send(new GetAuthorizationTokenCommand({}))
    const data = token.authorizationData?.[0]
    const [username, password] = Buffer.from(data?.authorizationToken ?? '', 'base64')
      .toString()
      .split(':')
    return { url: data?.proxyEndpoint ?? '', credentials: { username, password } }
  }
  const run = (inputs: Record<string, string>) =>
    runBundle('build-push', {
      inputs: { environment: 'dev', builder: 'buildah', ...inputs },
      env,
      cwd: workspace,
      timeoutMs: 180_000,
    })

  let firstDigest = ''

  it('with push: false only builds: no repository, no image, no digest', async () => {
    const result = await run({ push: 'false' })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs.built).toBe('true')
    expect(result.outputs['image-uri']).toBe('')
    expect(result.outputs.digest).toBe('')
    expect(result.summary).toContain('built, not pushed')
    expect(emulator.requests({ service: 'ecr' }).map((r) => r.operation)).toEqual([])
    await expect(
      ecr('us-west-2').send(new DescribeRepositoriesCommand({ repositoryNames: ['support-bot'] })),
    ).rejects.toThrow(/does not exist/)
  }, 240_000)

  it('builds the sample agent, pushes it, and outputs the digest the registry reports', async () => {
    const result = await run({ secrets: 'NPM_TOKEN=s3cr3t-npm-token-value' })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    const { url, credentials } = await registryOf('us-west-2')
    const registryDigest = await registryManifestDigest(url, 'support-bot', SHA, credentials)
    expect(result.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    expect(result.outputs.digest).toBe(registryDigest)
    expect(result.outputs['image-uri']).toBe(
      `${ACCOUNT}.dkr.ecr.us-west-2.amazonaws.com/support-bot@${result.outputs.digest}`,
    )
    expect(result.outputs['repository-uri']).toBe(`${ACCOUNT}.dkr.ecr.us-west-2.amazonaws.com/support-bot`)
    expect(result.outputs.tag).toBe(SHA)
    expect(result.outputs.built).toBe('true')
    // The sample Dockerfile has no RUN step: it builds for arm64 anywhere, so there is no QEMU warning.
    expect(result.warnings).toEqual([])
    expect(result.summary).toContain(result.outputs.digest)
    expect(result.summary).toContain('linux/arm64')
    expect(result.summary).toContain('built and pushed')
    // The build secret and the registry password are masked first, and never printed otherwise.
    const masked = result.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'))
    expect(masked).toEqual(
      expect.arrayContaining(['::add-mask::s3cr3t-npm-token-value', `::add-mask::${credentials.password}`]),
    )
    const printed = result.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n')
    expect(printed).not.toContain('s3cr3t-npm-token-value')
    expect(printed).not.toContain(credentials.password)
    expect(result.summary).not.toContain(credentials.password)
    // The repository was created as configured.
    const repo = (await ecr('us-west-2').send(new DescribeRepositoriesCommand({ repositoryNames: ['support-bot'] })))
      .repositories?.[0]
    expect(repo?.imageTagMutability).toBe('IMMUTABLE')
    expect(repo?.imageScanningConfiguration?.scanOnPush).toBe(true)
    const policy = await ecr('us-west-2').send(new GetLifecyclePolicyCommand({ repositoryName: 'support-bot' }))
    expect(JSON.parse(policy.lifecyclePolicyText ?? '{}').rules[0].selection.countNumber).toBe(7)
    firstDigest = result.outputs.digest
  }, 240_000)

  it('builds nothing the second time for the same source, and says so', async () => {
    emulator.clearRequests()
    const result = await run({ tag: 'second-run', secrets: 'NPM_TOKEN=s3cr3t-npm-token-value' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.built).toBe('false')
    expect(result.outputs.digest).toBe(firstDigest)
    expect(result.stdout).toContain('An image for this source already exists')
    // Six API calls: the account guard, the repository and its lifecycle policy, the source tag, a token to read the
    // manifest back, the tag.
    expect(emulator.requests().map((r) => `${r.service}:${r.operation}`)).toEqual([
      'sts:GetCallerIdentity',
      'ecr:DescribeRepositories',
      'ecr:GetLifecyclePolicy',
      'ecr:DescribeImages',
      'ecr:GetAuthorizationToken',
      'ecr:DescribeImages',
    ])
    expect(result.stdout).not.toContain('buildah')
    expect(result.summary).toContain('reused')
    const { url, credentials } = await registryOf('us-west-2')
    expect(await registryManifestDigest(url, 'support-bot', 'second-run', credentials)).toBe(firstDigest)
  }, 240_000)

  it('rebuilds when the source changes, and leaves an immutable tag that names the old image', async () => {
    const result = await run({ 'build-args': 'GREETING=hello' })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs.built).toBe('true')
    expect(result.outputs.digest).not.toBe(firstDigest)
    // The commit tag already names the first image in this IMMUTABLE repository: kept, with a warning.
    expect(result.warnings.join('\n')).toContain(
      `Tag '${SHA}' already names another image (${firstDigest}) in the IMMUTABLE repository support-bot`,
    )
    expect(result.summary).toContain('Tags not moved')
    const { url, credentials } = await registryOf('us-west-2')
    expect(await registryManifestDigest(url, 'support-bot', SHA, credentials)).toBe(firstDigest)
  }, 240_000)

  it('copies an image to another region with source-image, keeping the digest', async () => {
    const source = `${ACCOUNT}.dkr.ecr.us-west-2.amazonaws.com/support-bot@${firstDigest}`
    const result = await run({ environment: 'prod', 'source-image': source })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs.digest).toBe(firstDigest)
    expect(result.outputs.built).toBe('false')
    expect(result.outputs['image-uri']).toBe(`${ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/support-bot@${firstDigest}`)
    const { url, credentials } = await registryOf('eu-west-1')
    expect(await registryManifestDigest(url, 'support-bot', SHA, credentials)).toBe(firstDigest)
    // A second copy finds the digest there and copies nothing.
    const again = await run({ environment: 'prod', 'source-image': source })
    expect(again.exitCode).toBe(0)
    expect(again.stdout).toContain('nothing to copy')
  }, 240_000)

  it('copies an image to another account with source-image, keeping the digest', async () => {
    const source = `${ACCOUNT}.dkr.ecr.us-west-2.amazonaws.com/support-bot@${firstDigest}`
    const result = await runBundle('build-push', {
      inputs: { environment: 'other', 'source-image': source },
      env: { ...env, AWS_ACCESS_KEY_ID: 'AKIA222222222222', AWS_REGION: 'us-east-1' },
      cwd: workspace,
      timeoutMs: 180_000,
    })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs.digest).toBe(firstDigest)
    expect(result.outputs['image-uri']).toBe(`222222222222.dkr.ecr.us-east-1.amazonaws.com/support-bot@${firstDigest}`)
  }, 240_000)

  describe('a multi-platform index', () => {
    let store: BuildahStore
    beforeAll(() => {
      store = createBuildahStore()
    })
    afterAll(() => store.remove())

    it('is copied whole with source-image: the index digest stays the same', async () => {
      const source = await registryOf('us-west-2')
      const host = new URL(source.url).host
      await buildTinyImage(store, { name: 'multi:arm64', architecture: 'arm64', content: 'multi arm64' })
      await buildTinyImage(store, { name: 'multi:amd64', architecture: 'amd64', content: 'multi amd64' })
      await buildah(store, ['manifest', 'create', 'multi:list'])
      await buildah(store, ['manifest', 'add', 'multi:list', 'containers-storage:localhost/multi:arm64'])
      await buildah(store, ['manifest', 'add', 'multi:list', 'containers-storage:localhost/multi:amd64'])
      const authFile = join(store.dir, 'auth.json')
      const auth = Buffer.from(`${source.credentials.username}:${source.credentials.password}`).toString('base64')
      writeFileSync(authFile, JSON.stringify({ auths: { [host]: { auth } } }), { mode: 0o600 })
      await buildah(store, [
        'manifest',
        'push',
        '--all',
        '--authfile',
        authFile,
        '--tls-verify=false',
        'multi:list',
        `docker://${host}/support-bot:multi`,
      ])
      const indexDigest = await registryManifestDigest(source.url, 'support-bot', 'multi', source.credentials)
      const result = await run({
        environment: 'prod',
        tag: 'multi-copy',
        'source-image': `${ACCOUNT}.dkr.ecr.us-west-2.amazonaws.com/support-bot:multi`,
      })
      expect(result.errors).toEqual([])
      expect(result.exitCode).toBe(0)
      expect(result.outputs.digest).toBe(indexDigest)
      expect(result.summary).toContain('linux/amd64')
      expect(result.summary).toContain('linux/arm64')
      const target = await registryOf('eu-west-1')
      expect(await registryManifestDigest(target.url, 'support-bot', 'multi-copy', target.credentials)).toBe(
        indexDigest,
      )
    }, 240_000)
  })

  describe('an amd64-only image', () => {
    let store: BuildahStore
    beforeAll(() => {
      store = createBuildahStore()
    })
    afterAll(() => store.remove())

    it('is refused before anyone deploys it, with the fix', async () => {
      const { url, credentials } = await registryOf('us-west-2')
      const image = await buildTinyImage(store, { name: 'tiny:amd64', architecture: 'amd64' })
      const digest = await pushImage(store, image, `${new URL(url).host}/support-bot:amd64-only`, credentials)
      const result = await run({
        environment: 'prod',
        tag: 'copied-amd64',
        'source-image': `${ACCOUNT}.dkr.ecr.us-west-2.amazonaws.com/support-bot@${digest}`,
      })
      expect(result.exitCode).toBe(1)
      expect(result.errors.join('\n')).toContain('contains linux/amd64, not linux/arm64')
      expect(result.errors.join('\n')).toContain('docker/setup-qemu-action')
      const target = await registryOf('eu-west-1')
      expect(
        await registryManifestDigest(target.url, 'support-bot', 'copied-amd64', target.credentials),
      ).toBeUndefined()
    }, 240_000)
  })

  it('refuses an unknown builder with the allowed ones, before any AWS call', async () => {
    emulator.clearRequests()
    const result = await run({ builder: 'kaniko' })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual(["Input 'builder': 'kaniko' is not allowed; use one of: buildx, docker, buildah"])
    expect(emulator.requests()).toEqual([])
  }, 60_000)

  it('refuses a build argument that would inject an option, before creating anything', async () => {
    const result = await run({ environment: 'prod', runtime: 'support_bot', 'build-args': '--network=host=x' })
    expect(result.exitCode).toBe(1)
    expect(result.errors.join('\n')).toContain("Invalid build argument name: '--network'")
  }, 60_000)
})
