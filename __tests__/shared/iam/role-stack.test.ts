/**
 * Rare paths of the role stack, with a mocked CloudFormation client (the common ones run against the emulator in
 * __tests__/e2e/ensure-role.test.ts).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStacksCommand,
  GetTemplateCommand,
  type StackEvent,
} from '@aws-sdk/client-cloudformation'
import { FakeClock } from '../../../shared/action/clock.js'
import { MemoryLogger } from '../../../shared/action/logger.js'
import { ensureRoleStack, failingEvent } from '../../../shared/iam/role-stack.js'
import { roleTemplate } from '../../../shared/iam/role-template.js'

const template = roleTemplate({
  environment: { name: 'dev', account: '111111111111', region: 'us-west-2', tags: {} },
  runtime: {
    key: 'bot',
    agentRuntimeName: 'bot',
    image: {
      repository: 'bot',
      context: '.',
      dockerfile: 'Dockerfile',
      platform: 'linux/arm64',
      buildArgs: {},
      scanOnPush: true,
      tagMutability: 'MUTABLE',
      keepImages: 5,
    },
    role: { kind: 'managed', models: [], managedPolicies: [], statements: [] },
  },
  configPath: 'agentcore.yaml',
})
const params = { stackName: 'agentcore-dev-bot-role', template, tags: {}, dryRun: false, timeoutMs: 60_000 }
const notFound = Object.assign(new Error('Stack with id agentcore-dev-bot-role does not exist'), {
  name: 'ValidationError',
})

const cfnMock = mockClient(CloudFormationClient)
afterEach(() => {
  cfnMock.reset()
})
const deps = () => ({
  cfn: new CloudFormationClient({ region: 'us-west-2' }),
  log: new MemoryLogger(),
  clock: new FakeClock(1_000_000),
})

describe('ensureRoleStack', () => {
  it('a dry run of a new stack removes the change set and the empty REVIEW_IN_PROGRESS stack', async () => {
    let deleted = false
    cfnMock.on(DescribeStacksCommand).callsFake(() => {
      if (deleted) throw notFound
      if (cfnMock.commandCalls(CreateChangeSetCommand).length === 0) throw notFound
      return { Stacks: [{ StackName: params.stackName, StackStatus: 'REVIEW_IN_PROGRESS', CreationTime: new Date() }] }
    })
    cfnMock.on(CreateChangeSetCommand).resolves({ Id: 'cs' })
    cfnMock.on(DescribeChangeSetCommand).resolves({
      Status: 'CREATE_COMPLETE',
      Changes: [
        {
          Type: 'Resource',
          ResourceChange: { Action: 'Add', LogicalResourceId: 'ExecutionRole', ResourceType: 'AWS::IAM::Role' },
        },
      ],
    })
    cfnMock.on(DeleteStackCommand).callsFake(() => {
      deleted = true
      return {}
    })
    const d = deps()
    const result = await ensureRoleStack({ ...params, dryRun: true }, d)
    expect(result).toMatchObject({
      changed: true,
      dryRun: true,
      changes: [{ action: 'Add', logicalId: 'ExecutionRole' }],
    })
    expect(cfnMock.commandCalls(CreateChangeSetCommand)[0].args[0].input).toMatchObject({
      ChangeSetType: 'CREATE',
      Capabilities: ['CAPABILITY_NAMED_IAM'],
    })
    expect(cfnMock.commandCalls(DeleteChangeSetCommand)).toHaveLength(1)
    expect(cfnMock.commandCalls(DeleteStackCommand)).toHaveLength(1)
    expect(d.log.messages('info')).toContain('Dry run: the change set was deleted; nothing changed.')
  })

  it('waits for a deployment already running before creating its change set', async () => {
    const statuses = ['UPDATE_IN_PROGRESS', 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS', 'UPDATE_COMPLETE']
    cfnMock.on(DescribeStacksCommand).callsFake(() => ({
      Stacks: [
        { StackName: params.stackName, StackStatus: statuses.shift() ?? 'UPDATE_COMPLETE', CreationTime: new Date() },
      ],
    }))
    cfnMock.on(GetTemplateCommand).resolves({ TemplateBody: JSON.stringify(template) })
    cfnMock.on(CreateChangeSetCommand).resolves({})
    cfnMock.on(DescribeChangeSetCommand).resolves({
      Status: 'FAILED',
      StatusReason:
        "The submitted information didn't contain changes. Submit different information to create a change set.",
    })
    const d = deps()
    const result = await ensureRoleStack(params, d)
    expect(result.changed).toBe(false)
    expect(d.log.messages('info')).toEqual(
      expect.arrayContaining([
        expect.stringContaining('stack agentcore-dev-bot-role: UPDATE_IN_PROGRESS'),
        'Stack agentcore-dev-bot-role is up to date: the change set has no changes (deleted).',
      ]),
    )
    expect(cfnMock.commandCalls(CreateChangeSetCommand)[0].args[0].input.ChangeSetType).toBe('UPDATE')
  })

  it('previews the recreation of a ROLLBACK_COMPLETE stack in a dry run without touching it', async () => {
    cfnMock.on(DescribeStacksCommand).resolves({
      Stacks: [{ StackName: params.stackName, StackStatus: 'ROLLBACK_COMPLETE', CreationTime: new Date() }],
    })
    const d = deps()
    const result = await ensureRoleStack({ ...params, dryRun: true }, d)
    expect(result).toMatchObject({
      changed: true,
      dryRun: true,
      changes: [{ action: 'Add', logicalId: 'ExecutionRole', resourceType: 'AWS::IAM::Role' }],
    })
    expect(result.permissions.added).toContain('Allow ecr:GetAuthorizationToken on *')
    expect(d.log.messages('warning')).toEqual([
      'Stack agentcore-dev-bot-role is in ROLLBACK_COMPLETE after an earlier failed create; a real run deletes and recreates it.',
    ])
    expect(cfnMock.calls().map((c) => c.args[0].constructor.name)).toEqual(['DescribeStacksCommand'])
  })

  it('refuses a stack in UPDATE_ROLLBACK_FAILED with the command that frees it', async () => {
    cfnMock.on(DescribeStacksCommand).resolves({
      Stacks: [{ StackName: params.stackName, StackStatus: 'UPDATE_ROLLBACK_FAILED', CreationTime: new Date() }],
    })
    await expect(ensureRoleStack(params, deps())).rejects.toThrow(
      'aws cloudformation continue-update-rollback --stack-name agentcore-dev-bot-role',
    )
  })

  it('reports a change set that fails for another reason, and deletes it', async () => {
    cfnMock.on(DescribeStacksCommand).rejects(notFound)
    cfnMock.on(CreateChangeSetCommand).resolves({})
    cfnMock
      .on(DescribeChangeSetCommand)
      .resolves({ Status: 'FAILED', StatusReason: 'Requires capabilities : [CAPABILITY_NAMED_IAM]' })
    await expect(ensureRoleStack(params, deps())).rejects.toThrow(
      /^Failed to create change set 'agentcore-dev-bot-role\/agentcore-\d+': Requires capabilities/,
    )
    expect(cfnMock.commandCalls(DeleteChangeSetCommand)).toHaveLength(1)
  })
})

describe('failingEvent', () => {
  it('picks the resource failure, not the cancellations or the stack', () => {
    const e = (id: string, type: string, status: string, reason?: string): StackEvent => ({
      StackId: 's',
      StackName: 's',
      EventId: id,
      Timestamp: new Date(0),
      LogicalResourceId: id,
      ResourceType: type,
      ResourceStatus: status as StackEvent['ResourceStatus'],
      ResourceStatusReason: reason,
    })
    expect(
      failingEvent([
        e('Other', 'AWS::IAM::Policy', 'CREATE_FAILED', 'Resource creation cancelled'),
        e('ExecutionRole', 'AWS::IAM::Role', 'CREATE_FAILED', 'MalformedPolicyDocument'),
        e('stack', 'AWS::CloudFormation::Stack', 'ROLLBACK_IN_PROGRESS', 'The following resource(s) failed'),
      ])?.LogicalResourceId,
    ).toBe('ExecutionRole')
  })
})
