// A small, real agent that serves the Amazon Bedrock AgentCore Runtime HTTP contract:
//   GET  /ping         -> 200 {"status":"Healthy","time_of_last_update":<unix seconds>}
//   POST /invocations  -> JSON answer, or Server-Sent Events when the caller sends
//                         `Accept: text/event-stream` or the payload {"stream": true}
// Plain Node (>= 20), no dependencies: copy it, replace `answer()` with your model calls.
//
// AgentCore starts the container and expects it on 0.0.0.0:8080; PORT and HOST override that
// (the local emulator runs this file directly on 127.0.0.1 and a free port).
import { createServer } from 'node:http'

const PORT = Number(process.env.PORT ?? 8080)
const HOST = process.env.HOST ?? '0.0.0.0'
// Configuration comes from the runtime version's environment variables, so an answer shows which
// configuration served it: a new version with another AGENT_GREETING answers differently.
const GREETING = process.env.AGENT_GREETING ?? 'Hello'
const SESSION_HEADER = 'x-amzn-bedrock-agentcore-runtime-session-id'
const MAX_BODY_BYTES = 10 * 1024 * 1024

let lastActivity = Math.floor(Date.now() / 1000)

/** The agent's logic: `ping` answers `pong` (what smoke tests send), anything else is greeted and echoed. */
function answer(prompt) {
  if (prompt.trim().toLowerCase() === 'ping') return 'pong'
  return `${GREETING}! You said: ${prompt}`
}

/** Who answered: lets a caller check which runtime version and configuration served the request. */
function servedBy() {
  return {
    greeting: GREETING,
    runtimeVersion: process.env.AGENTCORE_RUNTIME_VERSION ?? null,
    runtimeId: process.env.AGENTCORE_RUNTIME_ID ?? null,
  }
}

function sendJson(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

async function readBody(req) {
  const chunks = []
  let size = 0
  for await (const chunk of req) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) throw Object.assign(new Error('payload too large'), { status: 413 })
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Accepts `{"prompt": "..."}`, a JSON string, or plain text. */
function parsePayload(text) {
  if (text.trim() === '') return { prompt: '' }
  try {
    const value = JSON.parse(text)
    if (typeof value === 'string') return { prompt: value }
    if (value && typeof value === 'object') return { ...value, prompt: String(value.prompt ?? value.input ?? '') }
  } catch {
    // not JSON: the whole body is the prompt
  }
  return { prompt: text }
}

async function invoke(req, res) {
  const payload = parsePayload(await readBody(req))
  const sessionId = req.headers[SESSION_HEADER] ?? null
  const reply = answer(payload.prompt)
  lastActivity = Math.floor(Date.now() / 1000)
  const wantsStream = payload.stream === true || String(req.headers.accept ?? '').includes('text/event-stream')
  if (!wantsStream) {
    sendJson(res, 200, { reply, sessionId, ...servedBy() })
    return
  }
  // SSE: one event per word, then a final event with the whole reply, so clients can test both.
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' })
  const words = reply.split(' ')
  for (const [index, word] of words.entries()) {
    res.write(`data: ${JSON.stringify({ delta: index === 0 ? word : ` ${word}` })}\n\n`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  res.end(`data: ${JSON.stringify({ done: true, reply, sessionId, ...servedBy() })}\n\n`)
}

const server = createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0]
  if (req.method === 'GET' && path === '/ping') {
    sendJson(res, 200, { status: 'Healthy', time_of_last_update: lastActivity })
    return
  }
  if (req.method === 'POST' && path === '/invocations') {
    invoke(req, res).catch((error) => {
      console.error(`invocation failed: ${error.message}`)
      if (!res.headersSent) sendJson(res, error.status ?? 500, { error: error.message })
      else res.end()
    })
    return
  }
  sendJson(res, 404, { error: `no route for ${req.method} ${path}` })
})

server.listen(PORT, HOST, () => {
  console.log(`agent listening on ${HOST}:${PORT} (greeting: ${GREETING})`)
})

// The runtime stops containers with SIGTERM: finish in-flight requests, then exit.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    setTimeout(() => process.exit(0), 2000).unref()
  })
}
