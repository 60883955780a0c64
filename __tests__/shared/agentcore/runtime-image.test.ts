import { describe, expect, it, beforeEach } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeImagesCommand, ImageNotFoundException, RepositoryNotFoundException } from '@aws-sdk/client-ecr'
import {
  assertImageLocation,
  imageDigestOf,
  parseImageInput,
  resolveImage,
} from '../../../shared/agentcore/runtime-image.js'
import { ConfigError } from '../../../shared/errors/index.js'
import { ACCOUNT, DIGEST, IMAGE, REGION, REPO_URI, awsClients } from './runtime-fixtures.js'

const environment = { name: 'prod', account: ACCOUNT, region: REGION }

describe('image location', () => {
  it('accepts an image of the environment’s account and region', () => {
    expect(() => assertImageLocation(parseImageInput(IMAGE), environment)).not.toThrow()
  })

  it('refuses another region, saying which and where to push', () => {
    const image = parseImageInput(`${ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/support-bot:v1`)
    expect(() => assertImageLocation(image, environment)).toThrow(
      new ConfigError(
        `Refusing image '${ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/support-bot:v1': it is in the ECR registry of region eu-west-1, but environment 'prod' runs in account ${ACCOUNT}, region ${REGION}, and AgentCore pulls from there. Push or copy the image to ${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/support-bot and deploy that URI.`,
      ),
    )
  })

  it('refuses another account', () => {
    const image = parseImageInput(`111111111111.dkr.ecr.${REGION}.amazonaws.com/support-bot:v1`)
    expect(() => assertImageLocation(image, environment)).toThrow(
      /registry of account 111111111111, but environment 'prod'/,
    )
  })

  it('refuses other registries with the form expected', () => {
    expect(() => parseImageInput('ghcr.io/org/agent:1')).toThrow(
      /Input 'image': 'ghcr.io\/org\/agent:1' is not an ECR image/,
    )
  })

  it('finds the digest in a URI', () => {
    expect(imageDigestOf(IMAGE)).toBe(DIGEST)
    expect(imageDigestOf(`${REPO_URI}:v1`)).toBeUndefined()
  })
})

describe('resolveImage', () => {
  const aws = awsClients()
  const ecr = mockClient(aws.ecrClient)
  beforeEach(() => {
    ecr.reset()
  })

  it('resolves a tag to its digest and pins the URI to it', async () => {
    ecr.on(DescribeImagesCommand).resolves({ imageDetails: [{ imageDigest: DIGEST, imageTags: ['v1'] }] })
    await expect(resolveImage(aws, parseImageInput(`${REPO_URI}:v1`))).resolves.toEqual({
      digest: DIGEST,
      containerUri: IMAGE,
    })
    expect(ecr.commandCalls(DescribeImagesCommand)[0].args[0].input).toEqual({
      repositoryName: 'support-bot',
      imageIds: [{ imageTag: 'v1' }],
    })
  })

  it('confirms a digest exists', async () => {
    ecr.on(DescribeImagesCommand).resolves({ imageDetails: [{ imageDigest: DIGEST }] })
    await expect(resolveImage(aws, parseImageInput(IMAGE))).resolves.toEqual({ digest: DIGEST, containerUri: IMAGE })
    expect(ecr.commandCalls(DescribeImagesCommand)[0].args[0].input.imageIds).toEqual([{ imageDigest: DIGEST }])
  })

  it('refuses an image ECR does not have', async () => {
    ecr.on(DescribeImagesCommand).rejects(new ImageNotFoundException({ message: 'nope', $metadata: {} }))
    await expect(resolveImage(aws, parseImageInput(`${REPO_URI}:v9`))).rejects.toThrow(
      new ConfigError(
        `Image '${REPO_URI}:v9' is not in ECR (no tag 'v9' in repository 'support-bot', account ${ACCOUNT}, region ${REGION}); push it first (build-push outputs the digest-pinned image-uri) or fix the URI.`,
      ),
    )
  })

  it('refuses an image whose repository does not exist', async () => {
    ecr.on(DescribeImagesCommand).rejects(new RepositoryNotFoundException({ message: 'nope', $metadata: {} }))
    await expect(resolveImage(aws, parseImageInput(IMAGE))).rejects.toThrow(
      /no image with that digest in repository 'support-bot'/,
    )
  })
})
