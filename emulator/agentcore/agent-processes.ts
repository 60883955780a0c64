/**
 * Real agent processes behind the emulated data plane. AgentCore runs a runtime version's container and sends
 * invocations to it; here, one Node process per (runtime, version) plays the container: it runs an agent script
 * (the sample agent `workflows-examples/agent/server.mjs` unless a test picks another), with exactly the
 * version's environment variables plus the contract's (`PORT`, `HOST`, `AGENTCORE_RUNTIME_*`), listening on
 * 127.0.0.1 and a free port.
 *
 * A process starts at the first invocation of its version (a cold start): it must answer `GET /ping` with 200 (HTTP
 * and AGUI protocols) or accept HTTP at all (MCP, A2A) before the invocation is forwarded. A process that exits or
 * never gets healthy fails the invocation as AWS does ("Runtime initialization time exceeded"); its output is kept,
 * like the runtime's CloudWatch log group, in the snapshot.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { request } from 'node:http'
import { createServer, type AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { ServiceError } from '../protocols/json.js'

/** The sample agent, run when no other program is configured. */
export const SAMPLE_AGENT_SCRIPT = fileURLToPath(new URL('../../workflows-examples/agent/server.mjs', import.meta.url))

/** How agent processes are chosen and started (emulator options `agents`, `agentColdStartMs`, `agentStartTimeoutMs`). */
export interface AgentProcessOptions {
  /**
   * Which script runs for which image: keys are a full `containerUri`, the image without tag/digest
   * (`<acct>.dkr.ecr.<region>.amazonaws.com/<repo>`), the repository name (`<repo>`), or a runtime name.
   */
  agents?: Record<string, string>
  /** Extra time a cold start takes before the process is spawned. Default 0. */
  agentColdStartMs?: number
  /** How long a new process may take to get healthy. Default 10 s. */
  agentStartTimeoutMs?: number
}

/** What a process needs to know about the version it serves. */
export interface AgentVersion {
  runtimeId: string
  runtimeName: string
  runtimeArn: string
  region: string
  version: string
  containerUri?: string
  protocol: string
  environment: Record<string, string>
}

/** A healthy agent process. */
export interface RunningAgent {
  port: number
  pid: number
}

interface AgentProcess {
  key: string
  runtimeId: string
  version: string
  script: string
  child: ChildProcess
  port: number
  state: 'starting' | 'ready' | 'failed' | 'exited'
  exitCode?: number | null
  output: string
  ready: Promise<RunningAgent>
}

const OUTPUT_LIMIT = 64 * 1024
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The agent processes of one emulator. */
export class AgentProcesses {
  private readonly programs = new Map<string, string>()
  private readonly running = new Map<string, AgentProcess>()
  private readonly starting = new Map<string, Promise<RunningAgent>>()
  /** Ended processes (most recent last), for the snapshot: what a user would read in CloudWatch Logs. */
  private readonly ended: AgentProcess[] = []
  /** Bumped by reset(), so that processes killed by a reset do not show up in the next test's state. */
  private generation = 0

  constructor(private readonly options: AgentProcessOptions) {
    this.resetPrograms()
  }

  /** Runs `script` for images or runtimes matching `match` (see {@link AgentProcessOptions.agents}). */
  register(match: string, script: string): void {
    this.programs.set(match, script)
  }

  /** The script for a version: the most specific match wins, else the sample agent. */
  scriptFor(target: Pick<AgentVersion, 'containerUri' | 'runtimeName'>): string {
    const uri = target.containerUri ?? ''
    const image = uri.replace(/@sha256:[a-f0-9]+$/, '').replace(/:[^/:]+$/, '')
    const repository = image.split('/').slice(1).join('/')
    for (const candidate of [uri, image, repository, target.runtimeName]) {
      const script = candidate ? this.programs.get(candidate) : undefined
      if (script) return script
    }
    return SAMPLE_AGENT_SCRIPT
  }

  /** The healthy process serving a version, starting it if needed (concurrent callers share one start). */
  async ensure(target: AgentVersion): Promise<RunningAgent> {
    const key = `${target.runtimeArn}#${target.version}`
    const existing = this.running.get(key)
    if (existing && existing.state === 'ready') return existing.ready
    const pending = this.starting.get(key)
    if (pending) return pending
    const starting = (async () => {
      if (this.options.agentColdStartMs) await sleep(this.options.agentColdStartMs)
      return (await this.start(key, target)).ready
    })()
    this.starting.set(key, starting)
    starting.then(
      () => this.starting.delete(key),
      () => this.starting.delete(key),
    )
    return starting
  }

  /** Stops the processes of a runtime (all versions, or one). */
  stopRuntime(runtimeId: string, version?: string): void {
    for (const agent of this.running.values())
      if (agent.runtimeId === runtimeId && (version === undefined || agent.version === version)) this.kill(agent)
  }

  /** Marks a process as broken (it failed a request at the connection level), so the next call starts a new one. */
  discard(runningAgent: RunningAgent): void {
    for (const agent of this.running.values()) if (agent.child.pid === runningAgent.pid) this.kill(agent)
  }

