/**
 * The classic `docker build` builder, for runners with a Docker daemon but without buildx. Logs in with a
 * temporary `DOCKER_CONFIG` so that the token never lands in the user's `~/.docker/config.json`. The classic
 * builder has no build secrets: asking for them is refused with the fix rather than leaking them as build args.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError } from '../errors/index.js'
import {
  buildArgFlags,
  labelFlags,
  type Builder,
  type BuilderDeps,
  type BuildSpec,
  type RegistryLogin,
} from './builder.js'

/** `docker login` arguments (the password is read from stdin). */
export function dockerLoginArgs(login: RegistryLogin): string[] {
  return ['login', '--username', login.username, '--password-stdin', login.host]
}

/** `docker build` arguments for the classic builder. */
export function dockerBuildArgs(spec: BuildSpec): string[] {
  return [
    'build',
    '--platform',
    spec.platform,
    '--file',
    spec.dockerfile,
    '--tag',
    spec.image,
    ...buildArgFlags(spec.buildArgs),
    ...labelFlags(spec.labels),
    spec.context,
  ]
}

/** `docker push` arguments. */
export function dockerPushArgs(spec: BuildSpec): string[] {
  return ['push', spec.image]
}

/** Creates the classic docker builder. */
export function createDockerBuilder(deps: BuilderDeps): Builder {
  const dockerConfig = join(deps.workDir, 'docker-config')
  mkdirSync(dockerConfig, { recursive: true, mode: 0o700 })
  // DOCKER_BUILDKIT=0: the CLI would otherwise hand the build to BuildKit, which needs the buildx plugin.
  const env = { DOCKER_CONFIG: dockerConfig, DOCKER_BUILDKIT: '0' }
  return {
    kind: 'docker',
    async login(login) {
      await deps.runner.run(
        { program: 'docker', args: dockerLoginArgs(login), stdin: login.password, env },
        { log: deps.log },
      )
    },
    async buildAndPush(spec) {
      if (Object.keys(spec.secrets).length > 0) {
        throw new ConfigError(
          "Build secrets need BuildKit, which the classic 'docker' builder does not have. Use builder 'buildx' (with docker/setup-buildx-action) or 'buildah'.",
        )
      }
      await deps.runner.run({ program: 'docker', args: dockerBuildArgs(spec), env }, { log: deps.log })
      if (spec.push) await deps.runner.run({ program: 'docker', args: dockerPushArgs(spec), env }, { log: deps.log })
    },
    async cleanup() {
      // The work directory (and the config.json holding the token) is removed by the caller.
    },
  }
}
