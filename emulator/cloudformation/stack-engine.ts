/**
 * What CloudFormation does over time: plans a change set's Changes, executes it resource by resource (each
 * `*_IN_PROGRESS` for `transitionDelayMs`, events recorded), rolls back on failure (ROLLBACK_COMPLETE for a new
 * stack, UPDATE_ROLLBACK_COMPLETE for an update), deletes stacks and detects drift against the live services.
 *
 * A fault rule `{service: 'cloudformation', operation: 'ExecuteChangeSet' | 'DeleteStack', failureReason,
 * pathIncludes?: '<stack name>/<logical id>'}` makes the matching resource fail with that reason.
 */
import { randomUUID } from 'node:crypto'
import type { FaultBook } from '../faults.js'
import type { EmulatorSettings } from '../types.js'
import { propertyDifferences } from './drift.js'
import { RESOURCE_TYPES, type Properties, type ProvisionContext, type ResourceType } from './resource-types.js'
import type { ChangeSet, DriftDetection, ResourceChange, Stack, StackResource } from './stacks.js'
import {
  KNOWN_AFTER_APPLY,
  creationOrder,
  evaluateConditions,
  resolveValue,
  type ResolveContext,
  type Template,
} from './template.js'

/** What the engine needs from the emulator. */
export interface EngineDeps {
  settings: EmulatorSettings
  faults: FaultBook
  provision(account: string, region: string, stackName: string): ProvisionContext
}

const canonical = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => v)

function typeOf(name: string): ResourceType {
  const type = RESOURCE_TYPES.get(name)
  if (!type) throw new Error(`unsupported resource type ${name}`)
  return type
}

/** Runs stack operations; `reset()` abandons the ones in flight. */
export class StackEngine {
  private generation = 0

  constructor(private readonly deps: EngineDeps) {}

  /** Abandons every operation in flight (their next step sees a new generation and stops). */
  reset(): void {
    this.generation += 1
  }

  /** Waits one transition; false when the emulator was reset meanwhile. */
  private async step(generation: number): Promise<boolean> {
    const ms = this.deps.settings.transitionDelayMs
    if (ms > 0) await new Promise((r) => setTimeout(r, ms).unref())
    return generation === this.generation
  }

  /** The resolution context of a stack: parameters, conditions, and the resources it has now. */
  resolveContext(stack: Stack, template: Template, parameters: Record<string, string>): ResolveContext {
    const provision = this.deps.provision(stack.account, stack.region, stack.stackName)
    const base = {
      account: stack.account,
      region: stack.region,
      stackName: stack.stackName,
      stackId: stack.stackId,
      parameters,
      resource: (logicalId: string) => {
        const r = stack.resources.get(logicalId)
        if (!r?.physicalId) return undefined
        return { ref: r.physicalId, attributes: typeOf(r.type).attributes(provision, r.physicalId) }
      },
    }
    return { ...base, conditions: evaluateConditions(template, base) }
  }

