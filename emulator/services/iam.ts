/**
 * IAM (awsQuery: form body in, XML out) over the {@link RoleStore}: roles, inline and managed policies, permissions
 * boundaries, tags. Like real IAM, policy documents in answers (`AssumeRolePolicyDocument`, `PolicyDocument`) are
 * URL-encoded JSON: the SDK hands them over as they are, so callers must `decodeURIComponent` them.
 */
import type { ServiceHost } from '../host.js'
import { RoleStore, type IamRole, type IamTag } from '../iam/role-store.js'
import { ServiceError } from '../protocols/json.js'
import { parseForm, queryError, queryList, queryResult, queryStructList } from '../protocols/query.js'
import type { EmulatorRequest, EmulatorResponse, Service } from '../types.js'

const NAMESPACE = 'https://iam.amazonaws.com/doc/2010-05-08/'

/** The IAM service; `roles` is the store CloudFormation and tests use directly. */
export interface IamService extends Service {
  readonly roles: RoleStore
}

/** A role as IAM renders it in GetRole / CreateRole / ListRoles. */
function roleXml(role: IamRole, withDetails: boolean): Record<string, unknown> {
  return {
    Path: role.path,
    RoleName: role.roleName,
    RoleId: role.roleId,
    Arn: role.arn,
    CreateDate: role.createDate,
    AssumeRolePolicyDocument: encodeURIComponent(role.assumeRolePolicyDocument),
    Description: role.description,
    MaxSessionDuration: role.maxSessionDuration,
    PermissionsBoundary: role.permissionsBoundaryArn
      ? { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: role.permissionsBoundaryArn }
      : undefined,
    Tags: withDetails && role.tags.length > 0 ? role.tags : undefined,
    RoleLastUsed: withDetails ? {} : undefined,
  }
}

function required(form: URLSearchParams, name: string): string {
  const value = form.get(name)
  if (value === null || value === '') {
    throw new ServiceError(
      'ValidationError',
      400,
      `1 validation error detected: Value null at '${name[0].toLowerCase()}${name.slice(1)}' failed to satisfy ` +
        'constraint: Member must not be null',
    )
  }
  return value
}

function tagsOf(form: URLSearchParams): IamTag[] {
  return queryStructList(form, 'Tags').map((t) => ({ Key: t.Key ?? '', Value: t.Value ?? '' }))
}

/** Creates the IAM service. */
export function createIamService(_host: ServiceHost): IamService {
  const roles = new RoleStore()

  const handlers: Record<string, (account: string, form: URLSearchParams) => unknown> = {
    GetRole: (account, form) => ({ Role: roleXml(roles.get(account, required(form, 'RoleName')), true) }),
    CreateRole: (account, form) => ({
      Role: roleXml(
        roles.create(account, {
          roleName: required(form, 'RoleName'),
          assumeRolePolicyDocument: required(form, 'AssumeRolePolicyDocument'),
          path: form.get('Path') ?? undefined,
          description: form.get('Description') ?? undefined,
          maxSessionDuration: form.has('MaxSessionDuration') ? Number(form.get('MaxSessionDuration')) : undefined,
          permissionsBoundaryArn: form.get('PermissionsBoundary') ?? undefined,
          tags: tagsOf(form),
        }),
        true,
      ),
    }),
    DeleteRole: (account, form) => roles.delete(account, required(form, 'RoleName')),
    ListRoles: (account, form) => {
      const prefix = form.get('PathPrefix') ?? '/'
      return {
        Roles: roles
          .list(account)
          .filter((r) => r.path.startsWith(prefix))
          .map((r) => roleXml(r, false)),
        IsTruncated: false,
      }
    },
    UpdateRole: (account, form) =>
      roles.updateRole(account, required(form, 'RoleName'), {
        description: form.get('Description') ?? undefined,
        maxSessionDuration: form.has('MaxSessionDuration') ? Number(form.get('MaxSessionDuration')) : undefined,
      }),
    UpdateAssumeRolePolicy: (account, form) =>
      roles.updateAssumeRolePolicy(account, required(form, 'RoleName'), required(form, 'PolicyDocument')),
    PutRolePolicy: (account, form) =>
      roles.putRolePolicy(
        account,
        required(form, 'RoleName'),
        required(form, 'PolicyName'),
        required(form, 'PolicyDocument'),
      ),
    GetRolePolicy: (account, form) => {
      const roleName = required(form, 'RoleName')
      const policyName = required(form, 'PolicyName')
      const role = roles.get(account, roleName)
      return {
        RoleName: role.roleName,
        PolicyName: policyName,
        PolicyDocument: encodeURIComponent(roles.getRolePolicy(account, roleName, policyName)),
      }
    },
    DeleteRolePolicy: (account, form) =>
      roles.deleteRolePolicy(account, required(form, 'RoleName'), required(form, 'PolicyName')),
    ListRolePolicies: (account, form) => ({
      PolicyNames: [...roles.get(account, required(form, 'RoleName')).inlinePolicies.keys()],
      IsTruncated: false,
    }),
    AttachRolePolicy: (account, form) =>
      roles.attachRolePolicy(account, required(form, 'RoleName'), required(form, 'PolicyArn')),
    DetachRolePolicy: (account, form) =>
      roles.detachRolePolicy(account, required(form, 'RoleName'), required(form, 'PolicyArn')),
    ListAttachedRolePolicies: (account, form) => ({
      AttachedPolicies: roles.get(account, required(form, 'RoleName')).attachedPolicyArns.map((arn) => ({
        PolicyName: arn.slice(arn.lastIndexOf('/') + 1),
        PolicyArn: arn,
      })),
      IsTruncated: false,
    }),
    PutRolePermissionsBoundary: (account, form) =>
      roles.putPermissionsBoundary(account, required(form, 'RoleName'), required(form, 'PermissionsBoundary')),
    DeleteRolePermissionsBoundary: (account, form) =>
      roles.deletePermissionsBoundary(account, required(form, 'RoleName')),
    TagRole: (account, form) => roles.tagRole(account, required(form, 'RoleName'), tagsOf(form)),
    UntagRole: (account, form) => roles.untagRole(account, required(form, 'RoleName'), queryList(form, 'TagKeys')),
    ListRoleTags: (account, form) => ({
      Tags: roles.get(account, required(form, 'RoleName')).tags,
      IsTruncated: false,
    }),
  }

  return {
    name: 'iam',
    roles,
    operation: (req: EmulatorRequest) => parseForm(req.body).get('Action') ?? 'Unknown',
    async handle(req: EmulatorRequest, operation: string): Promise<EmulatorResponse> {
      const handler = handlers[operation]
      if (!handler) {
        return queryError({ type: 'InvalidAction', status: 400, message: `Unsupported IAM action: ${operation}` })
      }
      try {
        return queryResult(operation, NAMESPACE, handler(req.account, parseForm(req.body)) ?? undefined)
      } catch (error) {
        if (error instanceof ServiceError) return queryError(error.toFault())
        throw error
      }
    },
    reset: () => roles.reset(),
    snapshot: () => ({ roles: roles.snapshot() }),
  }
}
