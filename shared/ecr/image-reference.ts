/**
 * ECR image references: `<account>.dkr.ecr.<region>.amazonaws.com/<repository>[:tag][@sha256:<hex>]`.
 */
import { InputError } from '../errors/index.js'

/** A parsed ECR image reference. */
export interface EcrImageReference {
  account: string
  region: string
  /** The registry host. */
  host: string
  repository: string
  tag?: string
  digest?: string
}

const ECR_IMAGE =
  /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([a-z0-9][a-z0-9._\-/]*?)(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/

/** Parses an ECR image reference; `input` names the action input for the error. */
export function parseEcrImage(text: string, input: string): EcrImageReference {
  const match = ECR_IMAGE.exec(text.trim())
  if (!match || (!match[4] && !match[5])) {
    throw new InputError(
      input,
      `'${text}' is not an ECR image; write it as <account>.dkr.ecr.<region>.amazonaws.com/<repository>@sha256:<digest> (or :<tag>), e.g. the image-uri output of build-push in another environment`,
    )
  }
  const [, account, region, repository, tag, digest] = match
  return {
    account,
    region,
    host: text.trim().split('/')[0],
    repository,
    ...(tag ? { tag } : {}),
    ...(digest ? { digest } : {}),
  }
}
