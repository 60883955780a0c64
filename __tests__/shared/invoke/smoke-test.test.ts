import { beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import {
  BedrockAgentCoreClient,
  InvokeAgentRuntimeCommand,
  RuntimeClientError,
  ResourceNotFoundException,
} from '@aws-sdk/client-bedrock-agentcore'
import { FakeClock } from '../../../shared/action/clock.js'
import { MemoryLogger } from '../../../shared/action/logger.js'
import { runSmokeTest, type SmokeTestParams } from '../../../shared/invoke/smoke-test.js'

const ARN = 'arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/support_bot-AbCdEf1234'
const client = new BedrockAgentCoreClient({
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIA123456789012', secretAccessKey: 'x' },
  endpoint: 'http://127.0.0.1:9',
})
const data = mockClient(client)
const body = (text: string) => ({ transformToString: async () => text }) as never

const params = (over: Partial<SmokeTestParams> = {}): SmokeTestParams => ({
  runtimeArn: ARN,
  endpoint: 'live',
  protocol: 'HTTP',
  payload: '{"prompt":"ping"}',
  sessionId: 'smoke-test-0123456789abcdef0123456789abcdef',
  expect: { contains: 'pong' },
  attempts: 3,
  retryBudgetMs: 60_000,
  ...over,
})

let clock: FakeClock
let log: MemoryLogger
const deps = () => ({ data: async () => client, clock, log })

beforeEach(() => {
  data.reset()
  clock = new FakeClock(1_000_000)
  log = new MemoryLogger()
})

describe('runSmokeTest', () => {
  it('invokes the runtime ARN with the endpoint as qualifier and passes', async () => {
    data
      .on(InvokeAgentRuntimeCommand)
      .resolves({ statusCode: 200, contentType: 'application/json', response: body('{"reply":"pong"}') })
    const result = await runSmokeTest(params(), deps())
    expect(result).toMatchObject({ passed: true, attempts: 1, statusCode: 200 })
    const input = data.commandCalls(InvokeAgentRuntimeCommand)[0].args[0].input
    expect(input).toMatchObject({
      agentRuntimeArn: ARN,
      qualifier: 'live',
      contentType: 'application/json',
      runtimeSessionId: 'smoke-test-0123456789abcdef0123456789abcdef',
    })
    expect(new TextDecoder().decode(input.payload as Uint8Array)).toBe('{"prompt":"ping"}')
  })

  it('retries a cold start (RuntimeClientError 424) and then passes', async () => {
    const coldStart = new RuntimeClientError({
      message: 'Runtime initialization time exceeded',
      $metadata: { httpStatusCode: 424 },
    })
    data
      .on(InvokeAgentRuntimeCommand)
      .rejectsOnce(coldStart)
      .resolves({ statusCode: 200, contentType: 'text/plain', response: body('pong') })
    const result = await runSmokeTest(params(), deps())
    expect(result).toMatchObject({ passed: true, attempts: 2 })
    expect(result.history.map((h) => [h.statusCode, h.errorType ?? '', h.note])).toEqual([
      [424, 'RuntimeClientError', 'retrying in 2s'],
      [200, '', 'answered'],
    ])
    expect(clock.sleeps).toEqual([2000])
  })

  it('does not retry an assertion failure', async () => {
    data.on(InvokeAgentRuntimeCommand).resolves({ statusCode: 200, contentType: 'text/plain', response: body('pang') })
    const result = await runSmokeTest(params(), deps())
    expect(result).toMatchObject({ passed: false, attempts: 1 })
    expect(data.commandCalls(InvokeAgentRuntimeCommand)).toHaveLength(1)
  })

  it('does not retry a 404 and fails the default status assertion', async () => {
    data
      .on(InvokeAgentRuntimeCommand)
      .rejects(new ResourceNotFoundException({ message: 'No endpoint live', $metadata: { httpStatusCode: 404 } }))
    const result = await runSmokeTest(params({ expect: {} }), deps())
    expect(result.passed).toBe(false)
    expect(result.assertions[0]).toMatchObject({ name: 'status', expected: '200', received: '404' })
    expect(result.history[0].note).toBe('not retryable')
  })

  it('stops retrying when the attempts or the budget run out', async () => {
    data
      .on(InvokeAgentRuntimeCommand)
      .rejects(new RuntimeClientError({ message: 'starting', $metadata: { httpStatusCode: 424 } }))
    const byAttempts = await runSmokeTest(params({ attempts: 2 }), deps())
    expect(byAttempts).toMatchObject({ passed: false, attempts: 2, errorType: 'RuntimeClientError' })
    expect(byAttempts.history[1].note).toBe('no attempts left (2)')
    const byBudget = await runSmokeTest(params({ attempts: 10, retryBudgetMs: 5000 }), deps())
    // 2 s then 4 s would pass 5 s: two calls.
    expect(byBudget.attempts).toBe(2)
    expect(byBudget.history[1].note).toBe('retry budget 5s spent')
  })

  it('sends a bearer-token call to the URL the SDK resolves, not signed', async () => {
    const calls: { url: string; init: RequestInit }[] = []
    const fakeFetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, init })
      return new Response('data: "po"\n\ndata: "ng"\n\n', {
        status: 200,
        headers: { 'content-type': 'text/event-stream' },
      })
    }) as unknown as typeof fetch
    const real = new BedrockAgentCoreClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIA123456789012', secretAccessKey: 'x' },
      endpoint: 'http://127.0.0.1:4567/base',
    })
    const result = await runSmokeTest(params({ bearerToken: 'eyJ.token.sig' }), {
      data: async () => real,
      clock,
      log,
      fetch: fakeFetch,
    })
    expect(result).toMatchObject({ passed: true, answer: { kind: 'sse', text: 'pong' } })
    expect(calls).toHaveLength(1)
    expect(calls[0].url).toBe(
      `http://127.0.0.1:4567/base/runtimes/${encodeURIComponent(ARN)}/invocations?qualifier=live`,
    )
    const headers = calls[0].init.headers as Record<string, string>
    expect(headers.authorization).toBe('Bearer eyJ.token.sig')
    expect(headers['x-amzn-bedrock-agentcore-runtime-session-id']).toBe('smoke-test-0123456789abcdef0123456789abcdef')
    expect(Object.keys(headers).some((h) => h.toLowerCase().startsWith('x-amz-date'))).toBe(false)
  })

  it('lists MCP tools after the handshake and checks their names', async () => {
    const payloads: string[] = []
    data.on(InvokeAgentRuntimeCommand).callsFake((input: { payload: Uint8Array; mcpSessionId?: string }) => {
      const text = new TextDecoder().decode(input.payload)
      payloads.push(`${JSON.parse(text).method}${input.mcpSessionId ? ` session=${input.mcpSessionId}` : ''}`)
      const method = JSON.parse(text).method as string
      if (method === 'initialize')
        return {
          statusCode: 200,
          contentType: 'application/json',
          mcpSessionId: 'mcp-1',
          response: body('{"jsonrpc":"2.0","id":1,"result":{}}'),
        }
      if (method === 'tools/list')
        return {
          statusCode: 200,
          contentType: 'text/event-stream',
          response: body(
            'event: message\ndata: {"jsonrpc":"2.0","id":2,"result":{"tools":[{"name":"search"},{"name":"fetch"}]}}\n\n',
          ),
        }
      return { statusCode: 202, contentType: '', response: body('') }
    })
    const result = await runSmokeTest(
      params({ protocol: 'MCP', payload: '', expect: { tools: ['search', 'book'] } }),
      deps(),
    )
    expect(payloads).toEqual(['initialize', 'notifications/initialized session=mcp-1', 'tools/list session=mcp-1'])
    expect(result.tools).toEqual(['search', 'fetch'])
    expect(result.passed).toBe(false)
    expect(result.assertions.find((a) => a.name === 'tools')).toMatchObject({ detail: 'missing: book' })
  })
})
