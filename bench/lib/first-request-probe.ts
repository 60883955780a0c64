/**
 * A pass-through HTTP listener in front of the emulator that notes when the first request of a run arrives. It runs
 * in its own small Node process: the emulator shares the bench's event loop, and work it is still doing for the
 * previous run (a CloudFormation transition, an agent's output) would otherwise delay the timestamp of the next
 * run's request. The spawned action gets the probe's URL as `AWS_ENDPOINT_URL`, so "first request" means: the first
 * byte of an AWS call reached a server, which is what module loading, input and config parsing and client set-up
 * delay. Times are epoch milliseconds with sub-millisecond resolution (`performance.timeOrigin + now()`) on both
 * sides.
 */
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

/** The probe: its URL, the arrival time of the first request since `arm()`, and `stop()`. */
export interface FirstRequestProbe {
  readonly url: string
  /** Forgets the previous run's first request. */
  arm(): void
  /** Epoch ms when the first request since `arm()` arrived (waits up to 2 s for the probe's report). */
  firstAt(): Promise<number | undefined>
  stop(): Promise<void>
}

/** The probe process: forwards to argv[1]; "arm" on stdin resets; prints "first <epoch ms>" once per arm. */
const PROBE = `
const http = require('node:http')
const target = new URL(process.argv[1])
let armed = true
const server = http.createServer((incoming, outgoing) => {
  if (armed) { armed = false; process.stdout.write('first ' + (performance.timeOrigin + performance.now()) + '\\n') }
  const forward = http.request({ host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: incoming.headers }, (answer) => {
    outgoing.writeHead(answer.statusCode || 502, answer.headers)
    answer.pipe(outgoing)
  })
  forward.on('error', (error) => { outgoing.writeHead(502); outgoing.end(String(error)) })
  incoming.pipe(forward)
})
server.listen(0, '127.0.0.1', () => process.stdout.write('port ' + server.address().port + '\\n'))
require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'arm') { armed = true; process.stdout.write('armed\\n') }
})
`

/** Starts a probe process on 127.0.0.1 that forwards every request to `target` (`http://127.0.0.1:PORT`). */
export async function startFirstRequestProbe(target: string): Promise<FirstRequestProbe> {
  const child = spawn(process.execPath, ['-e', PROBE, target], { stdio: ['pipe', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout })
  let first: number | undefined
  let waiters: Array<() => void> = []
  const port = await new Promise<string>((ready, fail) => {
    child.once('exit', (code) => fail(new Error(`first-request probe exited (${code})`)))
    lines.on('line', (line) => {
      const [kind, value] = line.split(' ')
      if (kind === 'port') ready(value)
      if (kind === 'first') {
        first = Number(value)
        for (const wake of waiters) wake()
        waiters = []
      }
    })
  })
  return {
    url: `http://127.0.0.1:${port}`,
    arm: () => {
      first = undefined
      child.stdin.write('arm\n')
    },
    firstAt: async () => {
      if (first === undefined)
        await new Promise<void>((wake) => {
          const timer = setTimeout(wake, 2000)
          waiters.push(() => {
            clearTimeout(timer)
            wake()
          })
        })
      return first
    },
    stop: async () => {
      child.stdin.end()
      child.kill()
      await new Promise((done) => child.once('exit', done))
    },
  }
}
