/**
 * CloudFormation conformance through the real SDK client: change sets (CREATE/UPDATE), execution that really
 * creates IAM roles and ECR repositories, events, rollback, the no-changes rule, drift against live IAM.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackDriftDetectionStatusCommand,
  DescribeStackEventsCommand,
  DescribeStackResourceDriftsCommand,
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  DetectStackDriftCommand,
  ExecuteChangeSetCommand,
  GetTemplateCommand,
  ListChangeSetsCommand,
  type DescribeChangeSetCommandOutput,
  type Stack,
} from '@aws-sdk/client-cloudformation'
import {
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DetachRolePolicyCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam'
import { DescribeRepositoriesCommand, ECRClient, GetLifecyclePolicyCommand } from '@aws-sdk/client-ecr'
import { startEmulator, type Emulator } from '../../../emulator/index.js'

const ACCOUNT = '222222222222'
const REGION = 'us-west-2'
const credentials = { accessKeyId: `AKIA${ACCOUNT}`, secretAccessKey: 'secret' }
const CAPS = ['CAPABILITY_NAMED_IAM'] as const

let emulator: Emulator
let cfn: CloudFormationClient
let iam: IAMClient
let ecr: ECRClient

const LIFECYCLE = JSON.stringify({
  rules: [
    {
      rulePriority: 1,
      selection: { tagStatus: 'untagged', countType: 'imageCountMoreThan', countNumber: 5 },
      action: { type: 'expire' },
    },
  ],
})

/** The template ensure-role-like callers send: a repository and a role that may pull from it. */
function template(options: { actions?: string[]; roleName?: string; withRepository?: boolean } = {}): string {
  const resources: Record<string, unknown> = {
    Role: {
      Type: 'AWS::IAM::Role',
      Properties: {
        RoleName: options.roleName ?? { 'Fn::Sub': 'AgentCore-${Env}-bot' },
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'bedrock-agentcore.amazonaws.com' },
              Action: 'sts:AssumeRole',
              Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
            },
          ],
        },
        Policies: [
          {
            PolicyName: 'pull',
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Action: options.actions ?? ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
                  Resource: options.withRepository === false ? '*' : { 'Fn::GetAtt': ['Repo', 'Arn'] },
                },
              ],
            },
          },
        ],
        ManagedPolicyArns: ['arn:aws:iam::aws:policy/AmazonBedrockReadOnly'],
        PermissionsBoundary: { Ref: 'Boundary' },
        Tags: [{ Key: 'managed-by', Value: 'agentcore-actions' }],
      },
    },
  }
  if (options.withRepository !== false) {
    resources.Repo = {
      Type: 'AWS::ECR::Repository',
      Properties: {
        RepositoryName: { 'Fn::Sub': 'agent-${Env}' },
        ImageScanningConfiguration: { ScanOnPush: true },
        LifecyclePolicy: { LifecyclePolicyText: LIFECYCLE },
      },
    }
  }
  return JSON.stringify({
    Parameters: {
      Env: { Type: 'String' },
      Boundary: { Type: 'String', Default: `arn:aws:iam::${ACCOUNT}:policy/agentcore-boundary` },
    },
    Resources: resources,
    Outputs: {
      RoleArn: { Value: { 'Fn::GetAtt': ['Role', 'Arn'] } },
      RoleName: { Value: { Ref: 'Role' } },
      ...(options.withRepository === false
        ? {}
        : { RepositoryUri: { Value: { 'Fn::GetAtt': ['Repo', 'RepositoryUri'] } } }),
    },
  })
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function changeSetSettled(stackName: string, name: string): Promise<DescribeChangeSetCommandOutput> {
  for (let i = 0; i < 200; i++) {
    const cs = await cfn.send(new DescribeChangeSetCommand({ StackName: stackName, ChangeSetName: name }))
    if (cs.Status === 'CREATE_COMPLETE' || cs.Status === 'FAILED') return cs
    await sleep(5)
  }
  throw new Error('change set never settled')
}

async function stackSettled(stackName: string): Promise<Stack> {
  for (let i = 0; i < 400; i++) {
    const { Stacks } = await cfn.send(new DescribeStacksCommand({ StackName: stackName }))
    const stack = Stacks?.[0] as Stack
    if (!stack.StackStatus?.endsWith('_IN_PROGRESS')) return stack
    await sleep(5)
  }
  throw new Error('stack never settled')
}

