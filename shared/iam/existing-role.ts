/**
 * A bring-your-own execution role (`role.arn` in the config): checked through IAM before anyone deploys with it.
 * It must exist, live in the environment's account (a role cannot be passed across accounts), and its trust
 * policy must let AgentCore assume it; otherwise the error shows the trust policy to add.
 */
import { GetRoleCommand, type IAMClient } from '@aws-sdk/client-iam'
import { ConfigError, attempt } from '../errors/index.js'
import { AGENTCORE_PRINCIPAL, trustPolicy, type IamStatement, type PolicyDocument } from './execution-role-policy.js'

/** A checked role. */
export interface ExistingRole {
  roleArn: string
  roleName: string
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/

const list = (v: unknown): string[] => (v === undefined ? [] : ([] as unknown[]).concat(v).map(String))

/** Whether a statement allows AgentCore to assume the role (conditions are the owner's business). */
export function allowsAgentCore(statement: IamStatement): boolean {
  if (statement.Effect !== 'Allow') return false
  const actions = list(statement.Action)
  if (!actions.some((a) => a === 'sts:AssumeRole' || a === 'sts:*' || a === '*')) return false
  const principal = statement.Principal
  if (principal === '*') return false
  return list(principal?.Service).includes(AGENTCORE_PRINCIPAL)
}

/** Parses a trust policy as IAM returns it (URL-encoded JSON). */
export function parseTrustPolicy(text: string): PolicyDocument {
  const decoded = text.trim().startsWith('{') ? text : decodeURIComponent(text)
  return JSON.parse(decoded) as PolicyDocument
}

/** Checks a role the config brings; throws a {@link ConfigError} with the fix when it cannot serve AgentCore. */
export async function checkExistingRole(
  params: { roleArn: string; account: string; region: string; environment: string },
  deps: { iam: IAMClient },
): Promise<ExistingRole> {
  const match = ROLE_ARN.exec(params.roleArn)
  if (!match)
    throw new ConfigError(`role.arn '${params.roleArn}' is not an IAM role ARN (arn:aws:iam::<account>:role/<name>).`)
  const [, account, roleName] = match
  if (account !== params.account)
    throw new ConfigError(
      `role.arn '${params.roleArn}' is in account ${account}, but environment '${params.environment}' is account ${params.account}: AgentCore can only use a role of its own account. Use a role in ${params.account}, or remove role.arn to let ensure-role manage one.`,
    )
  const role = await attempt('read IAM role', roleName, async () => {
    try {
      return (await deps.iam.send(new GetRoleCommand({ RoleName: roleName }))).Role
    } catch (error) {
      if ((error as Error).name === 'NoSuchEntityException')
        throw new ConfigError(
          `role.arn '${params.roleArn}' does not exist in account ${params.account}. Create it, fix the ARN, or remove role.arn to let ensure-role manage the role.`,
        )
      throw error
    }
  })
  const document = parseTrustPolicy(role?.AssumeRolePolicyDocument ?? '{"Statement":[]}')
  if (!(document.Statement ?? []).some(allowsAgentCore)) {
    throw new ConfigError(
      `The trust policy of role '${roleName}' does not let ${AGENTCORE_PRINCIPAL} assume it, so AgentCore cannot run the agent with it. ` +
        `Set its trust policy to (aws iam update-assume-role-policy --role-name ${roleName} --policy-document file://trust.json):\n` +
        JSON.stringify(trustPolicy(params.account, params.region), null, 2),
    )
  }
  return { roleArn: role?.Arn ?? params.roleArn, roleName }
}
