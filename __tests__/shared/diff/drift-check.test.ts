import { beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import {
  AccessDeniedException,
  BedrockAgentCoreControlClient,
  GetAgentRuntimeCommand,
  ListAgentRuntimeEndpointsCommand,
  ListAgentRuntimesCommand,
  ListTagsForResourceCommand,
  type GetAgentRuntimeResponse,
} from '@aws-sdk/client-bedrock-agentcore-control'
import {
  CloudFormationClient,
  DescribeStackDriftDetectionStatusCommand,
  DescribeStackResourceDriftsCommand,
  DetectStackDriftCommand,
} from '@aws-sdk/client-cloudformation'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { FakeClock } from '../../../shared/action/clock.js'
import { MemoryLogger } from '../../../shared/action/logger.js'
import type { AwsClients } from '../../../shared/aws/clients.js'
import { checkDrift, compareRuntime } from '../../../shared/diff/drift-check.js'
import { environment, loadedConfig, runtimeSettings } from './fixtures.js'

const creds = { accessKeyId: 'AKIA111111111111', secretAccessKey: 'x' }
const opts = { region: 'us-east-1', credentials: creds, endpoint: 'http://127.0.0.1:9' }
const control = new BedrockAgentCoreControlClient(opts)
const sts = new STSClient(opts)
const cfn = new CloudFormationClient(opts)
const controlMock = mockClient(control)
const stsMock = mockClient(sts)
const cfnMock = mockClient(cfn)
const clients: AwsClients = {
  region: 'us-east-1',
  control: async () => control,
  sts: async () => sts,
  cloudFormation: async () => cfn,
  data: async () => Promise.reject(new Error('not used')),
  ecr: async () => Promise.reject(new Error('not used')),
  iam: async () => Promise.reject(new Error('not used')),
}

const IMAGE = '111111111111.dkr.ecr.us-east-1.amazonaws.com/support-bot@sha256:' + 'a'.repeat(64)
function live(over: Partial<GetAgentRuntimeResponse> = {}): GetAgentRuntimeResponse {
  return {
    agentRuntimeArn: 'arn:aws:bedrock-agentcore:us-east-1:111111111111:runtime/support_bot-AbCdEf1234',
    agentRuntimeName: 'support_bot',
    agentRuntimeId: 'support_bot-AbCdEf1234',
    agentRuntimeVersion: '3',
    createdAt: new Date(0),
    lastUpdatedAt: new Date(0),
    roleArn: 'arn:aws:iam::111111111111:role/agent',
    status: 'READY',
    agentRuntimeArtifact: { containerConfiguration: { containerUri: IMAGE } },
    networkConfiguration: { networkMode: 'PUBLIC' },
    protocolConfiguration: { serverProtocol: 'HTTP' },
    environmentVariables: { LOG_LEVEL: 'info', VENDOR_API_KEY: 's3cr3t-value-123' },
    lifecycleConfiguration: { idleRuntimeSessionTimeout: 900, maxLifetime: 28800 },
    ...over,
  }
}
const summary = (name: string, arn: string, version: string) => ({
  agentRuntimeName: name,
  agentRuntimeId: `${name}-AbCdEf1234`,
  agentRuntimeArn: arn,
  agentRuntimeVersion: version,
  description: '',
  lastUpdatedAt: new Date(0),
  status: 'READY' as const,
})
const endpoint = (name: string, liveVersion: string, status = 'READY') => ({
  name,
  liveVersion,
  targetVersion: liveVersion,
  status: status as never,
  agentRuntimeEndpointArn: `arn/${name}`,
  agentRuntimeArn: 'arn',
  id: name,
  createdAt: new Date(0),
  lastUpdatedAt: new Date(0),
})

describe('compareRuntime', () => {
  const env = environment('dev', [runtimeSettings('support_bot')])
  const runtime = runtimeSettings('support_bot')

  it('finds nothing when the live runtime matches', () => {
    expect(compareRuntime(runtime, env, live(), [endpoint('DEFAULT', '3'), endpoint('live', '3')])).toEqual([])
  })

  it('reports fields, endpoints and status, never a secret value', () => {
    const items = compareRuntime(
      runtime,
      env,
      live({
        status: 'UPDATE_FAILED',
        failureReason: 'image pull failed',
        environmentVariables: { LOG_LEVEL: 'debug', EXTRA_TOKEN: 'hunter2-very-secret' },
        lifecycleConfiguration: { idleRuntimeSessionTimeout: 300, maxLifetime: 28800 },
        agentRuntimeArtifact: {
          containerConfiguration: { containerUri: '999999999999.dkr.ecr.us-east-1.amazonaws.com/other:v1' },
        },
      }),
      [endpoint('live', '2'), endpoint('canary', '3', 'UPDATING')],
    )
    expect(items.map((i) => i.message)).toEqual([
      "runtime 'support_bot' is UPDATE_FAILED: image pull failed",
      "image: runs 999999999999.dkr.ecr.us-east-1.amazonaws.com/other:v1, the config's repository is 111111111111.dkr.ecr.us-east-1.amazonaws.com/support-bot",
      'environment.EXTRA_TOKEN: set live but not in the config (value not shown)',
      'environment.LOG_LEVEL: config info, live debug',
      'environment.VENDOR_API_KEY: added (secret)',
      'lifecycle.idleTimeoutSeconds: config 900, live 300',
      "endpoint 'live' serves version 2, the config says latest (version 3)",
      "endpoint 'canary' (version 3) exists but is not in the config",
    ])
    expect(JSON.stringify(items)).not.toContain('hunter2')
    const secret = items.find((i) => i.field === 'environment.VENDOR_API_KEY')
    expect(secret).toEqual({
      kind: 'runtime-field',
      runtime: 'support_bot',
      field: 'environment.VENDOR_API_KEY',
      secret: true,
      message: 'environment.VENDOR_API_KEY: added (secret)',
    })
  })

  it('reports a missing endpoint and a pinned version', () => {
    const pinned = runtimeSettings('support_bot', { endpoints: { live: '2', canary: 'latest' } })
    expect(
      compareRuntime(pinned, env, live(), [endpoint('live', '3')]).map((i) => [i.kind, i.expected, i.actual]),
    ).toEqual([
      ['endpoint-version', '2', '3'],
      ['endpoint-missing', '3', undefined],
    ])
  })
})

describe('checkDrift', () => {
  const log = new MemoryLogger()
  beforeEach(() => {
    controlMock.reset()
    stsMock.reset()
    cfnMock.reset()
    stsMock.on(GetCallerIdentityCommand).resolves({ Account: '111111111111' })
  })

  it('checks runtimes, finds unmanaged runtimes by tag, and follows pagination', async () => {
    controlMock
      .on(ListAgentRuntimesCommand, { maxResults: 100, nextToken: undefined })
      .resolves({
        agentRuntimes: [summary('support_bot', 'arn:sb', '3')],
        nextToken: 'page2',
      })
      .on(ListAgentRuntimesCommand, { maxResults: 100, nextToken: 'page2' })
      .resolves({
        agentRuntimes: [summary('old_bot', 'arn:old', '1'), summary('someone_else', 'arn:else', '1')],
      })
    controlMock.on(GetAgentRuntimeCommand).resolves(live())
    controlMock
      .on(ListAgentRuntimeEndpointsCommand)
      .resolves({ runtimeEndpoints: [endpoint('DEFAULT', '3'), endpoint('live', '3')] })
    controlMock
      .on(ListTagsForResourceCommand, { resourceArn: 'arn:old' })
      .resolves({
        tags: {
          'managed-by': 'agentcore-actions',
          'agentcore-actions:config': 'agentcore.yaml',
          'agentcore-actions:environment': 'dev',
        },
      })
      .on(ListTagsForResourceCommand, { resourceArn: 'arn:else' })
      .resolves({ tags: { team: 'other' } })
    const config = loadedConfig([environment('dev', [runtimeSettings('support_bot'), runtimeSettings('new_bot')])])
    const report = await checkDrift(
      { config, configPath: 'agentcore.yaml', environments: [] },
      { clientsFor: async () => clients, clock: new FakeClock(Date.UTC(2026, 10, 20)), log },
    )
    expect(report.counts).toEqual({
      environments: 1,
      runtimes: 2,
      driftedRuntimes: 1,
      unmanagedRuntimes: 1,
      items: 2,
      unreadableEnvironments: 0,
      unreadableRuntimes: 0,
    })
    expect(report.environments[0].runtimes.map((r) => [r.name, r.status])).toEqual([
      ['support_bot', 'in-sync'],
      ['new_bot', 'missing'],
    ])
    expect(report.environments[0].unmanaged.map((u) => u.message)).toEqual([
      "runtime 'old_bot' is tagged as deployed from agentcore.yaml to dev but is no longer in the config",
    ])
    expect(report.hasDrift).toBe(true)
    expect(report.checkedAt).toBe('2026-11-20T00:00:00.000Z')
  })

  it('reports an environment that cannot be read and still checks the others', async () => {
    controlMock
      .on(ListAgentRuntimesCommand)
      .rejects(
        new AccessDeniedException({ message: 'not allowed: bedrock-agentcore:ListAgentRuntimes', $metadata: {} }),
      )
    stsMock.on(GetCallerIdentityCommand).resolves({ Account: '111111111111' })
    const wrongAccount = environment('prod', [runtimeSettings('support_bot')], { account: '222222222222' })
    const config = loadedConfig([environment('dev', [runtimeSettings('support_bot')]), wrongAccount])
    const report = await checkDrift(
      { config, configPath: 'agentcore.yaml', environments: ['dev', 'prod'] },
      { clientsFor: async () => clients, clock: new FakeClock(), log },
    )
    expect(report.environments.map((e) => [e.name, e.status, e.error])).toEqual([
      [
        'dev',
        'error',
        "Failed to list AgentCore runtimes 'all': AccessDeniedException: not allowed: bedrock-agentcore:ListAgentRuntimes",
      ],
      [
        'prod',
        'error',
        'the credentials are for account 111111111111, not 222222222222; give the environment a roleToAssume or run with credentials for its account',
      ],
    ])
    expect(report.counts.unreadableEnvironments).toBe(2)
  })

  it('reports a runtime it cannot read without calling it drift', async () => {
    controlMock.on(ListAgentRuntimesCommand).resolves({ agentRuntimes: [summary('support_bot', 'arn:sb', '3')] })
    controlMock
      .on(GetAgentRuntimeCommand)
      .rejects(new AccessDeniedException({ message: 'not allowed: bedrock-agentcore:GetAgentRuntime', $metadata: {} }))
    controlMock.on(ListAgentRuntimeEndpointsCommand).resolves({ runtimeEndpoints: [] })
    const report = await checkDrift(
      {
        config: loadedConfig([environment('dev', [runtimeSettings('support_bot')])]),
        configPath: 'agentcore.yaml',
        environments: [],
      },
      { clientsFor: async () => clients, clock: new FakeClock(), log },
    )
    expect(report.environments[0].runtimes[0]).toMatchObject({
      status: 'error',
      items: [
        {
          kind: 'read-error',
          message:
            "runtime 'support_bot' could not be read: Failed to read runtime 'support_bot': AccessDeniedException: not allowed: bedrock-agentcore:GetAgentRuntime",
        },
      ],
    })
    expect(report.hasDrift).toBe(false)
    expect(report.counts).toMatchObject({ items: 0, unreadableRuntimes: 1, driftedRuntimes: 0 })
  })

  it('reports role stack drift for managed roles', async () => {
    controlMock.on(ListAgentRuntimesCommand).resolves({
      agentRuntimes: [summary('support_bot', 'arn:sb', '3')],
    })
    controlMock
      .on(GetAgentRuntimeCommand)
      .resolves(live({ roleArn: 'arn:aws:iam::111111111111:role/AgentCore-dev-support_bot' }))
    controlMock.on(ListAgentRuntimeEndpointsCommand).resolves({ runtimeEndpoints: [endpoint('live', '3')] })
    cfnMock
      .on(DetectStackDriftCommand, { StackName: 'agentcore-dev-support-bot-role' })
      .resolves({ StackDriftDetectionId: 'd-1' })
    cfnMock
      .on(DescribeStackDriftDetectionStatusCommand)
      .resolvesOnce({
        StackDriftDetectionId: 'd-1',
        DetectionStatus: 'DETECTION_IN_PROGRESS',
        StackId: 's',
        Timestamp: new Date(0),
      })
      .resolves({
        StackDriftDetectionId: 'd-1',
        DetectionStatus: 'DETECTION_COMPLETE',
        StackDriftStatus: 'DRIFTED',
        StackId: 's',
        Timestamp: new Date(0),
      })
    cfnMock.on(DescribeStackResourceDriftsCommand).resolves({
      StackResourceDrifts: [
        {
          StackId: 's',
          LogicalResourceId: 'ExecutionRole',
          ResourceType: 'AWS::IAM::Role',
          StackResourceDriftStatus: 'MODIFIED',
          Timestamp: new Date(0),
          PropertyDifferences: [
            {
              PropertyPath: '/Policies/0/PolicyDocument/Statement/0/Action',
              ExpectedValue: 'a',
              ActualValue: 'b',
              DifferenceType: 'NOT_EQUAL',
            },
          ],
        },
      ],
    })
    const managed = runtimeSettings('support_bot', {
      role: { kind: 'managed', models: [], managedPolicies: [], statements: [] },
    })
    const report = await checkDrift(
      { config: loadedConfig([environment('dev', [managed])]), configPath: 'agentcore.yaml', environments: ['dev'] },
      { clientsFor: async () => clients, clock: new FakeClock(), log },
    )
    expect(report.environments[0].runtimes[0].items.map((i) => i.message)).toEqual([
      'role stack resource ExecutionRole (AWS::IAM::Role) is MODIFIED: /Policies/0/PolicyDocument/Statement/0/Action changed',
    ])
  })
})
