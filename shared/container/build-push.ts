/**
 * build-push's logic: ensure the ECR repository, skip when an image of the same source exists, otherwise log in,
 * build for the config's platform and push; then read the manifest back from the registry, check it holds the
 * platform AgentCore runs, and add the commit tag. The result names the image by digest.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ConfigError, attempt } from '../errors/index.js'
import type { Logger } from '../action/logger.js'
import type { Clock } from '../action/clock.js'
import type { AwsClients } from '../aws/clients.js'
import type { EnvironmentSettings, RuntimeSettings } from '../config/types.js'
import { ensureRepository, repositorySpec, type RepositoryState } from '../ecr/repository.js'
import { ecrLogin, type EcrLogin } from '../ecr/registry-login.js'
import { findImage } from '../ecr/images.js'
import { RegistryClient } from '../ecr/registry-client.js'
import { assertPlatform, inspectPushedImage, type PushedImage } from '../ecr/image-platforms.js'
import { assertBuildArgNames, mergeBuildArgs } from './build-args.js'
import { sourceTag } from './source-hash.js'
import { AGENTCORE_PLATFORM, emulationWarning } from './platform.js'
import { loadBuilder, type BuildCache, type BuilderKind } from './builder.js'
import type { CommandRunner } from './command.js'
import { copyImage } from './copy-image.js'

/** What build-push was asked to do. */
export interface BuildPushParams {
  environment: EnvironmentSettings
  runtime: RuntimeSettings
  /** The checkout the config's context is relative to. */
  workspace: string
  /** The tag added to the image (default: the commit SHA). */
  tag: string
  /** Build arguments from the `build-args` input (merged over the config's). */
  buildArgs: Record<string, string>
  /** Build secrets from the `secrets` input. */
  secrets: Record<string, string>
  builder: BuilderKind
  cache: boolean
  push: boolean
  /** Copy this image (another environment's) instead of building. */
  sourceImage?: string
  /** Parent directory of the private scratch directory (RUNNER_TEMP). */
  tempDir: string
}

/** What build-push needs from its caller. */
export interface BuildPushDeps {
  aws: AwsClients
  /** Clients for another region (the source of a `source-image` copy). */
  awsFor: (region: string) => AwsClients
  log: Logger
  clock: Clock
  runner: CommandRunner
  /** Registers a secret value (masked in logs). */
  secret: (value: string) => void
  /** The runner's architecture (`process.arch`) and binfmt handlers, for the QEMU warning. */
  hostArch: string
  binfmtHandlers: string[]
  /** The process environment, for the build cache choice. */
  env: Record<string, string | undefined>
}

/** What build-push did. */
export interface BuildPushResult {
  /** `<repository uri>@sha256:...`; empty when nothing was pushed. */
  imageUri: string
  digest: string
  tag: string
  repositoryUri: string
  /** False when an existing image was reused (same source, or the digest already copied). */
  built: boolean
  /** How the image came to be: `built`, `reused` (same source), `copied`, `already-copied`, `built-not-pushed`. */
  how: 'built' | 'reused' | 'copied' | 'already-copied' | 'built-not-pushed'
  sourceTag?: string
  platforms: string[]
  sizeBytes: number
  buildMs: number
  /** Tags the run could not set (an immutable tag already naming another image). */
  skippedTags: string[]
}

/** The build cache for a buildx build: the GitHub Actions cache when the runner offers it, else the registry. */
export function chooseCache(
  params: { enabled: boolean; builder: BuilderKind; scope: string; registryRef: string; immutable: boolean },
  env: Record<string, string | undefined>,
): BuildCache | undefined {
  if (!params.enabled || params.builder !== 'buildx') return undefined
  if (env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL))
    return { kind: 'gha', scope: params.scope }
  // An immutable repository refuses to move the cache tag after the first build.
  if (params.immutable) return undefined
  return { kind: 'registry', ref: params.registryRef }
}

/** Resolves and checks the context and Dockerfile paths. */
function buildPaths(params: BuildPushParams): { context: string; dockerfile: string } {
  const context = resolve(params.workspace, params.runtime.image.context)
  const dockerfile = resolve(context, params.runtime.image.dockerfile)
  const where = `runtimes.${params.runtime.key}.image`
  if (!existsSync(context) || !statSync(context).isDirectory())
    throw new ConfigError(
      `The build context '${params.runtime.image.context}' (${context}) is not a directory. Fix ${where}.context (it is relative to the repository root).`,
    )
  if (!existsSync(dockerfile))
    throw new ConfigError(
      `The Dockerfile '${params.runtime.image.dockerfile}' was not found at ${dockerfile}. Fix ${where}.dockerfile (it is relative to the context).`,
    )
  return { context, dockerfile }
}

/** Adds `tag` to the image with `digest` unless it already names it; an immutable tag naming another image is left. */
async function addTag(
  registry: RegistryClient,
  repo: RepositoryState,
  tag: string,
  digest: string,
  deps: BuildPushDeps,
): Promise<boolean> {
  const ecr = await deps.aws.ecr()
  const current = await attempt('describe the image tagged', `${repo.name}:${tag}`, () =>
    findImage(ecr, repo.name, { imageTag: tag }),
  )
  if (current?.digest === digest) return true
  if (current && repo.immutable) {
    deps.log.warning(
      `Tag '${tag}' already names another image (${current.digest}) in the IMMUTABLE repository ${repo.name}; it was left as it is. Use the image-uri output (pinned by digest).`,
    )
    return false
  }
  await attempt('tag the image', `${repo.name}:${tag}`, async () => {
    const manifest = await registry.getManifest(repo.name, digest)
    await registry.putManifest(repo.name, tag, manifest)
  })
  deps.log.info(`Tagged ${digest} as ${repo.name}:${tag}`)
  return true
}

