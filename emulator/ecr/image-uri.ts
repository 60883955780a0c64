/**
 * ECR image references in their real form, `<account>.dkr.ecr.<region>.amazonaws.com/<repository>[:tag][@digest]`
 * (what AgentCore's `containerUri` requires), parsed into the parts the emulator keys images by.
 */

/** The parts of an ECR image or repository URI. */
export interface EcrImageReference {
  account: string
  region: string
  repositoryName: string
  tag?: string
  digest?: string
}

const IMAGE_URI =
  /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com\/([a-z0-9._/-]+?)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/

/** Parses an ECR repository or image URI; undefined when it is not one. */
export function parseImageUri(uri: string): EcrImageReference | undefined {
  const match = IMAGE_URI.exec(uri.trim())
  if (!match) return undefined
  return { account: match[1], region: match[2], repositoryName: match[3], tag: match[4], digest: match[5] }
}

/** `<host>/<repository>[:tag][@digest]`: the same reference on another registry host. */
export function referenceOn(host: string, ref: EcrImageReference): string {
  return `${host}/${ref.repositoryName}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`
}
