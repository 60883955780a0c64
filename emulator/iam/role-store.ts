/**
 * IAM roles per account, with their inline policies, attached managed policies, permissions boundary and tags.
 * The IAM wire service and CloudFormation (which creates roles from templates) both go through this store, so a
 * role made by a stack is the same role `GetRole` returns and drift detection reads.
 *
 * IAM is global: roles are keyed by account only. Names are unique case-insensitively, like IAM.
 */
import { randomBytes } from 'node:crypto'
import { ServiceError } from '../protocols/json.js'

/** A tag as IAM spells it. */
export interface IamTag {
  Key: string
  Value: string
}

/** One role as the emulator keeps it. Policy documents are kept as the JSON text the caller sent. */
export interface IamRole {
  account: string
  path: string
  roleName: string
  roleId: string
  arn: string
  createDate: Date
  assumeRolePolicyDocument: string
  description?: string
  maxSessionDuration: number
  permissionsBoundaryArn?: string
  tags: IamTag[]
  /** Inline policies: name → JSON text, in insertion order. */
  inlinePolicies: Map<string, string>
  /** Attached managed policy ARNs, in attachment order. */
  attachedPolicyArns: string[]
}

/** What CreateRole takes. */
export interface CreateRoleInput {
  roleName: string
  assumeRolePolicyDocument: string
  path?: string
  description?: string
  maxSessionDuration?: number
  permissionsBoundaryArn?: string
  tags?: IamTag[]
}

const ROLE_NAME = /^[\w+=,.@-]{1,64}$/
const POLICY_NAME = /^[\w+=,.@-]{1,128}$/
const POLICY_ARN = /^arn:aws(-[a-z-]+)?:iam::(aws|\d{12}):policy\/[\w+=,.@/-]+$/
const PATH = /^\/([\x21-\x7e]*\/)?$/

/** IAM's error for a missing entity (the SDK turns `NoSuchEntity` into `NoSuchEntityException`). */
function noSuchEntity(message: string): ServiceError {
  return new ServiceError('NoSuchEntity', 404, message)
}

/** IAM's validation message for a field that fails its pattern. */
function invalidValue(field: string, value: string, pattern: RegExp): ServiceError {
  return new ServiceError(
    'ValidationError',
    400,
    `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: ` +
      `Member must satisfy regular expression pattern: ${pattern.source.replace(/^\^|\$$/g, '')}`,
  )
}

/** Throws MalformedPolicyDocument unless the text is a JSON policy with a Statement, as IAM checks. */
export function assertPolicyDocument(text: string): void {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new ServiceError('MalformedPolicyDocument', 400, 'This policy contains invalid Json')
  }
  const statement = (parsed as Record<string, unknown> | null)?.Statement
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || statement === undefined) {
    throw new ServiceError('MalformedPolicyDocument', 400, 'Syntax errors in policy.')
  }
  const statements = Array.isArray(statement) ? statement : [statement]
  for (const s of statements as Record<string, unknown>[]) {
    if (s === null || typeof s !== 'object' || (s.Effect !== 'Allow' && s.Effect !== 'Deny')) {
      throw new ServiceError('MalformedPolicyDocument', 400, 'Syntax errors in policy.')
    }
  }
}

function newRoleId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  return 'AROA' + [...randomBytes(17)].map((b) => alphabet[b % alphabet.length]).join('')
}

/** The roles of every account. */
export class RoleStore {
  /** account → lower-cased role name → role */
  private readonly accounts = new Map<string, Map<string, IamRole>>()

  private roles(account: string): Map<string, IamRole> {
    let roles = this.accounts.get(account)
    if (!roles) this.accounts.set(account, (roles = new Map()))
    return roles
  }

  /** The role, or undefined. */
  find(account: string, roleName: string): IamRole | undefined {
    return this.accounts.get(account)?.get(roleName.toLowerCase())
  }

  /** The role, or IAM's NoSuchEntity error. */
  get(account: string, roleName: string): IamRole {
    const role = this.find(account, roleName)
    if (!role) throw noSuchEntity(`The role with name ${roleName} cannot be found.`)
    return role
  }

  /** Every role of an account, sorted by name like ListRoles. */
  list(account: string): IamRole[] {
    return [...(this.accounts.get(account)?.values() ?? [])].sort((a, b) => a.roleName.localeCompare(b.roleName))
  }

  create(account: string, input: CreateRoleInput): IamRole {
    if (!ROLE_NAME.test(input.roleName)) throw invalidValue('roleName', input.roleName, ROLE_NAME)
    const path = input.path ?? '/'
    if (!PATH.test(path)) throw invalidValue('path', path, PATH)
    if (this.find(account, input.roleName)) {
      throw new ServiceError('EntityAlreadyExists', 409, `Role with name ${input.roleName} already exists.`)
    }
    assertPolicyDocument(input.assumeRolePolicyDocument)
    const maxSessionDuration = input.maxSessionDuration ?? 3600
    if (maxSessionDuration < 3600 || maxSessionDuration > 43200) {
      throw new ServiceError(
        'ValidationError',
        400,
        `1 validation error detected: Value '${maxSessionDuration}' at 'maxSessionDuration' failed to satisfy ` +
          'constraint: Member must have value less than or equal to 43200',
      )
    }
    if (input.permissionsBoundaryArn !== undefined) this.assertPolicyArn(input.permissionsBoundaryArn)
    this.assertTags(input.tags ?? [])
    const role: IamRole = {
      account,
      path,
      roleName: input.roleName,
      roleId: newRoleId(),
      arn: `arn:aws:iam::${account}:role${path}${input.roleName}`,
      createDate: new Date(),
      assumeRolePolicyDocument: input.assumeRolePolicyDocument,
      description: input.description,
      maxSessionDuration,
      permissionsBoundaryArn: input.permissionsBoundaryArn,
      tags: [...(input.tags ?? [])],
      inlinePolicies: new Map(),
      attachedPolicyArns: [],
    }
    this.roles(account).set(input.roleName.toLowerCase(), role)
    return role
  }

