/**
 * ECR repositories per (account, region), with their settings (tag mutability, scan on push, lifecycle policy,
 * tags). The ECR wire service and CloudFormation's `AWS::ECR::Repository` both go through this store.
 */
import { ServiceError } from '../protocols/json.js'

/** A tag as ECR spells it. */
export interface EcrTag {
  Key: string
  Value: string
}

/** One repository. */
export interface EcrRepository {
  account: string
  region: string
  repositoryName: string
  repositoryArn: string
  /** The real ECR form `<account>.dkr.ecr.<region>.amazonaws.com/<name>` (AgentCore's containerUri requires it). */
  repositoryUri: string
  createdAt: Date
  imageTagMutability: 'MUTABLE' | 'IMMUTABLE'
  scanOnPush: boolean
  encryptionType: 'AES256' | 'KMS'
  kmsKey?: string
  tags: EcrTag[]
  lifecyclePolicyText?: string
  lifecyclePolicyUpdatedAt?: Date
}

/** What CreateRepository takes. */
export interface CreateRepositoryInput {
  repositoryName: string
  imageTagMutability?: string
  scanOnPush?: boolean
  encryptionType?: string
  kmsKey?: string
  tags?: EcrTag[]
}

/** ECR's repository name rule (2–256 characters, lower case, `/`-separated components). */
export const REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/

/** ECR's error for a missing repository. */
export function repositoryNotFound(account: string, name: string): ServiceError {
  return new ServiceError(
    'RepositoryNotFoundException',
    400,
    `The repository with name '${name}' does not exist in the registry with id '${account}'`,
  )
}

/** Throws ECR's InvalidParameterException unless the name is a valid repository name. */
export function assertRepositoryName(name: string): void {
  if (name.length < 2 || name.length > 256 || !REPOSITORY_NAME.test(name)) {
    throw new ServiceError(
      'InvalidParameterException',
      400,
      `Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression ` +
        `'${REPOSITORY_NAME.source.slice(1, -1)}''`,
    )
  }
}

/** Throws ECR's error unless `value` is MUTABLE or IMMUTABLE. */
export function assertTagMutability(value: string): asserts value is 'MUTABLE' | 'IMMUTABLE' {
  if (value !== 'MUTABLE' && value !== 'IMMUTABLE') {
    throw new ServiceError(
      'ValidationException',
      400,
      `1 validation error detected: Value '${value}' at 'imageTagMutability' failed to satisfy constraint: ` +
        'Member must satisfy enum value set: [MUTABLE, IMMUTABLE]',
    )
  }
}

/** The repositories of every account and region. */
export class RepositoryStore {
  /** `<account>/<region>` → name → repository */
  private readonly registries = new Map<string, Map<string, EcrRepository>>()

  private repositories(account: string, region: string): Map<string, EcrRepository> {
    const key = `${account}/${region}`
    let repositories = this.registries.get(key)
    if (!repositories) this.registries.set(key, (repositories = new Map()))
    return repositories
  }

  find(account: string, region: string, name: string): EcrRepository | undefined {
    return this.registries.get(`${account}/${region}`)?.get(name)
  }

  /** The repository, or RepositoryNotFoundException. */
  get(account: string, region: string, name: string): EcrRepository {
    const repository = this.find(account, region, name)
    if (!repository) throw repositoryNotFound(account, name)
    return repository
  }

  /** Repositories of a registry in creation order. */
  list(account: string, region: string): EcrRepository[] {
    return [...(this.registries.get(`${account}/${region}`)?.values() ?? [])]
  }

  /** Finds a repository by its ARN (`arn:aws:ecr:<region>:<account>:repository/<name>`). */
  findByArn(arn: string): EcrRepository | undefined {
    const match = /^arn:aws:ecr:([a-z0-9-]+):(\d{12}):repository\/(.+)$/.exec(arn)
    return match ? this.find(match[2], match[1], match[3]) : undefined
  }

  create(account: string, region: string, input: CreateRepositoryInput): EcrRepository {
    const name = input.repositoryName
    assertRepositoryName(name)
    const mutability = input.imageTagMutability ?? 'MUTABLE'
    assertTagMutability(mutability)
    if (this.find(account, region, name)) {
      throw new ServiceError(
        'RepositoryAlreadyExistsException',
        400,
        `The repository with name '${name}' already exists in the registry with id '${account}'`,
      )
    }
    const repository: EcrRepository = {
      account,
      region,
      repositoryName: name,
      repositoryArn: `arn:aws:ecr:${region}:${account}:repository/${name}`,
      repositoryUri: `${account}.dkr.ecr.${region}.amazonaws.com/${name}`,
      createdAt: new Date(),
      imageTagMutability: mutability,
      scanOnPush: input.scanOnPush ?? false,
      encryptionType: input.encryptionType === 'KMS' ? 'KMS' : 'AES256',
      kmsKey: input.kmsKey,
      tags: [...(input.tags ?? [])],
    }
    this.repositories(account, region).set(name, repository)
    return repository
  }

  delete(account: string, region: string, name: string): EcrRepository {
    const repository = this.get(account, region, name)
    this.repositories(account, region).delete(name)
    return repository
  }

  /** Validates and sets a lifecycle policy as ECR does (JSON with a non-empty `rules` array). */
  putLifecyclePolicy(repository: EcrRepository, text: string): void {
    let rules: unknown
    try {
      rules = (JSON.parse(text) as { rules?: unknown }).rules
    } catch {
      rules = undefined
    }
    if (!Array.isArray(rules) || rules.length === 0) {
      throw new ServiceError(
        'InvalidParameterException',
        400,
        "Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation " +
          'failure: object has missing required properties (["rules"])\'',
      )
    }
    repository.lifecyclePolicyText = text
    repository.lifecyclePolicyUpdatedAt = new Date()
  }

  reset(): void {
    this.registries.clear()
  }

  /** `<account>/<region>` → repository name → settings. */
  snapshot(): Record<string, Record<string, unknown>> {
    return Object.fromEntries(
      [...this.registries].map(([key, repositories]) => [
        key,
        Object.fromEntries(
          [...repositories.values()].map((r) => [
            r.repositoryName,
            {
              repositoryUri: r.repositoryUri,
              imageTagMutability: r.imageTagMutability,
              scanOnPush: r.scanOnPush,
              tags: r.tags,
              lifecyclePolicyText: r.lifecyclePolicyText,
            },
          ]),
        ),
      ]),
    )
  }
}
