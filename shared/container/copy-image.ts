/**
 * build-push's `source-image` path: copy an image that already passed another environment into this
 * environment's repository, byte for byte (`skopeo copy --all --preserve-digests`), so the digest stays the same
 * and prod never runs a rebuild. Works across accounts and regions: each side logs in with its own ECR token,
 * both kept in a private 0600 auth file, never on a command line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError, attempt } from '../errors/index.js'
import { ensureRepository, repositorySpec } from '../ecr/repository.js'
import { ecrLogin, type EcrLogin } from '../ecr/registry-login.js'
import { findImage } from '../ecr/images.js'
import { RegistryClient } from '../ecr/registry-client.js'
import { assertPlatform, inspectPushedImage } from '../ecr/image-platforms.js'
import { parseEcrImage } from '../ecr/image-reference.js'
import { AGENTCORE_PLATFORM } from './platform.js'
import type { BuildPushDeps, BuildPushParams, BuildPushResult } from './build-push.js'

/** The auth file skopeo reads: one entry per registry host. */
export function authFileContent(logins: EcrLogin[]): string {
  const auths: Record<string, { auth: string }> = {}
  for (const login of logins)
    auths[login.host] = { auth: Buffer.from(`${login.username}:${login.password}`).toString('base64') }
  return JSON.stringify({ auths })
}

/** `skopeo copy` arguments: every platform, digests preserved, credentials from the auth file. */
export function skopeoCopyArgs(
  authFile: string,
  source: { ref: string; insecure: boolean },
  target: { ref: string; insecure: boolean },
): string[] {
  return [
    'copy',
    '--all',
    '--preserve-digests',
    '--retry-times',
    '3',
    '--src-authfile',
    authFile,
    '--dest-authfile',
    authFile,
    ...(source.insecure ? ['--src-tls-verify=false'] : []),
    ...(target.insecure ? ['--dest-tls-verify=false'] : []),
    `docker://${source.ref}`,
    `docker://${target.ref}`,
  ]
}

/** Copies `params.sourceImage` into the environment's repository. */
export async function copyImage(params: BuildPushParams, deps: BuildPushDeps): Promise<BuildPushResult> {
  const { log } = deps
  const image = params.runtime.image
  const source = parseEcrImage(params.sourceImage ?? '', 'source-image')
  const ecr = await deps.aws.ecr()
  const repo = await ensureRepository(repositorySpec(image), { ecr, log })
  const sourceEcr = await deps.awsFor(source.region).ecr()
  const sourceLogin = await ecrLogin(sourceEcr, deps.secret, source.account)
  const sourceRegistry = new RegistryClient(sourceLogin)
  const reference = source.digest ?? source.tag ?? ''
  const pushed = await attempt('read the source image', params.sourceImage ?? '', () =>
    inspectPushedImage(sourceRegistry, source.repository, reference, AGENTCORE_PLATFORM),
  )
  if (source.digest && pushed.digest !== source.digest)
    throw new ConfigError(
      `The source registry answered digest ${pushed.digest} for ${params.sourceImage}; refusing to copy a different image.`,
    )
  assertPlatform(pushed, AGENTCORE_PLATFORM, params.sourceImage ?? '')
  log.info(`Source image ${source.host}/${source.repository}@${pushed.digest}: ${pushed.platforms.join(', ')}`)

  const result = (how: BuildPushResult['how']): BuildPushResult => ({
    imageUri: `${repo.uri}@${pushed.digest}`,
    digest: pushed.digest,
    tag: params.tag,
    repositoryUri: repo.uri,
    built: false,
    how,
    platforms: pushed.platforms,
    sizeBytes: pushed.sizeBytes,
    buildMs: 0,
    skippedTags: [],
  })
  const present = await attempt('describe the image', `${repo.name}@${pushed.digest}`, () =>
    findImage(ecr, repo.name, { imageDigest: pushed.digest }),
  )
  if (present) {
    log.info(`${repo.uri}@${pushed.digest} is already in this environment's repository; nothing to copy.`)
    return result('already-copied')
  }

  const targetLogin = await ecrLogin(ecr, deps.secret)
  const workDir = mkdtempSync(join(params.tempDir, 'agentcore-copy-'))
  const started = deps.clock.now()
  try {
    const authFile = join(workDir, 'auth.json')
    writeFileSync(authFile, authFileContent([sourceLogin, targetLogin]), { mode: 0o600 })
    const args = skopeoCopyArgs(
      authFile,
      { ref: `${sourceLogin.host}/${source.repository}@${pushed.digest}`, insecure: sourceLogin.insecure },
      { ref: `${targetLogin.host}/${repo.name}:${params.tag}`, insecure: targetLogin.insecure },
    )
    await log.group(`Copy ${params.sourceImage} to ${repo.uri}`, () =>
      attempt('copy the image with skopeo', `${repo.uri}:${params.tag}`, () =>
        deps.runner.run({ program: 'skopeo', args }, { log }),
      ),
    )
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
  const copied = await attempt('read back the copied manifest', `${repo.name}:${params.tag}`, () =>
    new RegistryClient(targetLogin).getManifest(repo.name, params.tag),
  )
  if (copied.digest !== pushed.digest)
    throw new ConfigError(
      `The copy of ${params.sourceImage} has digest ${copied.digest}, not ${pushed.digest}; the registry rewrote the manifest.`,
    )
  log.info(`Copied ${pushed.digest} in ${Math.round((deps.clock.now() - started) / 100) / 10}s`)
  return result('copied')
}
