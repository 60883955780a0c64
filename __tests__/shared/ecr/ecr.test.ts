import { afterEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import {
  CreateRepositoryCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  GetLifecyclePolicyCommand,
  LifecyclePolicyNotFoundException,
  ListTagsForResourceCommand,
  PutLifecyclePolicyCommand,
  RepositoryNotFoundException,
} from '@aws-sdk/client-ecr'
import { MemoryLogger } from '../../../shared/action/logger.js'
import { ensureRepository, lifecyclePolicy } from '../../../shared/ecr/repository.js'
import { decodeAuthorizationToken, ecrLogin } from '../../../shared/ecr/registry-login.js'
import { parseEcrImage } from '../../../shared/ecr/image-reference.js'
import { assertPlatform } from '../../../shared/ecr/image-platforms.js'

const ecrMock = mockClient(ECRClient)
afterEach(() => {
  ecrMock.reset()
})
const spec = { name: 'support-bot', scanOnPush: true, tagMutability: 'IMMUTABLE' as const, keepImages: 10 }

describe('ensureRepository', () => {
  it('creates a missing repository with scan on push, immutability and the lifecycle policy', async () => {
    ecrMock.on(DescribeRepositoriesCommand).rejects(new RepositoryNotFoundException({ message: 'nope', $metadata: {} }))
    ecrMock.on(CreateRepositoryCommand).resolves({
      repository: {
        repositoryName: 'support-bot',
        repositoryUri: '1.dkr/support-bot',
        registryId: '1',
        imageTagMutability: 'IMMUTABLE',
      },
    })
    ecrMock.on(PutLifecyclePolicyCommand).resolves({})
    const state = await ensureRepository(spec, { ecr: new ECRClient({}), log: new MemoryLogger() })
    expect(state).toMatchObject({ created: true, immutable: true, uri: '1.dkr/support-bot' })
    expect(ecrMock.commandCalls(CreateRepositoryCommand)[0].args[0].input).toMatchObject({
      repositoryName: 'support-bot',
      imageScanningConfiguration: { scanOnPush: true },
      imageTagMutability: 'IMMUTABLE',
    })
    expect(
      JSON.parse(ecrMock.commandCalls(PutLifecyclePolicyCommand)[0].args[0].input.lifecyclePolicyText ?? ''),
    ).toEqual(JSON.parse(lifecyclePolicy(10)))
  })

  it('leaves an existing repository alone', async () => {
    ecrMock.on(DescribeRepositoriesCommand).resolves({
      repositories: [{ repositoryName: 'support-bot', repositoryUri: 'u', imageTagMutability: 'MUTABLE' }],
    })
    const log = new MemoryLogger()
    const state = await ensureRepository(spec, { ecr: new ECRClient({}), log })
    expect(state).toMatchObject({ created: false, immutable: false })
    expect(ecrMock.commandCalls(CreateRepositoryCommand)).toHaveLength(0)
    expect(ecrMock.commandCalls(PutLifecyclePolicyCommand)).toHaveLength(0)
    expect(log.messages('info')).toContain(
      "Note: the repository's tag mutability is MUTABLE, the config asks for IMMUTABLE",
    )
  })
})

describe('ensureRepository after an interrupted create', () => {
  const existing = () => {
    ecrMock.on(DescribeRepositoriesCommand).resolves({
      repositories: [
        {
          repositoryName: 'support-bot',
          repositoryArn: 'arn:aws:ecr:r:1:repository/support-bot',
          imageTagMutability: 'IMMUTABLE',
        },
      ],
    })
    ecrMock
      .on(GetLifecyclePolicyCommand)
      .rejects(new LifecyclePolicyNotFoundException({ message: 'none', $metadata: {} }))
  }

  it('puts the lifecycle policy a run of ours created the repository without', async () => {
    existing()
    ecrMock.on(ListTagsForResourceCommand).resolves({ tags: [{ Key: 'managed-by', Value: 'agentcore-actions' }] })
    const log = new MemoryLogger()
    await ensureRepository(spec, { ecr: new ECRClient({}), log })
    expect(
      JSON.parse(ecrMock.commandCalls(PutLifecyclePolicyCommand)[0].args[0].input.lifecyclePolicyText ?? ''),
    ).toEqual(JSON.parse(lifecyclePolicy(10)))
    expect(log.messages('info')).toContain(
      'Finished the setup of ECR repository support-bot: lifecycle policy keeping the last 10 images',
    )
  })

  it("leaves someone else's repository without a lifecycle policy as it is", async () => {
    existing()
    ecrMock.on(ListTagsForResourceCommand).resolves({ tags: [{ Key: 'team', Value: 'platform' }] })
    await ensureRepository(spec, { ecr: new ECRClient({}), log: new MemoryLogger() })
    expect(ecrMock.commandCalls(PutLifecyclePolicyCommand)).toHaveLength(0)
  })
})

describe('ecrLogin', () => {
  it('decodes the token, registers the password as a secret first, and reads the proxy endpoint', async () => {
    ecrMock.on(GetAuthorizationTokenCommand).resolves({
      authorizationData: [
        { authorizationToken: Buffer.from('AWS:pa:ss').toString('base64'), proxyEndpoint: 'http://127.0.0.1:5000/' },
      ],
    })
    const secrets: string[] = []
    const login = await ecrLogin(new ECRClient({}), (s) => secrets.push(s), '222222222222')
    expect(login).toMatchObject({ host: '127.0.0.1:5000', username: 'AWS', password: 'pa:ss', insecure: true })
    expect(secrets[0]).toBe('pa:ss')
    expect(ecrMock.commandCalls(GetAuthorizationTokenCommand)[0].args[0].input).toEqual({
      registryIds: ['222222222222'],
    })
    expect(() => decodeAuthorizationToken(Buffer.from('nocolon').toString('base64'))).toThrow('not "user:password"')
  })
})

describe('parseEcrImage', () => {
  it('parses digest and tag references', () => {
    const digest = `sha256:${'a'.repeat(64)}`
    expect(parseEcrImage(`111111111111.dkr.ecr.us-west-2.amazonaws.com/team/bot@${digest}`, 'source-image')).toEqual({
      account: '111111111111',
      region: 'us-west-2',
      host: '111111111111.dkr.ecr.us-west-2.amazonaws.com',
      repository: 'team/bot',
      digest,
    })
    expect(parseEcrImage('111111111111.dkr.ecr.eu-west-1.amazonaws.com/bot:v1', 'x').tag).toBe('v1')
  })

  it('refuses what is not an ECR image, naming the input', () => {
    expect(() => parseEcrImage('docker.io/library/node:22', 'source-image')).toThrow(
      "Input 'source-image': 'docker.io/library/node:22' is not an ECR image",
    )
    expect(() => parseEcrImage('111111111111.dkr.ecr.us-west-2.amazonaws.com/bot', 'source-image')).toThrow(
      'is not an ECR image',
    )
  })
})

describe('assertPlatform', () => {
  const image = { digest: 'sha256:x', mediaType: 'm', sizeBytes: 1 }
  it('accepts an image or index holding linux/arm64', () => {
    expect(() =>
      assertPlatform({ ...image, platforms: ['linux/amd64', 'linux/arm64/v8'] }, 'linux/arm64', 'i'),
    ).not.toThrow()
  })
  it('refuses an amd64-only image with the fix', () => {
    expect(() => assertPlatform({ ...image, platforms: ['linux/amd64'] }, 'linux/arm64', 'repo:tag')).toThrow(
      'The image repo:tag contains linux/amd64, not linux/arm64: AgentCore would fail to start it ("exec format error").',
    )
  })
})
