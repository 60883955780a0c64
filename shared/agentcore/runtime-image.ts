/**
 * The container image a runtime runs. AgentCore pulls only from Amazon ECR (its `containerUri` pattern is an ECR
 * repository URI), and this suite deploys only digest-pinned images in the environment's own account and region:
 * a version then names exactly one image forever, and a moved tag shows up as drift instead of silently changing
 * what a version runs.
 */
import type { AwsClients } from '../aws/clients.js'
import { parseEcrImage, type EcrImageReference } from '../ecr/image-reference.js'
import { findImage } from '../ecr/images.js'
import { ConfigError, OperationError } from '../errors/index.js'
import { errorName } from './service-errors.js'

export type { EcrImageReference } from '../ecr/image-reference.js'

/** Parses the `image` input (an ECR URI with a tag and/or a digest); anything else is refused with the form expected. */
export function parseImageInput(uri: string, input = 'image'): EcrImageReference {
  return parseEcrImage(uri, input)
}

/** The image as written: `<host>/<repository>[:tag][@digest]`. */
export function imageUri(image: EcrImageReference): string {
  return `${image.host}/${image.repository}${image.tag ? `:${image.tag}` : ''}${image.digest ? `@${image.digest}` : ''}`
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
  if (image.account !== environment.account) problems.push(`account ${image.account}`)
  if (image.region !== environment.region) problems.push(`region ${image.region}`)
  if (problems.length) {
    throw new ConfigError(
      `Refusing image '${imageUri(image)}': it is in the ECR registry of ${problems.join(' and ')}, but environment '${environment.name}' runs in account ${environment.account}, region ${environment.region}, and AgentCore pulls from there. ` +
        `Push or copy the image to ${environment.account}.dkr.ecr.${environment.region}.amazonaws.com/${image.repository} and deploy that URI.`,
    )
  }
}

/** The digest-pinned URI AgentCore is given: `<host>/<repository>@sha256:...` (no tag: a tag can move). */
export function pinnedImageUri(image: Pick<EcrImageReference, 'host' | 'repository'>, digest: string): string {
  return `${image.host}/${image.repository}@${digest}`
}

/** The `sha256:...` digest in an image URI, if it has one. */
export function imageDigestOf(uri: string | undefined): string | undefined {
  return uri ? /@(sha256:[a-f0-9]{64})$/.exec(uri)?.[1] : undefined
}

/**
 * Confirms the image exists in ECR and returns its digest-pinned URI: a tag is resolved to the digest it points
 * to now; a digest is checked. One DescribeImages call. An image ECR does not have is a {@link ConfigError}
 * (nothing has changed yet, and the fix is on the user's side: push it, or fix the URI).
 */
export async function resolveImage(
  aws: AwsClients,
  image: EcrImageReference,
): Promise<{ digest: string; containerUri: string }> {
  const ecr = await aws.ecr()
  const id = image.digest ? { imageDigest: image.digest } : { imageTag: image.tag }
  let found
  try {
    found = await findImage(ecr, image.repository, id)
  } catch (error) {
    if (errorName(error) !== 'RepositoryNotFoundException')
      throw new OperationError('look up the image in ECR', imageUri(image), error)
  }
  if (!found) {
    throw new ConfigError(
      `Image '${imageUri(image)}' is not in ECR (no ${image.digest ? 'image with that digest' : `tag '${image.tag}'`} in repository '${image.repository}', account ${image.account}, region ${image.region}); ` +
        `push it first (build-push outputs the digest-pinned image-uri) or fix the URI.`,
    )
  }
  return { digest: found.digest, containerUri: pinnedImageUri(image, found.digest) }
}
