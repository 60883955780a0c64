/**
 * The execution role's CloudFormation stack, changed only through change sets: create the change set, show what
 * it changes (resource, action, replacement) and which permissions it adds or removes, then execute it while
 * streaming the stack's events. An empty change set is success (`changed: false`) and is deleted. A stack left in
 * `ROLLBACK_COMPLETE` by an earlier failed create can only be deleted, so it is deleted and created again.
 */
import {
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  GetTemplateCommand,
  type CloudFormationClient,
  type DescribeChangeSetCommandOutput,
  type Stack,
  type StackEvent,
} from '@aws-sdk/client-cloudformation'
import { ConfigError, OperationError, attempt } from '../errors/index.js'
import { pollUntil } from '../poll/index.js'
import type { Logger } from '../action/logger.js'
import type { Clock } from '../action/clock.js'
import { permissionDiff, type RoleTemplate } from './role-template.js'

/** What to deploy. */
export interface RoleStackParams {
  stackName: string
  template: RoleTemplate
  tags: Record<string, string>
  /** Create and show the change set, then delete it: nothing changes. */
  dryRun: boolean
  /** How long to wait for the change set and for the stack. */
  timeoutMs: number
}

/** One resource change of a change set. */
export interface StackChange {
  action: string
  logicalId: string
  resourceType: string
  /** `True`, `False`, `Conditional`, or empty for adds and removes. */
  replacement: string
  /** Properties that change (`Policies`, `Tags`). */
  properties: string[]
}

/** What happened to the stack. */
export interface RoleStackResult {
  stackName: string
  /** Empty when a dry run previews a stack that does not exist yet. */
  roleArn: string
  roleName: string
  changed: boolean
  changes: StackChange[]
  /** Permissions the change adds and removes (from the template before and after). */
  permissions: { added: string[]; removed: string[] }
  /** True when a `ROLLBACK_COMPLETE` stack was deleted and recreated. */
  recreated: boolean
  dryRun: boolean
  status: string
}

/** What the stack logic needs. */
export interface RoleStackDeps {
  cfn: CloudFormationClient
  log: Logger
  clock: Clock
}

const IN_PROGRESS = /_IN_PROGRESS$/
const NO_CHANGES = /didn't contain changes|No updates are to be performed/i

/** The stack, or undefined when there is none (CloudFormation answers a ValidationError "does not exist"). */
export async function describeStack(cfn: CloudFormationClient, stackName: string): Promise<Stack | undefined> {
  try {
    const found = await cfn.send(new DescribeStacksCommand({ StackName: stackName }))
    const stack = found.Stacks?.[0]
    return stack?.StackStatus === 'DELETE_COMPLETE' ? undefined : stack
  } catch (error) {
    if (/does not exist/.test((error as Error).message ?? '')) return undefined
    throw error
  }
}

/** The change set's resource changes in our words. */
export function stackChanges(changeSet: DescribeChangeSetCommandOutput): StackChange[] {
  return (changeSet.Changes ?? [])
    .map((c) => c.ResourceChange)
    .filter((r) => r !== undefined)
    .map((r) => ({
      action: r.Action ?? '',
      logicalId: r.LogicalResourceId ?? '',
      resourceType: r.ResourceType ?? '',
      replacement: r.Replacement ?? '',
      properties: [
        ...new Set((r.Details ?? []).map((d) => d.Target?.Name ?? d.Target?.Attribute ?? '').filter(Boolean)),
      ],
    }))
}

/** One line per stack event, as streamed to the log. */
export function eventLine(event: StackEvent): string {
  const reason = event.ResourceStatusReason ? `: ${event.ResourceStatusReason}` : ''
  return `${event.Timestamp?.toISOString() ?? ''} ${event.LogicalResourceId} (${event.ResourceType}) ${event.ResourceStatus}${reason}`
}

