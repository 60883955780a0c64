/**
 * The resource types CloudFormation can provision in the emulator, each backed by the emulated service that owns
 * it: `AWS::IAM::Role` creates a real role in the IAM service (so `GetRole` sees it and drift detection reads it),
 * `AWS::ECR::Repository` a real repository in the ECR service.
 */
import { randomBytes } from 'node:crypto'
import type { RoleStore, IamRole } from '../iam/role-store.js'
import { ServiceError } from '../protocols/json.js'
import type { EcrService } from '../services/ecr.js'

/** Where a resource is provisioned. */
export interface ProvisionContext {
  account: string
  region: string
  stackName: string
  roles: RoleStore
  ecr: EcrService
}

/** Properties as resolved from the template. */
export type Properties = Record<string, unknown>

/** One resource type. */
export interface ResourceType {
  readonly type: string
  /** Properties whose change replaces the resource (a new physical resource, the old one deleted in cleanup). */
  readonly replacedBy: string[]
  /** The capability the template needs to create it, given its properties. */
  capability?(properties: Properties): 'CAPABILITY_IAM' | 'CAPABILITY_NAMED_IAM'
  /** Creates it; returns the physical id (what Ref gives). */
  create(ctx: ProvisionContext, logicalId: string, properties: Properties): Promise<string>
  /** Updates it in place from `before` to `after`. */
  update(ctx: ProvisionContext, physicalId: string, before: Properties, after: Properties): Promise<void>
  delete(ctx: ProvisionContext, physicalId: string): Promise<void>
  /** Fn::GetAtt values. */
  attributes(ctx: ProvisionContext, physicalId: string): Record<string, string>
  /** The live properties in the template's shape, for drift detection; undefined when it no longer exists. */
  actual(ctx: ProvisionContext, physicalId: string): Promise<Properties | undefined>
}

/** A physical name as CloudFormation generates it: `<stack>-<logicalId>-<RANDOM>` within `max` characters. */
function generatedName(stackName: string, logicalId: string, max: number, lower = false): string {
  const suffix = randomBytes(9)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, 'X')
    .slice(0, 12)
    .toUpperCase()
  const name = `${stackName}-${logicalId}`.slice(0, max - 13) + `-${suffix}`
  return lower ? name.toLowerCase() : name
}

/** Policy documents may be objects in the template; IAM keeps JSON text. */
function documentText(document: unknown): string {
  return typeof document === 'string' ? document : JSON.stringify(document)
}

interface InlinePolicy {
  PolicyName: string
  PolicyDocument: unknown
}

const asArray = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : [])

/** Turns a service error into the resource handler message CloudFormation shows in CREATE_FAILED. */
function handlerError(service: string, error: unknown): Error {
  if (error instanceof ServiceError) {
    return new Error(
      `Resource handler returned message: "${error.message} (Service: ${service}, Status Code: ${error.status}, ` +
        `Request ID: ${crypto.randomUUID()})" (HandlerErrorCode: ${error.type === 'NoSuchEntity' ? 'NotFound' : 'InvalidRequest'})`,
    )
  }
  return error as Error
}

