/**
 * One real registry per (account, region), started on first need, each behind its own gate proxy, with its own
 * port, password and storage. Clients push to `<proxy host>/<repositoryName>` exactly as to real ECR (only the host
 * differs), and two accounts can hold repositories of the same name without colliding.
 */
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { RegistryClient } from '../registry/registry-client.js'
import { missingRegistryCommands, startRegistry, type RegistryProcess } from '../registry/registry-process.js'
import { startRegistryProxy, type RegistryGate, type RegistryProxy } from '../registry/registry-proxy.js'

/** A running registry of one account and region. */
export interface AccountRegistry {
  account: string
  region: string
  process: RegistryProcess
  proxy: RegistryProxy
  /** Reads the registry directly (not through the gate). */
  client: RegistryClient
  /** `http://127.0.0.1:<proxy port>`: ECR's `proxyEndpoint`. */
  proxyEndpoint: string
  /** `127.0.0.1:<proxy port>`: what image references use as host. */
  host: string
}

/** Why no registry can run here, or undefined when one can. */
export function registryUnavailableReason(disabled: boolean): string | undefined {
  if (disabled) return 'the emulator was started with registry: false'
  const missing = missingRegistryCommands()
  if (missing.length === 0) return undefined
  return `${missing.join(' and ')} not installed (run scripts/setup-e2e.sh)`
}

/** The registries of every (account, region). */
export class RegistryFleet {
  private readonly running = new Map<string, AccountRegistry>()
  private readonly starting = new Map<string, Promise<AccountRegistry>>()
  /** Registries killed by `reset()` that may still be exiting; `stop()` waits for them. */
  private readonly dying = new Set<Promise<void>>()
  private generation = 0

  constructor(
    private readonly workDir: string,
    private readonly gateFor: (account: string, region: string) => RegistryGate,
    private readonly disabled = false,
  ) {}

  private reason?: { value: string | undefined }

  /** Why registries cannot start (undefined when they can); looked up once (the PATH search costs a few ms). */
  unavailableReason(): string | undefined {
    this.reason ??= { value: registryUnavailableReason(this.disabled) }
    return this.reason.value
  }

  /** The registry of (account, region) if it is running. */
  get(account: string, region: string): AccountRegistry | undefined {
    return this.running.get(`${account}/${region}`)
  }

  /** Every running registry. */
  list(): AccountRegistry[] {
    return [...this.running.values()]
  }

  /** The registry of (account, region), started now if needed. Concurrent callers share one start. */
  async ensure(account: string, region: string): Promise<AccountRegistry> {
    const key = `${account}/${region}`
    const running = this.running.get(key)
    if (running) return running
    let pending = this.starting.get(key)
    if (!pending) {
      pending = this.start(account, region).finally(() => this.starting.delete(key))
      this.starting.set(key, pending)
    }
    return pending
  }

  private async start(account: string, region: string): Promise<AccountRegistry> {
    const reason = this.unavailableReason()
    if (reason) throw new Error(`no container registry: ${reason}`)
    const generation = this.generation
    // A fresh directory per start: after reset() the old storage is deleted once its process has exited.
    const dir = join(this.workDir, 'registries', `${account}-${region}-${randomBytes(4).toString('hex')}`)
    const password = randomBytes(24).toString('base64url')
    const process = await startRegistry(dir, password)
    const proxy = await startRegistryProxy(process.port, this.gateFor(account, region))
    const proxyEndpoint = proxy.url
    const registry: AccountRegistry = {
      account,
      region,
      process,
      proxy,
      client: new RegistryClient({ url: process.url, username: 'AWS', password, storageDir: process.storageDir }),
      proxyEndpoint,
      host: proxyEndpoint.replace(/^http:\/\//, ''),
    }
    if (generation !== this.generation) {
      // reset() ran while this one was starting: it belongs to forgotten state.
      this.retire(registry)
      throw new Error('the emulator was reset while the registry was starting')
    }
    this.running.set(`${account}/${region}`, registry)
    return registry
  }

  /** Kills every registry now (synchronously signalled) and deletes their storage once they are gone. */
  reset(): void {
    this.generation += 1
    for (const registry of this.running.values()) this.retire(registry)
    this.running.clear()
  }

  private retire(registry: AccountRegistry): void {
    registry.process.kill()
    const gone = Promise.all([registry.process.exited, registry.proxy.close()]).then(() =>
      rmSync(join(registry.process.storageDir, '..'), { recursive: true, force: true }),
    )
    this.dying.add(gone)
    void gone.finally(() => this.dying.delete(gone))
  }

  /** Stops every registry process and proxy and waits until they are gone. */
  async stop(): Promise<void> {
    this.generation += 1
    await Promise.allSettled([...this.starting.values()])
    const registries = [...this.running.values()]
    this.running.clear()
    await Promise.all(registries.map(async (r) => Promise.all([r.process.stop(), r.proxy.close()])))
    await Promise.allSettled([...this.dying])
  }
}