/** The event that explains a failed deployment: the first resource failure that is not a cancellation. */
export function failingEvent(events: StackEvent[]): StackEvent | undefined {
  const failures = events.filter(
    (e) => /_FAILED$/.test(e.ResourceStatus ?? '') && e.ResourceType !== 'AWS::CloudFormation::Stack',
  )
  return (
    failures.find((e) => !/cancelled/i.test(e.ResourceStatusReason ?? '')) ??
    failures[0] ??
    events.find((e) => /_FAILED$/.test(e.ResourceStatus ?? ''))
  )
}

/** Waits while the stack is busy (another deployment running); returns the settled stack. */
async function waitSettled(stackName: string, deps: RoleStackDeps, timeoutMs: number): Promise<Stack | undefined> {
  return pollUntil({
    what: `stack ${stackName}`,
    read: () => describeStack(deps.cfn, stackName),
    state: (s) => s?.StackStatus ?? 'DELETE_COMPLETE',
    verdict: (s) =>
      !s || s.StackStatus === 'REVIEW_IN_PROGRESS' || !IN_PROGRESS.test(s.StackStatus ?? '')
        ? { done: true }
        : { done: false },
    timeoutMs,
    clock: deps.clock,
    log: deps.log,
  })
}

/** Reads the stack events not `seen` yet (newest first from the API), marks them seen, returns them oldest first. */
async function newEvents(cfn: CloudFormationClient, stackName: string, seen: Set<string>): Promise<StackEvent[]> {
  const page = await cfn.send(new DescribeStackEventsCommand({ StackName: stackName }))
  const fresh = (page.StackEvents ?? []).filter((e) => e.EventId !== undefined && !seen.has(e.EventId))
  for (const e of fresh) seen.add(e.EventId ?? '')
  return fresh.reverse()
}

/** Executes a change set and streams events until the stack settles; throws naming the failing resource. */
async function executeAndWait(params: RoleStackParams, changeSetName: string, deps: RoleStackDeps): Promise<Stack> {
  const { cfn, log } = deps
  // Events from earlier deployments are marked seen by ID, not by time: the runner's clock and AWS's may differ.
  const seen = new Set<string>()
  await attempt('read the events of stack', params.stackName, () => newEvents(cfn, params.stackName, seen))
  await attempt('execute change set', `${params.stackName}/${changeSetName}`, () =>
    cfn.send(new ExecuteChangeSetCommand({ StackName: params.stackName, ChangeSetName: changeSetName })),
  )
  const events: StackEvent[] = []
  const stack = await attempt('wait for stack', params.stackName, () =>
    pollUntil({
      what: `stack ${params.stackName}`,
      read: async () => {
        const stack = await describeStack(cfn, params.stackName)
        for (const e of await newEvents(cfn, params.stackName, seen)) {
          events.push(e)
          log.info(eventLine(e))
        }
        return stack
      },
      state: (s) => s?.StackStatus ?? 'DELETE_COMPLETE',
      verdict: (s) => (s && !IN_PROGRESS.test(s.StackStatus ?? '') ? { done: true } : { done: false }),
      timeoutMs: params.timeoutMs,
      intervalMs: 1000,
      clock: deps.clock,
      log,
    }),
  )
  if (!stack) throw new OperationError('deploy stack', params.stackName, new Error('the stack disappeared'))
  const status = stack.StackStatus ?? ''
  if (status === 'CREATE_COMPLETE' || status === 'UPDATE_COMPLETE') return stack
  const failed = failingEvent(events)
  const cause = failed
    ? `${failed.LogicalResourceId} (${failed.ResourceType}) ${failed.ResourceStatus}: ${failed.ResourceStatusReason ?? 'no reason given'}`
    : `the stack ended in ${status}${stack.StackStatusReason ? `: ${stack.StackStatusReason}` : ''}`
  throw new OperationError('deploy stack', params.stackName, new Error(`${cause} (stack status ${status})`))
}

