/**
 * One real OCI registry process: Debian's `docker-registry` (distribution 2.8) serving on 127.0.0.1 with htpasswd
 * (bcrypt) basic auth for the user `AWS`, its storage in a directory of its own (TESTING.md §3). The emulator starts
 * one per (account, region) so that ECR's `proxyEndpoint` is a registry holding only that account's images.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { accessSync, constants, mkdirSync, openSync, closeSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { delimiter, join } from 'node:path'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)

/** The executables a real registry needs. */
export const REGISTRY_COMMANDS = ['docker-registry', 'htpasswd'] as const

/** Where a registry process listens and how to log into it. */
export interface RegistryProcess {
  /** The registry's own port on 127.0.0.1. */
  readonly port: number
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  readonly username: 'AWS'
  readonly password: string
  /** Root of the filesystem storage driver. */
  readonly storageDir: string
  readonly pid: number
  /** Sends SIGTERM now (synchronous, for `reset()`); `exited` settles when the process is gone. */
  kill(): void
  /** Kills and waits for the process to exit. */
  stop(): Promise<void>
  readonly exited: Promise<void>
}

/** Finds an executable on PATH (no shell). */
export function findExecutable(name: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue
    const candidate = join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not in this directory
    }
  }
  return undefined
}

/** Which of the registry's executables are missing from PATH (empty when a registry can start). */
export function missingRegistryCommands(): string[] {
  return REGISTRY_COMMANDS.filter((name) => findExecutable(name) === undefined)
}

/** A free TCP port on 127.0.0.1 (the registry cannot report a port it picked itself). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** The registry's config (distribution 2.8 format). */
function registryConfig(storageDir: string, htpasswdFile: string, port: number): string {
  return [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${storageDir}`,
    '  delete:',
    '    enabled: true',
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    // A fixed secret keeps the registry from warning about a random one on every start.
    '  secret: agentcore-emulator',
    'auth:',
    '  htpasswd:',
    '    realm: basic-realm',
    `    path: ${htpasswdFile}`,
    '',
  ].join('\n')
}

/**
 * Starts a registry whose files live under `dir`, with a fresh password, and waits until it answers `/v2/`.
 * Retries on another port when the one it probed was taken meanwhile.
 */
export async function startRegistry(dir: string, password: string): Promise<RegistryProcess> {
  const missing = missingRegistryCommands()
  if (missing.length > 0) throw new Error(`cannot start a registry: ${missing.join(', ')} not installed`)
  mkdirSync(dir, { recursive: true })
  const storageDir = join(dir, 'storage')
  const htpasswdFile = join(dir, 'htpasswd')
  // htpasswd -B: the registry accepts only bcrypt entries.
  const { stdout } = await execFileAsync('htpasswd', ['-Bbn', 'AWS', password])
  writeFileSync(htpasswdFile, stdout.trim() + '\n', { mode: 0o600 })

  let lastError = ''
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort()
    const configFile = join(dir, 'config.yml')
    writeFileSync(configFile, registryConfig(storageDir, htpasswdFile, port))
    const logFile = join(dir, 'registry.log')
    const logFd = openSync(logFile, 'w')
    const child = spawn('docker-registry', ['serve', configFile], { stdio: ['ignore', logFd, logFd] })
    closeSync(logFd)
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve()
      else child.once('exit', () => resolve())
    })
    const ready = await waitReady(port, child)
    if (ready) return registryHandle(child, exited, port, password, storageDir)
    child.kill('SIGKILL')
    await exited
    lastError = readFileSync(logFile, 'utf8').trim().split('\n').slice(-3).join(' | ')
  }
  throw new Error(`docker-registry did not start: ${lastError || 'no output'}`)
}

/** Polls `/v2/` until the registry answers (401 without credentials) or the process dies. */
async function waitReady(port: number, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false
    try {
      const response = await fetch(`http://127.0.0.1:${port}/v2/`)
      await response.arrayBuffer()
      return true
    } catch {
      await sleep(20)
    }
  }
  return false
}

function registryHandle(
  child: ChildProcess,
  exited: Promise<void>,
  port: number,
  password: string,
  storageDir: string,
): RegistryProcess {
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
  }
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    username: 'AWS',
    password,
    storageDir,
    pid: child.pid ?? -1,
    kill,
    exited,
    async stop() {
      kill()
      // The registry drains for a moment on SIGTERM; do not let a stuck one hold up the test run.
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000)
      await exited
      clearTimeout(timer)
    },
  }
}
