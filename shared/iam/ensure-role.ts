/**
 * ensure-role's logic: a bring-your-own role is checked; otherwise the runtime's execution role stack is brought
 * to the config through a change set, and a changed role is read back through IAM before success is reported.
 */
import { OperationError, causeMessage } from '../errors/index.js'
import type { Logger } from '../action/logger.js'
import type { Clock } from '../action/clock.js'
import type { AwsClients } from '../aws/clients.js'
import type { EnvironmentSettings, RuntimeSettings } from '../config/types.js'
import { checkExistingRole } from './existing-role.js'
import { executionRoleArn, executionRoleName, roleStackName } from './names.js'
import { roleTags, roleTemplate } from './role-template.js'
import { ensureRoleStack, type RoleStackResult } from './role-stack.js'

/** What ensure-role was asked to do. */
export interface EnsureRoleParams {
  environment: EnvironmentSettings
  runtime: RuntimeSettings
  configPath: string
  /** Default {@link roleStackName}. */
  stackName?: string
  permissionsBoundary?: string
  dryRun: boolean
  timeoutMs: number
}

/** What ensure-role did. */
export type EnsureRoleResult =
  | { kind: 'existing'; roleArn: string; roleName: string; changed: false; stackName: '' }
  | ({ kind: 'managed' } & RoleStackResult)

/** Runs ensure-role. */
export async function ensureRole(
  params: EnsureRoleParams,
  deps: { aws: AwsClients; log: Logger; clock: Clock },
): Promise<EnsureRoleResult> {
  const { environment, runtime } = params
  const role = runtime.role
  const iam = () => deps.aws.iam()
  if (role.kind === 'existing') {
    const checked = await checkExistingRole(
      { roleArn: role.arn, account: environment.account, region: environment.region, environment: environment.name },
      { iam: await iam() },
    )
    deps.log.info(`Role ${checked.roleArn} exists and its trust policy lets AgentCore assume it.`)
    return { kind: 'existing', ...checked, changed: false, stackName: '' }
  }
  const inputs = {
    environment,
    runtime,
    permissionsBoundary: params.permissionsBoundary,
    configPath: params.configPath,
  }
  const template = roleTemplate(inputs)
  const stackName = params.stackName ?? roleStackName(environment.name, runtime.agentRuntimeName)
  const result = await ensureRoleStack(
    { stackName, template, tags: roleTags(inputs), dryRun: params.dryRun, timeoutMs: params.timeoutMs },
    { cfn: await deps.aws.cloudFormation(), log: deps.log, clock: deps.clock },
  )
  const expected = {
    roleArn: executionRoleArn(environment.account, environment.name, runtime.agentRuntimeName),
    roleName: executionRoleName(environment.name, runtime.agentRuntimeName),
  }
  if (params.dryRun)
    return {
      kind: 'managed',
      ...result,
      roleArn: result.roleArn || expected.roleArn,
      roleName: result.roleName || expected.roleName,
    }
  // Re-read what was deployed: a stack that says COMPLETE must really have produced a role AgentCore can assume
  // (a role deleted or edited outside CloudFormation leaves the stack unchanged but the runtime broken).
  const roleArn = result.roleArn || expected.roleArn
  const verified = await checkExistingRole(
    { roleArn, account: environment.account, region: environment.region, environment: environment.name },
    { iam: await iam() },
  ).catch((error: unknown) => {
    throw new OperationError(
      'verify the execution role',
      roleArn,
      `stack ${stackName} is ${result.status || 'deployed'}, but the role does not serve AgentCore: ${causeMessage(error)} ` +
        `It was probably changed outside CloudFormation: delete stack ${stackName} and rerun to recreate it.`,
    )
  })
  return { kind: 'managed', ...result, ...verified }
}
