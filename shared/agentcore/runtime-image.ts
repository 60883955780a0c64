/**
 * The container image a runtime runs. AgentCore pulls only from Amazon ECR (its `containerUri` pattern is an ECR
 * repository URI), and this suite deploys only digest-pinned images in the environment's own account and region:
 * a version then names exactly one image forever, and a moved tag shows up as drift instead of silently changing
 * what a version runs.
 */
import { DescribeImagesCommand } from '@aws-sdk/client-ecr'
import type { AwsClients } from '../aws/clients.js'
import { ConfigError, attempt } from '../errors/index.js'
import { errorName } from './service-errors.js'

/** An ECR image reference, split into its parts. */
export interface EcrImageReference {
  /** As given. */
  uri: string
  account: string
  region: string
  /** `<account>.dkr.ecr.<region>.amazonaws.com` (`.com.cn` in China regions). */
  registry: string
  repository: string
  tag?: string
  /** `sha256:<64 hex>` */
  digest?: string
}

const ECR_IMAGE =
  /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([a-z0-9][a-z0-9._/-]*?)(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/

/**
 * Parses an ECR image URI (`<account>.dkr.ecr.<region>.amazonaws.com/<repo>[:tag][@sha256:...]`). Anything else is
 * refused with what AgentCore accepts; `input` names where the value came from for the message.
 */
export function parseEcrImageUri(uri: string, input = 'image'): EcrImageReference {
  const match = ECR_IMAGE.exec(uri.trim())
  if (!match) {
    const hint = uri.includes('.dkr.ecr.')
      ? 'check the repository name, the tag (letters, digits, _ . -) and the digest (sha256: and 64 hex digits)'
      : 'AgentCore pulls images only from Amazon ECR; push the image to ECR first (build-push outputs image-uri)'
    throw new ConfigError(
      `Input '${input}': '${uri}' is not an ECR image URI like 123456789012.dkr.ecr.us-east-1.amazonaws.com/my-agent@sha256:<digest>; ${hint}`,
    )
  }
  const [, account, region, repository, tag, digest] = match
  if (!tag && !digest) {
    throw new ConfigError(
      `Input '${input}': '${uri}' has neither a tag nor a digest; give one (…/${repository}:<tag> or …/${repository}@sha256:<digest>) so the version is pinned to a known image`,
    )
  }
  const registry = uri.trim().slice(0, uri.trim().indexOf('/'))
  return { uri: uri.trim(), account, region, registry, repository, tag, digest }
}

/**
 * Refuses an image AgentCore in this environment should not pull: another account's or another region's registry.
 * Promote across accounts by copying the same digest (build-push does), not by cross-account pulls.
 */
export function assertImageLocation(
  image: EcrImageReference,
  environment: { name: string; account: string; region: string },
): void {
  const problems: string[] = []
  if (image.account !== environment.account) problems.push(`account ${image.account} (expected ${environment.account})`)
  if (image.region !== environment.region) problems.push(`region ${image.region} (expected ${environment.region})`)
  if (problems.length) {
    throw new ConfigError(
      `Refusing image '${image.uri}': it is in the ECR registry of ${problems.join(' and ')}, but environment '${environment.name}' runs in account ${environment.account}, region ${environment.region}. ` +
        `Push or copy the image to ${environment.account}.dkr.ecr.${environment.region}.amazonaws.com/${image.repository} and deploy that URI.`,
    )
  }
}

/** The digest-pinned URI AgentCore is given: `<registry>/<repository>@sha256:...` (no tag: a tag can move). */
export function pinnedImageUri(image: Pick<EcrImageReference, 'registry' | 'repository'>, digest: string): string {
  return `${image.registry}/${image.repository}@${digest}`
}

/** The `sha256:...` digest in an image URI, if it has one. */
export function imageDigestOf(uri: string | undefined): string | undefined {
  return uri ? /@(sha256:[a-f0-9]{64})$/.exec(uri)?.[1] : undefined
}

/**
 * Confirms the image exists in ECR and returns its digest-pinned reference: a tag is resolved to the digest it
 * points to now; a digest is checked. One DescribeImages call. An image ECR does not have is a {@link ConfigError}
 * (nothing has changed yet, and the fix is on the user's side: push it, or fix the URI).
 */
export async function resolveImage(
  aws: AwsClients,
  image: EcrImageReference,
): Promise<{ digest: string; containerUri: string }> {
  const ecr = await aws.ecr()
  const imageId = image.digest ? { imageDigest: image.digest } : { imageTag: image.tag }
  let response
  try {
    response = await ecr.send(
      new DescribeImagesCommand({ registryId: image.account, repositoryName: image.repository, imageIds: [imageId] }),
    )
  } catch (error) {
    const name = errorName(error)
    if (name === 'ImageNotFoundException' || name === 'RepositoryNotFoundException') {
      const what = name === 'RepositoryNotFoundException' ? `repository '${image.repository}'` : 'image'
      throw new ConfigError(
        `Image '${image.uri}' is not in ECR (${what} not found in account ${image.account}, region ${image.region}); ` +
          `push it first (build-push outputs the digest-pinned image-uri) or fix the URI.`,
      )
    }
    return attempt('look up the image in ECR', image.uri, () => Promise.reject(error))
  }
  const digest = response.imageDetails?.[0]?.imageDigest
  if (!digest) {
    throw new ConfigError(`Image '${image.uri}' is not in ECR (no image with that ${image.digest ? 'digest' : 'tag'})`)
  }
  return { digest, containerUri: pinnedImageUri(image, digest) }
}
