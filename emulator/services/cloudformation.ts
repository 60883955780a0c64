/**
 * CloudFormation (awsQuery: form body in, XML out): change sets (CREATE and UPDATE), stacks, events, resources,
 * templates and drift, for templates with `AWS::IAM::Role` and `AWS::ECR::Repository`. Executing a change set
 * really creates the roles in the IAM service and the repositories in the ECR service; drift detection compares
 * the template with them. Statuses pass through `*_IN_PROGRESS` for `transitionDelayMs`; see
 * `cloudformation/stack-engine.ts` for rollback and fault injection.
 */
import { randomUUID } from 'node:crypto'
import type { ServiceHost } from '../host.js'
import { StackEngine } from '../cloudformation/stack-engine.js'
import { RESOURCE_TYPES } from '../cloudformation/resource-types.js'
import { StackStore, isInProgress, type ChangeSet, type DriftDetection, type Stack } from '../cloudformation/stacks.js'
import { bindParameters, parseTemplate, type Template } from '../cloudformation/template.js'
import { ServiceError } from '../protocols/json.js'
import { parseForm, queryError, queryList, queryResult, queryStructList } from '../protocols/query.js'
import type { EmulatorRequest, EmulatorResponse, Service } from '../types.js'
import type { EcrService } from './ecr.js'
import type { IamService } from './iam.js'

const NAMESPACE = 'http://cloudformation.amazonaws.com/doc/2010-05-15/'
const NAME = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/
const SUPPORTED_TYPES = new Set(RESOURCE_TYPES.keys())
const NO_CHANGES =
  "The submitted information didn't contain changes. Submit different information to create a change set."

/** The CloudFormation service; `stacks` and `engine` are there for tests' direct inspection. */
export interface CloudFormationService extends Service {
  readonly stacks: StackStore
}

function validationError(message: string): ServiceError {
  return new ServiceError('ValidationError', 400, message)
}

function required(form: URLSearchParams, name: string): string {
  const value = form.get(name)
  if (value === null || value === '') {
    throw validationError(
      `1 validation error detected: Value null at '${name[0].toLowerCase()}${name.slice(1)}' failed to satisfy ` +
        'constraint: Member must not be null',
    )
  }
  return value
}

function assertName(field: string, value: string): void {
  if (!NAME.test(value)) {
    throw validationError(
      `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: Member must ` +
        'satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*',
    )
  }
}

/** The capability a template needs for its IAM resources, if any. */
function requiredCapability(template: Template): string | undefined {
  let needed: string | undefined
  for (const resource of Object.values(template.Resources)) {
    const capability = RESOURCE_TYPES.get(resource.Type)?.capability?.(resource.Properties ?? {})
    if (capability === 'CAPABILITY_NAMED_IAM') return capability
    if (capability) needed = capability
  }
  return needed
}