async function createChangeSet(
  stackName: string,
  name: string,
  body: string,
  type: 'CREATE' | 'UPDATE',
  env = 'dev',
): Promise<DescribeChangeSetCommandOutput> {
  await cfn.send(
    new CreateChangeSetCommand({
      StackName: stackName,
      ChangeSetName: name,
      ChangeSetType: type,
      TemplateBody: body,
      Capabilities: [...CAPS],
      Parameters: [{ ParameterKey: 'Env', ParameterValue: env }],
    }),
  )
  return changeSetSettled(stackName, name)
}

/** Creates and executes a stack from the template; returns the settled stack. */
async function deploy(stackName: string, body = template(), env = 'dev'): Promise<Stack> {
  const exists = (await cfn.send(new DescribeStacksCommand({}))).Stacks?.some((s) => s.StackName === stackName)
  const name = `cs-${Date.now()}-${Math.floor(Math.random() * 1000)}`
  const cs = await createChangeSet(stackName, name, body, exists ? 'UPDATE' : 'CREATE', env)
  expect(cs.Status).toBe('CREATE_COMPLETE')
  await cfn.send(new ExecuteChangeSetCommand({ StackName: stackName, ChangeSetName: name }))
  return stackSettled(stackName)
}

async function driftOf(stackName: string) {
  const { StackDriftDetectionId } = await cfn.send(new DetectStackDriftCommand({ StackName: stackName }))
  for (let i = 0; i < 200; i++) {
    const status = await cfn.send(new DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId }))
    if (status.DetectionStatus !== 'DETECTION_IN_PROGRESS') return status
    await sleep(5)
  }
  throw new Error('drift detection never finished')
}

beforeAll(async () => {
  emulator = await startEmulator({ transitionDelayMs: 10, registry: false })
  const config = { endpoint: emulator.awsEndpointUrl, region: REGION, credentials, maxAttempts: 1 }
  cfn = new CloudFormationClient(config)
  iam = new IAMClient(config)
  ecr = new ECRClient(config)
})
afterAll(async () => emulator.stop())
beforeEach(() => {
  emulator.reset()
  emulator.settings.transitionDelayMs = 10
})

