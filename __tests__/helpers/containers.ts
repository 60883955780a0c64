/**
 * Container tools for tests: which are installed, a gate that skips loudly (or fails on CI) without them, a tiny
 * arm64/amd64 image built for real with buildah (FROM scratch + COPY: no Docker Hub, no qemu), a push, and a
 * manifest digest read back from a registry (`Docker-Content-Digest`).
 */
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { findExecutable } from '../../emulator/registry/registry-process.js'

const execFileAsync = promisify(execFile)

/** The tools container tests may need (htpasswd comes with apache2-utils and is what the registry's auth needs). */
export type ContainerTool = 'buildah' | 'docker-registry' | 'skopeo' | 'htpasswd'

const ALL_TOOLS: ContainerTool[] = ['buildah', 'docker-registry', 'skopeo', 'htpasswd']

/** Which container tools are on PATH. */
export function containerToolsAvailable(): Record<ContainerTool, boolean> {
  return Object.fromEntries(ALL_TOOLS.map((t) => [t, findExecutable(t) !== undefined])) as Record<
    ContainerTool,
    boolean
  >
}

/** What {@link requireContainerTools} returns: `describeIf`/`itIf` run or skip as the tools allow. */
export interface ContainerToolGate {
  available: boolean
  missing: ContainerTool[]
  describeIf: typeof describe
  itIf: typeof it
}

/**
 * Checks that the tools are installed. Missing: with `AGENTCORE_E2E_REQUIRED=1` (CI) it throws, failing the test
 * file; otherwise it prints a loud banner and returns skipping `describeIf`/`itIf`.
 */
export function requireContainerTools(names: ContainerTool[]): ContainerToolGate {
  const available = containerToolsAvailable()
  // The registry cannot start without htpasswd (bcrypt auth), so asking for the registry asks for both.
  const wanted =
    names.includes('docker-registry') && !names.includes('htpasswd') ? [...names, 'htpasswd' as const] : names
  const missing = wanted.filter((n) => !available[n])
  if (missing.length === 0) return { available: true, missing, describeIf: describe, itIf: it }
  const message =
    `container tools missing: ${missing.join(', ')}. Install them with scripts/setup-e2e.sh ` +
    '(apt-get install buildah docker-registry skopeo apache2-utils).'
  if (process.env.AGENTCORE_E2E_REQUIRED === '1') {
    throw new Error(`${message} AGENTCORE_E2E_REQUIRED=1 makes these tests mandatory.`)
  }
  const bar = '!'.repeat(100)
  console.warn(
    `\n${bar}\n!! SKIPPING CONTAINER TESTS: ${message}\n!! Set AGENTCORE_E2E_REQUIRED=1 to fail instead.\n${bar}\n`,
  )
  return { available: false, missing, describeIf: describe.skip, itIf: it.skip }
}

/** A buildah storage (root + runroot, vfs driver) private to a test. */
export interface BuildahStore {
  dir: string
  /** The global flags every buildah call of this store takes. */
  flags: string[]
  remove(): void
}

/** Creates a buildah storage under a new temporary directory. */
export function createBuildahStore(): BuildahStore {
  const dir = mkdtempSync(join(tmpdir(), 'agentcore-buildah-'))
  return {
    dir,
    flags: ['--root', join(dir, 'root'), '--runroot', join(dir, 'runroot'), '--storage-driver', 'vfs'],
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

/** Runs buildah with the store's flags; returns stdout. */
export async function buildah(store: BuildahStore, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('buildah', [...store.flags, ...args], { maxBuffer: 16 * 1024 * 1024 })
  return stdout
}

/** What to build. */
export interface TinyImageOptions {
  /** Local image name, e.g. `tiny:arm64`. */
  name: string
  /** `arm64` (default) or `amd64`. */
  architecture?: string
  /** The content of `/hello.txt`: different content, different image. */
  content?: string
}

/** Builds `FROM scratch` + `COPY hello.txt` for `linux/<architecture>` with buildah (chroot isolation). */
export async function buildTinyImage(store: BuildahStore, options: TinyImageOptions): Promise<string> {
  const context = join(store.dir, `context-${Math.random().toString(36).slice(2)}`)
  mkdirSync(context, { recursive: true })
  writeFileSync(join(context, 'hello.txt'), options.content ?? `hello from ${options.name}\n`)
  writeFileSync(join(context, 'Containerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n')
  await buildah(store, [
    'bud',
    '--isolation',
    'chroot',
    '--platform',
    `linux/${options.architecture ?? 'arm64'}`,
    '-f',
    join(context, 'Containerfile'),
    '-t',
    options.name,
    context,
  ])
  return options.name
}

/**
 * Pushes a local image to `destination` (`127.0.0.1:PORT/repo:tag`, plain HTTP) with basic credentials;
 * returns the digest buildah reports.
 */
export async function pushImage(
  store: BuildahStore,
  image: string,
  destination: string,
  credentials: { username: string; password: string },
): Promise<string> {
  const digestFile = join(store.dir, `digest-${Math.random().toString(36).slice(2)}`)
  // An auth file of our own keeps credentials out of /run/containers/0/auth.json.
  const authFile = join(store.dir, 'auth.json')
  const host = destination.split('/')[0]
  const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')
  writeFileSync(authFile, JSON.stringify({ auths: { [host]: { auth } } }), { mode: 0o600 })
  await buildah(store, [
    'push',
    '--authfile',
    authFile,
    '--tls-verify=false',
    '--digestfile',
    digestFile,
    image,
    `docker://${destination}`,
  ])
  return readFileSync(digestFile, 'utf8').trim()
}

/** The registry's `Docker-Content-Digest` for a manifest (HEAD, every manifest media type accepted). */
export async function registryManifestDigest(
  registryUrl: string,
  repository: string,
  reference: string,
  credentials: { username: string; password: string },
): Promise<string | undefined> {
  const response = await fetch(`${registryUrl}/v2/${repository}/manifests/${reference}`, {
    method: 'HEAD',
    headers: {
      authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`,
      accept: [
        'application/vnd.oci.image.manifest.v1+json',
        'application/vnd.oci.image.index.v1+json',
        'application/vnd.docker.distribution.manifest.v2+json',
        'application/vnd.docker.distribution.manifest.list.v2+json',
      ].join(', '),
    },
  })
  return response.ok ? (response.headers.get('docker-content-digest') ?? undefined) : undefined
}
