/**
 * Platform checks. AgentCore runs linux/arm64 only; building that on an x64 runner needs QEMU for any `RUN`
 * step, and an image without arm64 fails only at invoke time ("exec format error"). These functions say so early.
 */
import { existsSync, readdirSync } from 'node:fs'

/** A parsed `os/architecture[/variant]` platform. */
export interface Platform {
  os: string
  architecture: string
  variant?: string
}

/** The platform AgentCore runs. */
export const AGENTCORE_PLATFORM = 'linux/arm64'

/** Parses `linux/arm64` (`linux/arm64/v8`). */
export function parsePlatform(text: string): Platform {
  const [os, architecture, variant] = text.split('/')
  return { os, architecture, ...(variant ? { variant } : {}) }
}

/** Node's `process.arch` in OCI's words. */
export function ociArchitecture(nodeArch: string): string {
  return ({ x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' } as Record<string, string>)[nodeArch] ?? nodeArch
}

/** The QEMU binfmt handler names that let this machine run a foreign architecture. */
const QEMU_HANDLER: Record<string, string> = { arm64: 'qemu-aarch64', amd64: 'qemu-x86_64', arm: 'qemu-arm' }

/** The binfmt_misc entries registered on this machine (empty when it is not Linux or cannot be read). */
export function binfmtHandlers(dir = '/proc/sys/fs/binfmt_misc'): string[] {
  try {
    return existsSync(dir) ? readdirSync(dir) : []
  } catch {
    return []
  }
}

/** Whether a Dockerfile has a `RUN` instruction (the only kind that executes target-platform binaries). */
export function hasRunInstruction(dockerfile: string): boolean {
  return /^\s*RUN\b/im.test(dockerfile)
}

/**
 * A warning, with the fix, when this runner cannot run the Dockerfile's `RUN` steps for the target platform (no
 * QEMU handler for a foreign architecture); undefined when it can, or when there is no `RUN` step to run.
 */
export function emulationWarning(
  platform: string,
  hostArch: string,
  handlers: string[],
  dockerfile = 'RUN',
): string | undefined {
  if (!hasRunInstruction(dockerfile)) return undefined
  const target = parsePlatform(platform).architecture
  const host = ociArchitecture(hostArch)
  if (target === host) return undefined
  const handler = QEMU_HANDLER[target]
  if (handler && handlers.some((h) => h === handler || h.startsWith(`${handler}`))) return undefined
  return (
    `This runner is ${host} and has no QEMU emulation for ${target}: the Dockerfile's RUN steps will fail with "exec format error". ` +
    `Add 'docker/setup-qemu-action' before this step, or run the job on an ${target} runner (e.g. ubuntu-24.04-arm).`
  )
}
