/**
 * The buildah builder: daemonless, for runners without Docker. Credentials go to an `--authfile` in the private
 * work directory (never `/run/containers/0/auth.json`, which outlives the job); build secrets go to 0600 files
 * passed as `--secret id=NAME,src=FILE` and removed afterwards. Storage and isolation follow buildah's own
 * settings (`CONTAINERS_STORAGE_CONF`, `BUILDAH_ISOLATION`), so a runner can tune them without touching us.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  buildArgFlags,
  labelFlags,
  type Builder,
  type BuilderDeps,
  type BuildSpec,
  type RegistryLogin,
} from './builder.js'

/** `buildah login` arguments (the password is read from stdin). */
export function buildahLoginArgs(authFile: string, login: RegistryLogin): string[] {
  return [
    'login',
    '--authfile',
    authFile,
    '--username',
    login.username,
    '--password-stdin',
    ...(login.insecure ? ['--tls-verify=false'] : []),
    login.host,
  ]
}

/** `buildah bud` arguments; `secretFiles` maps each secret name to the file holding its value. */
export function buildahBuildArgs(spec: BuildSpec, secretFiles: Record<string, string>): string[] {
  return [
    'bud',
    '--platform',
    spec.platform,
    '--file',
    spec.dockerfile,
    '--tag',
    spec.image,
    '--layers',
    ...buildArgFlags(spec.buildArgs),
    ...Object.keys(secretFiles)
      .sort()
      .flatMap((name) => ['--secret', `id=${name},src=${secretFiles[name]}`]),
    ...labelFlags(spec.labels),
    spec.context,
  ]
}

/** `buildah push` arguments; the pushed manifest's digest is written to `digestFile`. */
export function buildahPushArgs(authFile: string, spec: BuildSpec, digestFile: string): string[] {
  return [
    'push',
    '--authfile',
    authFile,
    '--digestfile',
    digestFile,
    ...(spec.insecure ? ['--tls-verify=false'] : []),
    spec.image,
    `docker://${spec.image}`,
  ]
}

/** Creates the buildah builder. */
export function createBuildahBuilder(deps: BuilderDeps): Builder {
  const authFile = join(deps.workDir, 'auth.json')
  return {
    kind: 'buildah',
    async login(login) {
      await deps.runner.run(
        { program: 'buildah', args: buildahLoginArgs(authFile, login), stdin: login.password },
        { log: deps.log },
      )
    },
    async buildAndPush(spec) {
      const secretFiles: Record<string, string> = {}
      try {
        for (const [name, value] of Object.entries(spec.secrets)) {
          const file = join(deps.workDir, `secret-${name}`)
          writeFileSync(file, value, { mode: 0o600 })
          secretFiles[name] = file
        }
        await deps.runner.run({ program: 'buildah', args: buildahBuildArgs(spec, secretFiles) }, { log: deps.log })
      } finally {
        for (const file of Object.values(secretFiles)) rmSync(file, { force: true })
      }
      if (!spec.push) return
      const digestFile = join(deps.workDir, 'digest')
      await deps.runner.run(
        { program: 'buildah', args: buildahPushArgs(authFile, spec, digestFile) },
        { log: deps.log },
      )
      deps.log.debug(`buildah pushed ${spec.image} as ${readFileSync(digestFile, 'utf8').trim()}`)
    },
    async cleanup() {
      rmSync(authFile, { force: true })
    },
  }
}