  /** The change set's Changes: template resources against what the stack has. */
  plan(stack: Stack, template: Template, parameters: Record<string, string>): ResourceChange[] {
    const ctx = this.resolveContext(stack, template, parameters)
    const included = (id: string) => {
      const condition = template.Resources[id].Condition
      return condition === undefined || ctx.conditions[condition] === true
    }
    const changes: ResourceChange[] = []
    for (const id of creationOrder(template, included)) {
      const resource = template.Resources[id]
      const existing = stack.resources.get(id)
      if (!existing) {
        changes.push({ action: 'Add', logicalId: id, type: resource.Type, scope: [], details: [] })
        continue
      }
      const type = typeOf(resource.Type)
      const wanted = (resolveValue(resource.Properties ?? {}, ctx) ?? {}) as Properties
      const names = [...new Set([...Object.keys(wanted), ...Object.keys(existing.properties)])].filter(
        (k) => canonical(wanted[k]) !== canonical(existing.properties[k]),
      )
      if (names.length === 0 && existing.type === resource.Type) continue
      const replaces = names.some((n) => type.replacedBy.includes(n)) || existing.type !== resource.Type
      const dynamic = (name: string) => canonical(wanted[name]).includes(KNOWN_AFTER_APPLY)
      changes.push({
        action: 'Modify',
        logicalId: id,
        physicalId: existing.physicalId,
        type: resource.Type,
        replacement: replaces ? 'True' : names.some(dynamic) ? 'Conditional' : 'False',
        scope: [...new Set(names.map((n) => (n === 'Tags' ? 'Tags' : 'Properties')))],
        details: names.map((n) => ({
          Target: {
            Attribute: n === 'Tags' ? 'Tags' : 'Properties',
            Name: n,
            RequiresRecreation: type.replacedBy.includes(n) ? 'Always' : 'Never',
          },
          Evaluation: dynamic(n) ? 'Dynamic' : 'Static',
          ChangeSource: dynamic(n) ? 'ResourceAttribute' : 'DirectModification',
        })),
      })
    }
    for (const [id, existing] of stack.resources) {
      if (!changes.some((c) => c.logicalId === id) && !(id in template.Resources && included(id))) {
        changes.push({
          action: 'Remove',
          logicalId: id,
          physicalId: existing.physicalId,
          type: existing.type,
          scope: [],
          details: [],
        })
      }
    }
    return changes
  }

  private event(stack: Stack, logicalId: string, type: string, status: string, physicalId?: string, reason?: string) {
    const timestamp = new Date()
    stack.events.push({
      eventId: logicalId === stack.stackName ? randomUUID() : `${logicalId}-${status}-${timestamp.toISOString()}`,
      logicalId,
      physicalId,
      resourceType: type,
      timestamp,
      status,
      reason,
    })
  }

  /** Sets the stack's status and records the stack event. */
  stackStatus(stack: Stack, status: string, reason?: string): void {
    stack.status = status
    stack.statusReason = reason
    this.event(stack, stack.stackName, 'AWS::CloudFormation::Stack', status, stack.stackId, reason)
  }

  private resourceStatus(stack: Stack, resource: StackResource, status: string, reason?: string): void {
    resource.status = status
    resource.statusReason = reason
    resource.timestamp = new Date()
    this.event(stack, resource.logicalId, resource.type, status, resource.physicalId, reason)
  }

  private injectedFailure(operation: string, stack: Stack, logicalId: string): string | undefined {
    return this.deps.faults.take(
      'cloudformation',
      operation,
      { path: `/${stack.stackName}/${logicalId}` },
      'transition',
    )?.failureReason
  }