/** Runs build-push. */
export async function buildAndPushImage(params: BuildPushParams, deps: BuildPushDeps): Promise<BuildPushResult> {
  const { runtime } = params
  const { log } = deps
  const image = runtime.image
  if (params.sourceImage) {
    if (!params.push)
      throw new ConfigError(
        "Input 'source-image' copies an image into this environment's repository; it cannot be combined with push: false.",
      )
    return copyImage(params, deps)
  }
  assertBuildArgNames('secrets', Object.keys(params.secrets))
  const buildArgs = mergeBuildArgs(image.buildArgs, params.buildArgs)
  const { context, dockerfile } = buildPaths(params)
  const srcTag = sourceTag({ context, dockerfile, platform: image.platform, buildArgs, secrets: params.secrets })
  log.info(`Source tag ${srcTag} (context ${context}, platform ${image.platform})`)

  const ecr = await deps.aws.ecr()
  // push: false only checks that the image builds: nothing is created or looked up in AWS.
  const repo: RepositoryState = params.push
    ? await ensureRepository(repositorySpec(image), { ecr, log })
    : {
        name: image.repository,
        uri: `${params.environment.account}.dkr.ecr.${params.environment.region}.amazonaws.com/${image.repository}`,
        registryId: params.environment.account,
        arn: '',
        immutable: image.tagMutability === 'IMMUTABLE',
        created: false,
      }
  const existing = params.push
    ? await attempt('describe the image tagged', `${image.repository}:${srcTag}`, () =>
        findImage(ecr, image.repository, { imageTag: srcTag }),
      )
    : undefined

  let login: EcrLogin | undefined
  const getLogin = async () => (login ??= await ecrLogin(ecr, deps.secret))
  let buildMs = 0
  let how: BuildPushResult['how'] = 'reused'
  if (existing) {
    log.info(
      `An image for this source already exists: ${repo.uri}:${srcTag} (${existing.digest}). Nothing to build or push.`,
    )
  } else {
    const warning = emulationWarning(
      image.platform,
      deps.hostArch,
      deps.binfmtHandlers,
      readFileSync(dockerfile, 'utf8'),
    )
    if (warning) log.warning(warning)
    const workDir = mkdtempSync(join(params.tempDir, 'agentcore-build-'))
    const builder = await loadBuilder(params.builder, { runner: deps.runner, log, workDir })
    try {
      const registry = params.push ? await getLogin() : undefined
      const host = registry?.host ?? repo.uri.split('/')[0]
      const spec = {
        context,
        dockerfile,
        platform: image.platform,
        buildArgs,
        secrets: params.secrets,
        labels: { 'io.agentcore-actions.source': srcTag, 'io.agentcore-actions.runtime': runtime.agentRuntimeName },
        image: `${host}/${image.repository}:${srcTag}`,
        cache: chooseCache(
          {
            enabled: params.cache,
            builder: params.builder,
            scope: `agentcore-${runtime.agentRuntimeName}`,
            registryRef: `${host}/${image.repository}:buildcache`,
            immutable: repo.immutable,
          },
          deps.env,
        ),
        insecure: registry?.insecure ?? false,
        push: params.push,
      }
      const started = deps.clock.now()
      await log.group(`Build ${image.repository} for ${image.platform} with ${params.builder}`, async () => {
        if (registry) await attempt('log in to the registry', registry.host, () => builder.login(registry))
        await attempt(`build and push with ${params.builder}`, spec.image, () => builder.buildAndPush(spec))
      })
      buildMs = deps.clock.now() - started
      how = params.push ? 'built' : 'built-not-pushed'
    } finally {
      await builder.cleanup()
      rmSync(workDir, { recursive: true, force: true })
    }
  }
  if (!params.push) {
    return {
      imageUri: '',
      digest: '',
      tag: params.tag,
      repositoryUri: repo.uri,
      built: true,
      how,
      sourceTag: srcTag,
      platforms: [image.platform],
      sizeBytes: 0,
      buildMs,
      skippedTags: [],
    }
  }

  const registry = new RegistryClient(await getLogin())
  const pushed: PushedImage = await attempt('read back the pushed manifest', `${image.repository}:${srcTag}`, () =>
    inspectPushedImage(registry, image.repository, srcTag, AGENTCORE_PLATFORM),
  )
  log.info(`The registry holds ${image.repository}:${srcTag} as ${pushed.digest}: ${pushed.platforms.join(', ')}`)
  // AgentCore runs arm64 whatever the config's platform says: that is what must be in the image.
  assertPlatform(pushed, AGENTCORE_PLATFORM, `${repo.uri}:${srcTag}`)
  const skippedTags: string[] = []
  if (params.tag !== srcTag && !(await addTag(registry, repo, params.tag, pushed.digest, deps)))
    skippedTags.push(params.tag)
  return {
    imageUri: `${repo.uri}@${pushed.digest}`,
    digest: pushed.digest,
    tag: params.tag,
    repositoryUri: repo.uri,
    built: how === 'built',
    how,
    sourceTag: srcTag,
    platforms: pushed.platforms,
    sizeBytes: pushed.sizeBytes,
    buildMs,
    skippedTags,
  }
}
