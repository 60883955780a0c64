/**
 * The ECR repository an environment's images live in. A missing repository is created with the config's
 * settings (scan on push, tag mutability, a lifecycle policy keeping the last N images); an existing one is left
 * exactly as it is (its owners may have tuned it), and we only say how it differs.
 */
import {
  CreateRepositoryCommand,
  DescribeRepositoriesCommand,
  GetLifecyclePolicyCommand,
  ListTagsForResourceCommand,
  PutLifecyclePolicyCommand,
  RepositoryNotFoundException,
  type ECRClient,
  type Repository,
} from '@aws-sdk/client-ecr'
import { attempt } from '../errors/index.js'
import type { Logger } from '../action/logger.js'
import type { ImageSettings } from '../config/types.js'

/** The repository build-push wants. */
export interface RepositorySpec {
  name: string
  scanOnPush: boolean
  tagMutability: 'MUTABLE' | 'IMMUTABLE'
  /** Images the lifecycle policy keeps. */
  keepImages: number
  /** Tags for a created repository. */
  tags?: Record<string, string>
}

/** The repository a runtime's image settings ask for. */
export function repositorySpec(image: ImageSettings): RepositorySpec {
  return {
    name: image.repository,
    scanOnPush: image.scanOnPush,
    tagMutability: image.tagMutability,
    keepImages: image.keepImages,
    tags: { 'managed-by': 'agentcore-actions' },
  }
}

/** The repository as it is after {@link ensureRepository}. */
export interface RepositoryState {
  name: string
  /** `<account>.dkr.ecr.<region>.amazonaws.com/<name>`: what AgentCore's containerUri must use. */
  uri: string
  registryId: string
  arn: string
  /** Whether the live repository refuses moving a tag (an existing tag cannot be re-pointed). */
  immutable: boolean
  created: boolean
}

/** The lifecycle policy text: expire everything beyond the newest `keep` images. */
export function lifecyclePolicy(keep: number): string {
  return JSON.stringify({
    rules: [
      {
        rulePriority: 1,
        description: `Keep the last ${keep} images`,
        selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: keep },
        action: { type: 'expire' },
      },
    ],
  })
}

/** The repository, or undefined when it does not exist. */
export async function describeRepository(ecr: ECRClient, name: string): Promise<Repository | undefined> {
  try {
    const found = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [name] }))
    return found.repositories?.[0]
  } catch (error) {
    if (error instanceof RepositoryNotFoundException || (error as Error).name === 'RepositoryNotFoundException')
      return undefined
    throw error
  }
}

function toState(repository: Repository, created: boolean): RepositoryState {
  return {
    name: repository.repositoryName ?? '',
    uri: repository.repositoryUri ?? '',
    registryId: repository.registryId ?? '',
    arn: repository.repositoryArn ?? '',
    immutable: (repository.imageTagMutability ?? 'MUTABLE').startsWith('IMMUTABLE'),
    created,
  }
}

/** Creates the repository when it is missing; leaves an existing one alone. */
export async function ensureRepository(
  spec: RepositorySpec,
  deps: { ecr: ECRClient; log: Logger },
): Promise<RepositoryState> {
  const existing = await attempt('describe ECR repository', spec.name, () => describeRepository(deps.ecr, spec.name))
  if (existing) {
    deps.log.info(`ECR repository ${existing.repositoryUri} exists; its settings are left as they are`)
    const live = existing.imageTagMutability ?? 'MUTABLE'
    if (!live.startsWith(spec.tagMutability))
      deps.log.info(`Note: the repository's tag mutability is ${live}, the config asks for ${spec.tagMutability}`)
    await finishInterruptedCreate(spec, existing, deps)
    return toState(existing, false)
  }
  const created = await attempt('create ECR repository', spec.name, () =>
    deps.ecr.send(
      new CreateRepositoryCommand({
        repositoryName: spec.name,
        imageScanningConfiguration: { scanOnPush: spec.scanOnPush },
        imageTagMutability: spec.tagMutability,
        tags: Object.entries(spec.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
      }),
    ),
  )
  await putLifecyclePolicy(spec, deps)
  const repository = created.repository ?? {}
  deps.log.info(
    `Created ECR repository ${repository.repositoryUri} (scan on push: ${spec.scanOnPush}, tags ${spec.tagMutability}, keeps the last ${spec.keepImages} images)`,
  )
  return toState(repository, true)
}

async function putLifecyclePolicy(spec: RepositorySpec, deps: { ecr: ECRClient }): Promise<void> {
  await attempt('put the lifecycle policy of ECR repository', spec.name, () =>
    deps.ecr.send(
      new PutLifecyclePolicyCommand({
        repositoryName: spec.name,
        lifecyclePolicyText: lifecyclePolicy(spec.keepImages),
      }),
    ),
  )
}

/**
 * A run that created the repository but failed (or was cancelled) before its lifecycle policy landed leaves a
 * repository the next run would see as "existing": finish that setup, so a rerun converges. Only a repository this
 * suite created (its `managed-by` tag) and that has no lifecycle policy at all is touched; anyone else's repository
 * keeps what its owner set. The common case costs one call (the policy exists).
 */
async function finishInterruptedCreate(
  spec: RepositorySpec,
  existing: Repository,
  deps: { ecr: ECRClient; log: Logger },
): Promise<void> {
  const hasPolicy = await attempt('read the lifecycle policy of ECR repository', spec.name, async () => {
    try {
      await deps.ecr.send(new GetLifecyclePolicyCommand({ repositoryName: spec.name }))
      return true
    } catch (error) {
      if ((error as Error).name === 'LifecyclePolicyNotFoundException') return false
      throw error
    }
  })
  if (hasPolicy) return
  const tags = await attempt('read the tags of ECR repository', spec.name, () =>
    deps.ecr.send(new ListTagsForResourceCommand({ resourceArn: existing.repositoryArn })),
  )
  const ours = (tags.tags ?? []).some((t) => t.Key === 'managed-by' && t.Value === 'agentcore-actions')
  if (!ours) {
    deps.log.info(
      `ECR repository ${spec.name} has no lifecycle policy; it was not created by agentcore-actions, so none is added`,
    )
    return
  }
  await putLifecyclePolicy(spec, deps)
  deps.log.info(
    `Finished the setup of ECR repository ${spec.name}: lifecycle policy keeping the last ${spec.keepImages} images`,
  )
}