/** Deletes a stack and waits until it is gone. */
async function deleteStack(stackName: string, deps: RoleStackDeps, timeoutMs: number): Promise<void> {
  await attempt('delete stack', stackName, () => deps.cfn.send(new DeleteStackCommand({ StackName: stackName })))
  const left = await pollUntil({
    what: `deletion of stack ${stackName}`,
    read: () => describeStack(deps.cfn, stackName),
    state: (s) => s?.StackStatus ?? 'DELETE_COMPLETE',
    verdict: (s) =>
      !s
        ? { done: true }
        : s.StackStatus === 'DELETE_FAILED'
          ? { done: false, failed: s.StackStatusReason ?? 'DELETE_FAILED' }
          : { done: false },
    timeoutMs,
    clock: deps.clock,
    log: deps.log,
  })
  if (left) throw new OperationError('delete stack', stackName, new Error(left.StackStatus))
}

/** The template the stack runs now, parsed. */
async function currentTemplate(cfn: CloudFormationClient, stackName: string): Promise<RoleTemplate | undefined> {
  const got = await cfn.send(new GetTemplateCommand({ StackName: stackName, TemplateStage: 'Original' }))
  if (!got.TemplateBody) return undefined
  try {
    return JSON.parse(got.TemplateBody) as RoleTemplate
  } catch {
    return undefined // a template someone rewrote in YAML: the change set still says what changes
  }
}

/** Creates the change set and waits for it; undefined when it contains no changes (and it has been deleted). */
async function createChangeSet(
  params: RoleStackParams,
  changeSetName: string,
  type: 'CREATE' | 'UPDATE',
  deps: RoleStackDeps,
): Promise<DescribeChangeSetCommandOutput | undefined> {
  const { cfn } = deps
  await attempt('create change set', `${params.stackName}/${changeSetName}`, () =>
    cfn.send(
      new CreateChangeSetCommand({
        StackName: params.stackName,
        ChangeSetName: changeSetName,
        ChangeSetType: type,
        TemplateBody: JSON.stringify(params.template, null, 2),
        Capabilities: ['CAPABILITY_NAMED_IAM'],
        Tags: Object.entries(params.tags).map(([Key, Value]) => ({ Key, Value })),
        Description: 'agentcore-actions ensure-role',
      }),
    ),
  )
  const described = await attempt('describe change set', `${params.stackName}/${changeSetName}`, () =>
    pollUntil({
      what: `change set ${changeSetName}`,
      read: () => cfn.send(new DescribeChangeSetCommand({ StackName: params.stackName, ChangeSetName: changeSetName })),
      state: (c) => c.Status ?? 'UNKNOWN',
      verdict: (c) => (c.Status === 'CREATE_COMPLETE' || c.Status === 'FAILED' ? { done: true } : { done: false }),
      timeoutMs: params.timeoutMs,
      intervalMs: 500,
      clock: deps.clock,
      log: deps.log,
    }),
  )
  if (described.Status === 'FAILED') {
    await attempt('delete change set', changeSetName, () =>
      cfn.send(new DeleteChangeSetCommand({ StackName: params.stackName, ChangeSetName: changeSetName })),
    )
    if (NO_CHANGES.test(described.StatusReason ?? '')) return undefined
    throw new OperationError(
      'create change set',
      `${params.stackName}/${changeSetName}`,
      new Error(described.StatusReason ?? 'FAILED'),
    )
  }
  return described
}

/** The role ARN and name from the stack's outputs. */
function roleOutputs(stack: Stack | undefined): { roleArn: string; roleName: string } {
  const out = (key: string) => stack?.Outputs?.find((o) => o.OutputKey === key)?.OutputValue ?? ''
  return { roleArn: out('RoleArn'), roleName: out('RoleName') }
}