  /** Executes a change set in the background: creates/updates/replaces/removes, then cleans up or rolls back. */
  async execute(stack: Stack, changeSet: ChangeSet): Promise<void> {
    const generation = this.generation
    const creating = stack.status === 'REVIEW_IN_PROGRESS'
    const provision = this.deps.provision(stack.account, stack.region, stack.stackName)
    const before = {
      resources: new Map([...stack.resources].map(([k, r]) => [k, { ...r }])),
      template: stack.template,
      templateBody: stack.templateBody,
      parameters: stack.parameters,
      outputs: stack.outputs,
      description: stack.description,
    }
    changeSet.executionStatus = 'EXECUTE_IN_PROGRESS'
    stack.template = changeSet.template
    stack.templateBody = changeSet.templateBody
    stack.parameters = changeSet.parameters
    stack.capabilities = changeSet.capabilities
    stack.description = changeSet.template.Description
    if (changeSet.tags.length > 0) stack.tags = changeSet.tags
    if (!creating) stack.lastUpdatedTime = new Date()
    this.stackStatus(stack, creating ? 'CREATE_IN_PROGRESS' : 'UPDATE_IN_PROGRESS', 'User Initiated')

    const template = changeSet.template
    const ctx = this.resolveContext(stack, template, changeSet.parameters)
    const included = (id: string) => {
      const condition = template.Resources[id].Condition
      return condition === undefined || ctx.conditions[condition] === true
    }
    /** What was done, for cleanup or rollback. */
    const done: { logicalId: string; kind: 'created' | 'updated' | 'replaced'; oldPhysicalId?: string }[] = []
    let failed: { logicalId: string; creating: boolean } | undefined

    for (const id of creationOrder(template, included)) {
      const declared = template.Resources[id]
      const type = typeOf(declared.Type)
      const existing = stack.resources.get(id)
      let properties: Properties
      try {
        properties = (resolveValue(declared.Properties ?? {}, ctx) ?? {}) as Properties
      } catch (error) {
        properties = {}
        failed = { logicalId: id, creating: !existing }
        const resource = existing ?? this.newResource(stack, id, declared.Type, properties)
        this.resourceStatus(stack, resource, existing ? 'UPDATE_FAILED' : 'CREATE_FAILED', (error as Error).message)
        break
      }
      const changedNames = existing
        ? [...new Set([...Object.keys(properties), ...Object.keys(existing.properties)])].filter(
            (k) => canonical(properties[k]) !== canonical(existing.properties[k]),
          )
        : []
      if (existing && changedNames.length === 0) continue
      const replacing = existing !== undefined && changedNames.some((n) => type.replacedBy.includes(n))
      const resource = existing ?? this.newResource(stack, id, declared.Type, properties)
      const phase = existing ? 'UPDATE' : 'CREATE'
      this.resourceStatus(
        stack,
        resource,
        `${phase}_IN_PROGRESS`,
        replacing
          ? 'Requested update requires the creation of a new physical resource; hence creating one.'
          : undefined,
      )
      if (!(await this.step(generation))) return
      const injected = this.injectedFailure('ExecuteChangeSet', stack, id)
      try {
        if (injected) throw new Error(injected)
        if (!existing || replacing) {
          const physicalId = await type.create(provision, id, properties)
          if (replacing) done.push({ logicalId: id, kind: 'replaced', oldPhysicalId: resource.physicalId })
          else done.push({ logicalId: id, kind: 'created' })
          resource.physicalId = physicalId
          if (!existing) this.resourceStatus(stack, resource, 'CREATE_IN_PROGRESS', 'Resource creation Initiated')
        } else {
          await type.update(provision, resource.physicalId ?? '', existing.properties, properties)
          done.push({ logicalId: id, kind: 'updated' })
        }
        resource.properties = properties
        this.resourceStatus(stack, resource, `${phase}_COMPLETE`)
      } catch (error) {
        failed = { logicalId: id, creating: !existing }
        this.resourceStatus(stack, resource, `${phase}_FAILED`, (error as Error).message)
        break
      }
    }

    if (failed) {
      changeSet.executionStatus = 'EXECUTE_FAILED'
      await this.rollBack(stack, creating, failed, done, before, generation)
      return
    }
    stack.outputs = this.outputs(template, ctx)
    if (!creating) {
      this.stackStatus(stack, 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS')
      // Cleanup: resources the template no longer has, and the old halves of replacements.
      for (const [id, resource] of [...stack.resources].reverse()) {
        if (id in template.Resources && included(id)) continue
        if (!(await this.deleteResource(stack, resource, provision, generation))) return
        stack.resources.delete(id)
      }
      for (const replaced of done.filter((d) => d.kind === 'replaced')) {
        const resource = stack.resources.get(replaced.logicalId) as StackResource
        const old = { ...resource, physicalId: replaced.oldPhysicalId }
        if (!(await this.deleteResource(stack, old, provision, generation))) return
      }
    }
    changeSet.executionStatus = 'EXECUTE_COMPLETE'
    // CloudFormation drops a stack's other change sets once one has been executed.
    for (const [name, other] of stack.changeSets) if (other !== changeSet) stack.changeSets.delete(name)
    this.stackStatus(stack, creating ? 'CREATE_COMPLETE' : 'UPDATE_COMPLETE')
  }

  private newResource(stack: Stack, logicalId: string, type: string, properties: Properties): StackResource {
    const resource: StackResource = { logicalId, type, status: 'CREATE_IN_PROGRESS', properties, timestamp: new Date() }
    stack.resources.set(logicalId, resource)
    return resource
  }

  private outputs(template: Template, ctx: ResolveContext): Stack['outputs'] {
    return Object.entries(template.Outputs)
      .filter(([, o]) => o.Condition === undefined || ctx.conditions[o.Condition])
      .map(([key, output]) => ({
        OutputKey: key,
        OutputValue: String(resolveValue(output.Value, ctx)),
        Description: output.Description,
        ExportName: output.Export ? String(resolveValue(output.Export.Name, ctx)) : undefined,
      }))
  }

  /** Deletes one resource with its events; false when abandoned by a reset. Failures are recorded, not thrown. */
  private async deleteResource(
    stack: Stack,
    resource: StackResource,
    provision: ProvisionContext,
    generation: number,
  ): Promise<boolean> {
    const record = { ...resource }
    this.event(stack, record.logicalId, record.type, 'DELETE_IN_PROGRESS', record.physicalId)
    if (!(await this.step(generation))) return false
    try {
      if (record.physicalId) await typeOf(record.type).delete(provision, record.physicalId)
      this.event(stack, record.logicalId, record.type, 'DELETE_COMPLETE', record.physicalId)
    } catch (error) {
      this.event(stack, record.logicalId, record.type, 'DELETE_FAILED', record.physicalId, (error as Error).message)
    }
    return true
  }

  private async rollBack(
    stack: Stack,
    creating: boolean,
    failed: { logicalId: string; creating: boolean },
    done: { logicalId: string; kind: 'created' | 'updated' | 'replaced'; oldPhysicalId?: string }[],
    before: {
      resources: Map<string, StackResource>
      template?: Template
      templateBody?: string
      parameters: Record<string, string>
      outputs: Stack['outputs']
      description?: string
    },
    generation: number,
  ): Promise<void> {
    const provision = this.deps.provision(stack.account, stack.region, stack.stackName)
    const verb = failed.creating ? 'create' : 'update'
    if (creating) {
      this.stackStatus(
        stack,
        'ROLLBACK_IN_PROGRESS',
        `The following resource(s) failed to ${verb}: [${failed.logicalId}]. Rollback requested by user.`,
      )
      for (const resource of [...stack.resources.values()].reverse()) {
        if (!(await this.deleteResource(stack, resource, provision, generation))) return
      }
      stack.resources.clear()
      stack.outputs = []
      this.stackStatus(stack, 'ROLLBACK_COMPLETE')
      return
    }
    this.stackStatus(
      stack,
      'UPDATE_ROLLBACK_IN_PROGRESS',
      `The following resource(s) failed to ${verb}: [${failed.logicalId}]. `,
    )
    // Put updated resources back as they were, newest change first.
    for (const d of [...done].reverse()) {
      const current = stack.resources.get(d.logicalId) as StackResource
      const previous = before.resources.get(d.logicalId)
      if (d.kind === 'updated' && previous) {
        this.resourceStatus(stack, current, 'UPDATE_IN_PROGRESS')
        if (!(await this.step(generation))) return
        await typeOf(current.type)
          .update(provision, current.physicalId ?? '', current.properties, previous.properties)
          .catch(() => undefined)
        current.properties = previous.properties
        this.resourceStatus(stack, current, 'UPDATE_COMPLETE')
      }
    }
    this.stackStatus(stack, 'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS')
    // Cleanup: what the failed update created (new resources and new halves of replacements).
    for (const d of [...done].reverse()) {
      const current = stack.resources.get(d.logicalId) as StackResource
      if (d.kind === 'created' || d.kind === 'replaced') {
        if (!(await this.deleteResource(stack, current, provision, generation))) return
      }
    }
    const failedResource = stack.resources.get(failed.logicalId)
    if (failed.creating && failedResource) {
      this.event(stack, failedResource.logicalId, failedResource.type, 'DELETE_COMPLETE', failedResource.physicalId)
    }
    stack.resources = new Map([...before.resources].map(([k, r]) => [k, { ...r, status: r.status }]))
    for (const d of done) {
      const restored = stack.resources.get(d.logicalId)
      if (restored) restored.status = 'UPDATE_COMPLETE'
    }
    stack.template = before.template
    stack.templateBody = before.templateBody
    stack.parameters = before.parameters
    stack.outputs = before.outputs
    stack.description = before.description
    this.stackStatus(stack, 'UPDATE_ROLLBACK_COMPLETE')
  }

  /** Deletes a stack's resources (reverse creation order) in the background; `onDeleted` frees the name. */
  async deleteStack(stack: Stack, onDeleted: () => void): Promise<void> {
    const generation = this.generation
    const provision = this.deps.provision(stack.account, stack.region, stack.stackName)
    this.stackStatus(stack, 'DELETE_IN_PROGRESS', 'User Initiated')
    const order = stack.template ? creationOrder(stack.template, (id) => stack.resources.has(id)) : []
    const ids = [...order, ...[...stack.resources.keys()].filter((id) => !order.includes(id))].reverse()
    for (const id of ids) {
      const resource = stack.resources.get(id) as StackResource
      this.resourceStatus(stack, resource, 'DELETE_IN_PROGRESS')
      if (!(await this.step(generation))) return
      const injected = this.injectedFailure('DeleteStack', stack, id)
      try {
        if (injected) throw new Error(injected)
        if (resource.physicalId) await typeOf(resource.type).delete(provision, resource.physicalId)
      } catch (error) {
        this.resourceStatus(stack, resource, 'DELETE_FAILED', (error as Error).message)
        this.stackStatus(stack, 'DELETE_FAILED', `The following resource(s) failed to delete: [${id}]. `)
        return
      }
      this.resourceStatus(stack, resource, 'DELETE_COMPLETE')
      stack.resources.delete(id)
    }
    stack.deletionTime = new Date()
    this.stackStatus(stack, 'DELETE_COMPLETE')
    for (const changeSet of stack.changeSets.values()) changeSet.status = 'DELETE_COMPLETE'
    onDeleted()
  }

  /** Compares every resource with its live state after one transition delay. */
  async detectDrift(stack: Stack, detection: DriftDetection): Promise<void> {
    const generation = this.generation
    if (!(await this.step(generation))) return
    const provision = this.deps.provision(stack.account, stack.region, stack.stackName)
    let drifted = 0
    const timestamp = new Date()
    for (const resource of stack.resources.values()) {
      const actual = resource.physicalId
        ? await typeOf(resource.type).actual(provision, resource.physicalId)
        : undefined
      if (!actual) {
        resource.drift = { status: 'DELETED', expected: resource.properties, differences: [], timestamp }
        drifted += 1
        continue
      }
      const compared = propertyDifferences(resource.type, resource.properties, actual)
      resource.drift = {
        status: compared.differences.length > 0 ? 'MODIFIED' : 'IN_SYNC',
        expected: compared.expected,
        actual: compared.actual,
        differences: compared.differences,
        timestamp,
      }
      if (compared.differences.length > 0) drifted += 1
    }
    stack.driftStatus = drifted > 0 ? 'DRIFTED' : 'IN_SYNC'
    stack.lastDriftCheck = timestamp
    detection.status = 'DETECTION_COMPLETE'
    detection.stackDriftStatus = stack.driftStatus
    detection.driftedCount = drifted
    detection.timestamp = timestamp
  }
}
