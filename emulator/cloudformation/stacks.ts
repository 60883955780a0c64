/**
 * CloudFormation's state: stacks per (account, region), their resources, events, change sets and drift results.
 * Deleted stacks stay readable by stack id (as in CloudFormation) but free their name.
 */
import type { Properties } from './resource-types.js'
import type { Template } from './template.js'

/** A resource of a stack. */
export interface StackResource {
  logicalId: string
  type: string
  physicalId?: string
  status: string
  statusReason?: string
  /** The properties it was last provisioned with (resolved). */
  properties: Properties
  timestamp: Date
  drift?: ResourceDrift
}

/** One difference found by drift detection. */
export interface PropertyDifference {
  PropertyPath: string
  ExpectedValue: string
  ActualValue: string
  DifferenceType: 'ADD' | 'REMOVE' | 'NOT_EQUAL'
}

/** The drift of one resource at the last detection. */
export interface ResourceDrift {
  status: 'IN_SYNC' | 'MODIFIED' | 'DELETED' | 'NOT_CHECKED'
  expected: Properties
  actual?: Properties
  differences: PropertyDifference[]
  timestamp: Date
}

/** A stack event (DescribeStackEvents lists them newest first). */
export interface StackEvent {
  eventId: string
  logicalId: string
  physicalId?: string
  resourceType: string
  timestamp: Date
  status: string
  reason?: string
  properties?: string
}

/** One row of a change set's Changes. */
export interface ResourceChange {
  action: 'Add' | 'Modify' | 'Remove'
  logicalId: string
  physicalId?: string
  type: string
  replacement?: 'True' | 'False' | 'Conditional'
  scope: string[]
  details: {
    Target: { Attribute: string; Name?: string; RequiresRecreation: 'Never' | 'Conditionally' | 'Always' }
    Evaluation: 'Static' | 'Dynamic'
    ChangeSource: string
  }[]
}

/** A change set. */
export interface ChangeSet {
  id: string
  name: string
  type: 'CREATE' | 'UPDATE'
  status: 'CREATE_PENDING' | 'CREATE_IN_PROGRESS' | 'CREATE_COMPLETE' | 'FAILED' | 'DELETE_COMPLETE'
  executionStatus: 'UNAVAILABLE' | 'AVAILABLE' | 'EXECUTE_IN_PROGRESS' | 'EXECUTE_COMPLETE' | 'EXECUTE_FAILED'
  statusReason?: string
  creationTime: Date
  description?: string
  templateBody: string
  template: Template
  parameters: Record<string, string>
  capabilities: string[]
  tags: { Key: string; Value: string }[]
  changes: ResourceChange[]
}

/** A drift detection run. */
export interface DriftDetection {
  id: string
  status: 'DETECTION_IN_PROGRESS' | 'DETECTION_COMPLETE' | 'DETECTION_FAILED'
  stackDriftStatus?: 'DRIFTED' | 'IN_SYNC' | 'NOT_CHECKED'
  driftedCount?: number
  reason?: string
  timestamp: Date
}

/** A stack. */
export interface Stack {
  stackId: string
  stackName: string
  account: string
  region: string
  status: string
  statusReason?: string
  creationTime: Date
  lastUpdatedTime?: Date
  deletionTime?: Date
  description?: string
  templateBody?: string
  template?: Template
  parameters: Record<string, string>
  outputs: { OutputKey: string; OutputValue: string; Description?: string; ExportName?: string }[]
  resources: Map<string, StackResource>
  events: StackEvent[]
  changeSets: Map<string, ChangeSet>
  capabilities: string[]
  tags: { Key: string; Value: string }[]
  driftStatus: 'NOT_CHECKED' | 'IN_SYNC' | 'DRIFTED'
  lastDriftCheck?: Date
  detections: Map<string, DriftDetection>
}

/** Statuses in which a stack accepts no new operation. */
export function isInProgress(status: string): boolean {
  return status.endsWith('_IN_PROGRESS') && status !== 'REVIEW_IN_PROGRESS'
}

/** Every stack of every account and region. */
export class StackStore {
  /** `<account>/<region>` → name → live (not deleted) stack */
  private readonly live = new Map<string, Map<string, Stack>>()
  /** stack id → stack, deleted ones included */
  private readonly byId = new Map<string, Stack>()

  /** Finds a live stack by name or any stack by id (ARN). */
  find(account: string, region: string, nameOrId: string): Stack | undefined {
    if (nameOrId.startsWith('arn:')) return this.byId.get(nameOrId)
    return this.live.get(`${account}/${region}`)?.get(nameOrId)
  }

  /** Live stacks of a region, newest first. */
  list(account: string, region: string): Stack[] {
    return [...(this.live.get(`${account}/${region}`)?.values() ?? [])].reverse()
  }

  /** Stacks of a region, deleted ones included (ListStacks). */
  all(account: string, region: string): Stack[] {
    return [...this.byId.values()].filter((s) => s.account === account && s.region === region).reverse()
  }

  /** Registers a new stack (REVIEW_IN_PROGRESS). */
  add(stack: Stack): void {
    const key = `${stack.account}/${stack.region}`
    let stacks = this.live.get(key)
    if (!stacks) this.live.set(key, (stacks = new Map()))
    stacks.set(stack.stackName, stack)
    this.byId.set(stack.stackId, stack)
  }

  /** Frees the stack's name; it stays readable by id. */
  retire(stack: Stack): void {
    this.live.get(`${stack.account}/${stack.region}`)?.delete(stack.stackName)
  }

  /** Every change set of every stack, for lookups by change set ARN. */
  findChangeSet(id: string): { stack: Stack; changeSet: ChangeSet } | undefined {
    for (const stack of this.byId.values()) {
      for (const changeSet of stack.changeSets.values()) if (changeSet.id === id) return { stack, changeSet }
    }
    return undefined
  }

  reset(): void {
    this.live.clear()
    this.byId.clear()
  }

  /** A JSON-able view: `<account>/<region>` → stack name → status and resources. */
  snapshot(): Record<string, Record<string, unknown>> {
    const view: Record<string, Record<string, unknown>> = {}
    for (const [key, stacks] of this.live) {
      view[key] = Object.fromEntries(
        [...stacks.values()].map((s) => [
          s.stackName,
          {
            stackId: s.stackId,
            status: s.status,
            resources: Object.fromEntries(
              [...s.resources.values()].map((r) => [
                r.logicalId,
                { type: r.type, physicalId: r.physicalId, status: r.status },
              ]),
            ),
            changeSets: [...s.changeSets.values()].map((c) => ({ name: c.name, status: c.status })),
          },
        ]),
      )
    }
    return view
  }
}
