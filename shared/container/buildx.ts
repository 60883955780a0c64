/**
 * The `docker buildx` builder (the default): BuildKit, multi-platform, build secrets and a build cache (the
 * GitHub Actions cache, or the registry). Logs in with a temporary `DOCKER_CONFIG` whose `cliPluginsExtraDirs`
 * still finds the buildx plugin installed under the user's config (docker/setup-buildx-action puts it there),
 * and `BUILDX_CONFIG` keeps the builder instance that action created. Secret values travel in the child's
 * environment (`--secret id=NAME,env=VAR`), never in argv.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import {
  buildArgFlags,
  labelFlags,
  type BuildCache,
  type Builder,
  type BuilderDeps,
  type BuildSpec,
  type RegistryLogin,
} from './builder.js'

/** The environment variable that carries a build secret's value to buildx. */
export function secretVariable(name: string): string {
  return `AGENTCORE_BUILD_SECRET_${name}`
}

/** `--cache-from` / `--cache-to` for a cache. */
export function cacheFlags(cache: BuildCache | undefined): string[] {
  if (!cache) return []
  if (cache.kind === 'gha')
    return ['--cache-from', `type=gha,scope=${cache.scope}`, '--cache-to', `type=gha,scope=${cache.scope},mode=max`]
  return [
    '--cache-from',
    `type=registry,ref=${cache.ref}`,
    '--cache-to',
    // ECR accepts cache manifests only as OCI image manifests.
    `type=registry,ref=${cache.ref},mode=max,image-manifest=true,oci-mediatypes=true`,
  ]
}

/** `docker login` arguments (the password is read from stdin). */
export function buildxLoginArgs(login: RegistryLogin): string[] {
  return ['login', '--username', login.username, '--password-stdin', login.host]
}

/** `docker buildx build` arguments; builds and pushes in one step. */
export function buildxBuildArgs(spec: BuildSpec, metadataFile: string): string[] {
  return [
    'buildx',
    'build',
    '--platform',
    spec.platform,
    '--file',
    spec.dockerfile,
    '--tag',
    spec.image,
    // Provenance attestations turn the push into an index with "unknown/unknown" entries; AgentCore wants the image.
    '--provenance=false',
    ...buildArgFlags(spec.buildArgs),
    ...Object.keys(spec.secrets)
      .sort()
      .flatMap((name) => ['--secret', `id=${name},env=${secretVariable(name)}`]),
    ...labelFlags(spec.labels),
    ...cacheFlags(spec.cache),
    '--metadata-file',
    metadataFile,
    ...(spec.push ? ['--push'] : []),
    spec.context,
  ]
}

/** The environment the buildx child gets: temporary config, the user's plugins and builders, the secrets. */
export function buildxEnvironment(
  dockerConfig: string,
  userDockerConfig: string,
  secrets: Record<string, string>,
  inherited: Record<string, string | undefined>,
): Record<string, string> {
  const env: Record<string, string> = {
    DOCKER_CONFIG: dockerConfig,
    BUILDX_CONFIG: inherited.BUILDX_CONFIG ?? join(userDockerConfig, 'buildx'),
  }
  for (const [name, value] of Object.entries(secrets)) env[secretVariable(name)] = value
  return env
}

/** Creates the buildx builder. */
export function createBuildxBuilder(deps: BuilderDeps): Builder {
  const dockerConfig = join(deps.workDir, 'docker-config')
  const userDockerConfig = process.env.DOCKER_CONFIG ?? join(homedir(), '.docker')
  mkdirSync(dockerConfig, { recursive: true, mode: 0o700 })
  writeFileSync(
    join(dockerConfig, 'config.json'),
    JSON.stringify({ cliPluginsExtraDirs: [join(userDockerConfig, 'cli-plugins')] }),
    { mode: 0o600 },
  )
  return {
    kind: 'buildx',
    async login(login) {
      const env = buildxEnvironment(dockerConfig, userDockerConfig, {}, process.env)
      await deps.runner.run(
        { program: 'docker', args: buildxLoginArgs(login), stdin: login.password, env },
        { log: deps.log },
      )
    },
    async buildAndPush(spec: BuildSpec) {
      const env = buildxEnvironment(dockerConfig, userDockerConfig, spec.secrets, process.env)
      const args = buildxBuildArgs(spec, join(deps.workDir, 'metadata.json'))
      await deps.runner.run({ program: 'docker', args, env }, { log: deps.log })
    },
    async cleanup() {
      // The work directory (and the config.json holding the token) is removed by the caller.
    },
  }
}