/** Brings the stack to the template through a change set. */
export async function ensureRoleStack(params: RoleStackParams, deps: RoleStackDeps): Promise<RoleStackResult> {
  const { cfn, log } = deps
  const { stackName } = params
  let stack = await attempt('describe stack', stackName, () => waitSettled(stackName, deps, params.timeoutMs))
  let recreated = false
  if (stack?.StackStatus === 'ROLLBACK_COMPLETE' || stack?.StackStatus === 'ROLLBACK_FAILED') {
    if (params.dryRun) {
      log.warning(
        `Stack ${stackName} is in ${stack.StackStatus} after an earlier failed create; a real run deletes and recreates it.`,
      )
      // No change set can be made for such a stack: the preview is the whole template, added anew.
      const changes = Object.entries(params.template.Resources).map(([logicalId, r]) => ({
        action: 'Add',
        logicalId,
        resourceType: r.Type,
        replacement: '',
        properties: [],
      }))
      for (const c of changes) log.info(`  ${c.action} ${c.logicalId} (${c.resourceType})`)
      return {
        stackName,
        roleArn: '',
        roleName: '',
        changed: true,
        changes,
        permissions: permissionDiff(undefined, params.template),
        recreated: false,
        dryRun: true,
        status: stack.StackStatus,
      }
    } else {
      log.warning(
        `Stack ${stackName} is in ${stack.StackStatus} after an earlier failed create; it cannot be updated, so it is deleted and created again.`,
      )
      await deleteStack(stackName, deps, params.timeoutMs)
      stack = undefined
      recreated = true
    }
  }
  if (stack?.StackStatus === 'UPDATE_ROLLBACK_FAILED')
    throw new ConfigError(
      `Stack ${stackName} is in UPDATE_ROLLBACK_FAILED and cannot be changed. Fix the cause shown in its events, then run "aws cloudformation continue-update-rollback --stack-name ${stackName}" and rerun.`,
    )
  // A stack in REVIEW_IN_PROGRESS has never been created (an earlier change set was not executed): create it.
  const exists =
    stack !== undefined && stack.StackStatus !== 'REVIEW_IN_PROGRESS' && stack.StackStatus !== 'ROLLBACK_COMPLETE'
  const type = exists ? 'UPDATE' : 'CREATE'
  const before = exists
    ? await attempt('read the template of stack', stackName, () => currentTemplate(cfn, stackName))
    : undefined
  const permissions = permissionDiff(before, params.template)
  const changeSetName = `agentcore-${deps.clock.now()}`
  const changeSet = await createChangeSet(params, changeSetName, type, deps)

  const base = { stackName, recreated, dryRun: params.dryRun, permissions }
  if (!changeSet) {
    log.info(`Stack ${stackName} is up to date: the change set has no changes (deleted).`)
    return {
      ...base,
      ...roleOutputs(stack),
      changed: false,
      changes: [],
      permissions: { added: [], removed: [] },
      status: stack?.StackStatus ?? '',
    }
  }
  const changes = stackChanges(changeSet)
  log.info(`Change set ${changeSetName} (${type}):`)
  for (const c of changes)
    log.info(
      `  ${c.action} ${c.logicalId} (${c.resourceType})${c.replacement ? ` replacement: ${c.replacement}` : ''}${c.properties.length ? ` [${c.properties.join(', ')}]` : ''}`,
    )
  for (const line of permissions.added) log.info(`  + ${line}`)
  for (const line of permissions.removed) log.info(`  - ${line}`)

  if (params.dryRun) {
    await attempt('delete change set', changeSetName, () =>
      cfn.send(new DeleteChangeSetCommand({ StackName: stackName, ChangeSetName: changeSetName })),
    )
    // A CREATE change set leaves an empty stack in REVIEW_IN_PROGRESS: remove it so that the dry run changes nothing.
    if (!stack) await deleteStack(stackName, deps, params.timeoutMs)
    log.info('Dry run: the change set was deleted; nothing changed.')
    return { ...base, ...roleOutputs(stack), changed: true, changes, status: stack?.StackStatus ?? 'NONE' }
  }
  const done = await executeAndWait(params, changeSetName, deps)
  return { ...base, ...roleOutputs(done), changed: true, changes, status: done.StackStatus ?? '' }
}
