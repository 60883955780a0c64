/**
 * Agent programs the data-plane tests run instead of the sample agent: written to a temporary directory as plain
 * Node scripts, each serving (or failing) the AgentCore contract in one particular way.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const LISTEN = `
import { createServer } from 'node:http'
const listen = (handler) => createServer(handler).listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? '0.0.0.0')
const ping = (req, res) => {
  if (req.method === 'GET' && req.url === '/ping') {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ status: 'Healthy', time_of_last_update: Math.floor(Date.now() / 1000) }))
    return true
  }
  return false
}
`

const PROGRAMS = {
  /** Exits at once, as a container with a bad entrypoint does. */
  crash: `console.error('agent boot failed: MODEL_ID is not set'); process.exit(3)`,
  /** Healthy, but every invocation fails with 500. */
  error500: `${LISTEN}
listen((req, res) => {
  if (ping(req, res)) return
  req.resume()
  req.on('end', () => { res.writeHead(500, { 'content-type': 'application/json' }); res.end('{"error":"boom"}') })
})`,
  /** Answers with its whole environment and the headers it received. */
  envEcho: `${LISTEN}
listen((req, res) => {
  if (ping(req, res)) return
  const chunks = []
  req.on('data', (c) => chunks.push(c))
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ env: process.env, headers: req.headers, path: req.url, body: Buffer.concat(chunks).toString() }))
  })
})`,
  /** An MCP server (streamable HTTP, JSON answers) on /mcp: tools/list and tools/call. */
  mcp: `${LISTEN}
listen((req, res) => {
  const chunks = []
  req.on('data', (c) => chunks.push(c))
  req.on('end', () => {
    if (req.method !== 'POST' || req.url !== '/mcp') { res.writeHead(404); res.end(); return }
    const call = JSON.parse(Buffer.concat(chunks).toString())
    const result = call.method === 'tools/list'
      ? { tools: [{ name: 'add', description: 'Adds two numbers', inputSchema: { type: 'object' } }] }
      : { content: [{ type: 'text', text: String(call.params.arguments.a + call.params.arguments.b) }] }
    res.writeHead(200, { 'content-type': 'application/json', 'mcp-session-id': 'mcp-session-1' })
    res.end(JSON.stringify({ jsonrpc: '2.0', id: call.id, result }))
  })
})`,
}

export type AgentProgram = keyof typeof PROGRAMS

/** Writes every program; returns their paths and a cleanup function. */
export function writeAgentPrograms(): { paths: Record<AgentProgram, string>; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'agent-fixtures-'))
  const paths = {} as Record<AgentProgram, string>
  for (const [name, source] of Object.entries(PROGRAMS)) {
    const path = join(dir, `${name}.mjs`)
    writeFileSync(path, source)
    paths[name as AgentProgram] = path
  }
  return { paths, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}
