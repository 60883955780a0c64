/**
 * The emulator's HTTP server: reads the request, works out which service and operation it is for from what the
 * real SDK sends (SigV4 scope, `x-amz-target`, path), applies latency and fault rules, lets the service answer,
 * and logs the call. `/_emulator/*` is the admin API; `/github/*` is the GitHub REST API.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import type { AccountBook } from './accounts.js'
import type { FaultBook } from './faults.js'
import { jsonError } from './protocols/json.js'
import { queryError } from './protocols/query.js'
import type { EmulatorRequest, EmulatorResponse, EmulatorSettings, FaultRule, LoggedRequest, Service } from './types.js'

/** Everything the server needs. */
export interface ServerParts {
  services: Map<string, Service>
  settings: EmulatorSettings
  faults: FaultBook
  accounts: AccountBook
  log: LoggedRequest[]
  /** Admin routes beyond the built-in ones: `METHOD /_emulator/<rest>`. */
  admin: (req: EmulatorRequest, rest: string) => Promise<EmulatorResponse | undefined>
}

const SIGV4 = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/

/** Parses the request line, headers, body and SigV4 scope. */
export async function readRequest(req: IncomingMessage, accounts: AccountBook): Promise<EmulatorRequest> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const url = new URL(req.url ?? '/', 'http://emulator')
  const scope = SIGV4.exec(req.headers.authorization ?? '')
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    body: Buffer.concat(chunks),
    accessKeyId: scope?.[1],
    region: scope?.[2] ?? 'us-east-1',
    signingService: scope?.[3],
    account: accounts.accountOf(scope?.[1]),
  }
}

/** Which service a request is for, from what the SDK puts on the wire. */
export function routeRequest(req: EmulatorRequest): string | undefined {
  if (req.path.startsWith('/github/') || req.path === '/github') return 'github'
  const target = req.headers['x-amz-target']
  if (typeof target === 'string' && target.startsWith('AmazonEC2ContainerRegistry_V20150921.')) return 'ecr'
  // Bearer-token (JWT runtime) invocations are not SigV4-signed: route them by their data-plane path.
  if (req.signingService === undefined && /^\/runtimes\/[^/]+\/(invocations|stopruntimesession)\/?$/.test(req.path))
    return 'bedrock-agentcore'
  switch (req.signingService) {
    case 'sts':
    case 'iam':
    case 'cloudformation':
    case 'ecr':
      return req.signingService
    case 'bedrock-agentcore':
      // Both planes sign as `bedrock-agentcore`; only the data plane has /invocations and /stopruntimesession.
      return /^\/runtimes\/[^/]+\/(invocations|stopruntimesession)\/?$/.test(req.path)
        ? 'bedrock-agentcore'
        : 'bedrock-agentcore-control'
  }
  return undefined
}

/** Renders an injected error in the protocol the service speaks. */
function faultResponse(service: string, rule: FaultRule): EmulatorResponse {
  if (rule.error) {
    if (service === 'iam' || service === 'sts' || service === 'cloudformation') return queryError(rule.error)
    if (service === 'ecr') return jsonError(rule.error, {}, 'application/x-amz-json-1.1')
    if (service === 'github')
      return {
        status: rule.error.status,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message: rule.error.message ?? rule.error.type }),
      }
    return jsonError(rule.error)
  }
  return {
    status: rule.status ?? 500,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ message: 'Injected fault' }),
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Creates the server (not yet listening). */
export function createEmulatorServer(parts: ServerParts): Server {
  let seq = 0
  return createServer((incoming, outgoing) => {
    void (async () => {
      const started = performance.now()
      let req: EmulatorRequest | undefined
      let service = 'unknown'
      let operation = 'Unknown'
      let response: EmulatorResponse
      let fault = false
      try {
        req = await readRequest(incoming, parts.accounts)
        if (req.path.startsWith('/_emulator/')) {
          response = (await parts.admin(req, req.path.slice('/_emulator/'.length))) ?? {
            status: 404,
            body: 'no such admin route',
          }
          await send(outgoing, response)
          return
        }
        service = routeRequest(req) ?? 'unknown'
        const handler = parts.services.get(service)
        if (!handler) {
          response = jsonError({
            type: 'UnknownOperationException',
            status: 404,
            message: `No emulated service for ${req.method} ${req.path}`,
          })
        } else {
          operation = handler.operation(req)
          if (service !== 'github' && parts.settings.latencyMs > 0) await sleep(parts.settings.latencyMs)
          const rule = parts.faults.take(service, operation, req, 'request')
          if (rule?.delayMs) await sleep(rule.delayMs)
          if (rule && (rule.error || rule.status)) {
            fault = true
            response = faultResponse(service, rule)
          } else {
            response = await handler.handle(req, operation)
          }
        }
      } catch (error) {
        response = jsonError({
          type: 'InternalServerException',
          status: 500,
          message: `Emulator error: ${(error as Error).message}`,
        })
      }
      if (req) {
        parts.log.push({
          seq: ++seq,
          time: new Date().toISOString(),
          service,
          operation,
          account: req.account,
          region: req.region,
          accessKeyId: req.accessKeyId,
          method: req.method,
          path: req.path,
          status: response.status,
          durationMs: Math.round(performance.now() - started),
          ...(fault ? { fault } : {}),
        })
      }
      await send(outgoing, response)
    })()
  })
}

async function send(outgoing: ServerResponse, response: EmulatorResponse): Promise<void> {
  outgoing.writeHead(response.status, response.headers ?? {})
  const body = response.body
  if (body === undefined || typeof body === 'string' || Buffer.isBuffer(body)) {
    outgoing.end(body)
    return
  }
  await new Promise<void>((resolve) => {
    const stream = body instanceof Readable ? body : Readable.from(body as AsyncIterable<Buffer>)
    stream.on('error', () => {
      outgoing.destroy()
      resolve()
    })
    stream.pipe(outgoing).on('finish', resolve).on('close', resolve)
  })
}
