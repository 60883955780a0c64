import { beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import {
  ConflictException,
  CreateAgentRuntimeCommand,
  GetAgentRuntimeCommand,
  ListAgentRuntimesCommand,
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  TagResourceCommand,
  ThrottlingException,
  UpdateAgentRuntimeCommand,
  type GetAgentRuntimeCommandInput,
  type GetAgentRuntimeResponse,
} from '@aws-sdk/client-bedrock-agentcore-control'
import { DescribeImagesCommand } from '@aws-sdk/client-ecr'
import { FakeClock } from '../../../shared/action/clock.js'
import { MemoryLogger } from '../../../shared/action/logger.js'
import { deployRuntime, type DeployRuntimeParams } from '../../../shared/agentcore/runtime-deploy.js'
import { managedRuntimeTags } from '../../../shared/agentcore/runtime-tags.js'
import { ConfigError } from '../../../shared/errors/index.js'
import {
  DIGEST,
  DIGEST_2,
  IMAGE,
  REPO_URI,
  ROLE_ARN,
  awsClients,
  environmentSettings,
  liveRuntime,
  runtimeSettings,
} from './runtime-fixtures.js'

const aws = awsClients()
const control = mockClient(aws.controlClient)
const ecr = mockClient(aws.ecrClient)
const summary = {
  agentRuntimeArn: liveRuntime().agentRuntimeArn,
  agentRuntimeId: 'support_bot-AbCdEf1234',
  agentRuntimeName: 'support_bot',
  agentRuntimeVersion: '1',
  description: '',
  lastUpdatedAt: new Date(0),
  status: 'READY' as const,
}
const allTags = managedRuntimeTags({ configPath: 'agentcore.yaml', environment: 'prod', tags: { team: 'support' } })

function params(overrides: Partial<DeployRuntimeParams> = {}): DeployRuntimeParams {
  const runtime = overrides.runtime ?? runtimeSettings()
  return {
    environment: environmentSettings(runtime),
    runtime,
    configPath: 'agentcore.yaml',
    image: IMAGE,
    secretValues: { VENDOR_API_KEY: 's3cret' },
    waitTimeoutMs: 60_000,
    dryRun: false,
    origin: { commit: 'feedface', runUrl: 'https://github.com/o/r/actions/runs/7' },
    ...overrides,
  }
}

/** Answers GetAgentRuntime per version from a table (latest when no version is asked). */
function getAnswers(byVersion: Record<string, GetAgentRuntimeResponse[]>, latest: () => GetAgentRuntimeResponse) {
  control.on(GetAgentRuntimeCommand).callsFake(async (input: GetAgentRuntimeCommandInput) => {
    if (!input.agentRuntimeVersion) return latest()
    const answers = byVersion[input.agentRuntimeVersion]
    if (!answers?.length) throw new ResourceNotFoundException({ message: 'no such version', $metadata: {} })
    return answers.length > 1 ? answers.shift() : answers[0]
  })
}

const calls = () => control.calls().map((c) => (c.args[0] as { constructor: { name: string } }).constructor.name)

beforeEach(() => {
  control.reset()
  ecr.reset()
  ecr.on(DescribeImagesCommand).resolves({ imageDetails: [{ imageDigest: DIGEST }] })
  control.on(ListAgentRuntimesCommand).resolves({ agentRuntimes: [summary] })
  control.on(ListTagsForResourceCommand).resolves({ tags: allTags })
})

describe('deployRuntime: no change', () => {
  it('mints nothing when live equals desired, with 3 control-plane calls', async () => {
    getAnswers({}, () => liveRuntime())
    const log = new MemoryLogger()
    const result = await deployRuntime(params(), { aws, log, clock: new FakeClock() })
    expect(result).toMatchObject({ changed: false, version: '1', previousVersion: '1', status: 'READY', changes: [] })
    expect(calls()).toEqual(['ListAgentRuntimesCommand', 'GetAgentRuntimeCommand', 'ListTagsForResourceCommand'])
    expect(log.messages('info')).toContain('Runtime support_bot version 1 already matches the config: no new version')
  })

  it('adds missing tags without a new version', async () => {
    getAnswers({}, () => liveRuntime())
    control.on(ListTagsForResourceCommand).resolves({ tags: { team: 'support' } })
    const result = await deployRuntime(params(), { aws, log: new MemoryLogger(), clock: new FakeClock() })
    expect(result.changed).toBe(false)
    expect(result.taggedKeys).toEqual(['agentcore-actions:config', 'agentcore-actions:environment', 'managed-by'])
    expect(control.commandCalls(TagResourceCommand)[0].args[0].input.tags).toEqual({
      'managed-by': 'agentcore-actions',
      'agentcore-actions:config': 'agentcore.yaml',
      'agentcore-actions:environment': 'prod',
    })
  })
})

describe('deployRuntime: update', () => {
  it('sends the complete configuration, waits for READY and re-reads the version', async () => {
    const runtime = runtimeSettings({ environment: { LOG_LEVEL: 'debug', REGION_NAME: 'east' } })
    const v2 = liveRuntime({
      agentRuntimeVersion: '2',
      environmentVariables: { LOG_LEVEL: 'debug', REGION_NAME: 'east', VENDOR_API_KEY: 's3cret' },
    })
    getAnswers({ '2': [{ ...v2, status: 'UPDATING' }, v2] }, () =>
      liveRuntime({ metadataConfiguration: { requireMMDSV2: true } }),
    )
    control.on(UpdateAgentRuntimeCommand).resolves({ agentRuntimeVersion: '2', agentRuntimeId: summary.agentRuntimeId })
    const log = new MemoryLogger()
    const result = await deployRuntime(params({ runtime }), { aws, log, clock: new FakeClock() })

    expect(result).toMatchObject({ changed: true, version: '2', previousVersion: '1', status: 'READY' })
    expect(result.changes).toEqual([{ field: 'environment.LOG_LEVEL', from: 'info', to: 'debug' }])
    const sent = control.commandCalls(UpdateAgentRuntimeCommand)[0].args[0].input
    expect(sent).toEqual({
      agentRuntimeId: 'support_bot-AbCdEf1234',
      agentRuntimeArtifact: { containerConfiguration: { containerUri: IMAGE } },
      roleArn: ROLE_ARN,
      networkConfiguration: { networkMode: 'PUBLIC' },
      protocolConfiguration: { serverProtocol: 'HTTP' },
      environmentVariables: { LOG_LEVEL: 'debug', REGION_NAME: 'east', VENDOR_API_KEY: 's3cret' },
      lifecycleConfiguration: { idleRuntimeSessionTimeout: 900, maxLifetime: 28800 },
      description: `Customer support agent\nagentcore-actions: commit=feedface run=https://github.com/o/r/actions/runs/7 image=${DIGEST}`,
      metadataConfiguration: { requireMMDSV2: true },
    })
    expect(log.messages('info')).toEqual(
      expect.arrayContaining([
        '  environment.LOG_LEVEL: info → debug',
        'runtime support_bot version 2 to be READY: UPDATING (after 1s)',
        'runtime support_bot version 2 to be READY: READY (after 2s)',
      ]),
    )
    expect(log.lines.map((l) => l.message).join('\n')).not.toContain('s3cret')
  })

  it('keeps the live image when no image is given (config-only change)', async () => {
    const runtime = runtimeSettings({ lifecycle: { idleTimeoutSeconds: 120 } })
    const v2 = liveRuntime({
      agentRuntimeVersion: '2',
      lifecycleConfiguration: { idleRuntimeSessionTimeout: 120, maxLifetime: 28800 },
    })
    getAnswers({ '2': [v2] }, () => liveRuntime())
    control.on(UpdateAgentRuntimeCommand).resolves({ agentRuntimeVersion: '2' })
    const result = await deployRuntime(params({ runtime, image: undefined }), {
      aws,
      log: new MemoryLogger(),
      clock: new FakeClock(),
    })
    expect(result.containerUri).toBe(IMAGE)
    expect(ecr.calls()).toHaveLength(0)
    expect(control.commandCalls(UpdateAgentRuntimeCommand)[0].args[0].input.agentRuntimeArtifact).toEqual({
      containerConfiguration: { containerUri: IMAGE },
    })
  })

  it('after a ConflictException waits for the other update and re-plans on the new state', async () => {
    const image2 = `${REPO_URI}@${DIGEST_2}`
    ecr.on(DescribeImagesCommand).resolves({ imageDetails: [{ imageDigest: DIGEST_2 }] })
    // Someone else's version 2 is UPDATING when we try, and READY on the next read.
    const latest = [
      liveRuntime(),
      liveRuntime({ agentRuntimeVersion: '2', status: 'UPDATING' }),
      liveRuntime({ agentRuntimeVersion: '2' }),
    ]
    getAnswers(
      {
        '3': [
          liveRuntime({
            agentRuntimeVersion: '3',
            agentRuntimeArtifact: { containerConfiguration: { containerUri: image2 } },
          }),
        ],
      },
      () => (latest.length > 1 ? latest.shift() : latest[0]) as GetAgentRuntimeResponse,
    )
    control
      .on(UpdateAgentRuntimeCommand)
      .rejectsOnce(new ConflictException({ message: 'update in progress', $metadata: {} }))
      .resolves({ agentRuntimeVersion: '3' })
    const log = new MemoryLogger()
    const result = await deployRuntime(params({ image: image2 }), { aws, log, clock: new FakeClock() })
    expect(result).toMatchObject({ changed: true, version: '3', previousVersion: '2' })
    expect(control.commandCalls(UpdateAgentRuntimeCommand)).toHaveLength(2)
    expect(log.messages('warning')).toContain(
      'Runtime support_bot is being changed by another operation; waiting for it, then re-planning',
    )
  })

  it('fails with the service’s failureReason on UPDATE_FAILED', async () => {
    getAnswers(
      {
        '2': [
          liveRuntime({
            agentRuntimeVersion: '2',
            status: 'UPDATE_FAILED',
            failureReason: 'Image manifest is not arm64',
          }),
        ],
      },
      () => liveRuntime(),
    )
    control.on(UpdateAgentRuntimeCommand).resolves({ agentRuntimeVersion: '2' })
    await expect(
      deployRuntime(params({ secretValues: { VENDOR_API_KEY: 'rotated' } }), {
        aws,
        log: new MemoryLogger(),
        clock: new FakeClock(),
      }),
    ).rejects.toThrow("Failed to deploy runtime 'support_bot version 2': UPDATE_FAILED: Image manifest is not arm64")
  })

  it('fails when the READY version does not run the image asked for', async () => {
    const other = `${REPO_URI}@${DIGEST_2}`
    getAnswers(
      {
        '2': [
          liveRuntime({
            agentRuntimeVersion: '2',
            agentRuntimeArtifact: { containerConfiguration: { containerUri: other } },
          }),
        ],
      },
      () => liveRuntime(),
    )
    control.on(UpdateAgentRuntimeCommand).resolves({ agentRuntimeVersion: '2' })
    await expect(
      deployRuntime(params({ secretValues: { VENDOR_API_KEY: 'rotated' } }), {
        aws,
        log: new MemoryLogger(),
        clock: new FakeClock(),
      }),
    ).rejects.toThrow(`Failed to verify runtime 'support_bot version 2': it runs ${other} instead of ${IMAGE}`)
  })

  it('deploys again when the latest version failed, even with no difference', async () => {
    getAnswers({ '3': [liveRuntime({ agentRuntimeVersion: '3' })] }, () =>
      liveRuntime({ agentRuntimeVersion: '2', status: 'UPDATE_FAILED', failureReason: 'boom' }),
    )
    control.on(UpdateAgentRuntimeCommand).resolves({ agentRuntimeVersion: '3' })
    const log = new MemoryLogger()
    const result = await deployRuntime(params(), { aws, log, clock: new FakeClock() })
    expect(result).toMatchObject({ changed: true, version: '3', previousVersion: '2', changes: [] })
    expect(log.messages('warning')).toEqual([
      'Runtime support_bot version 2 is UPDATE_FAILED (boom); deploying it again',
    ])
  })

  it('in a dry run reports the changes and changes nothing', async () => {
    getAnswers({}, () => liveRuntime())
    const result = await deployRuntime(params({ dryRun: true, secretValues: { VENDOR_API_KEY: 'rotated' } }), {
      aws,
      log: new MemoryLogger(),
      clock: new FakeClock(),
    })
    expect(result).toMatchObject({ changed: true, status: 'DRY_RUN', version: '1' })
    expect(result.changes).toEqual([{ field: 'environment.VENDOR_API_KEY', secret: true, added: false }])
    expect(calls()).toEqual(['ListAgentRuntimesCommand', 'GetAgentRuntimeCommand'])
  })
})

describe('deployRuntime: create', () => {
  it('creates with tags, rides out the not-found right after create, and waits for version 1', async () => {
    control.on(ListAgentRuntimesCommand).resolves({ agentRuntimes: [] })
    const v1 = liveRuntime()
    const answers = [undefined, { ...v1, status: 'CREATING' as const }, v1]
    control.on(GetAgentRuntimeCommand).callsFake(async () => {
      const next = answers.length > 1 ? answers.shift() : answers[0]
      if (!next) throw new ResourceNotFoundException({ message: 'not found', $metadata: {} })
      return next
    })
    control.on(CreateAgentRuntimeCommand).resolves({
      agentRuntimeId: v1.agentRuntimeId,
      agentRuntimeArn: v1.agentRuntimeArn,
      agentRuntimeVersion: '1',
      status: 'CREATING',
    })
    const log = new MemoryLogger()
    const result = await deployRuntime(params(), { aws, log, clock: new FakeClock() })
    expect(result).toMatchObject({
      created: true,
      changed: true,
      version: '1',
      previousVersion: undefined,
      status: 'READY',
    })
    const sent = control.commandCalls(CreateAgentRuntimeCommand)[0].args[0].input
    expect(sent.agentRuntimeName).toBe('support_bot')
    expect(sent.tags).toEqual(allTags)
    expect(log.messages('info')).toContain('runtime support_bot version 1 to be READY: not visible yet (after 1s)')
  })

  it('when the create meets an existing name (a concurrent create), updates the runtime that is there', async () => {
    control
      .on(ListAgentRuntimesCommand)
      .resolvesOnce({ agentRuntimes: [] })
      .resolvesOnce({ agentRuntimes: [] })
      .resolves({ agentRuntimes: [summary] })
    control.on(CreateAgentRuntimeCommand).rejects(new ConflictException({ message: 'name exists', $metadata: {} }))
    getAnswers({}, () => liveRuntime())
    const log = new MemoryLogger()
    const result = await deployRuntime(params(), { aws, log, clock: new FakeClock() })
    expect(result).toMatchObject({ created: false, changed: false, version: '1' })
    expect(log.messages('warning')).toEqual([
      'Runtime support_bot already exists although the list did not show it; updating it instead',
    ])
    expect(log.messages('info')).toContain(
      'runtime support_bot to appear in the runtime list: not listed yet (after 0ms)',
    )
  })

  it('when the create meets a conflict and no such runtime ever shows up, fails with the service’s message', async () => {
    control.on(ListAgentRuntimesCommand).resolves({ agentRuntimes: [] })
    control
      .on(CreateAgentRuntimeCommand)
      .rejects(new ConflictException({ message: 'Concurrent modification', $metadata: {} }))
    await expect(deployRuntime(params(), { aws, log: new MemoryLogger(), clock: new FakeClock() })).rejects.toThrow(
      "Failed to create runtime 'support_bot': ConflictException: Concurrent modification (and no runtime named support_bot appeared in the runtime list within 1m)",
    )
  })

  it('treats throttling inside a wait as a state to wait through', async () => {
    const v2 = liveRuntime({ agentRuntimeVersion: '2' })
    let reads = 0
    control.on(GetAgentRuntimeCommand).callsFake(async (input: GetAgentRuntimeCommandInput) => {
      if (!input.agentRuntimeVersion) return liveRuntime()
      reads++
      if (reads === 1) throw new ThrottlingException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 429 } })
      return v2
    })
    control.on(UpdateAgentRuntimeCommand).resolves({ agentRuntimeVersion: '2' })
    const log = new MemoryLogger()
    const result = await deployRuntime(params({ secretValues: { VENDOR_API_KEY: 'rotated' } }), {
      aws,
      log,
      clock: new FakeClock(),
    })
    expect(result.version).toBe('2')
    expect(log.messages('info')).toContain(
      'runtime support_bot version 2 to be READY: read refused for now (ThrottlingException: Rate exceeded) (after 1s)',
    )
  })

  it('refuses a first deploy without an image before any change', async () => {
    control.on(ListAgentRuntimesCommand).resolves({ agentRuntimes: [] })
    await expect(
      deployRuntime(params({ image: undefined }), { aws, log: new MemoryLogger(), clock: new FakeClock() }),
    ).rejects.toThrow(
      "Runtime 'support_bot' does not exist in environment 'prod' (account 222222222222, us-east-1) yet: give the 'image' input for its first deploy.",
    )
    expect(control.commandCalls(CreateAgentRuntimeCommand)).toHaveLength(0)
  })
})

describe('deployRuntime: refusals before any AWS call', () => {
  it('a secret without a value', async () => {
    await expect(
      deployRuntime(params({ secretValues: {} }), { aws, log: new MemoryLogger(), clock: new FakeClock() }),
    ).rejects.toThrow(
      new ConfigError(
        "Runtime 'support_bot' lists secret environment variables without a value: VENDOR_API_KEY. Pass them in the 'secrets' input, one NAME=value per line (e.g. VENDOR_API_KEY=${{ secrets.VENDOR_API_KEY }}).",
      ),
    )
    expect(control.calls()).toHaveLength(0)
    expect(ecr.calls()).toHaveLength(0)
  })

  it('an image in another region', async () => {
    await expect(
      deployRuntime(params({ image: IMAGE.replace('us-east-1', 'us-west-2') }), {
        aws,
        log: new MemoryLogger(),
        clock: new FakeClock(),
      }),
    ).rejects.toThrow(
      /in the ECR registry of region us-west-2, but environment 'prod' runs in account 222222222222, region us-east-1/,
    )
    expect(control.calls()).toHaveLength(0)
  })
})
