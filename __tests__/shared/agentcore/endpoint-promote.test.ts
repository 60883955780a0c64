import { beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import {
  ConflictException,
  CreateAgentRuntimeEndpointCommand,
  GetAgentRuntimeEndpointCommand,
  ListAgentRuntimesCommand,
  ListAgentRuntimeVersionsCommand,
  ResourceNotFoundException,
  UpdateAgentRuntimeEndpointCommand,
  type GetAgentRuntimeEndpointResponse,
} from '@aws-sdk/client-bedrock-agentcore-control'
import { FakeClock } from '../../../shared/action/clock.js'
import { MemoryLogger } from '../../../shared/action/logger.js'
import {
  defaultEndpointWarning,
  planEndpointTargets,
  promoteEndpoints,
  resolveTargetVersion,
  type PromoteEndpointsParams,
} from '../../../shared/agentcore/endpoint-promote.js'
import { formatEndpointHistory, parseEndpointHistory } from '../../../shared/agentcore/runtime-endpoint.js'
import type { RuntimeVersion } from '../../../shared/agentcore/runtime-versions.js'
import { ConfigError } from '../../../shared/errors/index.js'
import { awsClients, environmentSettings, liveRuntime, runtimeSettings } from './runtime-fixtures.js'

const versions: RuntimeVersion[] = [
  { version: '4', status: 'UPDATE_FAILED', stamp: { commit: '4444444aaaa' } },
  { version: '3', status: 'READY', stamp: { commit: '3333333bbbb' } },
  { version: '2', status: 'READY', stamp: {} },
  { version: '1', status: 'READY', stamp: { commit: '1111111cccc' } },
]
const recent =
  'recent versions: 4 (UPDATE_FAILED, commit 4444444), 3 (READY, commit 3333333), 2 (READY), 1 (READY, commit 1111111)'

describe('planEndpointTargets', () => {
  const environment = environmentSettings()
  it('takes every named endpoint of the config with its selector by default', () => {
    const runtime = runtimeSettings({ endpoints: { live: '3', canary: 'latest' } })
    expect(planEndpointTargets({ runtime, environment, endpoints: [] })).toEqual([
      { endpoint: 'live', selector: '3' },
      { endpoint: 'canary', selector: 'latest' },
    ])
  })

  it('applies the version input to the endpoints given', () => {
    expect(
      planEndpointTargets({ runtime: runtimeSettings(), environment, endpoints: ['live'], version: 'previous' }),
    ).toEqual([{ endpoint: 'live', selector: 'previous' }])
  })

  it.each([
    [
      { endpoints: ['DEFAULT'] },
      /^Endpoint 'DEFAULT' cannot be promoted: AgentCore moves it to every new version by itself/,
    ],
    [{ endpoints: ['live-canary'] }, /^Endpoint name 'live-canary' is not valid: .*; try 'live_canary'$/],
    [
      { endpoints: ['live'], version: 'v3' },
      /^Input 'version': 'v3' is not a version; use latest, previous or a version number \(versions are plain numbers: try '3'\)$/,
    ],
    [
      { endpoints: [] as string[], runtime: runtimeSettings({ endpoints: {} }) },
      /^Runtime 'support_bot' has no named endpoints in environment 'prod'/,
    ],
  ])('refuses %j', (overrides, message) => {
    const planned = { runtime: runtimeSettings(), environment, endpoints: [] as string[] }
    expect(() => planEndpointTargets({ ...planned, ...overrides })).toThrow(message)
  })
})

describe('resolveTargetVersion', () => {
  const context = { runtimeName: 'support_bot', endpoint: 'live' }
  it('latest is the newest READY version', () => {
    expect(resolveTargetVersion('latest', versions, context)).toBe('3')
  })
  it('a number must exist and be READY', () => {
    expect(resolveTargetVersion('2', versions, context)).toBe('2')
    expect(() => resolveTargetVersion('9', versions, context)).toThrow(
      new ConfigError(`Version 9 of runtime 'support_bot' does not exist (deleted, or never created); ${recent}`),
    )
    expect(() => resolveTargetVersion('4', versions, context)).toThrow(
      new ConfigError(`Version 4 of runtime 'support_bot' is UPDATE_FAILED, not READY; ${recent}`),
    )
  })
  it('previous comes from the endpoint’s description', () => {
    const current = { description: formatEndpointHistory('1') } as GetAgentRuntimeEndpointResponse
    expect(resolveTargetVersion('previous', versions, { ...context, current })).toBe('1')
    expect(() => resolveTargetVersion('previous', versions, context)).toThrow(
      /^Endpoint 'live' has no recorded previous version \(it does not exist yet\)/,
    )
  })
})

describe('endpoint history', () => {
  it('round-trips and ignores other text', () => {
    expect(parseEndpointHistory(formatEndpointHistory('12'))).toBe('12')
    expect(parseEndpointHistory('hand written')).toBeUndefined()
    expect(parseEndpointHistory(undefined)).toBeUndefined()
  })
})

describe('defaultEndpointWarning', () => {
  it('warns only when the runtime has no named endpoint', () => {
    expect(defaultEndpointWarning(environmentSettings(), runtimeSettings())).toBeUndefined()
    expect(defaultEndpointWarning(environmentSettings(), runtimeSettings({ endpoints: {} }))).toMatch(
      /traffic goes through DEFAULT, which switches to every new version/,
    )
  })
})

describe('promoteEndpoints (mocked control plane)', () => {
  const aws = awsClients()
  const control = mockClient(aws.controlClient)
  const live = liveRuntime()
  const params = (overrides: Partial<PromoteEndpointsParams> = {}): PromoteEndpointsParams => ({
    environment: environmentSettings(),
    runtime: runtimeSettings(),
    endpoints: [],
    waitTimeoutMs: 60_000,
    dryRun: false,
    ...overrides,
  })
  const endpoint = (o: Partial<GetAgentRuntimeEndpointResponse>): GetAgentRuntimeEndpointResponse => ({
    name: 'live',
    id: 'live',
    agentRuntimeArn: live.agentRuntimeArn,
    agentRuntimeEndpointArn: `${live.agentRuntimeArn}/runtime-endpoint/live`,
    status: 'READY',
    createdAt: new Date(0),
    lastUpdatedAt: new Date(0),
    ...o,
  })

  beforeEach(() => {
    control.reset()
    control.on(ListAgentRuntimesCommand).resolves({ agentRuntimes: [{ ...live, description: '' }] })
    control.on(ListAgentRuntimeVersionsCommand).resolves({
      agentRuntimes: versions.map((v) => ({
        agentRuntimeVersion: v.version,
        status: v.status as 'READY',
        agentRuntimeArn: live.agentRuntimeArn,
        agentRuntimeId: live.agentRuntimeId,
        agentRuntimeName: 'support_bot',
        description: v.stamp.commit ? `agentcore-actions: commit=${v.stamp.commit}` : '',
        lastUpdatedAt: new Date(0),
      })),
    })
  })

  it('creates a missing endpoint with an explicit version and no history', async () => {
    const reads = [
      undefined,
      endpoint({ status: 'CREATING', targetVersion: '3' }),
      endpoint({ liveVersion: '3', targetVersion: '3' }),
    ]
    control.on(GetAgentRuntimeEndpointCommand).callsFake(async () => {
      const next = reads.length > 1 ? reads.shift() : reads[0]
      if (!next) throw new ResourceNotFoundException({ message: 'no endpoint', $metadata: {} })
      return next
    })
    const result = await promoteEndpoints(params(), { aws, log: new MemoryLogger(), clock: new FakeClock() })
    expect(result.promotions).toEqual([
      expect.objectContaining({
        endpoint: 'live',
        fromVersion: undefined,
        toVersion: '3',
        created: true,
        changed: true,
        toCommit: '3333333bbbb',
      }),
    ])
    expect(control.commandCalls(CreateAgentRuntimeEndpointCommand)[0].args[0].input).toEqual({
      agentRuntimeId: live.agentRuntimeId,
      name: 'live',
      agentRuntimeVersion: '3',
      description: undefined,
    })
  })

  it('after a ConflictException waits, re-checks and moves the endpoint, recording the previous version', async () => {
    const reads = [
      endpoint({ liveVersion: '1', targetVersion: '1' }),
      endpoint({ liveVersion: '1', targetVersion: '1' }),
      endpoint({ status: 'UPDATING', liveVersion: '1', targetVersion: '3' }),
      endpoint({ liveVersion: '3', targetVersion: '3' }),
    ]
    control.on(GetAgentRuntimeEndpointCommand).callsFake(async () => (reads.length > 1 ? reads.shift() : reads[0]))
    control
      .on(UpdateAgentRuntimeEndpointCommand)
      .rejectsOnce(new ConflictException({ message: 'busy', $metadata: {} }))
      .resolves({})
    const log = new MemoryLogger()
    const result = await promoteEndpoints(params({ version: '3', expectedCurrentVersion: '1' }), {
      aws,
      log,
      clock: new FakeClock(),
    })
    expect(result.promotions[0]).toMatchObject({
      fromVersion: '1',
      toVersion: '3',
      changed: true,
      fromCommit: '1111111cccc',
    })
    const updates = control.commandCalls(UpdateAgentRuntimeEndpointCommand).map((c) => c.args[0].input)
    expect(updates).toHaveLength(2)
    expect(updates[1]).toEqual({
      agentRuntimeId: live.agentRuntimeId,
      endpointName: 'live',
      agentRuntimeVersion: '3',
      description: 'agentcore-actions: previous=1',
    })
  })

  it('fails when the endpoint reports READY but serves another version after the wait', async () => {
    const reads = [
      endpoint({ liveVersion: '1', targetVersion: '1' }),
      endpoint({ liveVersion: '3', targetVersion: '3' }),
      endpoint({ liveVersion: '2', targetVersion: '2' }),
    ]
    control.on(GetAgentRuntimeEndpointCommand).callsFake(async () => (reads.length > 1 ? reads.shift() : reads[0]))
    control.on(UpdateAgentRuntimeEndpointCommand).resolves({})
    await expect(
      promoteEndpoints(params({ version: '3' }), { aws, log: new MemoryLogger(), clock: new FakeClock() }),
    ).rejects.toThrow(
      "Failed to verify endpoint 'live': expected READY serving version 3, found READY (live 2, target 2)",
    )
  })

  it('a dry run reads but does not write', async () => {
    control.on(GetAgentRuntimeEndpointCommand).resolves(endpoint({ liveVersion: '1', targetVersion: '1' }))
    const result = await promoteEndpoints(params({ dryRun: true }), {
      aws,
      log: new MemoryLogger(),
      clock: new FakeClock(),
    })
    expect(result.promotions[0]).toMatchObject({ fromVersion: '1', toVersion: '3', changed: true, status: 'DRY_RUN' })
    expect(control.commandCalls(UpdateAgentRuntimeEndpointCommand)).toHaveLength(0)
  })
})
