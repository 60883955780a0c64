/**
 * Conformance of the emulated AgentCore control plane, driven through the real
 * @aws-sdk/client-bedrock-agentcore-control client on the wire: one test per rule of AGENTCORE_FACTS.md.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  ConflictException,
  CreateAgentRuntimeCommand,
  CreateAgentRuntimeEndpointCommand,
  DeleteAgentRuntimeCommand,
  DeleteAgentRuntimeEndpointCommand,
  GetAgentRuntimeCommand,
  GetAgentRuntimeEndpointCommand,
  ListAgentRuntimeEndpointsCommand,
  ListAgentRuntimesCommand,
  ListAgentRuntimeVersionsCommand,
  ListTagsForResourceCommand,
  paginateListAgentRuntimes,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  TagResourceCommand,
  ThrottlingException,
  UntagResourceCommand,
  UpdateAgentRuntimeCommand,
  UpdateAgentRuntimeEndpointCommand,
  ValidationException,
  type BedrockAgentCoreControlClient,
  type CreateAgentRuntimeCommandInput,
} from '@aws-sdk/client-bedrock-agentcore-control'
import { startEmulator, type Emulator } from '../../../emulator/index.js'
import type { AgentcoreControlService } from '../../../emulator/services/agentcore-control.js'
import { ACCOUNT, controlClient, IMAGE, REGION, ROLE_ARN, waitForEndpoint, waitForRuntime } from './clients.js'

let emulator: Emulator
let client: BedrockAgentCoreControlClient

beforeAll(async () => {
  emulator = await startEmulator({ transitionDelayMs: 50 })
  client = controlClient(emulator)
})
afterAll(async () => {
  client.destroy()
  await emulator.stop()
})
beforeEach(() => emulator.reset())

function createInput(overrides: Partial<CreateAgentRuntimeCommandInput> = {}): CreateAgentRuntimeCommandInput {
  return {
    agentRuntimeName: 'support_bot',
    agentRuntimeArtifact: { containerConfiguration: { containerUri: IMAGE } },
    roleArn: ROLE_ARN,
    networkConfiguration: { networkMode: 'PUBLIC' },
    environmentVariables: { AGENT_GREETING: 'Hello' },
    ...overrides,
  }
}

async function createReadyRuntime(overrides: Partial<CreateAgentRuntimeCommandInput> = {}) {
  const created = await client.send(new CreateAgentRuntimeCommand(createInput(overrides)))
  await waitForRuntime(client, created.agentRuntimeId!)
  return created
}

async function updateTo(agentRuntimeId: string, env: Record<string, string>) {
  return client.send(
    new UpdateAgentRuntimeCommand({
      agentRuntimeId,
      agentRuntimeArtifact: { containerConfiguration: { containerUri: IMAGE } },
      roleArn: ROLE_ARN,
      networkConfiguration: { networkMode: 'PUBLIC' },
      environmentVariables: env,
    }),
  )
}

describe('CreateAgentRuntime', () => {
  it('creates version 1 CREATING with a DEFAULT endpoint, READY after the transition delay', async () => {
    const created = await client.send(new CreateAgentRuntimeCommand(createInput()))
    expect(created.$metadata.httpStatusCode).toBe(202)
    expect(created.agentRuntimeId).toMatch(/^support_bot-[a-zA-Z0-9]{10}$/)
    expect(created.agentRuntimeArn).toBe(
      `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:runtime/${created.agentRuntimeId}`,
    )
    expect(created.agentRuntimeVersion).toBe('1')
    expect(created.status).toBe('CREATING')
    expect(created.createdAt).toBeInstanceOf(Date)
    expect(created.workloadIdentityDetails?.workloadIdentityArn).toContain(':workload-identity-directory/default/')

    const creating = await client.send(
      new GetAgentRuntimeEndpointCommand({ agentRuntimeId: created.agentRuntimeId, endpointName: 'DEFAULT' }),
    )
    expect(creating).toMatchObject({ status: 'CREATING', targetVersion: '1' })
    expect(creating.liveVersion).toBeUndefined()

    const ready = await waitForRuntime(client, created.agentRuntimeId!)
    expect(ready).toMatchObject({
      status: 'READY',
      agentRuntimeName: 'support_bot',
      agentRuntimeVersion: '1',
      roleArn: ROLE_ARN,
      agentRuntimeArtifact: { containerConfiguration: { containerUri: IMAGE } },
      environmentVariables: { AGENT_GREETING: 'Hello' },
      // Lifecycle defaults are filled in by the service.
      lifecycleConfiguration: { idleRuntimeSessionTimeout: 900, maxLifetime: 28800 },
      networkConfiguration: { networkMode: 'PUBLIC' },
    })
    const endpoint = await client.send(
      new GetAgentRuntimeEndpointCommand({ agentRuntimeId: created.agentRuntimeId, endpointName: 'DEFAULT' }),
    )
    expect(endpoint).toMatchObject({
      name: 'DEFAULT',
      status: 'READY',
      liveVersion: '1',
      targetVersion: '1',
      agentRuntimeEndpointArn: `${created.agentRuntimeArn}/runtime-endpoint/DEFAULT`,
    })
  })

  it('rejects a name with a hyphen with a ValidationException naming the field', async () => {
    const error = await client
      .send(new CreateAgentRuntimeCommand(createInput({ agentRuntimeName: 'support-bot' })))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationException)
    const validation = error as ValidationException
    expect(validation.$metadata.httpStatusCode).toBe(400)
    expect(validation.reason).toBe('FieldValidationFailed')
    expect(validation.fieldList).toEqual([
      {
        name: 'agentRuntimeName',
        message:
          "Value 'support-bot' at 'agentRuntimeName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][a-zA-Z0-9_]{0,47}",
      },
    ])
    expect(validation.message).toMatch(/^1 validation error detected: Value 'support-bot' at 'agentRuntimeName'/)
    expect(emulator.snapshot()['bedrock-agentcore-control']).toEqual({ runtimes: [] })
  })

  it.each([
    [
      'a non-ECR image',
      { agentRuntimeArtifact: { containerConfiguration: { containerUri: 'docker.io/library/node:22' } } },
      'agentRuntimeArtifact.containerConfiguration.containerUri',
    ],
    ['a role that is not an IAM role ARN', { roleArn: 'arn:aws:iam::111111111111:user/me' }, 'roleArn'],
    [
      'an unknown protocol',
      { protocolConfiguration: { serverProtocol: 'GRPC' as 'HTTP' } },
      'protocolConfiguration.serverProtocol',
    ],
    [
      'an idle timeout below 60 s',
      { lifecycleConfiguration: { idleRuntimeSessionTimeout: 30 } },
      'lifecycleConfiguration.idleRuntimeSessionTimeout',
    ],
    [
      'a VPC subnet that is not a subnet id',
      {
        networkConfiguration: {
          networkMode: 'VPC' as const,
          networkModeConfig: { subnets: ['net-1'], securityGroups: ['sg-0123456789abcdef0'] },
        },
      },
      'networkConfiguration.networkModeConfig.subnets.1',
    ],
  ])('rejects %s', async (_what, overrides, field) => {
    const error = (await client
      .send(new CreateAgentRuntimeCommand(createInput(overrides as Partial<CreateAgentRuntimeCommandInput>)))
      .catch((e: unknown) => e)) as ValidationException
    expect(error).toBeInstanceOf(ValidationException)
    expect(error.fieldList?.map((f) => f.name)).toEqual([field])
  })

  it('answers ConflictException for a duplicate name in the same account, but not in another account', async () => {
    await client.send(new CreateAgentRuntimeCommand(createInput()))
    const error = await client.send(new CreateAgentRuntimeCommand(createInput())).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConflictException)
    expect((error as ConflictException).message).toBe("An agent runtime with the name 'support_bot' already exists")

    const other = controlClient(emulator, '222222222222')
    const created = await other.send(new CreateAgentRuntimeCommand(createInput()))
    expect(created.agentRuntimeArn).toContain(':222222222222:runtime/support_bot-')
    const mine = await client.send(new ListAgentRuntimesCommand({}))
    expect(mine.agentRuntimes).toHaveLength(1)
    other.destroy()
  })

  it('is idempotent for a repeated clientToken with the same body, and refuses the token with another body', async () => {
    const clientToken = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d'
    const first = await client.send(new CreateAgentRuntimeCommand(createInput({ clientToken })))
    const again = await client.send(new CreateAgentRuntimeCommand(createInput({ clientToken })))
    expect(again.agentRuntimeId).toBe(first.agentRuntimeId)
    expect((await client.send(new ListAgentRuntimesCommand({}))).agentRuntimes).toHaveLength(1)

    const error = (await client
      .send(new CreateAgentRuntimeCommand(createInput({ clientToken, description: 'changed' })))
      .catch((e: unknown) => e)) as ValidationException
    expect(error).toBeInstanceOf(ValidationException)
    expect(error.reason).toBe('IdempotentParameterMismatchException')
  })
})

describe('UpdateAgentRuntime and versions', () => {
  it('mints version 2; DEFAULT moves to it, a named endpoint stays on version 1', async () => {
    const { agentRuntimeId } = await createReadyRuntime()
    const live = await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId, name: 'live' }))
    expect(live).toMatchObject({ targetVersion: '1', status: 'CREATING', endpointName: 'live' })
    await waitForEndpoint(client, agentRuntimeId!, 'live')

    const updated = await updateTo(agentRuntimeId!, { AGENT_GREETING: 'Howdy' })
    expect(updated).toMatchObject({ agentRuntimeVersion: '2', status: 'UPDATING' })
    expect(updated.lastUpdatedAt).toBeInstanceOf(Date)
    const rolling = await client.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId, endpointName: 'DEFAULT' }))
    expect(rolling).toMatchObject({ status: 'UPDATING', liveVersion: '1', targetVersion: '2' })

    const ready = await waitForRuntime(client, agentRuntimeId!)
    expect(ready).toMatchObject({
      status: 'READY',
      agentRuntimeVersion: '2',
      environmentVariables: { AGENT_GREETING: 'Howdy' },
    })
    expect(
      await client.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId, endpointName: 'DEFAULT' })),
    ).toMatchObject({
      status: 'READY',
      liveVersion: '2',
      targetVersion: '2',
    })
    expect(
      await client.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId, endpointName: 'live' })),
    ).toMatchObject({
      status: 'READY',
      liveVersion: '1',
      targetVersion: '1',
    })
    // Each version keeps its own full configuration.
    const v1 = await client.send(new GetAgentRuntimeCommand({ agentRuntimeId, agentRuntimeVersion: '1' }))
    expect(v1).toMatchObject({
      agentRuntimeVersion: '1',
      status: 'READY',
      environmentVariables: { AGENT_GREETING: 'Hello' },
    })
  })

  it('mints a new version even when nothing changed, and clears optional fields left out', async () => {
    const { agentRuntimeId } = await createReadyRuntime({ description: 'first' })
    await updateTo(agentRuntimeId!, { AGENT_GREETING: 'Hello' })
    await waitForRuntime(client, agentRuntimeId!)
    const same = await updateTo(agentRuntimeId!, { AGENT_GREETING: 'Hello' })
    expect(same.agentRuntimeVersion).toBe('3')
    const latest = await waitForRuntime(client, agentRuntimeId!)
    expect(latest.description).toBeUndefined()

    const versions = await client.send(new ListAgentRuntimeVersionsCommand({ agentRuntimeId }))
    expect(versions.agentRuntimes?.map((v) => v.agentRuntimeVersion)).toEqual(['3', '2', '1'])
    expect(versions.agentRuntimes?.[2]).toMatchObject({ description: 'first', status: 'READY' })
  })

  it('answers ConflictException to an update while UPDATING', async () => {
    const { agentRuntimeId } = await createReadyRuntime()
    await updateTo(agentRuntimeId!, { AGENT_GREETING: 'a' })
    const error = await updateTo(agentRuntimeId!, { AGENT_GREETING: 'b' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConflictException)
    expect((error as ConflictException).$metadata.httpStatusCode).toBe(409)
    expect((error as Error).message).toContain('is UPDATING')
  })

  it('answers ResourceNotFoundException to an update of a runtime that does not exist', async () => {
    const error = await updateTo('ghost-AbCdEf1234', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ResourceNotFoundException)
    expect((error as Error).message).toBe("Agent runtime 'ghost-AbCdEf1234' not found")
  })

  it('answers ResourceNotFoundException for a version that does not exist', async () => {
    const { agentRuntimeId } = await createReadyRuntime()
    const error = await client
      .send(new GetAgentRuntimeCommand({ agentRuntimeId, agentRuntimeVersion: '7' }))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ResourceNotFoundException)
  })

  it('deletes one version that no endpoint uses, and refuses the latest one', async () => {
    const { agentRuntimeId } = await createReadyRuntime()
    await updateTo(agentRuntimeId!, {})
    await waitForRuntime(client, agentRuntimeId!)
    const latest = await client
      .send(new DeleteAgentRuntimeCommand({ agentRuntimeId, agentRuntimeVersion: '2' }))
      .catch((e: unknown) => e)
    expect(latest).toBeInstanceOf(ConflictException)
    await client.send(new DeleteAgentRuntimeCommand({ agentRuntimeId, agentRuntimeVersion: '1' }))
    await new Promise((r) => setTimeout(r, 120))
    const versions = await client.send(new ListAgentRuntimeVersionsCommand({ agentRuntimeId }))
    expect(versions.agentRuntimes?.map((v) => v.agentRuntimeVersion)).toEqual(['2'])
  })
})

describe('faults', () => {
  it('answers an injected typed error for the next call only, logs it, then behaves again', async () => {
    emulator.addFault({
      service: 'bedrock-agentcore-control',
      operation: 'ListAgentRuntimes',
      error: { type: 'ThrottlingException', status: 429, message: 'Rate exceeded' },
    })
    const error = await client.send(new ListAgentRuntimesCommand({})).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ThrottlingException)
    expect((error as Error).message).toBe('Rate exceeded')
    expect((await client.send(new ListAgentRuntimesCommand({}))).agentRuntimes).toEqual([])
    expect(emulator.requests({ operation: 'ListAgentRuntimes' }).map((r) => [r.status, r.fault ?? false])).toEqual([
      [429, true],
      [200, false],
    ])
  })

  it('fails a create with CREATE_FAILED and the failureReason of a transition fault', async () => {
    emulator.addFault({
      service: 'bedrock-agentcore-control',
      operation: 'CreateAgentRuntime',
      failureReason: 'Failed creating service linked role',
    })
    const created = await client.send(new CreateAgentRuntimeCommand(createInput()))
    const failed = await waitForRuntime(client, created.agentRuntimeId!)
    expect(failed).toMatchObject({ status: 'CREATE_FAILED', failureReason: 'Failed creating service linked role' })
    const endpoint = await client.send(
      new GetAgentRuntimeEndpointCommand({ agentRuntimeId: created.agentRuntimeId, endpointName: 'DEFAULT' }),
    )
    expect(endpoint).toMatchObject({ status: 'CREATE_FAILED', failureReason: 'Failed creating service linked role' })
  })

  it('fails an endpoint update with UPDATE_FAILED, keeping the live version', async () => {
    const { agentRuntimeId } = await createReadyRuntime()
    await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId, name: 'live' }))
    await waitForEndpoint(client, agentRuntimeId!, 'live')
    await updateTo(agentRuntimeId!, {})
    await waitForRuntime(client, agentRuntimeId!)
    emulator.addFault({
      service: 'bedrock-agentcore-control',
      operation: 'UpdateAgentRuntimeEndpoint',
      failureReason: 'Image pull failed',
      pathIncludes: 'runtime-endpoints/live',
    })
    const update = await client.send(
      new UpdateAgentRuntimeEndpointCommand({ agentRuntimeId, endpointName: 'live', agentRuntimeVersion: '2' }),
    )
    expect(update).toMatchObject({ status: 'UPDATING', liveVersion: '1', targetVersion: '2' })
    expect(await waitForEndpoint(client, agentRuntimeId!, 'live')).toMatchObject({
      status: 'UPDATE_FAILED',
      failureReason: 'Image pull failed',
      liveVersion: '1',
      targetVersion: '2',
    })
  })

  it('leaves a runtime DELETE_FAILED with the failureReason of a delete fault', async () => {
    const { agentRuntimeId } = await createReadyRuntime()
    emulator.addFault({
      service: 'bedrock-agentcore-control',
      operation: 'DeleteAgentRuntime',
      failureReason: 'Internal failure while deleting workload identity',
    })
    expect((await client.send(new DeleteAgentRuntimeCommand({ agentRuntimeId }))).status).toBe('DELETING')
    expect(await waitForRuntime(client, agentRuntimeId!)).toMatchObject({
      status: 'DELETE_FAILED',
      failureReason: 'Internal failure while deleting workload identity',
    })
    // A second delete succeeds.
    await client.send(new DeleteAgentRuntimeCommand({ agentRuntimeId }))
    await new Promise((r) => setTimeout(r, 120))
    await expect(client.send(new GetAgentRuntimeCommand({ agentRuntimeId }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    )
  })

  it('reads the transition delay when a transition starts', async () => {
    emulator.settings.transitionDelayMs = 300
    const created = await client.send(new CreateAgentRuntimeCommand(createInput()))
    emulator.settings.transitionDelayMs = 50
    await new Promise((r) => setTimeout(r, 120))
    expect((await client.send(new GetAgentRuntimeCommand({ agentRuntimeId: created.agentRuntimeId }))).status).toBe(
      'CREATING',
    )
    expect((await waitForRuntime(client, created.agentRuntimeId!)).status).toBe('READY')
  })
})

describe('ListAgentRuntimes paging', () => {
  it('pages with maxResults/nextToken, and the SDK paginator sees every runtime once', async () => {
    for (let i = 0; i < 12; i++)
      await client.send(new CreateAgentRuntimeCommand(createInput({ agentRuntimeName: `agent_${i}` })))
    const first = await client.send(new ListAgentRuntimesCommand({ maxResults: 5 }))
    expect(first.agentRuntimes?.map((r) => r.agentRuntimeName)).toEqual([
      'agent_0',
      'agent_1',
      'agent_2',
      'agent_3',
      'agent_4',
    ])
    expect(first.nextToken).toEqual(expect.any(String))
    const byDefault = await client.send(new ListAgentRuntimesCommand({}))
    expect(byDefault.agentRuntimes).toHaveLength(10)

    const names: string[] = []
    for await (const page of paginateListAgentRuntimes({ client, pageSize: 5 }, {}))
      names.push(...(page.agentRuntimes ?? []).map((r) => r.agentRuntimeName!))
    expect(names).toHaveLength(12)
    expect(new Set(names).size).toBe(12)
    expect(emulator.requests({ operation: 'ListAgentRuntimes' }).map((r) => r.path)).toContain('/runtimes/')
  })

  it('refuses a made-up nextToken and an out-of-range maxResults', async () => {
    await expect(client.send(new ListAgentRuntimesCommand({ nextToken: 'bogus' }))).rejects.toBeInstanceOf(
      ValidationException,
    )
    await expect(client.send(new ListAgentRuntimesCommand({ maxResults: 101 }))).rejects.toBeInstanceOf(
      ValidationException,
    )
  })
})

describe('endpoints', () => {
  it('pins an endpoint created without a version to the version current then; it never moves on its own', async () => {
    const { agentRuntimeId } = await createReadyRuntime()
    await updateTo(agentRuntimeId!, {})
    await waitForRuntime(client, agentRuntimeId!)
    await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId, name: 'canary', description: 'canary' }))
    await waitForEndpoint(client, agentRuntimeId!, 'canary')
    await updateTo(agentRuntimeId!, {})
    await waitForRuntime(client, agentRuntimeId!)
    const canary = await client.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId, endpointName: 'canary' }))
    expect(canary).toMatchObject({ liveVersion: '2', targetVersion: '2', description: 'canary', status: 'READY' })
    const list = await client.send(new ListAgentRuntimeEndpointsCommand({ agentRuntimeId }))
    expect(list.runtimeEndpoints?.map((e) => [e.name, e.liveVersion])).toEqual([
      ['DEFAULT', '3'],
      ['canary', '2'],
    ])
  })

  it('answers ServiceQuotaExceededException (402) for the 11th named endpoint', async () => {
    const { agentRuntimeId } = await createReadyRuntime()
    for (let i = 0; i < 10; i++)
      await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId, name: `ep_${i}` }))
    const error = await client
      .send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId, name: 'ep_10' }))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceQuotaExceededException)
    expect((error as ServiceQuotaExceededException).$metadata.httpStatusCode).toBe(402)
  })

  it('refuses a duplicate endpoint name, a hyphen, and a version that does not exist', async () => {
    const { agentRuntimeId } = await createReadyRuntime()
    await expect(
      client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId, name: 'DEFAULT' })),
    ).rejects.toBeInstanceOf(ConflictException)
    await expect(
      client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId, name: 'my-live' })),
    ).rejects.toBeInstanceOf(ValidationException)
    await expect(
      client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId, name: 'live', agentRuntimeVersion: '9' })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException)
  })

  it('refuses to delete DEFAULT, and a runtime that still has named endpoints; deletes them in order', async () => {
    const { agentRuntimeId } = await createReadyRuntime()
    await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId, name: 'live' }))
    await waitForEndpoint(client, agentRuntimeId!, 'live')

    const defaultError = await client
      .send(new DeleteAgentRuntimeEndpointCommand({ agentRuntimeId, endpointName: 'DEFAULT' }))
      .catch((e: unknown) => e)
    expect(defaultError).toBeInstanceOf(ConflictException)
    expect((defaultError as Error).message).toBe('Default endpoints are removed when you delete the agent')
    const runtimeError = await client.send(new DeleteAgentRuntimeCommand({ agentRuntimeId })).catch((e: unknown) => e)
    expect(runtimeError).toBeInstanceOf(ConflictException)
    expect((runtimeError as Error).message).toBe("This agent has endpoints that must be deleted first: 'live'")

    const deleting = await client.send(new DeleteAgentRuntimeEndpointCommand({ agentRuntimeId, endpointName: 'live' }))
    expect(deleting).toMatchObject({ status: 'DELETING', endpointName: 'live' })
    await new Promise((r) => setTimeout(r, 120))
    const deleted = await client.send(new DeleteAgentRuntimeCommand({ agentRuntimeId }))
    expect(deleted.status).toBe('DELETING')
    await new Promise((r) => setTimeout(r, 120))
    await expect(client.send(new GetAgentRuntimeCommand({ agentRuntimeId }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    )
    // The name is free again.
    await client.send(new CreateAgentRuntimeCommand(createInput()))
  })
})

describe('rules around versions and DEFAULT', () => {
  it('answers ServiceQuotaExceededException (402) instead of minting version 1001', async () => {
    const { agentRuntimeId } = await createReadyRuntime()
    const store = emulator.service<AgentcoreControlService>('bedrock-agentcore-control').store
    const runtime = store.get({ account: ACCOUNT, region: REGION }, agentRuntimeId!)
    const first = runtime.versions.get('1')!
    // 999 more versions, as 999 updates would have left them.
    for (let v = 2; v <= 1000; v++) runtime.versions.set(String(v), { ...first, version: String(v) })
    runtime.latestVersion = 1000
    const error = await updateTo(agentRuntimeId!, {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceQuotaExceededException)
    expect((error as Error).message).toContain('limit of 1000 versions')
    expect(runtime.versions.size).toBe(1000)
  })

  it('refuses to update DEFAULT, and to create an endpoint on a version that is not READY yet', async () => {
    const { agentRuntimeId } = await createReadyRuntime()
    await expect(
      client.send(
        new UpdateAgentRuntimeEndpointCommand({ agentRuntimeId, endpointName: 'DEFAULT', agentRuntimeVersion: '1' }),
      ),
    ).rejects.toBeInstanceOf(ValidationException)
    await updateTo(agentRuntimeId!, {})
    const error = await client
      .send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId, name: 'early' }))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConflictException)
    expect((error as Error).message).toContain("Version '2'")
    // Version 1 is READY, so an endpoint can pin it while version 2 is still rolling out.
    const pinned = await client.send(
      new CreateAgentRuntimeEndpointCommand({ agentRuntimeId, name: 'early', agentRuntimeVersion: '1' }),
    )
    expect(pinned.targetVersion).toBe('1')
  })

  it('keeps serving the previous version on DEFAULT when an update fails, and recovers with the next update', async () => {
    const { agentRuntimeId } = await createReadyRuntime()
    emulator.addFault({
      service: 'bedrock-agentcore-control',
      operation: 'UpdateAgentRuntime',
      failureReason: 'bad image',
    })
    await updateTo(agentRuntimeId!, { AGENT_GREETING: 'broken' })
    expect(await waitForRuntime(client, agentRuntimeId!)).toMatchObject({
      status: 'UPDATE_FAILED',
      failureReason: 'bad image',
      agentRuntimeVersion: '2',
    })
    expect(
      await client.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId, endpointName: 'DEFAULT' })),
    ).toMatchObject({
      status: 'UPDATE_FAILED',
      liveVersion: '1',
      targetVersion: '2',
    })
    await updateTo(agentRuntimeId!, { AGENT_GREETING: 'fixed' })
    const fixed = await waitForRuntime(client, agentRuntimeId!)
    expect(fixed).toMatchObject({ status: 'READY', agentRuntimeVersion: '3' })
    expect(fixed.failureReason).toBeUndefined()
    expect(
      await client.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId, endpointName: 'DEFAULT' })),
    ).toMatchObject({
      status: 'READY',
      liveVersion: '3',
    })
  })

  it('answers ValidationException for a malformed runtime id in the path', async () => {
    const error = (await client
      .send(new GetAgentRuntimeCommand({ agentRuntimeId: 'support_bot' }))
      .catch((e: unknown) => e)) as ValidationException
    expect(error).toBeInstanceOf(ValidationException)
    expect(error.fieldList?.[0]?.name).toBe('agentRuntimeId')
  })
})

describe('tags', () => {
  it('takes tags on Create and through Tag/Untag; Get never returns them', async () => {
    const { agentRuntimeArn, agentRuntimeId } = await createReadyRuntime({
      tags: { 'managed-by': 'agentcore-actions' },
    })
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: agentRuntimeArn }))).tags).toEqual({
      'managed-by': 'agentcore-actions',
    })
    await client.send(
      new TagResourceCommand({ resourceArn: agentRuntimeArn, tags: { environment: 'prod', team: 'x' } }),
    )
    await client.send(new UntagResourceCommand({ resourceArn: agentRuntimeArn, tagKeys: ['team'] }))
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: agentRuntimeArn }))).tags).toEqual({
      'managed-by': 'agentcore-actions',
      environment: 'prod',
    })
    const runtime = await client.send(new GetAgentRuntimeCommand({ agentRuntimeId }))
    expect(runtime).not.toHaveProperty('tags')
    // Tags are not versioned: an update keeps them.
    await updateTo(agentRuntimeId!, {})
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: agentRuntimeArn }))).tags).toHaveProperty(
      'environment',
      'prod',
    )
  })

  it('tags endpoints by their ARN, refuses bad tag values and other accounts', async () => {
    const { agentRuntimeArn } = await createReadyRuntime()
    const endpointArn = `${agentRuntimeArn}/runtime-endpoint/DEFAULT`
    await client.send(new TagResourceCommand({ resourceArn: endpointArn, tags: { stage: 'default' } }))
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: endpointArn }))).tags).toEqual({
      stage: 'default',
    })
    await expect(
      client.send(new TagResourceCommand({ resourceArn: agentRuntimeArn, tags: { bad: 'no*stars' } })),
    ).rejects.toBeInstanceOf(ValidationException)
    const other = controlClient(emulator, '333333333333')
    await expect(other.send(new ListTagsForResourceCommand({ resourceArn: agentRuntimeArn }))).rejects.toMatchObject({
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 403 },
    })
    other.destroy()
  })
})
