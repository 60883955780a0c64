/**
 * What every builder (buildx, docker, buildah) does, and how one is chosen. Builder modules are loaded with a
 * dynamic import only when used, so an action run never loads a builder it does not use.
 */
import type { Logger } from '../action/logger.js'
import type { CommandRunner } from './command.js'

/** The builders build-push supports. */
export const BUILDER_KINDS = ['buildx', 'docker', 'buildah'] as const
/** One of {@link BUILDER_KINDS}. */
export type BuilderKind = (typeof BUILDER_KINDS)[number]

/** Where the build cache lives (buildx only; the other builders use their local layer cache). */
export type BuildCache = { kind: 'gha'; scope: string } | { kind: 'registry'; ref: string }

/** A registry to log in to: the ECR proxy endpoint's host and the token's credentials. */
export interface RegistryLogin {
  /** `123456789012.dkr.ecr.us-east-1.amazonaws.com` or `127.0.0.1:5000`. */
  host: string
  username: string
  password: string
  /** Plain HTTP (the proxy endpoint said `http://`): the builder must not insist on TLS. */
  insecure: boolean
}

/** One build. Paths are absolute. */
export interface BuildSpec {
  context: string
  dockerfile: string
  platform: string
  buildArgs: Record<string, string>
  /** Build secret name → value; values reach the builder through a file or the environment, never argv. */
  secrets: Record<string, string>
  labels: Record<string, string>
  /** Full reference the image is pushed to: `<registry host>/<repository>:<tag>`. */
  image: string
  /** Build cache, when enabled and supported. */
  cache?: BuildCache
  insecure: boolean
  /** Push after building (false: build only, to check that the image builds). */
  push: boolean
}

/** A builder bound to a scratch directory (auth files, secret files) that {@link Builder.cleanup} removes. */
export interface Builder {
  readonly kind: BuilderKind
  /** Logs in to the registry; the password goes through stdin. */
  login(login: RegistryLogin): Promise<void>
  /** Builds the image and pushes it to `spec.image`. */
  buildAndPush(spec: BuildSpec): Promise<void>
  /** Removes credentials and secret files. Always called, also after a failure. */
  cleanup(): Promise<void>
}

/** What a builder needs from its caller. */
export interface BuilderDeps {
  runner: CommandRunner
  log: Logger
  /** A private (0700) scratch directory for auth files and secret files. */
  workDir: string
}

/** Loads the module of one builder and creates it. */
export async function loadBuilder(kind: BuilderKind, deps: BuilderDeps): Promise<Builder> {
  switch (kind) {
    case 'buildah':
      return (await import('./buildah.js')).createBuildahBuilder(deps)
    case 'docker':
      return (await import('./docker.js')).createDockerBuilder(deps)
    case 'buildx':
      return (await import('./buildx.js')).createBuildxBuilder(deps)
  }
}

/** `--build-arg K=V` pairs as separate argv items (a value can never become an option). */
export function buildArgFlags(buildArgs: Record<string, string>): string[] {
  return Object.keys(buildArgs)
    .sort()
    .flatMap((key) => ['--build-arg', `${key}=${buildArgs[key]}`])
}

/** `--label k=v` pairs as separate argv items. */
export function labelFlags(labels: Record<string, string>): string[] {
  return Object.keys(labels)
    .sort()
    .flatMap((key) => ['--label', `${key}=${labels[key]}`])
}
