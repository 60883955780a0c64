/**
 * The CloudFormation template of a runtime's execution role stack: one `AWS::IAM::Role` named
 * {@link executionRoleName}, its trust and permissions documents, managed policies, an optional permissions
 * boundary and tags, with the role's ARN and name as stack outputs. Pure: the same config gives the same text,
 * which is what makes an unchanged config an empty change set.
 */
import type { EnvironmentSettings, RuntimeSettings } from '../config/types.js'
import { executionRoleName } from './names.js'
import {
  executionRolePolicy,
  managedPolicyArn,
  permissionsBoundaryArn,
  trustPolicy,
  type PolicyDocument,
} from './execution-role-policy.js'

/** The logical ID of the role in the template. */
export const ROLE_LOGICAL_ID = 'ExecutionRole'
/** The name of the role's inline policy. */
export const INLINE_POLICY_NAME = 'agentcore-runtime'

/** The parts of a role template, before serialisation. */
export interface RoleTemplateInputs {
  environment: Pick<EnvironmentSettings, 'name' | 'account' | 'region' | 'tags'>
  runtime: Pick<RuntimeSettings, 'agentRuntimeName' | 'key' | 'image' | 'role'>
  /** Overrides the config's boundary (the `permissions-boundary` input). */
  permissionsBoundary?: string
  /** Where the config lives, recorded in a tag. */
  configPath: string
}

/** The role resource's properties as a template holds them. */
export interface RoleProperties {
  RoleName: string
  Description: string
  AssumeRolePolicyDocument: PolicyDocument
  Policies: { PolicyName: string; PolicyDocument: PolicyDocument }[]
  ManagedPolicyArns?: string[]
  PermissionsBoundary?: string
  Tags: { Key: string; Value: string }[]
}

/** A role template. */
export interface RoleTemplate {
  AWSTemplateFormatVersion: '2010-09-09'
  Description: string
  Resources: Record<string, { Type: string; Properties: RoleProperties }>
  Outputs: Record<string, { Description: string; Value: unknown }>
}

/** The tags the stack and the role carry. */
export function roleTags(inputs: RoleTemplateInputs): Record<string, string> {
  return {
    ...inputs.environment.tags,
    'managed-by': 'agentcore-actions',
    'agentcore:environment': inputs.environment.name,
    'agentcore:runtime': inputs.runtime.agentRuntimeName,
    'agentcore:config': inputs.configPath,
  }
}

/** Builds the template. Throws when the config brings its own role (there is nothing to manage). */
export function roleTemplate(inputs: RoleTemplateInputs): RoleTemplate {
  const { environment, runtime } = inputs
  const role = runtime.role
  if (role.kind !== 'managed') throw new Error(`runtime ${runtime.key} brings its own role (${role.arn})`)
  const boundary = inputs.permissionsBoundary ?? role.permissionsBoundary
  const properties: RoleProperties = {
    RoleName: executionRoleName(environment.name, runtime.agentRuntimeName),
    Description: `AgentCore execution role of runtime ${runtime.agentRuntimeName} in ${environment.name} (managed by agentcore-actions)`,
    AssumeRolePolicyDocument: trustPolicy(environment.account, environment.region),
    Policies: [
      {
        PolicyName: INLINE_POLICY_NAME,
        PolicyDocument: executionRolePolicy({
          account: environment.account,
          region: environment.region,
          agentRuntimeName: runtime.agentRuntimeName,
          repository: runtime.image.repository,
          models: role.models,
          statements: role.statements,
        }),
      },
    ],
    Tags: Object.entries(roleTags(inputs))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([Key, Value]) => ({ Key, Value })),
  }
  if (role.managedPolicies.length)
    properties.ManagedPolicyArns = role.managedPolicies.map((m) => managedPolicyArn(m, environment.region))
  if (boundary)
    properties.PermissionsBoundary = permissionsBoundaryArn(boundary, environment.account, environment.region)
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `AgentCore execution role for ${runtime.agentRuntimeName} (${environment.name})`,
    Resources: { [ROLE_LOGICAL_ID]: { Type: 'AWS::IAM::Role', Properties: properties } },
    Outputs: {
      RoleArn: { Description: 'The execution role ARN', Value: { 'Fn::GetAtt': [ROLE_LOGICAL_ID, 'Arn'] } },
      RoleName: { Description: 'The execution role name', Value: { Ref: ROLE_LOGICAL_ID } },
    },
  }
}

/** One permission a template grants, as a line a reviewer reads: `Allow bedrock:InvokeModel on arn:...`. */
export function permissionLines(template: RoleTemplate | undefined): string[] {
  if (!template) return []
  const lines: string[] = []
  for (const resource of Object.values(template.Resources ?? {})) {
    const props = resource.Properties
    for (const policy of props.Policies ?? [])
      for (const s of policy.PolicyDocument.Statement ?? []) {
        const actions = ([] as string[]).concat(s.Action)
        const resources = ([] as string[]).concat(s.Resource ?? [])
        const condition = s.Condition ? ` when ${JSON.stringify(s.Condition)}` : ''
        for (const a of actions) for (const r of resources) lines.push(`${s.Effect} ${a} on ${r}${condition}`)
      }
    for (const arn of props.ManagedPolicyArns ?? []) lines.push(`Managed policy ${arn}`)
    if (props.PermissionsBoundary) lines.push(`Permissions boundary ${props.PermissionsBoundary}`)
    for (const s of props.AssumeRolePolicyDocument?.Statement ?? [])
      lines.push(`Trust ${JSON.stringify(s.Principal)} ${JSON.stringify(s.Condition ?? {})}`)
  }
  return lines
}

/** Permission lines added and removed between two templates. */
export function permissionDiff(
  before: RoleTemplate | undefined,
  after: RoleTemplate,
): { added: string[]; removed: string[] } {
  const old = new Set(permissionLines(before))
  const now = new Set(permissionLines(after))
  return { added: [...now].filter((l) => !old.has(l)), removed: [...old].filter((l) => !now.has(l)) }
}