  /** Stops every process and waits for them to exit. */
  async stopAll(): Promise<void> {
    const agents = [...this.running.values()]
    await Promise.all(
      agents.map(
        (agent) =>
          new Promise<void>((resolve) => {
            if (agent.child.exitCode !== null || agent.child.signalCode !== null) return resolve()
            agent.child.once('exit', () => resolve())
            this.kill(agent)
          }),
      ),
    )
  }

  /** Stops every process and forgets programs registered after start (options stay). */
  reset(): void {
    for (const agent of this.running.values()) this.kill(agent)
    this.running.clear()
    this.starting.clear()
    this.ended.length = 0
    this.generation += 1
    this.resetPrograms()
  }

  /** Processes and their output, for `/_emulator/state`. */
  snapshot(): unknown {
    const view = (a: AgentProcess) => ({
      runtimeId: a.runtimeId,
      version: a.version,
      script: a.script,
      pid: a.child.pid,
      port: a.port,
      state: a.state,
      exitCode: a.exitCode,
      output: a.output,
    })
    return {
      programs: Object.fromEntries(this.programs),
      processes: [...this.running.values()].map(view),
      ended: this.ended.map(view),
    }
  }

  private resetPrograms(): void {
    this.programs.clear()
    for (const [match, script] of Object.entries(this.options.agents ?? {})) this.programs.set(match, script)
  }

  private async start(key: string, target: AgentVersion): Promise<AgentProcess> {
    const port = await freePort()
    const script = this.scriptFor(target)
    const child = spawn(process.execPath, [script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // The container sees only its version's variables and the contract's, never the emulator's environment.
      env: {
        PATH: process.env.PATH ?? '',
        ...target.environment,
        PORT: String(port),
        HOST: '127.0.0.1',
        AWS_REGION: target.region,
        AWS_DEFAULT_REGION: target.region,
        AGENTCORE_RUNTIME_ID: target.runtimeId,
        AGENTCORE_RUNTIME_ARN: target.runtimeArn,
        AGENTCORE_RUNTIME_VERSION: target.version,
      },
    })
    const agent: AgentProcess = {
      key,
      runtimeId: target.runtimeId,
      version: target.version,
      script,
      child,
      port,
      state: 'starting',
      output: '',
      ready: Promise.resolve({ port, pid: child.pid ?? 0 }),
    }
    const capture = (chunk: Buffer) => {
      agent.output = (agent.output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT)
    }
    child.stdout?.on('data', capture)
    child.stderr?.on('data', capture)
    child.on('error', (error) => capture(Buffer.from(`failed to start: ${error.message}\n`)))
    const generation = this.generation
    child.on('exit', (code) => {
      agent.exitCode = code
      if (agent.state !== 'failed') agent.state = 'exited'
      if (this.running.get(key) === agent) this.running.delete(key)
      if (generation !== this.generation) return
      this.ended.push(agent)
      if (this.ended.length > 50) this.ended.shift()
    })
    this.running.set(key, agent)
    agent.ready = this.waitHealthy(agent, target.protocol)
    // The promise is awaited by callers; this keeps an unobserved failure from becoming an unhandled rejection.
    agent.ready.catch(() => undefined)
    return agent
  }

  private async waitHealthy(agent: AgentProcess, protocol: string): Promise<RunningAgent> {
    const deadline = Date.now() + (this.options.agentStartTimeoutMs ?? 10_000)
    const needsPing = protocol === 'HTTP' || protocol === 'AGUI'
    while (Date.now() < deadline) {
      if (agent.child.exitCode !== null || agent.child.signalCode !== null) break
      const status = await probe(agent.port, needsPing ? '/ping' : '/')
      if (status !== undefined && (!needsPing || status === 200)) {
        agent.state = 'ready'
        return { port: agent.port, pid: agent.child.pid ?? 0 }
      }
      await sleep(20)
    }
    agent.state = 'failed'
    this.kill(agent)
    const exited = agent.exitCode !== undefined && agent.exitCode !== null
    throw new ServiceError(
      'RuntimeClientError',
      424,
      `Runtime initialization time exceeded. Please make sure that initialization completes in ${Math.round(
        (this.options.agentStartTimeoutMs ?? 10_000) / 1000,
      )}s` +
        (exited ? ` (the agent process exited with code ${agent.exitCode}; check the runtime's logs)` : '') +
        '.',
    )
  }

  private kill(agent: AgentProcess): void {
    if (this.running.get(agent.key) === agent) this.running.delete(agent.key)
    if (agent.state === 'starting' || agent.state === 'ready') agent.state = 'exited'
    if (agent.child.exitCode === null && agent.child.signalCode === null) agent.child.kill('SIGKILL')
  }
}

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** The status of `GET path`, or undefined when nothing answers. */
function probe(port: number, path: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', timeout: 1000 }, (res) => {
      res.resume()
      resolve(res.statusCode)
    })
    req.on('timeout', () => req.destroy())
    req.on('error', () => resolve(undefined))
    req.end()
  })
}