describe('CreateChangeSet (CREATE) and DescribeChangeSet', () => {
  it('creates a REVIEW_IN_PROGRESS stack and a change set that adds every resource', async () => {
    // Long enough to observe the change set before it is computed.
    emulator.settings.transitionDelayMs = 500
    const created = await cfn.send(
      new CreateChangeSetCommand({
        StackName: 'agentcore-dev-bot-role',
        ChangeSetName: 'first',
        ChangeSetType: 'CREATE',
        TemplateBody: template(),
        Capabilities: [...CAPS],
        Parameters: [{ ParameterKey: 'Env', ParameterValue: 'dev' }],
      }),
    )
    expect(created.Id).toMatch(new RegExp(`^arn:aws:cloudformation:${REGION}:${ACCOUNT}:changeSet/first/`))
    expect(created.StackId).toMatch(
      new RegExp(`^arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/agentcore-dev-bot-role/`),
    )
    const early = await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: created.Id }))
    expect(['CREATE_PENDING', 'CREATE_IN_PROGRESS']).toContain(early.Status)
    const cs = await changeSetSettled('agentcore-dev-bot-role', 'first')
    expect(cs).toMatchObject({ Status: 'CREATE_COMPLETE', ExecutionStatus: 'AVAILABLE', ChangeSetName: 'first' })
    expect(
      cs.Changes?.map((c) => [
        c.ResourceChange?.Action,
        c.ResourceChange?.LogicalResourceId,
        c.ResourceChange?.ResourceType,
      ]),
    ).toEqual([
      ['Add', 'Repo', 'AWS::ECR::Repository'],
      ['Add', 'Role', 'AWS::IAM::Role'],
    ])
    const stack = (await cfn.send(new DescribeStacksCommand({ StackName: 'agentcore-dev-bot-role' }))).Stacks?.[0]
    expect(stack?.StackStatus).toBe('REVIEW_IN_PROGRESS')
  })

  it('refuses an IAM template without CAPABILITY_NAMED_IAM', async () => {
    await expect(
      cfn.send(
        new CreateChangeSetCommand({
          StackName: 's',
          ChangeSetName: 'c',
          ChangeSetType: 'CREATE',
          TemplateBody: template(),
          Parameters: [{ ParameterKey: 'Env', ParameterValue: 'dev' }],
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InsufficientCapabilitiesException',
      message: 'Requires capabilities : [CAPABILITY_NAMED_IAM]',
    })
  })

  it.each([
    [
      'an unknown resource type',
      JSON.stringify({ Resources: { B: { Type: 'AWS::S3::Bucket' } } }),
      [],
      'Template format error: Unrecognized resource types: [AWS::S3::Bucket]',
    ],
    [
      'a template with no resources',
      JSON.stringify({ Resources: {} }),
      [],
      'Template format error: At least one Resources member must be defined.',
    ],
    ['a missing parameter value', template(), undefined, 'Parameters: [Env] must have values'],
    ['malformed JSON', '{"Resources": ', [], /^Template format error: JSON not well-formed/],
    [
      'a reference to nothing',
      JSON.stringify({
        Resources: { R: { Type: 'AWS::ECR::Repository', Properties: { RepositoryName: { Ref: 'Nope' } } } },
      }),
      [],
      'Template format error: Unresolved resource dependencies [Nope] in the Resources block of the template',
    ],
  ])('answers ValidationError for %s', async (_what, body, parameters, message) => {
    const error = await cfn
      .send(
        new CreateChangeSetCommand({
          StackName: 's',
          ChangeSetName: 'c',
          ChangeSetType: 'CREATE',
          TemplateBody: body,
          Capabilities: [...CAPS],
          Parameters: parameters,
        }),
      )
      .catch((e: Error) => e)
    expect(error).toMatchObject({ name: 'ValidationError' })
    expect((error as Error).message).toMatch(message)
  })

  it('refuses CREATE for a stack that exists and UPDATE for one that does not', async () => {
    await deploy('exists')
    await expect(createChangeSet('exists', 'again', template(), 'CREATE')).rejects.toMatchObject({
      name: 'AlreadyExistsException',
      message: 'Stack [exists] already exists and cannot be created again with the changeSet [again].',
    })
    await expect(createChangeSet('missing', 'c', template(), 'UPDATE')).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'Stack [missing] does not exist',
    })
  })

  it('answers ChangeSetNotFoundException for an unknown change set', async () => {
    await deploy('known')
    await expect(
      cfn.send(new DescribeChangeSetCommand({ StackName: 'known', ChangeSetName: 'nope' })),
    ).rejects.toMatchObject({
      name: 'ChangeSetNotFoundException',
      message: 'ChangeSet [nope] does not exist',
    })
  })
})

