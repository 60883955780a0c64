/**
 * Conformance of the emulated AgentCore data plane through the real @aws-sdk/client-bedrock-agentcore client:
 * invocations reach a real agent process running the version an endpoint serves.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  AccessDeniedException,
  InvokeAgentRuntimeCommand,
  ResourceNotFoundException,
  RuntimeClientError,
  StopRuntimeSessionCommand,
  type BedrockAgentCoreClient,
} from '@aws-sdk/client-bedrock-agentcore'
import {
  CreateAgentRuntimeCommand,
  CreateAgentRuntimeEndpointCommand,
  DeleteAgentRuntimeCommand,
  UpdateAgentRuntimeCommand,
  type BedrockAgentCoreControlClient,
  type CreateAgentRuntimeCommandInput,
} from '@aws-sdk/client-bedrock-agentcore-control'
import { startEmulator, type Emulator } from '../../../emulator/index.js'
import { writeAgentPrograms } from './agent-fixtures.js'
import {
  ACCOUNT,
  controlClient,
  dataClient,
  IMAGE,
  REGION,
  ROLE_ARN,
  waitForEndpoint,
  waitForRuntime,
} from './clients.js'

const programs = writeAgentPrograms()
let emulator: Emulator
let control: BedrockAgentCoreControlClient
let data: BedrockAgentCoreClient
const SESSION = 'session-0123456789-0123456789-0123456789'
// 40 words: the sample agent writes one event per word 5 ms apart, so the answer takes ~200 ms to produce.
const STORY = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ')

beforeAll(async () => {
  emulator = await startEmulator({
    transitionDelayMs: 50,
    agents: {
      [`${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/crashing-agent`]: programs.paths.crash,
      'failing-agent': programs.paths.error500,
      env_echo: programs.paths.envEcho,
    },
  })
  control = controlClient(emulator)
  data = dataClient(emulator)
})
afterAll(async () => {
  control.destroy()
  data.destroy()
  await emulator.stop()
  programs.cleanup()
})
beforeEach(() => emulator.reset())

async function deploy(overrides: Partial<CreateAgentRuntimeCommandInput> = {}) {
  const created = await control.send(
    new CreateAgentRuntimeCommand({
      agentRuntimeName: 'support_bot',
      agentRuntimeArtifact: { containerConfiguration: { containerUri: IMAGE } },
      roleArn: ROLE_ARN,
      environmentVariables: { AGENT_GREETING: 'Hello' },
      ...overrides,
    }),
  )
  await waitForRuntime(control, created.agentRuntimeId!)
  return { arn: created.agentRuntimeArn!, id: created.agentRuntimeId! }
}

async function invokeJson(arn: string, payload: unknown, qualifier?: string) {
  const answer = await data.send(
    new InvokeAgentRuntimeCommand({
      agentRuntimeArn: arn,
      qualifier,
      runtimeSessionId: SESSION,
      contentType: 'application/json',
      payload: JSON.stringify(payload),
    }),
  )
  return { answer, body: JSON.parse(await answer.response!.transformToString()) as Record<string, unknown> }
}

describe('InvokeAgentRuntime', () => {
  it('reaches the sample agent through DEFAULT and returns its JSON answer', async () => {
    const { arn, id } = await deploy()
    const { answer, body } = await invokeJson(arn, { prompt: 'ping' })
    expect(answer.contentType).toBe('application/json')
    expect(answer.statusCode).toBe(200)
    expect(answer.runtimeSessionId).toBe(SESSION)
    expect(body).toEqual({ reply: 'pong', sessionId: SESSION, greeting: 'Hello', runtimeVersion: '1', runtimeId: id })
  })

  it('serves each endpoint from the version it is on: DEFAULT follows the update, a named endpoint stays', async () => {
    const { arn, id } = await deploy()
    await control.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'live' }))
    await waitForEndpoint(control, id, 'live')
    await control.send(
      new UpdateAgentRuntimeCommand({
        agentRuntimeId: id,
        agentRuntimeArtifact: { containerConfiguration: { containerUri: IMAGE } },
        roleArn: ROLE_ARN,
        environmentVariables: { AGENT_GREETING: 'Howdy' },
      }),
    )
    // While DEFAULT rolls to version 2, version 1 still answers.
    expect((await invokeJson(arn, { prompt: 'hi' })).body).toMatchObject({ greeting: 'Hello', runtimeVersion: '1' })
    await waitForEndpoint(control, id, 'DEFAULT')
    expect((await invokeJson(arn, { prompt: 'hi' })).body).toMatchObject({
      reply: 'Howdy! You said: hi',
      runtimeVersion: '2',
    })
    expect((await invokeJson(arn, { prompt: 'hi' }, 'live')).body).toMatchObject({
      greeting: 'Hello',
      runtimeVersion: '1',
    })
    const state = emulator.snapshot()['bedrock-agentcore'] as { processes: { version: string; state: string }[] }
    expect(state.processes.map((p) => p.version).sort()).toEqual(['1', '2'])
  })

  it('streams a text/event-stream answer as it is produced', async () => {
    const { arn } = await deploy()
    const answer = await data.send(
      new InvokeAgentRuntimeCommand({
        agentRuntimeArn: arn,
        accept: 'text/event-stream',
        payload: JSON.stringify({ prompt: STORY }),
      }),
    )
    expect(answer.contentType).toBe('text/event-stream')
    const chunks: string[] = []
    for await (const chunk of answer.response as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk).toString())
    const events = chunks
      .join('')
      .split('\n\n')
      .filter(Boolean)
      .map((e) => JSON.parse(e.replace(/^data: /, '')) as Record<string, unknown>)
    expect(events.slice(0, 2)).toEqual([{ delta: 'Hello!' }, { delta: ' You' }])
    expect(events.at(-1)).toMatchObject({ done: true, reply: `Hello! You said: ${STORY}` })
    expect(events).toHaveLength(3 + 40 + 1)
    // The events arrived in several pieces, not as one buffered body.
    expect(chunks.length).toBeGreaterThan(1)
  })

  it('answers RuntimeClientError (424) when the agent crashes at start, and keeps its output like a log group', async () => {
    const { arn, id } = await deploy({
      agentRuntimeArtifact: {
        containerConfiguration: { containerUri: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/crashing-agent:v1` },
      },
    })
    const error = await invokeJson(arn, { prompt: 'ping' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RuntimeClientError)
    expect((error as RuntimeClientError).$metadata.httpStatusCode).toBe(424)
    expect((error as Error).message).toMatch(/^Runtime initialization time exceeded/)
    const state = emulator.snapshot()['bedrock-agentcore'] as {
      ended: { runtimeId: string; output: string; exitCode: number }[]
    }
    expect(state.ended).toEqual([
      expect.objectContaining({ runtimeId: id, exitCode: 3, output: 'agent boot failed: MODEL_ID is not set\n' }),
    ])
  })

  it('answers RuntimeClientError (424) when the agent answers 500', async () => {
    const { arn } = await deploy({
      agentRuntimeArtifact: {
        containerConfiguration: {
          containerUri: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/failing-agent@sha256:${'a'.repeat(64)}`,
        },
      },
    })
    const error = await invokeJson(arn, { prompt: 'ping' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RuntimeClientError)
    expect((error as Error).message).toBe(
      'Received error (500) from runtime. Please check your CloudWatch logs for more information.',
    )
  })

  it('starts the agent with exactly the version environment plus the contract variables', async () => {
    process.env.EMULATOR_HOST_SECRET = 'must-not-leak'
    const { arn, id } = await deploy({ agentRuntimeName: 'env_echo', environmentVariables: { LOG_LEVEL: 'debug' } })
    const { body } = await invokeJson(arn, { prompt: 'x' })
    delete process.env.EMULATOR_HOST_SECRET
    expect(body.env).toMatchObject({
      LOG_LEVEL: 'debug',
      AGENTCORE_RUNTIME_ID: id,
      AGENTCORE_RUNTIME_VERSION: '1',
      AWS_REGION: REGION,
      HOST: '127.0.0.1',
    })
    expect(body.env).not.toHaveProperty('EMULATOR_HOST_SECRET')
    expect(body.env).not.toHaveProperty('AWS_ENDPOINT_URL')
    expect(body.path).toBe('/invocations')
    expect(body.headers).toHaveProperty(['x-amzn-bedrock-agentcore-runtime-session-id'], SESSION)
    expect(body.body).toBe('{"prompt":"x"}')
  })

  it('forwards JSON-RPC to /mcp for an MCP runtime, with a program registered through the admin API', async () => {
    const registered = await fetch(`${emulator.awsEndpointUrl}/_emulator/bedrock-agentcore/agents`, {
      method: 'POST',
      body: JSON.stringify({ match: 'mcp_tools', script: programs.paths.mcp }),
    })
    expect(registered.status).toBe(200)
    const { arn } = await deploy({ agentRuntimeName: 'mcp_tools', protocolConfiguration: { serverProtocol: 'MCP' } })
    const answer = await data.send(
      new InvokeAgentRuntimeCommand({
        agentRuntimeArn: arn,
        contentType: 'application/json',
        accept: 'application/json, text/event-stream',
        mcpProtocolVersion: '2025-06-18',
        payload: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
      }),
    )
    expect(answer.mcpSessionId).toBe('mcp-session-1')
    expect(JSON.parse(await answer.response!.transformToString())).toEqual({
      jsonrpc: '2.0',
      id: 1,
      result: { tools: [{ name: 'add', description: 'Adds two numbers', inputSchema: { type: 'object' } }] },
    })
  })

  it('answers ResourceNotFoundException for an unknown qualifier and for the endpoint ARN', async () => {
    const { arn } = await deploy()
    const unknown = await invokeJson(arn, {}, 'nope').catch((e: unknown) => e)
    expect(unknown).toBeInstanceOf(ResourceNotFoundException)
    expect((unknown as Error).message).toBe(`No endpoint or agent found with qualifier 'nope' for agent '${arn}'`)
    await expect(invokeJson(`${arn}/runtime-endpoint/DEFAULT`, {})).rejects.toBeInstanceOf(ResourceNotFoundException)
  })

  it("answers AccessDeniedException for another account's runtime", async () => {
    const { arn } = await deploy()
    const stranger = dataClient(emulator, '999999999999')
    await expect(
      stranger.send(new InvokeAgentRuntimeCommand({ agentRuntimeArn: arn, payload: '{}' })),
    ).rejects.toBeInstanceOf(AccessDeniedException)
    stranger.destroy()
  })

  it('refuses SigV4 calls to a JWT runtime and accepts a bearer token with an allowed audience', async () => {
    const { arn } = await deploy({
      authorizerConfiguration: {
        customJWTAuthorizer: {
          discoveryUrl: 'https://idp.example.com/.well-known/openid-configuration',
          allowedAudience: ['agents'],
        },
      },
    })
    const sigv4 = await invokeJson(arn, { prompt: 'ping' }).catch((e: unknown) => e)
    expect(sigv4).toBeInstanceOf(AccessDeniedException)
    expect((sigv4 as Error).message).toMatch(/^Authorization method mismatch/)

    const jwt = (claims: object) =>
      ['{"alg":"none"}', JSON.stringify(claims), 'sig'].map((p) => Buffer.from(p).toString('base64url')).join('.')
    const call = (token: string) =>
      fetch(`${emulator.awsEndpointUrl}/runtimes/${encodeURIComponent(arn)}/invocations?qualifier=DEFAULT`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ prompt: 'ping' }),
      })
    const ok = await call(jwt({ aud: 'agents', exp: Math.floor(Date.now() / 1000) + 60 }))
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({ reply: 'pong' })
    const wrong = await call(jwt({ aud: 'someone-else' }))
    expect(wrong.status).toBe(403)
    expect(await wrong.json()).toMatchObject({ message: 'Invalid bearer token: the audience is not allowed' })
  })
})

describe('data-plane faults and sessions', () => {
  it('answers an injected ThrottlingException on InvokeAgentRuntime before reaching the agent', async () => {
    const { arn } = await deploy()
    emulator.addFault({
      service: 'bedrock-agentcore',
      operation: 'InvokeAgentRuntime',
      error: { type: 'ThrottlingException', status: 429, message: 'Rate exceeded' },
    })
    await expect(invokeJson(arn, { prompt: 'ping' })).rejects.toMatchObject({
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 429 },
    })
    const state = emulator.snapshot()['bedrock-agentcore'] as { processes: unknown[] }
    expect(state.processes).toEqual([])
    expect((await invokeJson(arn, { prompt: 'ping' })).body.reply).toBe('pong')
  })

  it('stops a runtime session with StopRuntimeSession', async () => {
    const { arn } = await deploy()
    const stopped = await data.send(new StopRuntimeSessionCommand({ agentRuntimeArn: arn, runtimeSessionId: SESSION }))
    expect(stopped.$metadata.httpStatusCode).toBe(200)
    expect(stopped.runtimeSessionId).toBe(SESSION)
    await expect(
      data.send(new StopRuntimeSessionCommand({ agentRuntimeArn: arn, runtimeSessionId: SESSION, qualifier: 'nope' })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException)
  })
})

describe('agent processes', () => {
  it('honours a cold-start delay once per version, and stop() kills the processes', async () => {
    const own = await startEmulator({ transitionDelayMs: 20, agentColdStartMs: 400 })
    const ownControl = controlClient(own)
    const ownData = dataClient(own)
    const created = await ownControl.send(
      new CreateAgentRuntimeCommand({
        agentRuntimeName: 'cold',
        agentRuntimeArtifact: { containerConfiguration: { containerUri: IMAGE } },
        roleArn: ROLE_ARN,
      }),
    )
    await waitForRuntime(ownControl, created.agentRuntimeId!)
    const invoke = async () => {
      const started = Date.now()
      const answer = await ownData.send(
        new InvokeAgentRuntimeCommand({ agentRuntimeArn: created.agentRuntimeArn, payload: '{"prompt":"ping"}' }),
      )
      await answer.response!.transformToString()
      return Date.now() - started
    }
    expect(await invoke()).toBeGreaterThanOrEqual(400)
    expect(await invoke()).toBeLessThan(400)
    const { processes } = own.snapshot()['bedrock-agentcore'] as { processes: { pid: number }[] }
    expect(processes).toHaveLength(1)
    ownControl.destroy()
    ownData.destroy()
    await own.stop()
    expect(() => process.kill(processes[0].pid, 0)).toThrow()
  })

  it('stops the agents of a deleted runtime', async () => {
    const { arn, id } = await deploy()
    await invokeJson(arn, { prompt: 'ping' })
    const { processes } = emulator.snapshot()['bedrock-agentcore'] as { processes: { pid: number }[] }
    await control.send(new DeleteAgentRuntimeCommand({ agentRuntimeId: id }))
    await new Promise((r) => setTimeout(r, 300))
    expect(() => process.kill(processes[0].pid, 0)).toThrow()
    await expect(invokeJson(arn, { prompt: 'ping' })).rejects.toBeInstanceOf(ResourceNotFoundException)
  })
})
