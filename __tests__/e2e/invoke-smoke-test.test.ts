/**
 * invoke-smoke-test end to end: the bundled action against the emulator's data plane, which runs a real agent
 * process per runtime version (the sample agent, or one of the scripts below). Asserts on exit code, outputs,
 * the job summary and the error text a user reads.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { runBundle } from '../helpers/run-bundle.js'
import { ACCOUNT, REGION, deploy, seedImage, useEmulator, workspace } from './drift-check-setup.js'

const CONFIG = `
version: 1
runtimes:
  hello_bot:
    image: { repository: hello-bot }
    role: { arn: 'arn:aws:iam::${ACCOUNT}:role/agent' }
    endpoints: { live: latest }
    smokeTest: { payload: { prompt: ping }, expect: { contains: pong } }
  flaky_bot:
    image: { repository: flaky-bot }
    role: { arn: 'arn:aws:iam::${ACCOUNT}:role/agent' }
    endpoints: { live: latest }
  mcp_bot:
    image: { repository: mcp-bot }
    protocol: MCP
    role: { arn: 'arn:aws:iam::${ACCOUNT}:role/agent' }
    endpoints: { live: latest }
    smokeTest: { expect: { tools: [search_docs] } }
  jwt_bot:
    image: { repository: jwt-bot }
    role: { arn: 'arn:aws:iam::${ACCOUNT}:role/agent' }
    authorizer: { jwt: { discoveryUrl: 'https://idp.example.com/.well-known/openid-configuration', allowedAudience: [agents] } }
    endpoints: { live: latest }
environments:
  dev:
    account: '${ACCOUNT}'
    region: ${REGION}
    runtimes: { hello_bot: {}, flaky_bot: {}, mcp_bot: {}, jwt_bot: {} }
`

/** Fails its first start (as a container that times out on a cold start), then serves like the sample agent. */
const FLAKY_AGENT = (marker: string) => `
import { createServer } from 'node:http'
import { existsSync, writeFileSync } from 'node:fs'
if (!existsSync(${JSON.stringify(marker)})) { writeFileSync(${JSON.stringify(marker)}, 'started'); console.error('cold start: model not loaded yet'); process.exit(1) }
createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/ping') { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"status":"Healthy"}'); return }
  req.resume(); req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"reply":"pong"}') })
}).listen(Number(process.env.PORT), process.env.HOST)
`

/** A stateful MCP server: initialize hands out a session, tools/list needs it. */
const MCP_AGENT = `
import { createServer } from 'node:http'
createServer((req, res) => {
  const chunks = []
  req.on('data', (c) => chunks.push(c))
  req.on('end', () => {
    if (req.method !== 'POST' || req.url !== '/mcp') { res.writeHead(404); res.end(); return }
    const call = JSON.parse(Buffer.concat(chunks).toString())
    if (call.method === 'initialize') {
      res.writeHead(200, { 'content-type': 'application/json', 'mcp-session-id': 'session-42' })
      res.end(JSON.stringify({ jsonrpc: '2.0', id: call.id, result: { protocolVersion: call.params.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: 'docs', version: '1' } } }))
      return
    }
    if (req.headers['mcp-session-id'] !== 'session-42') { res.writeHead(400); res.end('{"error":"no session"}'); return }
    if (call.id === undefined) { res.writeHead(202); res.end(); return }
    res.writeHead(200, { 'content-type': 'text/event-stream' })
    res.end('event: message\\ndata: ' + JSON.stringify({ jsonrpc: '2.0', id: call.id, result: { tools: [{ name: 'search_docs', inputSchema: { type: 'object' } }] } }) + '\\n\\n')
  })
}).listen(Number(process.env.PORT), process.env.HOST)
`

let emulator: Emulator
let env: Record<string, string>
let ws: ReturnType<typeof workspace>

const run = (inputs: Record<string, string>) =>
  runBundle('invoke-smoke-test', { inputs: { environment: 'dev', ...inputs }, env, cwd: ws.dir })

async function registerAgent(match: string, script: string): Promise<void> {
  const path = join(ws.dir, `${match}.mjs`)
  writeFileSync(path, script)
  const res = await fetch(`${emulator.awsEndpointUrl}/_emulator/bedrock-agentcore/agents`, {
    method: 'POST',
    body: JSON.stringify({ match, script: path }),
  })
  if (!res.ok) throw new Error(`registering ${match}: ${res.status} ${await res.text()}`)
}

beforeAll(async () => {
  emulator = await startEmulator({ transitionDelayMs: 20 })
  env = useEmulator(emulator)
  ws = workspace(CONFIG)
  await registerAgent('flaky_bot', FLAKY_AGENT(join(ws.dir, 'flaky-started')))
  await registerAgent('mcp_bot', MCP_AGENT)
  for (const [runtime, repository] of [
    ['hello_bot', 'hello-bot'],
    ['flaky_bot', 'flaky-bot'],
    ['mcp_bot', 'mcp-bot'],
    ['jwt_bot', 'jwt-bot'],
  ])
    await deploy(CONFIG, { environment: 'dev', runtime, image: seedImage(emulator, repository) })
}, 60_000)

afterAll(async () => {
  await emulator?.stop()
  ws?.remove()
})