const iamRole: ResourceType = {
  type: 'AWS::IAM::Role',
  replacedBy: ['RoleName', 'Path'],
  capability: (properties) => (properties.RoleName !== undefined ? 'CAPABILITY_NAMED_IAM' : 'CAPABILITY_IAM'),
  async create(ctx, logicalId, p) {
    const roleName = (p.RoleName as string | undefined) ?? generatedName(ctx.stackName, logicalId, 64)
    if (ctx.roles.find(ctx.account, roleName)) {
      throw new Error(`Resource of type 'AWS::IAM::Role' with identifier '${roleName}' already exists.`)
    }
    try {
      ctx.roles.create(ctx.account, {
        roleName,
        assumeRolePolicyDocument: documentText(p.AssumeRolePolicyDocument),
        path: p.Path as string | undefined,
        description: p.Description as string | undefined,
        maxSessionDuration: p.MaxSessionDuration !== undefined ? Number(p.MaxSessionDuration) : undefined,
        permissionsBoundaryArn: p.PermissionsBoundary as string | undefined,
        tags: asArray(p.Tags),
      })
      for (const policy of asArray<InlinePolicy>(p.Policies)) {
        ctx.roles.putRolePolicy(ctx.account, roleName, policy.PolicyName, documentText(policy.PolicyDocument))
      }
      for (const arn of asArray<string>(p.ManagedPolicyArns)) ctx.roles.attachRolePolicy(ctx.account, roleName, arn)
    } catch (error) {
      // A half-made role would block the rollback's retry: remove what was made, then report.
      await iamRole.delete(ctx, roleName).catch(() => undefined)
      throw handlerError('Iam', error)
    }
    return roleName
  },
  async update(ctx, roleName, before, after) {
    try {
      const role = ctx.roles.get(ctx.account, roleName)
      if (JSON.stringify(before.AssumeRolePolicyDocument) !== JSON.stringify(after.AssumeRolePolicyDocument)) {
        ctx.roles.updateAssumeRolePolicy(ctx.account, roleName, documentText(after.AssumeRolePolicyDocument))
      }
      ctx.roles.updateRole(ctx.account, roleName, {
        description: (after.Description as string | undefined) ?? '',
        maxSessionDuration: after.MaxSessionDuration !== undefined ? Number(after.MaxSessionDuration) : 3600,
      })
      const wanted = new Map(asArray<InlinePolicy>(after.Policies).map((x) => [x.PolicyName, x.PolicyDocument]))
      for (const name of [...role.inlinePolicies.keys()]) {
        if (!wanted.has(name)) ctx.roles.deleteRolePolicy(ctx.account, roleName, name)
      }
      for (const [name, document] of wanted)
        ctx.roles.putRolePolicy(ctx.account, roleName, name, documentText(document))
      const arns = asArray<string>(after.ManagedPolicyArns)
      for (const arn of [...role.attachedPolicyArns]) {
        if (!arns.includes(arn)) ctx.roles.detachRolePolicy(ctx.account, roleName, arn)
      }
      for (const arn of arns) ctx.roles.attachRolePolicy(ctx.account, roleName, arn)
      if (after.PermissionsBoundary !== undefined) {
        ctx.roles.putPermissionsBoundary(ctx.account, roleName, after.PermissionsBoundary as string)
      } else if (before.PermissionsBoundary !== undefined) {
        ctx.roles.deletePermissionsBoundary(ctx.account, roleName)
      }
      const tags = asArray<{ Key: string; Value: string }>(after.Tags)
      ctx.roles.untagRole(
        ctx.account,
        roleName,
        role.tags.map((t) => t.Key).filter((k) => !tags.some((t) => t.Key === k)),
      )
      if (tags.length > 0) ctx.roles.tagRole(ctx.account, roleName, tags)
    } catch (error) {
      throw handlerError('Iam', error)
    }
  },
  async delete(ctx, roleName) {
    const role = ctx.roles.find(ctx.account, roleName)
    if (!role) return
    for (const name of [...role.inlinePolicies.keys()]) ctx.roles.deleteRolePolicy(ctx.account, roleName, name)
    for (const arn of [...role.attachedPolicyArns]) ctx.roles.detachRolePolicy(ctx.account, roleName, arn)
    ctx.roles.delete(ctx.account, roleName)
  },
  attributes(ctx, roleName): Record<string, string> {
    const role: IamRole | undefined = ctx.roles.find(ctx.account, roleName)
    return role ? { Arn: role.arn, RoleId: role.roleId } : {}
  },
  async actual(ctx, roleName) {
    const role = ctx.roles.find(ctx.account, roleName)
    if (!role) return undefined
    return {
      RoleName: role.roleName,
      Path: role.path,
      AssumeRolePolicyDocument: JSON.parse(role.assumeRolePolicyDocument),
      Description: role.description,
      MaxSessionDuration: role.maxSessionDuration,
      PermissionsBoundary: role.permissionsBoundaryArn,
      ManagedPolicyArns: role.attachedPolicyArns,
      Policies: [...role.inlinePolicies].map(([PolicyName, text]) => ({
        PolicyName,
        PolicyDocument: JSON.parse(text),
      })),
      Tags: role.tags,
    }
  },
}

