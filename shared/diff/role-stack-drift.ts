/**
 * Drift of the execution role stack that ensure-role manages: CloudFormation's own drift detection
 * (DetectStackDrift, then its status, then the MODIFIED/DELETED resources). Detection is asynchronous on the
 * CloudFormation side, so it is awaited with the shared poll helper. Read-only: detection changes nothing.
 */
import {
  DescribeStackDriftDetectionStatusCommand,
  DescribeStackResourceDriftsCommand,
  DetectStackDriftCommand,
  type CloudFormationClient,
  type DescribeStackDriftDetectionStatusCommandOutput,
} from '@aws-sdk/client-cloudformation'
import type { Clock } from '../action/clock.js'
import type { Logger } from '../action/logger.js'
import { OperationError, attempt } from '../errors/index.js'
import { pollUntil } from '../poll/poll-until.js'

/** One drifted resource of the stack. */
export interface StackResourceDrift {
  logicalId: string
  type: string
  status: string
  /** `PolicyDocument.Statement.0.Action`: expected → actual, per property. */
  properties: { path: string; expected?: string; actual?: string; change?: string }[]
}

/** The stack's drift. */
export type RoleStackDrift = { exists: false } | { exists: true; drifted: boolean; resources: StackResourceDrift[] }

/** Detects drift of one stack. */
export async function detectRoleStackDrift(
  stackName: string,
  deps: { cloudFormation: CloudFormationClient; clock: Clock; log: Logger; timeoutMs?: number },
): Promise<RoleStackDrift> {
  const cfn = deps.cloudFormation
  let detectionId: string | undefined
  try {
    detectionId = (await cfn.send(new DetectStackDriftCommand({ StackName: stackName }))).StackDriftDetectionId
  } catch (error) {
    if (/does not exist/i.test((error as Error).message ?? '')) return { exists: false }
    throw new OperationError('detect drift of stack', stackName, error)
  }
  if (!detectionId) throw new Error(`DetectStackDrift on '${stackName}' returned no detection id`)
  const status: DescribeStackDriftDetectionStatusCommandOutput = await pollUntil({
    what: `drift detection of stack ${stackName}`,
    read: () =>
      attempt('read drift detection of stack', stackName, () =>
        cfn.send(new DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId: detectionId })),
      ),
    state: (s) => `${s.DetectionStatus}${s.StackDriftStatus ? ` ${s.StackDriftStatus}` : ''}`,
    verdict: (s) =>
      s.DetectionStatus === 'DETECTION_COMPLETE'
        ? { done: true }
        : s.DetectionStatus === 'DETECTION_FAILED'
          ? { done: false, failed: s.DetectionStatusReason ?? 'DETECTION_FAILED' }
          : { done: false },
    timeoutMs: deps.timeoutMs ?? 120_000,
    intervalMs: 500,
    maxIntervalMs: 3000,
    clock: deps.clock,
    // Per-state log lines of many stacks would drown the run's log; only the outcome matters here.
    log: { ...deps.log, info: (m: string) => deps.log.debug(m) },
  })
  if (status.StackDriftStatus !== 'DRIFTED') return { exists: true, drifted: false, resources: [] }
  const resources: StackResourceDrift[] = []
  let nextToken: string | undefined
  do {
    const page = await attempt('read resource drift of stack', stackName, () =>
      cfn.send(
        new DescribeStackResourceDriftsCommand({
          StackName: stackName,
          StackResourceDriftStatusFilters: ['MODIFIED', 'DELETED'],
          NextToken: nextToken,
        }),
      ),
    )
    for (const drift of page.StackResourceDrifts ?? []) {
      resources.push({
        logicalId: drift.LogicalResourceId ?? '?',
        type: drift.ResourceType ?? '?',
        status: drift.StackResourceDriftStatus ?? '?',
        properties: (drift.PropertyDifferences ?? []).map((p) => ({
          path: p.PropertyPath ?? '',
          ...(p.ExpectedValue !== undefined ? { expected: p.ExpectedValue } : {}),
          ...(p.ActualValue !== undefined ? { actual: p.ActualValue } : {}),
          ...(p.DifferenceType ? { change: p.DifferenceType } : {}),
        })),
      })
    }
    nextToken = page.NextToken
  } while (nextToken)
  return { exists: true, drifted: true, resources }
}
