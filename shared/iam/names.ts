/**
 * Names of what ensure-role manages, derived the same way by every action (deploy-runtime finds the role that
 * ensure-role created without being told its ARN). IAM role names allow 64 characters, stack names 128.
 */
import { createHash } from 'node:crypto'

/** Keeps a name within `max` characters, replacing the tail with a short hash so that distinct names stay distinct. */
function fit(name: string, max: number): string {
  if (name.length <= max) return name
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8)
  return `${name.slice(0, max - 9)}-${hash}`
}

/** The CloudFormation stack holding a runtime's execution role: `agentcore-<environment>-<runtime>-role`. */
export function roleStackName(environment: string, agentRuntimeName: string): string {
  return fit(`agentcore-${environment}-${agentRuntimeName}-role`.replace(/_/g, '-'), 128)
}

/** The execution role's name: `AgentCore-<environment>-<runtime>` (≤ 64 characters). */
export function executionRoleName(environment: string, agentRuntimeName: string): string {
  return fit(`AgentCore-${environment}-${agentRuntimeName}`, 64)
}

/** The execution role's ARN in an account (partition `aws`). */
export function executionRoleArn(account: string, environment: string, agentRuntimeName: string): string {
  return `arn:aws:iam::${account}:role/${executionRoleName(environment, agentRuntimeName)}`
}