const ecrRepository: ResourceType = {
  type: 'AWS::ECR::Repository',
  replacedBy: ['RepositoryName'],
  async create(ctx, logicalId, p) {
    const name = (p.RepositoryName as string | undefined) ?? generatedName(ctx.stackName, logicalId, 256, true)
    if (ctx.ecr.repositories.find(ctx.account, ctx.region, name)) {
      throw new Error(`Resource of type 'AWS::ECR::Repository' with identifier '${name}' already exists.`)
    }
    try {
      const repository = ctx.ecr.repositories.create(ctx.account, ctx.region, {
        repositoryName: name,
        imageTagMutability: p.ImageTagMutability as string | undefined,
        scanOnPush: (p.ImageScanningConfiguration as { ScanOnPush?: unknown } | undefined)?.ScanOnPush === true,
        encryptionType: (p.EncryptionConfiguration as { EncryptionType?: string } | undefined)?.EncryptionType,
        tags: asArray(p.Tags),
      })
      const lifecycle = (p.LifecyclePolicy as { LifecyclePolicyText?: string } | undefined)?.LifecyclePolicyText
      if (lifecycle !== undefined) ctx.ecr.repositories.putLifecyclePolicy(repository, lifecycle)
    } catch (error) {
      await ctx.ecr.deleteRepository(ctx.account, ctx.region, name, { force: true }).catch(() => undefined)
      throw handlerError('Ecr', error)
    }
    return name
  },
  async update(ctx, name, _before, after) {
    try {
      const repository = ctx.ecr.repositories.get(ctx.account, ctx.region, name)
      repository.imageTagMutability = after.ImageTagMutability === 'IMMUTABLE' ? 'IMMUTABLE' : 'MUTABLE'
      repository.scanOnPush =
        (after.ImageScanningConfiguration as { ScanOnPush?: unknown } | undefined)?.ScanOnPush === true
      repository.tags = asArray(after.Tags)
      const lifecycle = (after.LifecyclePolicy as { LifecyclePolicyText?: string } | undefined)?.LifecyclePolicyText
      if (lifecycle !== undefined) ctx.ecr.repositories.putLifecyclePolicy(repository, lifecycle)
      else repository.lifecyclePolicyText = undefined
    } catch (error) {
      throw handlerError('Ecr', error)
    }
  },
  async delete(ctx, name) {
    if (!ctx.ecr.repositories.find(ctx.account, ctx.region, name)) return
    try {
      // Without EmptyOnDelete, ECR refuses to delete a repository that still holds images, as CloudFormation shows.
      await ctx.ecr.deleteRepository(ctx.account, ctx.region, name, { force: false })
    } catch (error) {
      throw handlerError('Ecr', error)
    }
  },
  attributes(ctx, name): Record<string, string> {
    const repository = ctx.ecr.repositories.find(ctx.account, ctx.region, name)
    return repository ? { Arn: repository.repositoryArn, RepositoryUri: repository.repositoryUri } : {}
  },
  async actual(ctx, name) {
    const r = ctx.ecr.repositories.find(ctx.account, ctx.region, name)
    if (!r) return undefined
    return {
      RepositoryName: r.repositoryName,
      ImageTagMutability: r.imageTagMutability,
      ImageScanningConfiguration: { ScanOnPush: r.scanOnPush },
      EncryptionConfiguration: { EncryptionType: r.encryptionType },
      LifecyclePolicy: r.lifecyclePolicyText ? { LifecyclePolicyText: r.lifecyclePolicyText } : undefined,
      Tags: r.tags,
    }
  },
}

/** The supported resource types by name. */
export const RESOURCE_TYPES: ReadonlyMap<string, ResourceType> = new Map(
  [iamRole, ecrRepository].map((t) => [t.type, t]),
)
