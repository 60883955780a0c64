/**
 * Image lookups through the ECR API: does a tag (the content-derived source tag, the commit tag) or a digest
 * already exist in a repository, and which digest does it name.
 */
import { DescribeImagesCommand, type ECRClient, type ImageIdentifier } from '@aws-sdk/client-ecr'

/** An image ECR knows. */
export interface EcrImage {
  digest: string
  tags: string[]
  /** Bytes as ECR reports them (compressed layers). */
  sizeBytes?: number
}

/** The image with this tag or digest, or undefined when the repository has none. */
export async function findImage(
  ecr: ECRClient,
  repository: string,
  id: ImageIdentifier,
): Promise<EcrImage | undefined> {
  try {
    const found = await ecr.send(new DescribeImagesCommand({ repositoryName: repository, imageIds: [id] }))
    const image = found.imageDetails?.[0]
    if (!image?.imageDigest) return undefined
    return { digest: image.imageDigest, tags: image.imageTags ?? [], sizeBytes: image.imageSizeInBytes }
  } catch (error) {
    if ((error as Error).name === 'ImageNotFoundException') return undefined
    throw error
  }
}