  /** Deletes a role; like IAM, refuses while policies are still attached or inline. */
  delete(account: string, roleName: string): void {
    const role = this.get(account, roleName)
    if (role.inlinePolicies.size > 0) {
      throw new ServiceError('DeleteConflict', 409, 'Cannot delete entity, must delete policies first.')
    }
    if (role.attachedPolicyArns.length > 0) {
      throw new ServiceError('DeleteConflict', 409, 'Cannot delete entity, must detach all policies first.')
    }
    this.roles(account).delete(roleName.toLowerCase())
  }

  updateAssumeRolePolicy(account: string, roleName: string, document: string): void {
    const role = this.get(account, roleName)
    assertPolicyDocument(document)
    role.assumeRolePolicyDocument = document
  }

  updateRole(account: string, roleName: string, changes: { description?: string; maxSessionDuration?: number }): void {
    const role = this.get(account, roleName)
    if (changes.description !== undefined) role.description = changes.description
    if (changes.maxSessionDuration !== undefined) role.maxSessionDuration = changes.maxSessionDuration
  }

  putRolePolicy(account: string, roleName: string, policyName: string, document: string): void {
    const role = this.get(account, roleName)
    if (!POLICY_NAME.test(policyName)) throw invalidValue('policyName', policyName, POLICY_NAME)
    assertPolicyDocument(document)
    role.inlinePolicies.set(policyName, document)
  }

  getRolePolicy(account: string, roleName: string, policyName: string): string {
    const document = this.get(account, roleName).inlinePolicies.get(policyName)
    if (document === undefined) throw noSuchEntity(`The role policy with name ${policyName} cannot be found.`)
    return document
  }

  deleteRolePolicy(account: string, roleName: string, policyName: string): void {
    const role = this.get(account, roleName)
    if (!role.inlinePolicies.delete(policyName)) {
      throw noSuchEntity(`The role policy with name ${policyName} cannot be found.`)
    }
  }

  attachRolePolicy(account: string, roleName: string, policyArn: string): void {
    const role = this.get(account, roleName)
    this.assertPolicyArn(policyArn)
    if (!role.attachedPolicyArns.includes(policyArn)) role.attachedPolicyArns.push(policyArn)
  }

  detachRolePolicy(account: string, roleName: string, policyArn: string): void {
    const role = this.get(account, roleName)
    const index = role.attachedPolicyArns.indexOf(policyArn)
    if (index < 0) throw noSuchEntity(`Policy ${policyArn} was not found.`)
    role.attachedPolicyArns.splice(index, 1)
  }

  putPermissionsBoundary(account: string, roleName: string, policyArn: string): void {
    const role = this.get(account, roleName)
    this.assertPolicyArn(policyArn)
    role.permissionsBoundaryArn = policyArn
  }

  deletePermissionsBoundary(account: string, roleName: string): void {
    this.get(account, roleName).permissionsBoundaryArn = undefined
  }

  tagRole(account: string, roleName: string, tags: IamTag[]): void {
    const role = this.get(account, roleName)
    const merged = new Map(role.tags.map((t) => [t.Key, t.Value]))
    for (const tag of tags) merged.set(tag.Key, tag.Value)
    const next = [...merged].map(([Key, Value]) => ({ Key, Value }))
    this.assertTags(next)
    role.tags = next
  }

  untagRole(account: string, roleName: string, keys: string[]): void {
    const role = this.get(account, roleName)
    role.tags = role.tags.filter((t) => !keys.includes(t.Key))
  }

  reset(): void {
    this.accounts.clear()
  }

  /** account → role name → a JSON-able view of the role (policy documents parsed). */
  snapshot(): Record<string, Record<string, unknown>> {
    return Object.fromEntries(
      [...this.accounts].map(([account, roles]) => [
        account,
        Object.fromEntries(
          [...roles.values()].map((r) => [
            r.roleName,
            {
              arn: r.arn,
              assumeRolePolicyDocument: JSON.parse(r.assumeRolePolicyDocument),
              description: r.description,
              permissionsBoundaryArn: r.permissionsBoundaryArn,
              tags: r.tags,
              inlinePolicies: Object.fromEntries([...r.inlinePolicies].map(([n, d]) => [n, JSON.parse(d)])),
              attachedPolicyArns: r.attachedPolicyArns,
            },
          ]),
        ),
      ]),
    )
  }

  private assertPolicyArn(arn: string): void {
    if (!POLICY_ARN.test(arn)) throw new ServiceError('InvalidInput', 400, `ARN ${arn} is not valid.`)
  }

  private assertTags(tags: IamTag[]): void {
    if (tags.length > 50) {
      throw new ServiceError('LimitExceeded', 409, 'Cannot exceed quota for TagsPerRole: 50.')
    }
  }
}