describe('invoke-smoke-test', () => {
  it('passes with the config defaults and reports what served the answer', async () => {
    const result = await run({ runtime: 'hello_bot', 'expect-json': '{"reply":"pong"}', 'max-latency': '10s' })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ passed: 'true', 'status-code': '200', attempts: '1', version: '1' })
    expect(JSON.parse(result.outputs.response)).toMatchObject({ reply: 'pong', runtimeVersion: '1' })
    expect(Number(result.outputs['latency-ms'])).toBeLessThan(10_000)
    expect(result.summary).toContain('hello\\_bot/live answered and passed 4 assertion\\(s\\) in dev')
    expect(result.summary).toContain('| ✓ | contains |')
    expect(result.summary).toContain('| **Version served** | `1` |')
    // Invoked with the runtime ARN and the endpoint as qualifier.
    const invocation = emulator.requests({ service: 'bedrock-agentcore', operation: 'InvokeAgentRuntime' }).at(-1)
    expect(invocation?.path).toMatch(
      /^\/runtimes\/arn%3Aaws%3Abedrock-agentcore%3Aus-east-1%3A111111111111%3Aruntime%2Fhello_bot-\w{10}\/invocations$/,
    )
  })

  it('fails on every assertion type at once, each with expected vs received', async () => {
    const result = await run({
      runtime: 'hello_bot',
      'expect-status': '201',
      'expect-contains': 'goodbye',
      'expect-regex': '^\\{"reply":"pang"',
      'expect-json': '{"reply":"pang"}',
      'max-latency': '1ms',
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.passed).toBe('false')
    const [message] = result.errors
    expect(message).toMatch(/^Failed to smoke-test 'hello_bot\/live': 5 assertion\(s\) failed after 1 attempt\(s\):\n/)
    expect(message).toContain('  status: expected 201, received "200"')
    expect(message).toContain('  contains: expected contains "goodbye", received "{\\"reply\\":\\"pong\\"')
    expect(message).toContain('  regex: expected matches /^\\{"reply":"pang"/, received')
    expect(message).toContain('  json: expected contains {"reply":"pang"}, received')
    expect(message).toContain('(at $.reply: expected "pang", received "pong")')
    expect(message).toMatch(/ {2}latency: expected ≤ 1 ms, received "\d+ ms"/)
    expect(result.summary).toContain('| ✗ | json |')
    expect(emulator.requests({ operation: 'InvokeAgentRuntime' }).length).toBeGreaterThan(0)
  })

  it('retries a cold start that fails, then passes', async () => {
    const result = await run({
      runtime: 'flaky_bot',
      payload: '{"prompt":"ping"}',
      'expect-contains': 'pong',
      attempts: '3',
    })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ passed: 'true', attempts: '2' })
    expect(result.warnings[0]).toMatch(
      /^Attempt 1: HTTP 424 RuntimeClientError after .*; retrying in 2s \(retryable\)$/,
    )
    expect(result.summary).toContain('#### Attempts')
  })

  it('reads an SSE answer: events joined, JSON events matched', async () => {
    const result = await run({
      runtime: 'hello_bot',
      payload: '{"prompt":"ping","stream":true}',
      'expect-contains': 'pong',
      'expect-json': '{"done":true,"reply":"pong"}',
    })
    expect(result.errors).toEqual([])
    expect(result.outputs.passed).toBe('true')
    expect(result.outputs.response).toMatch(/^data: \{"delta":"pong"\}\n\ndata: \{"done":true/)
    expect(result.summary).toContain('Response \\(sse, 2 events\\)')
  })

  it('lists MCP tools and asserts on their names', async () => {
    const ok = await run({ runtime: 'mcp_bot' })
    expect(ok.errors).toEqual([])
    expect(ok.outputs.passed).toBe('true')
    expect(ok.summary).toContain('| ✓ | tools | `tools search_docs` | `tools search_docs` |')
    const missing = await run({ runtime: 'mcp_bot', 'expect-tools': 'search_docs, create_ticket' })
    expect(missing.exitCode).toBe(1)
    expect(missing.errors[0]).toContain(
      'tools: expected tools search_docs, create_ticket, received "tools search_docs" (missing: create_ticket)',
    )
  })

  it('invokes a JWT runtime with a bearer token over HTTPS, never printing the token', async () => {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
    const token = `${b64({ alg: 'RS256' })}.${b64({ aud: 'agents', exp: Math.floor(Date.now() / 1000) + 600, sub: 'ci' })}.c2lnbmF0dXJl`
    const result = await run({ runtime: 'jwt_bot', payload: 'ping', 'expect-contains': 'pong', 'bearer-token': token })
    expect(result.errors).toEqual([])
    expect(result.outputs.passed).toBe('true')
    expect(result.summary).toContain('bearer token')
    // The runner's own mask command is the one place the token is written, so that the runner hides it.
    const published = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
    for (const text of [...published, result.summary, JSON.stringify(result.outputs)]) expect(text).not.toContain(token)
    // Without the token, SigV4 is refused by the runtime's authorizer: a clear failure, not a retry loop.
    const sigv4 = await run({ runtime: 'jwt_bot', payload: 'ping' })
    expect(sigv4.exitCode).toBe(1)
    expect(sigv4.outputs.attempts).toBe('1')
    expect(sigv4.warnings).toContain(
      "Runtime 'jwt_bot' has a JWT authorizer in the config: AgentCore refuses SigV4 calls to it. Pass a token in 'bearer-token'.",
    )
  })

  it('says what to do when the endpoint does not exist', async () => {
    const result = await run({ runtime: 'hello_bot', endpoint: 'canary', payload: 'ping' })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      "Endpoint 'canary' does not exist on runtime 'hello_bot' in environment 'dev'; create it first (promote-endpoint).",
    ])
  })

  it('refuses a short session id before any AWS call', async () => {
    emulator.clearRequests()
    const result = await run({ runtime: 'hello_bot', 'session-id': 'too-short' })
    expect(result.errors).toEqual(["Input 'session-id': must be 33 to 256 characters long (AgentCore's rule); got 9"])
    expect(emulator.requests()).toEqual([])
  })
})
