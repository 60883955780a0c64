/**
 * A pass-through HTTP listener in front of the emulator that notes when the first request of a run arrives
 * (`performance.now()` of this process, the same clock the spawn time is read from). The spawned action gets the
 * probe's URL as `AWS_ENDPOINT_URL`, so "first request" means: the first byte of an AWS call reached a server,
 * which is what module loading, input and config parsing and client set-up delay.
 */
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** The probe: its URL, the arrival time of the first request since `arm()`, and `stop()`. */
export interface FirstRequestProbe {
  readonly url: string
  /** Forgets the previous run's first request. */
  arm(): void
  /** `performance.now()` when the first request since `arm()` arrived, if one did. */
  firstAt(): number | undefined
  stop(): Promise<void>
}

/** Starts a probe on 127.0.0.1 that forwards every request to `target` (`http://127.0.0.1:PORT`). */
export async function startFirstRequestProbe(target: string): Promise<FirstRequestProbe> {
  const upstream = new URL(target)
  let first: number | undefined
  const server: Server = createServer((incoming, outgoing) => {
    first ??= performance.now()
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(outgoing)
      },
    )
    forward.on('error', (error) => {
      outgoing.writeHead(502)
      outgoing.end(String(error))
    })
    incoming.pipe(forward)
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    arm: () => {
      first = undefined
    },
    firstAt: () => first,
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
