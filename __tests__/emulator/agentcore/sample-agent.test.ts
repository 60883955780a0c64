/**
 * The sample agent (`workflows-examples/agent/server.mjs`) on its own, as a user runs it: `node server.mjs` with
 * PORT/HOST, speaking the AgentCore HTTP contract.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type AddressInfo } from 'node:net'
import { SAMPLE_AGENT_SCRIPT } from '../../../emulator/agentcore/agent-processes.js'

let agent: ChildProcess
let base: string

beforeAll(async () => {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as AddressInfo
      probe.close(() => resolve(free))
    })
  })
  base = `http://127.0.0.1:${port}`
  agent = spawn(process.execPath, [SAMPLE_AGENT_SCRIPT], {
    env: { PATH: process.env.PATH, PORT: String(port), HOST: '127.0.0.1', AGENT_GREETING: 'Ahoy' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  await new Promise<void>((resolve, reject) => {
    agent.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(`agent listening on 127.0.0.1:${port}`)) resolve()
    })
    agent.once('exit', (code) => reject(new Error(`sample agent exited with ${code}`)))
  })
})

afterAll(async () => {
  const exited = new Promise((resolve) => agent.once('exit', resolve))
  agent.kill('SIGTERM')
  // It stops gracefully on SIGTERM, as the runtime stops containers.
  expect(await exited).toBe(0)
})

describe('sample agent', () => {
  it('answers /ping with the health contract', async () => {
    const answer = await fetch(`${base}/ping`)
    expect(answer.status).toBe(200)
    const body = (await answer.json()) as { status: string; time_of_last_update: number }
    expect(body.status).toBe('Healthy')
    expect(Math.abs(body.time_of_last_update - Date.now() / 1000)).toBeLessThan(60)
  })

  it('answers ping with pong and says which configuration served it', async () => {
    const answer = await fetch(`${base}/invocations`, {
      method: 'POST',
      headers: { 'x-amzn-bedrock-agentcore-runtime-session-id': 's'.repeat(40) },
      body: JSON.stringify({ prompt: 'ping' }),
    })
    expect(answer.headers.get('content-type')).toBe('application/json')
    expect(await answer.json()).toEqual({
      reply: 'pong',
      sessionId: 's'.repeat(40),
      greeting: 'Ahoy',
      runtimeVersion: null,
      runtimeId: null,
    })
  })

  it('takes plain text as the prompt', async () => {
    const answer = await fetch(`${base}/invocations`, { method: 'POST', body: 'hello there' })
    expect(await answer.json()).toMatchObject({ reply: 'Ahoy! You said: hello there' })
  })

  it('streams Server-Sent Events when the payload asks for it', async () => {
    const answer = await fetch(`${base}/invocations`, {
      method: 'POST',
      body: JSON.stringify({ prompt: 'two words', stream: true }),
    })
    expect(answer.headers.get('content-type')).toBe('text/event-stream')
    expect(await answer.text()).toBe(
      [
        'data: {"delta":"Ahoy!"}',
        'data: {"delta":" You"}',
        'data: {"delta":" said:"}',
        'data: {"delta":" two"}',
        'data: {"delta":" words"}',
        'data: {"done":true,"reply":"Ahoy! You said: two words","sessionId":null,"greeting":"Ahoy","runtimeVersion":null,"runtimeId":null}',
      ]
        .map((event) => `${event}\n\n`)
        .join(''),
    )
  })

  it('answers 404 for other routes', async () => {
    expect((await fetch(`${base}/ws`)).status).toBe(404)
  })
})