describe('ExecuteChangeSet', () => {
  it('creates the role in IAM and the repository in ECR, and resolves Outputs', async () => {
    const stack = await deploy('agentcore-dev-bot-role')
    expect(stack.StackStatus).toBe('CREATE_COMPLETE')
    const outputs = Object.fromEntries((stack.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]))
    expect(outputs).toEqual({
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/AgentCore-dev-bot`,
      RoleName: 'AgentCore-dev-bot',
      RepositoryUri: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/agent-dev`,
    })
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: 'AgentCore-dev-bot' }))
    const trust = JSON.parse(decodeURIComponent(Role?.AssumeRolePolicyDocument ?? ''))
    expect(trust.Statement[0].Condition).toEqual({ StringEquals: { 'aws:SourceAccount': ACCOUNT } })
    expect(Role?.PermissionsBoundary?.PermissionsBoundaryArn).toBe(`arn:aws:iam::${ACCOUNT}:policy/agentcore-boundary`)
    expect(Role?.Tags).toEqual([{ Key: 'managed-by', Value: 'agentcore-actions' }])
    const policy = await iam.send(new GetRolePolicyCommand({ RoleName: 'AgentCore-dev-bot', PolicyName: 'pull' }))
    expect(JSON.parse(decodeURIComponent(policy.PolicyDocument ?? '')).Statement[0].Resource).toBe(
      `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/agent-dev`,
    )
    const repos = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['agent-dev'] }))
    expect(repos.repositories?.[0].imageScanningConfiguration?.scanOnPush).toBe(true)
    const lifecycle = await ecr.send(new GetLifecyclePolicyCommand({ repositoryName: 'agent-dev' }))
    expect(lifecycle.lifecyclePolicyText).toBe(LIFECYCLE)
  })

  it('records events newest first, each resource passing through CREATE_IN_PROGRESS', async () => {
    await deploy('events')
    const { StackEvents = [] } = await cfn.send(new DescribeStackEventsCommand({ StackName: 'events' }))
    const timeline = StackEvents.map((e) => `${e.LogicalResourceId} ${e.ResourceStatus}`).reverse()
    expect(timeline[0]).toBe('events REVIEW_IN_PROGRESS')
    expect(timeline.at(-1)).toBe('events CREATE_COMPLETE')
    expect(timeline).toEqual([
      'events REVIEW_IN_PROGRESS',
      'events CREATE_IN_PROGRESS',
      'Repo CREATE_IN_PROGRESS',
      'Repo CREATE_IN_PROGRESS',
      'Repo CREATE_COMPLETE',
      'Role CREATE_IN_PROGRESS',
      'Role CREATE_IN_PROGRESS',
      'Role CREATE_COMPLETE',
      'events CREATE_COMPLETE',
    ])
    const times = StackEvents.map((e) => e.Timestamp?.getTime() ?? 0)
    expect([...times].sort((a, b) => b - a)).toEqual(times)
  })

  it('refuses to execute a change set that is not AVAILABLE', async () => {
    await deploy('same')
    const cs = await createChangeSet('same', 'nothing', template(), 'UPDATE')
    await expect(cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: cs.ChangeSetId }))).rejects.toMatchObject({
      name: 'InvalidChangeSetStatusException',
    })
  })
})

describe('UPDATE change sets', () => {
  it('fails a change set with no changes with CloudFormation reason', async () => {
    await deploy('nochange')
    const cs = await createChangeSet('nochange', 'again', template(), 'UPDATE')
    expect(cs).toMatchObject({
      Status: 'FAILED',
      ExecutionStatus: 'UNAVAILABLE',
      StatusReason:
        "The submitted information didn't contain changes. Submit different information to create a change set.",
    })
  })

  it('lists a policy edit as Modify without replacement, and executing it updates IAM', async () => {
    await deploy('modify')
    const cs = await createChangeSet('modify', 'edit', template({ actions: ['ecr:BatchGetImage'] }), 'UPDATE')
    expect(cs.Changes?.[0].ResourceChange).toEqual({
      Action: 'Modify',
      LogicalResourceId: 'Role',
      PhysicalResourceId: 'AgentCore-dev-bot',
      ResourceType: 'AWS::IAM::Role',
      Replacement: 'False',
      Scope: ['Properties'],
      Details: [
        {
          Target: { Attribute: 'Properties', Name: 'Policies', RequiresRecreation: 'Never' },
          Evaluation: 'Static',
          ChangeSource: 'DirectModification',
        },
      ],
    })
    await cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: cs.ChangeSetId }))
    expect((await stackSettled('modify')).StackStatus).toBe('UPDATE_COMPLETE')
    const policy = await iam.send(new GetRolePolicyCommand({ RoleName: 'AgentCore-dev-bot', PolicyName: 'pull' }))
    expect(JSON.parse(decodeURIComponent(policy.PolicyDocument ?? '')).Statement[0].Action).toEqual([
      'ecr:BatchGetImage',
    ])
  })

  it('marks a RoleName change as Replacement True and replaces the role', async () => {
    await deploy('replace')
    const cs = await createChangeSet('replace', 'rename', template({ roleName: 'AgentCore-renamed' }), 'UPDATE')
    expect(cs.Changes?.[0].ResourceChange).toMatchObject({
      Action: 'Modify',
      LogicalResourceId: 'Role',
      Replacement: 'True',
    })
    await cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: cs.ChangeSetId }))
    expect((await stackSettled('replace')).StackStatus).toBe('UPDATE_COMPLETE')
    await expect(iam.send(new GetRoleCommand({ RoleName: 'AgentCore-renamed' }))).resolves.toBeDefined()
    await expect(iam.send(new GetRoleCommand({ RoleName: 'AgentCore-dev-bot' }))).rejects.toMatchObject({
      name: 'NoSuchEntityException',
    })
  })

  it('lists a dropped resource as Remove and deletes it', async () => {
    await deploy('remove')
    const cs = await createChangeSet('remove', 'drop', template({ withRepository: false }), 'UPDATE')
    expect(cs.Changes?.map((c) => [c.ResourceChange?.Action, c.ResourceChange?.LogicalResourceId])).toEqual([
      ['Modify', 'Role'],
      ['Remove', 'Repo'],
    ])
    await cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: cs.ChangeSetId }))
    expect((await stackSettled('remove')).StackStatus).toBe('UPDATE_COMPLETE')
    await expect(ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['agent-dev'] }))).rejects.toMatchObject({
      name: 'RepositoryNotFoundException',
    })
  })
})

