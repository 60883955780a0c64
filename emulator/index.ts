/**
 * The local stand-in for AWS (AgentCore control and data planes, ECR, IAM, STS, CloudFormation) and the GitHub
 * REST API, for tests, the demo and the benchmarks. The real SDK clients reach it through `AWS_ENDPOINT_URL`,
 * `@actions/github` through `GITHUB_API_URL`: production code has no test-only branch.
 *
 * ```ts
 * const emulator = await startEmulator()
 * process.env.AWS_ENDPOINT_URL = emulator.awsEndpointUrl
 * ...
 * await emulator.stop()
 * ```
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { AccountBook } from './accounts.js'
import { FaultBook } from './faults.js'
import { json } from './protocols/json.js'
import { createEmulatorServer } from './server.js'
import type { ServiceHost } from './host.js'
import type { EmulatorRequest, EmulatorResponse, EmulatorSettings, FaultRule, LoggedRequest, Service } from './types.js'
import { createAgentcoreControlService } from './services/agentcore-control.js'
import { createAgentcoreDataService } from './services/agentcore-data.js'
import { createStsService } from './services/sts.js'
import { createGithubService } from './services/github.js'
import { createEcrService } from './services/ecr.js'
import { createIamService } from './services/iam.js'
import { createCloudFormationService } from './services/cloudformation.js'

export type { FaultRule, LoggedRequest, EmulatorSettings } from './types.js'

/** Options of {@link startEmulator}. */
export interface EmulatorOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number
  /** Added before every AWS answer. Default 0. */
  latencyMs?: number
  /** Time spent CREATING/UPDATING before READY. Default 200 ms. */
  transitionDelayMs?: number
  /** Access key id → account. Keys ending in 12 digits map to those digits anyway. */
  accounts?: Record<string, string>
  /** The account of credentials that map to nothing else. Default 123456789012. */
  defaultAccount?: string
  /** Service-specific options (e.g. `registry` for ECR), passed through to services. */
  [key: string]: unknown
}

/** A running emulator. */
export interface Emulator {
  /** For `AWS_ENDPOINT_URL`. */
  readonly awsEndpointUrl: string
  /** For `GITHUB_API_URL`. */
  readonly githubApiUrl: string
  readonly port: number
  readonly settings: EmulatorSettings
  /** Every AWS and GitHub call so far (admin calls excluded). */
  requests(filter?: Partial<Pick<LoggedRequest, 'service' | 'operation' | 'account'>>): LoggedRequest[]
  clearRequests(): void
  addFault(rule: FaultRule): void
  clearFaults(): void
  /** Maps an access key id to an account. */
  setAccount(accessKeyId: string, account: string): void
  /** A service, for direct state inspection in tests. */
  service<T extends Service>(name: string): T
  /** Every service's state. */
  snapshot(): Record<string, unknown>
  /** Forgets all state, faults and the request log. */
  reset(): void
  stop(): Promise<void>
}

/** Starts the emulator on 127.0.0.1. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const settings: EmulatorSettings = {
    latencyMs: options.latencyMs ?? 0,
    transitionDelayMs: options.transitionDelayMs ?? 200,
  }
  const faults = new FaultBook()
  const accounts = new AccountBook(options.accounts ?? {}, options.defaultAccount)
  const log: LoggedRequest[] = []
  const workDir = mkdtempSync(join(tmpdir(), 'agentcore-emulator-'))
  const services = new Map<string, Service>()
  let baseUrl = ''
  const host: ServiceHost = {
    settings,
    faults,
    accounts,
    workDir,
    baseUrl: () => baseUrl,
    service: <T extends Service>(name: string) => {
      const found = services.get(name)
      if (!found) throw new Error(`no emulated service '${name}'`)
      return found as T
    },
    options,
  }
  for (const create of [
    createAgentcoreControlService,
    createAgentcoreDataService,
    createStsService,
    createGithubService,
    createEcrService,
    createIamService,
    createCloudFormationService,
  ]) {
    const service = create(host)
    services.set(service.name, service)
  }

  const reset = () => {
    for (const s of services.values()) s.reset()
    faults.clear()
    log.length = 0
  }
  const snapshot = () => Object.fromEntries([...services].map(([name, s]) => [name, s.snapshot()]))

  const admin = async (req: EmulatorRequest, rest: string): Promise<EmulatorResponse | undefined> => {
    const body = req.body.length ? (JSON.parse(req.body.toString('utf8')) as Record<string, any>) : {}
    switch (`${req.method} ${rest.replace(/\/$/, '')}`) {
      case 'POST reset':
        reset()
        return json(200, { ok: true })
      case 'GET faults':
        return json(200, { rules: faults.list() })
      case 'POST faults':
        for (const rule of (body.rules ?? [body]) as FaultRule[]) faults.add(rule)
        return json(200, { rules: faults.list() })
      case 'DELETE faults':
        faults.clear()
        return json(200, { rules: [] })
      case 'GET requests':
        return json(200, { requests: log })
      case 'DELETE requests':
        log.length = 0
        return json(200, { requests: [] })
      case 'GET state':
        return json(200, snapshot())
      case 'GET settings':
        return json(200, settings)
      case 'POST settings':
        Object.assign(settings, pick(body, ['latencyMs', 'transitionDelayMs']))
        return json(200, settings)
      case 'POST accounts':
        accounts.set(String(body.accessKeyId), String(body.account))
        return json(200, { ok: true })
    }
    // Service-specific admin routes: /_emulator/<service>/<rest> go to the service's handle() with operation `Admin:<rest>`.
    const [name, ...restParts] = rest.split('/')
    const target = services.get(name)
    if (target)
      return target.handle({ ...req, path: `/${restParts.join('/')}` }, `Admin:${req.method} ${restParts.join('/')}`)
    return undefined
  }

  const server = createEmulatorServer({ services, settings, faults, accounts, log, admin })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  baseUrl = `http://127.0.0.1:${port}`

  return {
    awsEndpointUrl: baseUrl,
    githubApiUrl: `${baseUrl}/github`,
    port,
    settings,
    requests: (filter = {}) =>
      log.filter((r) => Object.entries(filter).every(([k, v]) => v === undefined || r[k as keyof LoggedRequest] === v)),
    clearRequests: () => {
      log.length = 0
    },
    addFault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    setAccount: (key, account) => accounts.set(key, account),
    service: host.service,
    snapshot,
    reset,
    async stop() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      for (const s of services.values()) await s.stop?.()
      rmSync(workDir, { recursive: true, force: true })
    },
  }
}

function pick(body: Record<string, any>, keys: string[]): Record<string, number> {
  const result: Record<string, number> = {}
  for (const key of keys) if (typeof body[key] === 'number') result[key] = body[key]
  return result
}