/** Creates the CloudFormation service. */
export function createCloudFormationService(host: ServiceHost): CloudFormationService {
  const stacks = new StackStore()
  const engine = new StackEngine({
    settings: host.settings,
    faults: host.faults,
    provision: (account, region, stackName) => ({
      account,
      region,
      stackName,
      roles: host.service<IamService>('iam').roles,
      ecr: host.service<EcrService>('ecr'),
    }),
  })

  /** A live stack by name or any stack by id, or CloudFormation's "does not exist". */
  const stackOf = (req: EmulatorRequest, nameOrId: string): Stack => {
    const stack = stacks.find(req.account, req.region, nameOrId)
    if (!stack) throw validationError(`Stack with id ${nameOrId} does not exist`)
    return stack
  }

  const changeSetOf = (req: EmulatorRequest, form: URLSearchParams): { stack: Stack; changeSet: ChangeSet } => {
    const nameOrId = required(form, 'ChangeSetName')
    if (nameOrId.startsWith('arn:')) {
      const found = stacks.findChangeSet(nameOrId)
      if (!found) throw new ServiceError('ChangeSetNotFound', 404, `ChangeSet [${nameOrId}] does not exist`)
      return found
    }
    const stackName = form.get('StackName')
    if (!stackName) {
      throw validationError('StackName must be specified if ChangeSetName is not specified as an ARN.')
    }
    const stack = stacks.find(req.account, req.region, stackName)
    const changeSet = stack?.changeSets.get(nameOrId)
    if (!stack || !changeSet) throw new ServiceError('ChangeSetNotFound', 404, `ChangeSet [${nameOrId}] does not exist`)
    return { stack, changeSet }
  }

  const parametersXml = (stack: Pick<Stack, 'parameters'>, template?: Template) =>
    Object.entries(stack.parameters).map(([key, value]) => {
      const noEcho = String(template?.Parameters[key]?.NoEcho ?? 'false') === 'true'
      return { ParameterKey: key, ParameterValue: noEcho ? '****' : value }
    })

  const stackXml = (stack: Stack) => ({
    StackId: stack.stackId,
    StackName: stack.stackName,
    Description: stack.description,
    Parameters: parametersXml(stack, stack.template),
    CreationTime: stack.creationTime,
    DeletionTime: stack.deletionTime,
    LastUpdatedTime: stack.lastUpdatedTime,
    StackStatus: stack.status,
    StackStatusReason: stack.statusReason,
    DisableRollback: false,
    Capabilities: stack.capabilities,
    Outputs: stack.outputs,
    Tags: stack.tags,
    EnableTerminationProtection: false,
    DriftInformation: { StackDriftStatus: stack.driftStatus, LastCheckTimestamp: stack.lastDriftCheck },
  })

  const resourceDriftInfo = (r: Stack['resources'] extends Map<string, infer R> ? R : never) => ({
    StackResourceDriftStatus: r.drift?.status ?? 'NOT_CHECKED',
    LastCheckTimestamp: r.drift?.timestamp,
  })

  /** Page of a list: NextToken is the index to resume from. */
  const page = <T>(items: T[], form: URLSearchParams, size: number) => {
    const start = Number(form.get('NextToken') ?? 0) || 0
    const next = start + size < items.length ? String(start + size) : undefined
    return { items: items.slice(start, start + size), next }
  }

  /** Runs a background operation; an unexpected error leaves the stack failed instead of crashing the emulator. */
  const background = (stack: Stack, run: Promise<void>, failedStatus: string) => {
    run.catch((error: Error) => engine.stackStatus(stack, failedStatus, `Emulator error: ${error.message}`))
  }

  const handlers: Record<string, (req: EmulatorRequest, form: URLSearchParams) => unknown> = {
    CreateChangeSet(req, form) {
      const stackName = required(form, 'StackName')
      const changeSetName = required(form, 'ChangeSetName')
      assertName('stackName', stackName)
      assertName('changeSetName', changeSetName)
      const type = (form.get('ChangeSetType') ?? 'UPDATE') as 'CREATE' | 'UPDATE' | 'IMPORT'
      if (type !== 'CREATE' && type !== 'UPDATE') {
        throw validationError(`ChangeSetType ${type} is not supported by the emulator (CREATE or UPDATE)`)
      }
      let stack = stacks.find(req.account, req.region, stackName)
      if (type === 'CREATE' && stack && stack.status !== 'REVIEW_IN_PROGRESS') {
        throw new ServiceError(
          'AlreadyExistsException',
          400,
          `Stack [${stackName}] already exists and cannot be created again with the changeSet [${changeSetName}].`,
        )
      }
      if (type === 'UPDATE') {
        if (!stack || stack.status === 'REVIEW_IN_PROGRESS')
          throw validationError(`Stack [${stackName}] does not exist`)
        if (
          stack.status === 'ROLLBACK_COMPLETE' ||
          stack.status === 'ROLLBACK_FAILED' ||
          stack.status === 'DELETE_FAILED' ||
          stack.status === 'CREATE_FAILED' ||
          isInProgress(stack.status)
        ) {
          throw validationError(`Stack:${stack.stackId} is in ${stack.status} state and can not be updated.`)
        }
      }
      if (stack?.changeSets.has(changeSetName)) {
        throw new ServiceError('AlreadyExistsException', 400, `ChangeSet [${changeSetName}] already exists`)
      }
      let templateBody = form.get('TemplateBody') ?? undefined
      if (form.get('UsePreviousTemplate') === 'true') {
        if (type !== 'UPDATE' || !stack?.templateBody) {
          throw validationError('UsePreviousTemplate can only be used with an existing stack (ChangeSetType UPDATE)')
        }
        templateBody = stack.templateBody
      }
      if (templateBody === undefined) {
        throw validationError(
          form.has('TemplateURL')
            ? 'TemplateURL is not supported by the emulator: pass the template in TemplateBody'
            : 'Either Template URL or Template Body must be specified.',
        )
      }
      const template = parseTemplate(templateBody, SUPPORTED_TYPES)
      const parameters = bindParameters(
        template,
        queryStructList(form, 'Parameters').map((p) => ({
          key: p.ParameterKey,
          value: p.ParameterValue,
          usePrevious: p.UsePreviousValue === 'true',
        })),
        stack?.parameters ?? {},
      )
      const capabilities = queryList(form, 'Capabilities')
      const needed = requiredCapability(template)
      const satisfied =
        needed === undefined ||
        capabilities.includes(needed) ||
        (needed === 'CAPABILITY_IAM' && capabilities.includes('CAPABILITY_NAMED_IAM'))
      if (!satisfied) {
        throw new ServiceError('InsufficientCapabilitiesException', 400, `Requires capabilities : [${needed}]`)
      }
      if (!stack) {
        stack = {
          stackId: `arn:aws:cloudformation:${req.region}:${req.account}:stack/${stackName}/${randomUUID()}`,
          stackName,
          account: req.account,
          region: req.region,
          status: 'REVIEW_IN_PROGRESS',
          creationTime: new Date(),
          parameters: {},
          outputs: [],
          resources: new Map(),
          events: [],
          changeSets: new Map(),
          capabilities: [],
          tags: [],
          driftStatus: 'NOT_CHECKED',
          detections: new Map(),
        }
        stacks.add(stack)
        engine.stackStatus(stack, 'REVIEW_IN_PROGRESS', 'User Initiated')
      }
      const changes = engine.plan(stack, template, parameters)
      const outputsChanged = JSON.stringify(template.Outputs) !== JSON.stringify(stack.template?.Outputs ?? {})
      const changeSet: ChangeSet = {
        id: `arn:aws:cloudformation:${req.region}:${req.account}:changeSet/${changeSetName}/${randomUUID()}`,
        name: changeSetName,
        type,
        status: 'CREATE_PENDING',
        executionStatus: 'UNAVAILABLE',
        creationTime: new Date(),
        description: form.get('Description') ?? undefined,
        templateBody,
        template,
        parameters,
        capabilities,
        tags: queryStructList(form, 'Tags').map((t) => ({ Key: t.Key, Value: t.Value })),
        changes,
      }
      stack.changeSets.set(changeSetName, changeSet)
      const created = stack
      // CloudFormation computes the change set asynchronously: CREATE_PENDING → CREATE_IN_PROGRESS → final.
      setTimeout(() => {
        changeSet.status = 'CREATE_IN_PROGRESS'
        setTimeout(() => {
          if (!created.changeSets.has(changeSetName) || changeSet.status !== 'CREATE_IN_PROGRESS') return
          if (changes.length === 0 && !outputsChanged && type === 'UPDATE') {
            changeSet.status = 'FAILED'
            changeSet.statusReason = NO_CHANGES
          } else {
            changeSet.status = 'CREATE_COMPLETE'
            changeSet.executionStatus = 'AVAILABLE'
          }
        }, host.settings.transitionDelayMs).unref()
      }, 0).unref()
      return { Id: changeSet.id, StackId: stack.stackId }
    },
    DescribeChangeSet(req, form) {
      const { stack, changeSet } = changeSetOf(req, form)
      return {
        ChangeSetName: changeSet.name,
        ChangeSetId: changeSet.id,
        StackId: stack.stackId,
        StackName: stack.stackName,
        Description: changeSet.description,
        Parameters: parametersXml(changeSet, changeSet.template),
        CreationTime: changeSet.creationTime,
        ExecutionStatus: changeSet.executionStatus,
        Status: changeSet.status,
        StatusReason: changeSet.statusReason,
        Capabilities: changeSet.capabilities,
        Tags: changeSet.tags,
        Changes: changeSet.changes.map((c) => ({
          Type: 'Resource',
          ResourceChange: {
            Action: c.action,
            LogicalResourceId: c.logicalId,
            PhysicalResourceId: c.physicalId,
            ResourceType: c.type,
            Replacement: c.replacement,
            Scope: c.scope,
            Details: c.details,
          },
        })),
        IncludeNestedStacks: false,
      }
    },
    ExecuteChangeSet(req, form) {
      const { stack, changeSet } = changeSetOf(req, form)
      if (changeSet.executionStatus !== 'AVAILABLE') {
        throw new ServiceError(
          'InvalidChangeSetStatus',
          400,
          `ChangeSet [${changeSet.id}] cannot be executed in its current execution status of [${changeSet.executionStatus}]`,
        )
      }
      if (isInProgress(stack.status)) {
        throw validationError(`Stack:${stack.stackId} is in ${stack.status} state and can not be updated.`)
      }
      const creating = stack.status === 'REVIEW_IN_PROGRESS'
      background(stack, engine.execute(stack, changeSet), creating ? 'CREATE_FAILED' : 'UPDATE_ROLLBACK_FAILED')
      return {}
    },
    DeleteChangeSet(req, form) {
      const { stack, changeSet } = changeSetOf(req, form)
      if (changeSet.executionStatus === 'EXECUTE_IN_PROGRESS') {
        throw new ServiceError(
          'InvalidChangeSetStatus',
          400,
          `Cannot delete ChangeSet in status ${changeSet.executionStatus}`,
        )
      }
      stack.changeSets.delete(changeSet.name)
      return {}
    },
    ListChangeSets(req, form) {
      const stack = stackOf(req, required(form, 'StackName'))
      return {
        Summaries: [...stack.changeSets.values()].map((c) => ({
          StackId: stack.stackId,
          StackName: stack.stackName,
          ChangeSetId: c.id,
          ChangeSetName: c.name,
          ExecutionStatus: c.executionStatus,
          Status: c.status,
          StatusReason: c.statusReason,
          CreationTime: c.creationTime,
          Description: c.description,
        })),
      }
    },
    DescribeStacks(req, form) {
      const name = form.get('StackName')
      const found = name ? [stackOf(req, name)] : stacks.list(req.account, req.region)
      return { Stacks: found.map(stackXml) }
    },
    ListStacks(req, form) {
      const filter = queryList(form, 'StackStatusFilter')
      return {
        StackSummaries: stacks
          .all(req.account, req.region)
          .filter((s) => filter.length === 0 || filter.includes(s.status))
          .map((s) => ({
            StackId: s.stackId,
            StackName: s.stackName,
            CreationTime: s.creationTime,
            LastUpdatedTime: s.lastUpdatedTime,
            DeletionTime: s.deletionTime,
            StackStatus: s.status,
            StackStatusReason: s.statusReason,
            DriftInformation: { StackDriftStatus: s.driftStatus, LastCheckTimestamp: s.lastDriftCheck },
          })),
      }
    },
    DescribeStackEvents(req, form) {
      const stack = stackOf(req, required(form, 'StackName'))
      // Newest first, as CloudFormation lists them.
      const { items, next } = page([...stack.events].reverse(), form, 100)
      return {
        StackEvents: items.map((e) => ({
          StackId: stack.stackId,
          EventId: e.eventId,
          StackName: stack.stackName,
          LogicalResourceId: e.logicalId,
          PhysicalResourceId: e.physicalId,
          ResourceType: e.resourceType,
          Timestamp: e.timestamp,
          ResourceStatus: e.status,
          ResourceStatusReason: e.reason,
        })),
        NextToken: next,
      }
    },
    DescribeStackResources(req, form) {
      const physicalId = form.get('PhysicalResourceId')
      const stackName = form.get('StackName')
      let stack: Stack | undefined
      if (stackName) stack = stackOf(req, stackName)
      else if (physicalId) {
        stack = stacks
          .list(req.account, req.region)
          .find((s) => [...s.resources.values()].some((r) => r.physicalId === physicalId))
        if (!stack) throw validationError(`Stack for ${physicalId} does not exist`)
      } else {
        throw validationError('Either StackName or PhysicalResourceId must be specified.')
      }
      const logicalId = form.get('LogicalResourceId')
      const owner = stack
      return {
        StackResources: [...owner.resources.values()]
          .filter((r) => !logicalId || r.logicalId === logicalId)
          .map((r) => ({
            StackName: owner.stackName,
            StackId: owner.stackId,
            LogicalResourceId: r.logicalId,
            PhysicalResourceId: r.physicalId,
            ResourceType: r.type,
            Timestamp: r.timestamp,
            ResourceStatus: r.status,
            ResourceStatusReason: r.statusReason,
            DriftInformation: resourceDriftInfo(r),
          })),
      }
    },
    ListStackResources(req, form) {
      const stack = stackOf(req, required(form, 'StackName'))
      return {
        StackResourceSummaries: [...stack.resources.values()].map((r) => ({
          LogicalResourceId: r.logicalId,
          PhysicalResourceId: r.physicalId,
          ResourceType: r.type,
          LastUpdatedTimestamp: r.timestamp,
          ResourceStatus: r.status,
          ResourceStatusReason: r.statusReason,
          DriftInformation: resourceDriftInfo(r),
        })),
      }
    },
    DeleteStack(req, form) {
      const stack = stacks.find(req.account, req.region, required(form, 'StackName'))
      // Deleting a stack that does not exist (or is already gone or going) succeeds, as in CloudFormation.
      if (!stack || stack.status === 'DELETE_COMPLETE' || stack.status === 'DELETE_IN_PROGRESS') return {}
      if (isInProgress(stack.status)) {
        throw validationError(`Stack [${stack.stackName}] cannot be deleted while in status ${stack.status}`)
      }
      background(
        stack,
        engine.deleteStack(stack, () => stacks.retire(stack)),
        'DELETE_FAILED',
      )
      return {}
    },
    GetTemplate(req, form) {
      const changeSetName = form.get('ChangeSetName')
      if (changeSetName) {
        const { changeSet } = changeSetOf(req, form)
        return { TemplateBody: changeSet.templateBody, StagesAvailable: ['Original', 'Processed'] }
      }
      const stack = stackOf(req, required(form, 'StackName'))
      return { TemplateBody: stack.templateBody ?? '{}', StagesAvailable: ['Original', 'Processed'] }
    },
    ValidateTemplate(_req, form) {
      const template = parseTemplate(required(form, 'TemplateBody'), SUPPORTED_TYPES)
      const capability = requiredCapability(template)
      return {
        Description: template.Description,
        Parameters: Object.entries(template.Parameters).map(([key, p]) => ({
          ParameterKey: key,
          DefaultValue: p.Default?.toString(),
          NoEcho: String(p.NoEcho ?? 'false') === 'true',
          Description: p.Description,
        })),
        Capabilities: capability ? [capability] : [],
      }
    },
    DetectStackDrift(req, form) {
      const stack = stackOf(req, required(form, 'StackName'))
      if (isInProgress(stack.status) || stack.status === 'REVIEW_IN_PROGRESS' || stack.resources.size === 0) {
        throw validationError(`Stack [${stack.stackName}] is in ${stack.status} state and drift detection cannot run`)
      }
      const detection: DriftDetection = { id: randomUUID(), status: 'DETECTION_IN_PROGRESS', timestamp: new Date() }
      stack.detections.set(detection.id, detection)
      engine.detectDrift(stack, detection).catch((error: Error) => {
        detection.status = 'DETECTION_FAILED'
        detection.reason = error.message
      })
      return { StackDriftDetectionId: detection.id }
    },
    DescribeStackDriftDetectionStatus(req, form) {
      const id = required(form, 'StackDriftDetectionId')
      const stack = stacks.all(req.account, req.region).find((s) => s.detections.has(id))
      const detection = stack?.detections.get(id)
      if (!stack || !detection) throw validationError(`Drift detection with id ${id} does not exist`)
      return {
        StackId: stack.stackId,
        StackDriftDetectionId: id,
        StackDriftStatus: detection.stackDriftStatus,
        DetectionStatus: detection.status,
        DetectionStatusReason: detection.reason,
        DriftedStackResourceCount: detection.driftedCount,
        Timestamp: detection.timestamp,
      }
    },
    DescribeStackResourceDrifts(req, form) {
      const stack = stackOf(req, required(form, 'StackName'))
      const filters = queryList(form, 'StackResourceDriftStatusFilters')
      return {
        StackResourceDrifts: [...stack.resources.values()]
          .filter((r) => r.drift && (filters.length === 0 || filters.includes(r.drift.status)))
          .map((r) => ({
            StackId: stack.stackId,
            LogicalResourceId: r.logicalId,
            PhysicalResourceId: r.physicalId,
            ResourceType: r.type,
            ExpectedProperties: JSON.stringify(r.drift?.expected),
            ActualProperties: r.drift?.actual ? JSON.stringify(r.drift.actual) : undefined,
            PropertyDifferences: r.drift?.differences,
            StackResourceDriftStatus: r.drift?.status,
            Timestamp: r.drift?.timestamp,
          })),
      }
    },
  }

  return {
    name: 'cloudformation',
    stacks,
    operation: (req: EmulatorRequest) => parseForm(req.body).get('Action') ?? 'Unknown',
    async handle(req: EmulatorRequest, operation: string): Promise<EmulatorResponse> {
      const handler = handlers[operation]
      if (!handler) {
        return queryError({
          type: 'InvalidAction',
          status: 400,
          message: `Unsupported CloudFormation action: ${operation}`,
        })
      }
      try {
        return queryResult(operation, NAMESPACE, handler(req, parseForm(req.body)))
      } catch (error) {
        if (error instanceof ServiceError) return queryError(error.toFault())
        throw error
      }
    },
    reset() {
      engine.reset()
      stacks.reset()
    },
    snapshot: () => ({ stacks: stacks.snapshot() }),
  }
}