describe('failures and rollback', () => {
  it('rolls a failed create back to ROLLBACK_COMPLETE, which only deletion clears', async () => {
    emulator.addFault({
      service: 'cloudformation',
      operation: 'ExecuteChangeSet',
      failureReason: 'Encountered a permissions error performing a tagging operation',
      pathIncludes: 'broken/Role',
    })
    const stack = await deploy('broken')
    expect(stack.StackStatus).toBe('ROLLBACK_COMPLETE')
    const { StackEvents = [] } = await cfn.send(new DescribeStackEventsCommand({ StackName: 'broken' }))
    const failed = StackEvents.find((e) => e.ResourceStatus === 'CREATE_FAILED')
    expect(failed).toMatchObject({
      LogicalResourceId: 'Role',
      ResourceStatusReason: 'Encountered a permissions error performing a tagging operation',
    })
    expect(StackEvents.find((e) => e.ResourceStatus === 'ROLLBACK_IN_PROGRESS')?.ResourceStatusReason).toBe(
      'The following resource(s) failed to create: [Role]. Rollback requested by user.',
    )
    // The repository created before the failure was deleted by the rollback.
    await expect(ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['agent-dev'] }))).rejects.toMatchObject({
      name: 'RepositoryNotFoundException',
    })
    await expect(createChangeSet('broken', 'retry', template(), 'UPDATE')).rejects.toMatchObject({
      name: 'ValidationError',
      message: `Stack:${stack.StackId} is in ROLLBACK_COMPLETE state and can not be updated.`,
    })
    await cfn.send(new DeleteStackCommand({ StackName: 'broken' }))
    await sleep(50)
    expect((await deploy('broken')).StackStatus).toBe('CREATE_COMPLETE')
  })

  it('rolls a failed update back to UPDATE_ROLLBACK_COMPLETE and restores the role', async () => {
    await deploy('upd')
    emulator.addFault({ service: 'cloudformation', operation: 'ExecuteChangeSet', failureReason: 'Rate exceeded' })
    const cs = await createChangeSet('upd', 'edit', template({ actions: ['ecr:*'] }), 'UPDATE')
    await cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: cs.ChangeSetId }))
    const stack = await stackSettled('upd')
    expect(stack.StackStatus).toBe('UPDATE_ROLLBACK_COMPLETE')
    const { StackEvents = [] } = await cfn.send(new DescribeStackEventsCommand({ StackName: 'upd' }))
    expect(StackEvents.find((e) => e.ResourceStatus === 'UPDATE_FAILED')).toMatchObject({
      LogicalResourceId: 'Role',
      ResourceStatusReason: 'Rate exceeded',
    })
    const policy = await iam.send(new GetRolePolicyCommand({ RoleName: 'AgentCore-dev-bot', PolicyName: 'pull' }))
    expect(JSON.parse(decodeURIComponent(policy.PolicyDocument ?? '')).Statement[0].Action).toEqual([
      'ecr:BatchGetImage',
      'ecr:GetDownloadUrlForLayer',
    ])
    // An UPDATE_ROLLBACK_COMPLETE stack can be updated again.
    expect((await deploy('upd', template({ actions: ['ecr:*'] }))).StackStatus).toBe('UPDATE_COMPLETE')
  })

  it('fails the create when a named role already exists outside the stack', async () => {
    await deploy('first')
    const stack = await deploy('second', template({ withRepository: false }))
    expect(stack.StackStatus).toBe('ROLLBACK_COMPLETE')
    const { StackEvents = [] } = await cfn.send(new DescribeStackEventsCommand({ StackName: 'second' }))
    expect(StackEvents.find((e) => e.ResourceStatus === 'CREATE_FAILED')?.ResourceStatusReason).toBe(
      "Resource of type 'AWS::IAM::Role' with identifier 'AgentCore-dev-bot' already exists.",
    )
    // The first stack's role is untouched.
    await expect(iam.send(new GetRoleCommand({ RoleName: 'AgentCore-dev-bot' }))).resolves.toBeDefined()
  })
})

