/**
 * A pass-through HTTP proxy in front of one registry process. ECR's `proxyEndpoint` points here rather than at the
 * registry itself so that ECR's own rules can be applied before the registry sees a request: a push or pull for a
 * repository that ECR never created is refused (`NAME_UNKNOWN`, as ECR answers), and a tag of an IMMUTABLE repository
 * cannot be overwritten (`TAG_INVALID`). Everything else, auth included, is the real registry's answer.
 */
import { Agent, createServer, request, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A refusal the proxy answers instead of the registry, in the registry's error format. */
export interface RegistryRefusal {
  status: number
  code: string
  message: string
}

/** What the gate sees of a registry request. */
export interface RegistryCall {
  method: string
  /** The repository named in `/v2/<name>/(manifests|blobs|tags)/...`. */
  repository: string
  kind: 'manifests' | 'blobs' | 'tags'
  /** The tag or digest after `manifests/` (undefined for blobs and tags). */
  reference?: string
}

/** Decides whether a call may reach the registry. */
export type RegistryGate = (call: RegistryCall) => Promise<RegistryRefusal | undefined>

/** A running proxy. */
export interface RegistryProxy {
  readonly port: number
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  close(): Promise<void>
}

const REPOSITORY_CALL = /^\/v2\/(.+?)\/(manifests|blobs|tags)(?:\/([^/?]*))?/

/** Parses a `/v2/...` path into the repository call it is, or undefined for `/v2/` and `/v2/_catalog`. */
export function parseRegistryPath(method: string, path: string): RegistryCall | undefined {
  const match = REPOSITORY_CALL.exec(path)
  if (!match) return undefined
  const kind = match[2] as RegistryCall['kind']
  return { method, repository: match[1], kind, reference: kind === 'manifests' ? match[3] : undefined }
}

/** Starts a proxy on 127.0.0.1 (free port) forwarding to `upstreamPort`. */
export async function startRegistryProxy(upstreamPort: number, gate: RegistryGate): Promise<RegistryProxy> {
  const agent = new Agent({ keepAlive: true })
  const server: Server = createServer((incoming, outgoing) => {
    void (async () => {
      const call = parseRegistryPath(incoming.method ?? 'GET', (incoming.url ?? '/').split('?')[0])
      const refusal = call ? await gate(call).catch((e: Error) => refusalOf(e)) : undefined
      if (refusal) {
        incoming.resume()
        outgoing.writeHead(refusal.status, { 'content-type': 'application/json' })
        outgoing.end(JSON.stringify({ errors: [{ code: refusal.code, message: refusal.message, detail: null }] }))
        return
      }
      // The Host header goes through unchanged, so upload Locations the registry builds point back at the proxy.
      const upstream = request(
        {
          host: '127.0.0.1',
          port: upstreamPort,
          method: incoming.method,
          path: incoming.url,
          headers: incoming.headers,
          agent,
        },
        (answer: IncomingMessage) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(outgoing)
        },
      )
      upstream.on('error', (error) => {
        if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain' })
        outgoing.end(`registry unreachable: ${error.message}`)
      })
      incoming.pipe(upstream)
    })()
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections()
      agent.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

function refusalOf(error: Error): RegistryRefusal {
  return { status: 500, code: 'UNKNOWN', message: error.message }
}