describe('stack reads', () => {
  it('DescribeStackResources reports physical ids and statuses', async () => {
    await deploy('res')
    const { StackResources = [] } = await cfn.send(new DescribeStackResourcesCommand({ StackName: 'res' }))
    expect(StackResources.map((r) => [r.LogicalResourceId, r.PhysicalResourceId, r.ResourceStatus])).toEqual([
      ['Repo', 'agent-dev', 'CREATE_COMPLETE'],
      ['Role', 'AgentCore-dev-bot', 'CREATE_COMPLETE'],
    ])
  })

  it('GetTemplate returns the template body as sent', async () => {
    const body = template()
    await deploy('tpl', body)
    expect((await cfn.send(new GetTemplateCommand({ StackName: 'tpl' }))).TemplateBody).toBe(body)
  })

  it('ListChangeSets and DeleteChangeSet', async () => {
    await createChangeSet('lcs', 'one', template(), 'CREATE')
    await cfn.send(
      new CreateChangeSetCommand({
        StackName: 'lcs',
        ChangeSetName: 'two',
        ChangeSetType: 'CREATE',
        TemplateBody: template(),
        Capabilities: [...CAPS],
        Parameters: [{ ParameterKey: 'Env', ParameterValue: 'qa' }],
      }),
    )
    const names = async () =>
      ((await cfn.send(new ListChangeSetsCommand({ StackName: 'lcs' }))).Summaries ?? []).map((s) => s.ChangeSetName)
    expect(await names()).toEqual(['one', 'two'])
    await cfn.send(new DeleteChangeSetCommand({ StackName: 'lcs', ChangeSetName: 'one' }))
    expect(await names()).toEqual(['two'])
  })

  it('DeleteStack deletes the resources; the name is then unknown, the id still readable', async () => {
    const stack = await deploy('gone')
    await cfn.send(new DeleteStackCommand({ StackName: 'gone' }))
    const deleted = await stackSettled(stack.StackId as string)
    expect(deleted.StackStatus).toBe('DELETE_COMPLETE')
    await expect(cfn.send(new DescribeStacksCommand({ StackName: 'gone' }))).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'Stack with id gone does not exist',
    })
    await expect(iam.send(new GetRoleCommand({ RoleName: 'AgentCore-dev-bot' }))).rejects.toMatchObject({
      name: 'NoSuchEntityException',
    })
    // Deleting again (or a stack that never existed) succeeds, as in CloudFormation.
    await expect(cfn.send(new DeleteStackCommand({ StackName: 'gone' }))).resolves.toBeDefined()
  })
})

describe('drift', () => {
  it('is IN_SYNC right after a deploy', async () => {
    await deploy('sync')
    const status = await driftOf('sync')
    expect(status).toMatchObject({
      DetectionStatus: 'DETECTION_COMPLETE',
      StackDriftStatus: 'IN_SYNC',
      DriftedStackResourceCount: 0,
    })
  })

  it('reports a policy edited through IAM as MODIFIED with the property difference', async () => {
    await deploy('drift')
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'AgentCore-dev-bot',
        PolicyName: 'pull',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: ['ecr:BatchGetImage', 'ecr:*'], Resource: '*' }],
        }),
      }),
    )
    const status = await driftOf('drift')
    expect(status).toMatchObject({ StackDriftStatus: 'DRIFTED', DriftedStackResourceCount: 1 })
    const { StackResourceDrifts = [] } = await cfn.send(
      new DescribeStackResourceDriftsCommand({ StackName: 'drift', StackResourceDriftStatusFilters: ['MODIFIED'] }),
    )
    expect(StackResourceDrifts).toHaveLength(1)
    expect(StackResourceDrifts[0]).toMatchObject({ LogicalResourceId: 'Role', StackResourceDriftStatus: 'MODIFIED' })
    expect(StackResourceDrifts[0].PropertyDifferences).toEqual([
      {
        PropertyPath: '/Policies/0/PolicyDocument/Statement/0/Action/1',
        ExpectedValue: 'ecr:GetDownloadUrlForLayer',
        ActualValue: 'ecr:*',
        DifferenceType: 'NOT_EQUAL',
      },
      {
        PropertyPath: '/Policies/0/PolicyDocument/Statement/0/Resource',
        ExpectedValue: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/agent-dev`,
        ActualValue: '*',
        DifferenceType: 'NOT_EQUAL',
      },
    ])
    const stack = (await cfn.send(new DescribeStacksCommand({ StackName: 'drift' }))).Stacks?.[0]
    expect(stack?.DriftInformation?.StackDriftStatus).toBe('DRIFTED')
  })

  it('reports a removed inline policy as a REMOVE difference', async () => {
    await deploy('removed')
    await iam.send(new DeleteRolePolicyCommand({ RoleName: 'AgentCore-dev-bot', PolicyName: 'pull' }))
    await driftOf('removed')
    const { StackResourceDrifts = [] } = await cfn.send(
      new DescribeStackResourceDriftsCommand({ StackName: 'removed' }),
    )
    const role = StackResourceDrifts.find((d) => d.LogicalResourceId === 'Role')
    expect(role?.PropertyDifferences).toEqual([
      expect.objectContaining({ PropertyPath: '/Policies/0', DifferenceType: 'REMOVE', ActualValue: 'null' }),
    ])
  })
})

describe('more failure paths', () => {
  it('reports a role deleted outside the stack as DELETED drift', async () => {
    await deploy('deleted', template({ withRepository: false }))
    await iam.send(new DeleteRolePolicyCommand({ RoleName: 'AgentCore-dev-bot', PolicyName: 'pull' }))
    await iam.send(
      new DetachRolePolicyCommand({
        RoleName: 'AgentCore-dev-bot',
        PolicyArn: 'arn:aws:iam::aws:policy/AmazonBedrockReadOnly',
      }),
    )
    await iam.send(new DeleteRoleCommand({ RoleName: 'AgentCore-dev-bot' }))
    const status = await driftOf('deleted')
    expect(status).toMatchObject({ StackDriftStatus: 'DRIFTED', DriftedStackResourceCount: 1 })
    const { StackResourceDrifts = [] } = await cfn.send(
      new DescribeStackResourceDriftsCommand({ StackName: 'deleted' }),
    )
    expect(StackResourceDrifts.map((d) => [d.LogicalResourceId, d.StackResourceDriftStatus])).toEqual([
      ['Role', 'DELETED'],
    ])
  })

  it('ends a deletion DELETE_FAILED when a resource fails to delete', async () => {
    await deploy('stuck')
    emulator.addFault({ service: 'cloudformation', operation: 'DeleteStack', failureReason: 'Access denied' })
    await cfn.send(new DeleteStackCommand({ StackName: 'stuck' }))
    const stack = await stackSettled('stuck')
    expect(stack).toMatchObject({
      StackStatus: 'DELETE_FAILED',
      StackStatusReason: 'The following resource(s) failed to delete: [Role]. ',
    })
    const { StackEvents = [] } = await cfn.send(new DescribeStackEventsCommand({ StackName: 'stuck' }))
    const failed = StackEvents.find((e) => e.ResourceStatus === 'DELETE_FAILED' && e.LogicalResourceId === 'Role')
    expect(failed?.ResourceStatusReason).toBe('Access denied')
  })
})

describe('YAML templates', () => {
  it('accepts the short forms !Sub, !Ref and !GetAtt', async () => {
    const body = [
      'Parameters:',
      '  Env: { Type: String }',
      'Resources:',
      '  Repo:',
      '    Type: AWS::ECR::Repository',
      '    Properties:',
      '      RepositoryName: !Sub "yaml-${Env}"',
      'Outputs:',
      '  Uri:',
      '    Value: !GetAtt Repo.RepositoryUri',
      '  Name:',
      '    Value: !Ref Repo',
    ].join('\n')
    const stack = await deploy('yaml', body, 'qa')
    expect(stack.StackStatus).toBe('CREATE_COMPLETE')
    expect(Object.fromEntries((stack.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]))).toEqual({
      Uri: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/yaml-qa`,
      Name: 'yaml-qa',
    })
  })
})
